import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getAccount } from '../../../lib/background/account';
import { readPopupFirstState, type FirstStateEnv } from '../../../lib/popup-first-state';
import {
  DEFAULT_SETTINGS,
  lastScheduleJobItem,
  seenScheduleJobItem,
  settingsItem,
} from '../../../lib/storage';
import { ALICE_OWNER, meetingRequest, signInAlice, START, testEnv } from '../background/test-env';

// The popup reads these values straight from the storage areas, without lib/storage.ts: the
// background's own items write them here, so a renamed key or a changed shape shows up.
const firstStateEnv = (now = START): FirstStateEnv => ({
  session: fakeBrowser.storage.session,
  local: fakeBrowser.storage.local,
  now: () => now,
});

const job = (requestId: string, owner = ALICE_OWNER) => ({
  requestId,
  owner,
  state: 'done' as const,
  request: meetingRequest(),
});

describe('the popup first state, read from storage before the first paint', () => {
  it('is the account the background would answer when signed in for this session', async () => {
    const { env } = testEnv();
    await signInAlice(env);
    const first = await readPopupFirstState(firstStateEnv());
    expect(first.account).toEqual(await getAccount(env));
    expect(first.account).toMatchObject({ signedIn: true, webExId: 'alice', ticketExpired: false });
  });

  it('says the ticket expired once the clock passes its lifetime, as the background does', async () => {
    const { env, clock } = testEnv();
    await signInAlice(env);
    clock.now = START + 24 * 3_600_000;
    const first = await readPopupFirstState(firstStateEnv(clock.now));
    expect(first.account).toMatchObject({ ticketExpired: true });
    expect(first.account).toEqual(await getAccount(env));
  });

  it('reads the settings and the seen job written by lib/storage.ts', async () => {
    testEnv();
    const settings = { ...DEFAULT_SETTINGS, defaultDurationMinutes: 45, theme: 'dark' as const };
    await settingsItem.setValue(settings);
    await seenScheduleJobItem.setValue('r-seen');
    expect(await readPopupFirstState(firstStateEnv())).toEqual({ settings, seenJobId: 'r-seen' });
  });

  it('falls back to the default settings and asks the background when nothing is stored', async () => {
    testEnv();
    expect(await readPopupFirstState(firstStateEnv())).toEqual({
      settings: DEFAULT_SETTINGS,
      seenJobId: null,
    });
  });

  it('leaves a ticket kept on this device (sealed) to the background', async () => {
    const { env } = testEnv();
    await signInAlice(env, true);
    expect((await readPopupFirstState(firstStateEnv())).account).toBeUndefined();
  });

  it('leaves a schedule job the host has not seen to the background', async () => {
    const { env } = testEnv();
    await signInAlice(env);
    await lastScheduleJobItem.setValue(job('r-new'));
    expect((await readPopupFirstState(firstStateEnv())).account).toBeUndefined();
  });

  it('shows the form at once when the last job was seen, or belongs to another account', async () => {
    const { env } = testEnv();
    await signInAlice(env);
    await lastScheduleJobItem.setValue(job('r-old'));
    await seenScheduleJobItem.setValue('r-old');
    expect((await readPopupFirstState(firstStateEnv())).account).toBeDefined();
    await seenScheduleJobItem.setValue(null);
    await lastScheduleJobItem.setValue(job('r-bob', { ...ALICE_OWNER, webExId: 'bob' }));
    expect((await readPopupFirstState(firstStateEnv())).account).toBeDefined();
  });

  it('never rejects: a failing storage read gives the defaults, and the background is asked', async () => {
    const failing = { get: () => Promise.reject(new Error('storage is gone')) };
    const first = await readPopupFirstState({ session: failing, local: failing, now: () => 0 });
    expect(first).toEqual({ settings: DEFAULT_SETTINGS, seenJobId: null });
  });
});
