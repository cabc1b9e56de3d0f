import { beforeEach, describe, expect, it } from 'vitest';
import { signIn, signOut } from '../../../lib/background/account';
import { listMeetings, meetingPassword } from '../../../lib/background/meetings';
import { createMessageHandlers, type ExplainerHandlers } from '../../../lib/background/handlers';
import type { RecentMeeting } from '../../../lib/storage';
import { ALICE_PASSWORD, apiError } from './fake-backend';
import { ACME, ALICE_OWNER, meetingRequest, signInAlice, START, testEnv } from './test-env';

let t: ReturnType<typeof testEnv>;
beforeEach(() => {
  t = testEnv();
});

const kept = (meetingKey: string, owner = ALICE_OWNER): RecentMeeting => ({
  meetingKey,
  topic: `Kept ${meetingKey}`,
  startsAt: START + 3_600_000,
  durationMinutes: 30,
  timeZoneId: 25,
  owner,
  requestId: `request-${meetingKey}`,
  scheduledAt: START,
  meetingPassword: `Pw${meetingKey}`,
  joinUrl: `${ACME.origin}/acme/j.php?MTID=m${meetingKey}`,
});

describe("an account's meetings kept here, across its own sign-out", () => {
  it('Sign out keeps them sealed for the same account, which sees them again after signing in', async () => {
    await signInAlice(t.env);
    await t.env.items.recentMeetings.setValue([kept('111111111')]);
    await signOut(t.env, { forgetMeetings: false });
    expect(await t.env.items.recentMeetings.getValue()).toHaveLength(1);

    await signInAlice(t.env);
    const listed = await listMeetings(t.env);
    expect(listed).toMatchObject({
      ok: true,
      value: [{ meetingKey: '111111111', scheduledHere: true, meetingPassword: 'Pw111111111' }],
    });
  });

  it('another account on the same site is never shown them', async () => {
    await t.env.items.recentMeetings.setValue([
      kept('222222222', { siteOrigin: ACME.origin, webExId: 'bob' }),
    ]);
    await signInAlice(t.env);
    expect(await listMeetings(t.env)).toEqual({ ok: true, value: [] });
  });

  it('signing in by email finds the records kept for the WebEx ID', async () => {
    await t.env.items.recentMeetings.setValue([kept('333333333')]);
    await signIn(t.env, {
      siteInput: 'acme',
      webExId: 'alice@acme.example',
      password: ALICE_PASSWORD,
      keepSignedIn: false,
    });
    const listed = await listMeetings(t.env);
    expect(listed.ok && listed.value.map((m) => m.meetingKey)).toEqual(['333333333']);
  });

  it('the signOut message forgets them only when asked', async () => {
    const handlers = createMessageHandlers(t.env, {} as ExplainerHandlers);
    await signInAlice(t.env);
    await t.env.items.recentMeetings.setValue([kept('444444444')]);
    await handlers.signOut({ forgetMeetings: true }, {});
    expect(await t.env.items.recentMeetings.getValue()).toEqual([]);
  });
});

describe('meetingPassword: the password WebEx gives the host (GetMeeting)', () => {
  it("answers a meeting's password, and nothing for a meeting without one", async () => {
    await signInAlice(t.env);
    const withPassword = await t.backend.schedule(
      (await t.env.items.sessionAccount.getValue())!.session,
      meetingRequest({ meetingPassword: 'Made9else' }),
    );
    expect(await meetingPassword(t.env, { meetingKey: withPassword.meetingKey })).toEqual({
      ok: true,
      value: { meetingPassword: 'Made9else' },
    });
    // A meeting made on the site without a password.
    delete (t.backend.meetings[0] as { meetingPassword?: string }).meetingPassword;
    expect(await meetingPassword(t.env, { meetingKey: withPassword.meetingKey })).toEqual({
      ok: true,
      value: {},
    });
  });

  it("fails with WebEx's reason when it will not give it (not the host's meeting)", async () => {
    await signInAlice(t.env);
    t.backend.failNext('get', apiError('060001', 'GetMeeting'));
    const reply = await meetingPassword(t.env, { meetingKey: '999999999' });
    expect(reply).toMatchObject({ ok: false, error: { exceptionId: '060001' } });
  });

  it('signed out: asks to sign in, asks WebEx nothing', async () => {
    const reply = await meetingPassword(t.env, { meetingKey: '999999999' });
    expect(reply.ok).toBe(false);
    expect(t.backend.callsOf('get')).toEqual([]);
  });
});
