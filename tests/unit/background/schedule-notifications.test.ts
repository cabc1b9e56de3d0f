import { describe, expect, it } from 'vitest';
import { jobNotification } from '../../../lib/background/schedule-notifications';
import type { ScheduleJob } from '../../../lib/messaging';
import { formatInZone } from '../../../lib/webex/time-zones';

const OWNER = { siteOrigin: 'https://acme.webex.com', webExId: 'alice' };

const request = {
  topic: 'Board <review> & "budget"',
  startsAt: Date.UTC(2025, 5, 2, 12, 0),
  timeZone: 'Europe/Berlin',
  durationMinutes: 30,
  invitees: [],
};

describe('jobNotification', () => {
  it('done: "Meeting ready" with the topic as typed, the start in the host\'s zone and the number', () => {
    const job: ScheduleJob = {
      requestId: 'r1',
      owner: OWNER,
      state: 'done',
      request,
      meeting: {
        meetingKey: '123456789',
        topic: request.topic,
        startsAt: request.startsAt,
        durationMinutes: 30,
        timeZoneId: 25,
      },
    };
    const note = jobNotification(job);
    expect(note?.id).toBe('meeting-ready:r1');
    expect(note?.title).toBe('Meeting ready: Board <review> & "budget"');
    expect(note?.message).toContain(formatInZone(request.startsAt, 'Europe/Berlin'));
    expect(note?.message).not.toContain(formatInZone(request.startsAt, 'UTC'));
    expect(note?.message).toContain('123 456 789');
  });

  it('failed: what went wrong and what to do', () => {
    const job: ScheduleJob = {
      requestId: 'r2',
      owner: OWNER,
      state: 'failed',
      request,
      error: {
        kind: 'api',
        message: 'x',
        explanation: {
          title: 'The site requires a meeting password',
          meaning: 'm',
          action: 'Add a password.',
        },
      },
    };
    expect(jobNotification(job)).toEqual({
      id: 'meeting-failed:r2',
      title: 'Meeting not scheduled: Board <review> & "budget"',
      message: 'The site requires a meeting password. Add a password.',
    });
  });

  it('running: nothing to say yet', () => {
    expect(
      jobNotification({ requestId: 'r3', owner: OWNER, state: 'running', request }),
    ).toBeNull();
  });
});
