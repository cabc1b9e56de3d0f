import { beforeEach, describe, expect, it } from 'vitest';
import { createScheduleService, type ScheduleService } from '../../../lib/background/schedule';
import type { ScheduleRequest } from '../../../lib/webex/types';
import { timeoutError } from './fake-backend';
import { meetingRequest, signInAlice, testEnv } from './test-env';

let t: ReturnType<typeof testEnv>;
let service: ScheduleService;
beforeEach(async () => {
  t = testEnv();
  service = createScheduleService(t.env);
  await signInAlice(t.env);
});

const timeout = timeoutError;

/** A meeting WebEx holds with the request's topic and start (made, its answer lost). */
function listMeeting(meetingKey: string, request: ScheduleRequest) {
  t.backend.meetings.push({
    meetingKey,
    topic: request.topic,
    startsAt: request.startsAt,
    durationMinutes: request.durationMinutes,
    timeZoneId: 25,
    status: 'NOT_INPROGRESS',
  });
}

describe('a create whose answer was lost', () => {
  it('a timeout whose meeting WebEx made after all: found in the list by topic and start, shown as done, not made again', async () => {
    const request = meetingRequest();
    // WebEx carried the create out; its answer was lost on the way back.
    listMeeting('555000111', request);
    t.backend.failNext('schedule', timeout());
    const answer = await service.scheduleMeeting({ requestId: 'r1', request });
    expect(answer).toMatchObject({
      ok: true,
      value: { state: 'done', meeting: { meetingKey: '555000111', topic: request.topic } },
    });
    expect(answer.ok && answer.value.meeting?.duplicates).toBeUndefined();
    expect(t.backend.callsOf('schedule')).toHaveLength(1);
    expect((await t.env.items.recentMeetings.getValue()).map((m) => m.meetingKey)).toEqual([
      '555000111',
    ]);
  });

  it('a lost answer for a start Webex moved to the next minute (asked within the minute): found', async () => {
    const request = meetingRequest();
    listMeeting('555000111', { ...request, startsAt: request.startsAt + 60_000 });
    t.backend.failNext('schedule', timeout());
    const answer = await service.scheduleMeeting({ requestId: 'r1', request });
    expect(answer).toMatchObject({
      ok: true,
      value: { state: 'done', meeting: { meetingKey: '555000111' } },
    });
  });

  it('a lost answer with a meeting two minutes later listed: not it, the create stays failed', async () => {
    const request = meetingRequest();
    listMeeting('555000111', { ...request, startsAt: request.startsAt + 120_000 });
    t.backend.failNext('schedule', timeout());
    const answer = await service.scheduleMeeting({ requestId: 'r1', request });
    expect(answer.ok && answer.value.state).not.toBe('done');
  });

  it('a lost answer with two such meetings listed (the browser resent it): done, the twin offered for deletion', async () => {
    const request = meetingRequest();
    listMeeting('555000111', request);
    listMeeting('555000112', request);
    t.backend.failNext('schedule', timeout());
    const answer = await service.scheduleMeeting({ requestId: 'r1', request });
    expect(answer).toMatchObject({
      ok: true,
      value: {
        meeting: {
          meetingKey: '555000111',
          duplicates: [{ meetingKey: '555000112', topic: request.topic }],
        },
      },
    });
  });
});
