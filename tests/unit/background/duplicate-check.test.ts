import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findDuplicates } from '../../../lib/background/duplicate-check';
import { createScheduleService } from '../../../lib/background/schedule';
import { jobNotification } from '../../../lib/background/schedule-notifications';
import type { ScheduledMeeting, Session } from '../../../lib/webex/types';
import { networkError } from './fake-backend';
import { ACME, meetingRequest, signInAlice, START, testEnv } from './test-env';

let t: ReturnType<typeof testEnv>;
let session: Session;
beforeEach(async () => {
  t = testEnv();
  await signInAlice(t.env);
  session = {
    site: ACME,
    webExId: 'alice',
    sessionTicket: 'ticket-1',
    expiresAt: START + 3_600_000,
  };
});

const STARTS_AT = START + 3_600_000;

/** A meeting WebEx holds, as if created by an earlier copy of the same POST. */
function held(meetingKey: string, overrides: { topic?: string; startsAt?: number } = {}) {
  t.backend.meetings.push({
    meetingKey,
    topic: overrides.topic ?? 'Weekly sync',
    startsAt: overrides.startsAt ?? STARTS_AT,
    durationMinutes: 30,
    timeZoneId: 25,
    status: 'NOT_INPROGRESS',
    hostWebExId: 'alice',
  });
}

async function created(): Promise<ScheduledMeeting> {
  return t.backend.schedule(session, meetingRequest({ startsAt: STARTS_AT }));
}

describe('findDuplicates', () => {
  it('finds another meeting with the same topic and start', async () => {
    held('555000111');
    const meeting = await created();
    expect(await findDuplicates(t.backend, session, meeting)).toEqual([
      { meetingKey: '555000111', topic: 'Weekly sync', startsAt: STARTS_AT },
    ]);
  });

  it('asks WebEx for a small window around the start only', async () => {
    const meeting = await created();
    await findDuplicates(t.backend, session, meeting);
    const [[, window]] = t.backend.callsOf('list') as [[Session, { from: number; to: number }]];
    expect(window.from).toBeLessThanOrEqual(STARTS_AT);
    expect(window.to).toBeGreaterThanOrEqual(STARTS_AT);
    expect(window.to - window.from).toBeLessThanOrEqual(2 * 86_400_000);
  });

  it('none: the created meeting alone does not count as its own duplicate', async () => {
    const meeting = await created();
    expect(t.backend.meetings.map((m) => m.meetingKey)).toEqual([meeting.meetingKey]);
    expect(await findDuplicates(t.backend, session, meeting)).toEqual([]);
  });

  it('none: the same topic at another start, or another topic at the same start', async () => {
    held('555000111', { startsAt: STARTS_AT + 30 * 60_000 });
    held('555000222', { topic: 'Weekly sync (2)' });
    expect(await findDuplicates(t.backend, session, await created())).toEqual([]);
  });

  it('none, and no error: the list fails (best effort)', async () => {
    held('555000111');
    const meeting = await created();
    t.backend.failNext('list', networkError());
    await expect(findDuplicates(t.backend, session, meeting)).resolves.toEqual([]);
  });
});

describe('scheduleMeeting with a duplicate on WebEx', () => {
  it('records the duplicate on the done job and mentions it in the notification', async () => {
    held('555000111');
    const service = createScheduleService(t.env);
    const answer = await service.scheduleMeeting({
      requestId: 'r1',
      request: meetingRequest({ startsAt: STARTS_AT }),
    });
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.meeting?.meetingKey).toBe('100000001');
    expect(answer.value.meeting?.duplicates).toEqual([
      { meetingKey: '555000111', topic: 'Weekly sync', startsAt: STARTS_AT },
    ]);
    expect(t.backend.callsOf('remove')).toEqual([]);
    expect(jobNotification(answer.value)?.message).toContain('WebEx holds this meeting twice');
    const ids = (await fakeBrowser.notifications.getAll()) as Record<string, unknown>;
    expect(Object.keys(ids)).toEqual(['meeting-ready:r1']);
  });

  it('a failing check still schedules, without duplicates', async () => {
    held('555000111');
    t.backend.failNext('list', networkError());
    const service = createScheduleService(t.env);
    const answer = await service.scheduleMeeting({
      requestId: 'r1',
      request: meetingRequest({ startsAt: STARTS_AT }),
    });
    expect(answer.ok && answer.value.state).toBe('done');
    expect(answer.ok && answer.value.meeting).not.toHaveProperty('duplicates');
  });

  it('no duplicate: the notification is the plain "Meeting ready"', async () => {
    const service = createScheduleService(t.env);
    const answer = await service.scheduleMeeting({ requestId: 'r1', request: meetingRequest() });
    expect(answer.ok && answer.value.meeting).not.toHaveProperty('duplicates');
    expect(answer.ok && jobNotification(answer.value)?.message).toContain(
      'Open WebEx Host Helper to copy the invitation',
    );
  });
});
