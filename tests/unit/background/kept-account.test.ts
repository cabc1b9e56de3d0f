import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getAccount } from '../../../lib/background/account';
import { listMeetings } from '../../../lib/background/meetings';
import { createScheduleService } from '../../../lib/background/schedule';
import { meetingRequest, signInAlice, testEnv } from './test-env';

let t: ReturnType<typeof testEnv>;
beforeEach(() => {
  t = testEnv();
});

describe('the kept ticket, sealed in local storage', () => {
  it('a tampered kept ticket signs the host out and says why', async () => {
    await signInAlice(t.env, true);
    const stored = await fakeBrowser.storage.local.get('account.sealed');
    const box = stored['account.sealed'] as { data: string };
    await fakeBrowser.storage.local.set({ 'account.sealed': { ...box, data: `AAAA${box.data}` } });
    expect(await getAccount(t.env)).toEqual({
      signedIn: false,
      lastSite: { name: 'acme', origin: 'https://acme.webex.com' },
      lastWebExId: 'alice',
      lastApi: 'xml',
      webexSignInReady: false,
      keptTicketRefused: true,
    });
  });

  it('an untouched kept ticket keeps the host signed in, with no notice', async () => {
    await signInAlice(t.env, true);
    expect(await getAccount(t.env)).toMatchObject({ signedIn: true, keepSignedIn: true });
  });
});

describe('a join link rewritten in the recent meetings', () => {
  it('is not served: the list drops it and a resend answers without it', async () => {
    await signInAlice(t.env, true);
    const request = meetingRequest();
    const scheduled = await createScheduleService(t.env).scheduleMeeting({
      requestId: 'r1',
      request,
    });
    if (!scheduled.ok) throw new Error('schedule failed');
    const [kept] = await t.env.items.recentMeetings.getValue();
    // Even a rewrite that got past the seal (written by the background itself) is refused on read.
    await t.env.items.recentMeetings.setValue([
      { ...kept!, joinUrl: 'https://evil.example/acme/j.php?MTID=x' },
    ]);
    await t.env.items.lastScheduleJob.removeValue();

    const listed = await listMeetings(t.env);
    if (!listed.ok) throw new Error('list failed');
    const row = listed.value.find((m) => m.meetingKey === kept!.meetingKey);
    expect(row?.meetingPassword).toBe(kept!.meetingPassword);
    expect(row?.joinUrl).toBeUndefined();

    const resent = await createScheduleService(t.env).scheduleMeeting({ requestId: 'r1', request });
    expect(resent.ok && resent.value.meeting?.joinUrl).toBeUndefined();
    expect(resent.ok && resent.value.meeting?.meetingKey).toBe(kept!.meetingKey);
  });
});
