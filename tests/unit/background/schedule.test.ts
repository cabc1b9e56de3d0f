import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renewTicket, signOut } from '../../../lib/background/account';
import { createScheduleService, type ScheduleService } from '../../../lib/background/schedule';
import { ALICE_PASSWORD, apiError, TICKET_LIFETIME_MS, timeoutError } from './fake-backend';
import { ALICE_OWNER, ACME, ICON, meetingRequest, signInAlice, START, testEnv } from './test-env';

let t: ReturnType<typeof testEnv>;
let service: ScheduleService;
beforeEach(async () => {
  t = testEnv();
  service = createScheduleService(t.env);
  await signInAlice(t.env);
});

const timeout = timeoutError;

describe('scheduleMeeting', () => {
  it('creates the meeting, adds its join link, and answers the done job', async () => {
    const answer = await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    expect(answer).toEqual({
      ok: true,
      value: {
        requestId: 'r1',
        owner: ALICE_OWNER,
        state: 'done',
        request: meetingRequest(),
        meeting: expect.objectContaining({
          meetingKey: '100000001',
          topic: 'Weekly sync',
          meetingPassword: 'Gen3rated',
          joinUrl: 'https://acme.webex.com/acme/e.php?AT=SI&MK=100000001',
        }),
      },
    });
    expect(await t.env.items.lastScheduleJob.getValue()).toEqual(answer.ok && answer.value);
  });

  it('keeps the meeting in Recent for this account, with password and link', async () => {
    await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    expect(await t.env.items.recentMeetings.getValue()).toEqual([
      expect.objectContaining({
        meetingKey: '100000001',
        meetingPassword: 'Gen3rated',
        joinUrl: expect.stringContaining('MK=100000001'),
        owner: { siteOrigin: ACME.origin, webExId: 'alice' },
        requestId: 'r1',
        scheduledAt: START,
      }),
    ]);
  });

  it('a double click (same requestId while running) makes ONE meeting and both get it', async () => {
    const release = t.backend.hold('schedule');
    const first = service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    const second = service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    release();
    const [a, b] = await Promise.all([first, second]);
    expect(t.backend.callsOf('schedule')).toHaveLength(1);
    expect(a).toEqual(b);
    expect(a.ok).toBe(true);
  });

  it('a later resend with the same requestId answers the same job without calling WebEx', async () => {
    const first = await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    const again = await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    expect(again).toEqual(first);
    expect(t.backend.callsOf('schedule')).toHaveLength(1);
  });

  it('remembers a done requestId through Recent even after newer jobs replaced it', async () => {
    await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    await service.scheduleMeeting({ requestId: 'r2', request: meetingRequest({ topic: 'Other' }) });
    const fresh = createScheduleService(t.env); // a restarted worker
    const again = await fresh.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    expect(again).toMatchObject({ ok: true, value: { meeting: { meetingKey: '100000001' } } });
    expect(t.backend.callsOf('schedule')).toHaveLength(2);
  });

  it('a different requestId is a new meeting', async () => {
    await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    await service.scheduleMeeting({ requestId: 'r2', request: meetingRequest() });
    expect(t.backend.callsOf('schedule')).toHaveLength(2);
    expect((await t.env.items.recentMeetings.getValue()).map((m) => m.requestId)).toEqual([
      'r2',
      'r1',
    ]);
  });

  it('shows "running" to a reopened popup while WebEx works', async () => {
    const release = t.backend.hold('schedule');
    const pending = service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    await expect
      .poll(() => service.getLastScheduleJob())
      .toMatchObject({ requestId: 'r1', state: 'running' });
    release();
    await pending;
    expect(await service.getLastScheduleJob()).toMatchObject({ requestId: 'r1', state: 'done' });
  });

  it('a failure answers ok:false, is stored as the failed job, and is never retried', async () => {
    t.backend.failNext('schedule', apiError('040007', 'CreateMeeting'));
    const request = meetingRequest({ invitees: [{ email: 'carol@example.com', role: 'HOST' }] });
    const answer = await service.scheduleMeeting({ requestId: 'r1', request });
    expect(answer).toMatchObject({ ok: false, error: { exceptionId: '040007' } });
    expect(await service.getLastScheduleJob()).toMatchObject({
      state: 'failed',
      request,
      error: { exceptionId: '040007' },
    });
    const again = await service.scheduleMeeting({ requestId: 'r1', request });
    expect(again).toEqual(answer);
    expect(t.backend.callsOf('schedule')).toHaveLength(1);
    expect(await t.env.items.recentMeetings.getValue()).toEqual([]);
  });

  it("passes each invitee's role as the request gives it (attendees instead, after 040007)", async () => {
    const request = meetingRequest({
      invitees: [{ email: 'carol@example.com', role: 'ATTENDEE' }],
    });
    await service.scheduleMeeting({ requestId: 'r2', request });
    expect(t.backend.callsOf('schedule')[0]?.[1]).toEqual(request);
  });

  it('a timeout is not retried: one CreateMeeting, the failure says to check first', async () => {
    t.backend.failNext('schedule', timeout());
    const answer = await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    expect(t.backend.callsOf('schedule')).toHaveLength(1);
  });

  it("a REST meeting's join link is its webLink, not a lapsing joinLink asked afterwards", async () => {
    const webLink = 'https://acme.webex.com/acme/j.php?MTID=m5e004d2d';
    const schedule = t.backend.schedule.bind(t.backend);
    t.backend.schedule = async (session, request) => ({
      ...(await schedule(session, request)),
      webLink,
    });
    const answer = await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    expect(answer.ok && answer.value.meeting?.joinUrl).toBe(webLink);
    expect(t.backend.callsOf('joinUrls')).toHaveLength(0);
    expect((await t.env.items.recentMeetings.getValue())?.[0]?.joinUrl).toBe(webLink);
  });

  it('still succeeds when the join link cannot be fetched (best effort)', async () => {
    t.backend.failNext('joinUrls', apiError('000035'));
    const answer = await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    expect(answer).toMatchObject({ ok: true, value: { state: 'done' } });
    expect(answer.ok && answer.value.meeting).not.toHaveProperty('joinUrl');
    expect(await t.env.items.recentMeetings.getValue()).toHaveLength(1);
  });

  it('an expired ticket asks for the password and records no job; the resend then makes the meeting', async () => {
    t.clock.now = START + TICKET_LIFETIME_MS;
    const first = await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    expect(first).toMatchObject({ ok: false, ticketExpired: true });
    expect(t.backend.callsOf('schedule')).toEqual([]);
    expect(await service.getLastScheduleJob()).toBeNull();

    await renewTicket(t.env, { password: ALICE_PASSWORD });
    const resent = await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    expect(resent).toMatchObject({ ok: true, value: { state: 'done' } });
    expect(t.backend.callsOf('schedule')).toHaveLength(1);
  });

  it('WebEx refusing the ticket (030047) restores the previous job, so the same id may run after the password', async () => {
    await service.scheduleMeeting({ requestId: 'r0', request: meetingRequest() });
    t.backend.failNext('schedule', apiError('030047', 'CreateMeeting'));
    const refused = await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    expect(refused).toMatchObject({ ok: false, ticketExpired: true });
    expect(await service.getLastScheduleJob()).toMatchObject({ requestId: 'r0', state: 'done' });

    await renewTicket(t.env, { password: ALICE_PASSWORD });
    const resent = await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    expect(resent).toMatchObject({ ok: true, value: { requestId: 'r1', state: 'done' } });
  });

  it('a job that ends after its account signed out is never shown to the next account', async () => {
    const release = t.backend.hold('schedule');
    const answer = service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    await expect.poll(() => t.backend.callsOf('schedule').length).toBe(1);
    const alice = (await t.env.items.sessionAccount.getValue())!;
    await signOut(t.env);
    const bob = { ...alice, session: { ...alice.session, webExId: 'bob' } };
    await t.env.items.sessionAccount.setValue(bob);
    release();
    expect(await answer).toMatchObject({ ok: true, value: { owner: ALICE_OWNER } });
    expect(await service.getLastScheduleJob()).toBeNull();
    await t.env.items.sessionAccount.setValue(alice);
    expect(await service.getLastScheduleJob()).toMatchObject({ requestId: 'r1', state: 'done' });
  });

  it('a stored job read back keeps its join link only when it is https on the meeting site', async () => {
    await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    const stored = (await t.env.items.lastScheduleJob.getValue())!;
    expect((await service.getLastScheduleJob())?.meeting?.joinUrl).toBe(stored.meeting!.joinUrl);
    for (const rewritten of ['https://evil.test/j', 'http://acme.webex.com/acme/j.php']) {
      await t.env.items.lastScheduleJob.setValue({
        ...stored,
        meeting: { ...stored.meeting!, joinUrl: rewritten },
      });
      const job = await service.getLastScheduleJob();
      expect(job?.meeting?.meetingKey).toBe(stored.meeting!.meetingKey);
      expect(job?.meeting?.joinUrl).toBeUndefined();
    }
  });

  it('a job left running by a stopped worker reads as interrupted, and is not re-run', async () => {
    await t.env.items.lastScheduleJob.setValue({
      requestId: 'r1',
      owner: ALICE_OWNER,
      state: 'running',
      request: meetingRequest(),
    });
    const fresh = createScheduleService(t.env);
    expect(await fresh.getLastScheduleJob()).toMatchObject({
      state: 'failed',
      error: { kind: 'interrupted' },
    });
    const resent = await fresh.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    expect(resent).toMatchObject({ ok: false, error: { kind: 'interrupted' } });
    expect(t.backend.callsOf('schedule')).toEqual([]);
  });

  it('the same interrupted job, resent before anyone read it, is not re-run either', async () => {
    await t.env.items.lastScheduleJob.setValue({
      requestId: 'r1',
      owner: ALICE_OWNER,
      state: 'running',
      request: meetingRequest(),
    });
    const fresh = createScheduleService(t.env);
    const resent = await fresh.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    expect(resent).toMatchObject({ ok: false, error: { kind: 'interrupted' } });
    expect(t.backend.callsOf('schedule')).toEqual([]);
  });
});

describe('notifications', () => {
  it('notifies "Meeting ready" when no popup is open to show it', async () => {
    t.popup.open = false;
    await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    const notes = fakeBrowser.notifications.getAllCreateOptions();
    expect(Object.values(notes)).toEqual([
      expect.objectContaining({
        type: 'basic',
        iconUrl: ICON,
        title: 'Meeting ready: Weekly sync',
        message: expect.stringContaining('100 000 001'),
      }),
    ]);
  });

  it('stays quiet while the popup is open', async () => {
    t.popup.open = true;
    await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });

  it('tells a host whose popup closed that the meeting was not scheduled', async () => {
    t.backend.failNext('schedule', apiError('060026', 'CreateMeeting'));
    await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    expect(Object.values(fakeBrowser.notifications.getAllCreateOptions())).toEqual([
      expect.objectContaining({ title: 'Meeting not scheduled: Weekly sync' }),
    ]);
  });

  it('a notification that fails does not fail the job', async () => {
    t.env.notifications = { create: () => Promise.reject(new Error('no icon')) };
    const answer = await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    expect(answer).toMatchObject({ ok: true });
  });
});
