import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteMeeting, joinLinks, listMeetings } from '../../../lib/background/meetings';
import { createScheduleService } from '../../../lib/background/schedule';
import type { MeetingsBackend } from '../../../lib/webex/backend';
import type { ListedMeeting, MeetingSummary } from '../../../lib/webex/types';
import { apiError, TICKET_LIFETIME_MS } from './fake-backend';
import { meetingRequest, signInAlice, START, testEnv } from './test-env';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let t: ReturnType<typeof testEnv>;
beforeEach(async () => {
  t = testEnv();
  await signInAlice(t.env);
});

function onWebEx(meetingKey: string, startsAt: number, extra: Partial<MeetingSummary> = {}) {
  t.backend.meetings.push({
    meetingKey,
    topic: `Meeting ${meetingKey}`,
    startsAt,
    durationMinutes: 60,
    timeZoneId: 25,
    status: 'NOT_INPROGRESS',
    hostWebExId: 'alice',
    ...extra,
  });
}

describe('listMeetings', () => {
  it('asks WebEx for the next 14 days (from a day back, for meetings still running)', async () => {
    await listMeetings(t.env);
    expect(t.backend.callsOf('list')[0]?.[1]).toEqual({ from: START - DAY, to: START + 14 * DAY });
  });

  it("merges WebEx's meetings with the ones scheduled here, one per key, by start time", async () => {
    const schedule = createScheduleService(t.env);
    await schedule.scheduleMeeting({
      requestId: 'r1',
      request: meetingRequest({ startsAt: START + 5 * HOUR }),
    });
    onWebEx('200', START + 2 * HOUR);
    onWebEx('300', START - 30 * 60_000, { status: 'INPROGRESS' });

    const answer = await listMeetings(t.env);
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.value.map((m) => [m.meetingKey, m.status, m.scheduledHere])).toEqual([
      ['300', 'INPROGRESS', false],
      ['200', 'NOT_INPROGRESS', false],
      ['100000001', 'NOT_INPROGRESS', true],
    ]);
    expect(answer.value[2]).toMatchObject({
      meetingPassword: 'Gen3rated',
      joinUrl: expect.any(String),
    });
  });

  it('lists a meeting whose start WebEx wrote in a zone nothing places, as written, last', async () => {
    onWebEx('placed', START + HOUR);
    const [placed] = t.backend.meetings;
    const asWritten: ListedMeeting = {
      meetingKey: '622222222',
      topic: 'Anchorage sync',
      startAsWritten: { startDate: '06/02/2025 09:00:00', timeZoneId: 99 },
      durationMinutes: 30,
      status: 'NOT_INPROGRESS',
      hostWebExId: 'alice',
    };
    vi.spyOn(t.backend as MeetingsBackend, 'list').mockResolvedValueOnce([
      asWritten,
      ...(placed ? [placed] : []),
    ]);
    const answer = await listMeetings(t.env);
    expect(answer.ok && answer.value.map((m) => [m.meetingKey, m.startsAt])).toEqual([
      ['placed', START + HOUR],
      ['622222222', undefined],
    ]);
    expect(answer.ok && answer.value[1]?.startAsWritten).toEqual(asWritten.startAsWritten);
  });

  it('leaves out meetings that already ended and meetings of other hosts', async () => {
    onWebEx('ended', START - 3 * HOUR);
    onWebEx('bobs', START + HOUR, { hostWebExId: 'bob' });
    onWebEx('mine', START + HOUR, { hostWebExId: 'ALICE' });
    const answer = await listMeetings(t.env);
    expect(answer.ok && answer.value.map((m) => m.meetingKey)).toEqual(['mine']);
  });

  it('asks for the password when the ticket has expired', async () => {
    t.clock.now = START + TICKET_LIFETIME_MS;
    expect(await listMeetings(t.env)).toMatchObject({ ok: false, ticketExpired: true });
  });
});

describe('joinLinks', () => {
  it("answers GetjoinurlMeeting's links", async () => {
    expect(await joinLinks(t.env, { meetingKey: '123' })).toEqual({
      ok: true,
      value: { joinMeetingUrl: 'https://acme.webex.com/acme/e.php?AT=SI&MK=123' },
    });
  });
});

describe('deleteMeeting', () => {
  it('deletes on WebEx and forgets it here, including the last job about it', async () => {
    const schedule = createScheduleService(t.env);
    await schedule.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    expect(await deleteMeeting(t.env, { meetingKey: '100000001' })).toEqual({
      ok: true,
      value: undefined,
    });
    expect(t.backend.meetings).toEqual([]);
    expect(await t.env.items.recentMeetings.getValue()).toEqual([]);
    expect(await t.env.items.lastScheduleJob.getValue()).toBeNull();
  });

  it('a meeting WebEx no longer knows (060001) counts as deleted', async () => {
    const schedule = createScheduleService(t.env);
    await schedule.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    t.backend.meetings.length = 0;
    expect(await deleteMeeting(t.env, { meetingKey: '100000001' })).toMatchObject({ ok: true });
    expect(await t.env.items.recentMeetings.getValue()).toEqual([]);
  });

  it('any other failure keeps the meeting here and says why', async () => {
    const schedule = createScheduleService(t.env);
    await schedule.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    t.backend.failNext('remove', apiError('000001', 'DelMeeting'));
    expect(await deleteMeeting(t.env, { meetingKey: '100000001' })).toMatchObject({
      ok: false,
      error: { exceptionId: '000001' },
    });
    expect(await t.env.items.recentMeetings.getValue()).toHaveLength(1);
  });
});
