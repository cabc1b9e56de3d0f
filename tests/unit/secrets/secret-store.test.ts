import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedItems } from '../../../lib/background/environment';
import { memoryVault } from '../../../lib/secrets/key-vault';
import type { RecentMeeting, StoredAccount } from '../../../lib/storage';

const account: StoredAccount = {
  session: {
    site: { name: 'acme', origin: 'https://acme.webex.com' },
    webExId: 'alice',
    sessionTicket: 'ticket-secret',
    expiresAt: 1,
  },
  profile: {
    webExId: 'alice',
    firstName: 'Alice',
    lastName: 'Archer',
    email: '',
    meetingTypes: [],
    timeZoneId: 25,
  },
};
const meeting: RecentMeeting = {
  meetingKey: '123',
  topic: 'Sync',
  startsAt: 0,
  durationMinutes: 30,
  timeZoneId: 25,
  meetingPassword: 'Pw-secret1',
  joinUrl: 'https://acme.webex.com/acme/j.php?MTID=m1',
  owner: { siteOrigin: 'https://acme.webex.com', webExId: 'alice' },
  requestId: 'r1',
  scheduledAt: 0,
};

const local = () => fakeBrowser.storage.local.get(null);
const items = (vault = memoryVault()) => storedItems({ vault, crypto: globalThis.crypto });

beforeEach(() => fakeBrowser.reset());

describe('sealed items in local storage', () => {
  it('round-trip, with no ticket, password or link in clear in local storage', async () => {
    const store = items();
    await store.keptAccount.setValue(account);
    await store.recentMeetings.setValue([meeting]);
    expect(JSON.stringify(await local())).not.toMatch(/ticket-secret|Pw-secret1|j\.php/);
    expect(await store.keptAccount.getValue()).toEqual(account);
    expect(await store.recentMeetings.getValue()).toEqual([meeting]);
    expect(await store.keptAccount.read()).toEqual({ value: account, refused: false });
  });

  it('keep one key: a second worker over the same vault opens what the first sealed', async () => {
    const vault = memoryVault();
    await items(vault).keptAccount.setValue(account);
    expect(await items(vault).keptAccount.getValue()).toEqual(account);
    expect([...vault.entries.keys()].filter((k) => k === 'sealing-key')).toHaveLength(1);
  });

  it('read a tampered box as absent, and say it was refused', async () => {
    const store = items();
    await store.keptAccount.setValue(account);
    const { 'account.sealed': box } = await local();
    const data = (box as { data: string }).data;
    const changed = (data[0] === 'A' ? 'B' : 'A') + data.slice(1);
    await fakeBrowser.storage.local.set({
      'account.sealed': { ...(box as object), data: changed },
    });
    expect(await store.keptAccount.read()).toEqual({ value: null, refused: true });
    await fakeBrowser.storage.local.set({ 'meetings.recent.sealed': [meeting] });
    expect(await store.recentMeetings.getValue()).toEqual([]);
  });

  it('refuse a box moved from one item to another', async () => {
    const store = items();
    await store.recentMeetings.setValue([meeting]);
    await store.keptAccount.setValue(account);
    const { 'account.sealed': box } = await local();
    await fakeBrowser.storage.local.set({ 'meetings.recent.sealed': box });
    expect(await store.recentMeetings.read()).toEqual({ value: [], refused: true });
  });

  it('refuse an older copy put back (a replay), also after sign-out removed the ticket', async () => {
    const store = items();
    await store.keptAccount.setValue(account);
    const { 'account.sealed': old } = await local();
    await store.keptAccount.setValue({ ...account, session: { ...account.session, expiresAt: 2 } });
    await fakeBrowser.storage.local.set({ 'account.sealed': old });
    expect((await store.keptAccount.read()).refused).toBe(true);
    await store.keptAccount.removeValue();
    await fakeBrowser.storage.local.set({ 'account.sealed': old });
    expect(await store.keptAccount.read()).toEqual({ value: null, refused: true });
  });

  it('refuse everything when the key is gone (a new vault): signed out, not trusted', async () => {
    await items().keptAccount.setValue(account);
    expect(await items().keptAccount.read()).toEqual({ value: null, refused: true });
  });
});

describe('migration from the plain values of 0.1.0', () => {
  it('reads the plain values once, seals them and removes the plain copies', async () => {
    await fakeBrowser.storage.local.set({ account, 'meetings.recent': [meeting] });
    const store = items();
    expect(await store.keptAccount.getValue()).toEqual(account);
    expect(await store.recentMeetings.getValue()).toEqual([meeting]);
    const after = await local();
    expect(Object.keys(after)).not.toContain('account');
    expect(Object.keys(after)).not.toContain('meetings.recent');
    expect(JSON.stringify(after)).not.toMatch(/ticket-secret|Pw-secret1|j\.php/);
  });

  it('never takes a plain value written after the migration for the host’s', async () => {
    const vault = memoryVault();
    expect(await items(vault).keptAccount.getValue()).toBeNull();
    await fakeBrowser.storage.local.set({ account, 'meetings.recent': [meeting] });
    const store = items(vault);
    expect(await store.keptAccount.getValue()).toBeNull();
    expect(await store.recentMeetings.getValue()).toEqual([]);
  });

  it('keeps a sealed value over a plain one left beside it', async () => {
    const vault = memoryVault();
    const newer = { ...account, session: { ...account.session, sessionTicket: 'newer' } };
    await items(vault).keptAccount.setValue(newer);
    await vault.delete('migrated-plain-values');
    await fakeBrowser.storage.local.set({ account });
    expect(await items(vault).keptAccount.getValue()).toEqual(newer);
    expect(Object.keys(await local())).not.toContain('account');
  });
});

describe('a vault that cannot be reached', () => {
  it('reads every sealed value as refused instead of failing', async () => {
    const vault = memoryVault();
    await items(vault).keptAccount.setValue(account);
    const broken = { ...vault, get: async () => Promise.reject(new Error('IndexedDB is off')) };
    const store = storedItems({
      vault: { ...broken, getOrAdd: broken.get, put: broken.get, delete: broken.get },
      crypto: globalThis.crypto,
    });
    expect(await store.keptAccount.read()).toEqual({ value: null, refused: true });
    expect(await store.recentMeetings.getValue()).toEqual([]);
    await expect(store.keptAccount.setValue(account)).rejects.toThrow('IndexedDB is off');
  });
});
