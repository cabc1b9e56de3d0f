import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedItems } from '../../lib/background/environment';
import { memoryVault } from '../../lib/secrets/key-vault';
import {
  DEFAULT_SETTINGS,
  keptAccountItem,
  lastAccountItem,
  lastScheduleJobItem,
  recentMeetingsItem,
  sessionAccountItem,
  settingsItem,
  type StoredAccount,
} from '../../lib/storage';

const account: StoredAccount = {
  session: {
    site: { name: 'acme', origin: 'https://acme.webex.com' },
    webExId: 'alice',
    sessionTicket: 'ticket-1',
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

beforeEach(() => fakeBrowser.reset());

describe('account and scheduling storage items', () => {
  it.each([
    ['sessionAccount', sessionAccountItem, null],
    ['keptAccount', keptAccountItem, null],
    ['lastAccount', lastAccountItem, null],
    ['recentMeetings (sealed)', recentMeetingsItem, null],
    ['lastScheduleJob', lastScheduleJobItem, null],
  ] as const)('%s falls back to %j when nothing is stored', async (_, item, fallback) => {
    expect(await item.getValue()).toEqual(fallback);
  });

  it('settings fall back to a 30-minute meeting, no invitees, not kept signed in, system theme, reminders 5 minutes before', async () => {
    expect(await settingsItem.getValue()).toEqual({
      defaultDurationMinutes: 30,
      defaultInvitees: [],
      keepSignedIn: false,
      theme: 'system',
      reminderLeadMinutes: 5,
    });
    expect(DEFAULT_SETTINGS.keepSignedIn).toBe(false);
  });

  it('the account item for session storage writes there and nowhere else', async () => {
    await sessionAccountItem.setValue(account);
    expect(Object.values(await fakeBrowser.storage.session.get(null))).toContainEqual(account);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('ticket-1');
  });

  it('the kept account, through the background items, is in local storage only sealed', async () => {
    const items = storedItems({ vault: memoryVault(), crypto: globalThis.crypto });
    await items.keptAccount.setValue(account);
    const local = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(local)).toContain('account.sealed');
    expect(JSON.stringify(local)).not.toContain('ticket-1');
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain('ticket-1');
    expect(await keptAccountItem.getValue()).toMatchObject({ sealed: 1 });
    expect(await items.keptAccount.getValue()).toEqual(account);
  });

  it('the last schedule job lives in session storage (gone with the browser)', async () => {
    await lastScheduleJobItem.setValue({
      requestId: 'r',
      owner: { siteOrigin: 'https://acme.webex.com', webExId: 'alice' },
      state: 'running',
      request: { topic: 't', startsAt: 0, timeZone: 'UTC', durationMinutes: 30, invitees: [] },
    });
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).toContain(
      '"requestId":"r"',
    );
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(
      '"requestId":"r"',
    );
  });
});
