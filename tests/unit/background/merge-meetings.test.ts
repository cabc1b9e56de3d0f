import { describe, expect, it } from 'vitest';
import { mergeMeetings, stillRelevant } from '../../../lib/background/merge-meetings';
import type { RecentMeeting } from '../../../lib/storage';
import type { MeetingSummary } from '../../../lib/webex/types';

const T = Date.UTC(2025, 5, 2, 9, 0);
const MIN = 60_000;

const summary = (
  meetingKey: string,
  startsAt: number,
  extra: Partial<MeetingSummary> = {},
): MeetingSummary => ({
  meetingKey,
  topic: `WebEx ${meetingKey}`,
  startsAt,
  durationMinutes: 30,
  timeZoneId: 25,
  status: 'NOT_INPROGRESS',
  ...extra,
});

const recent = (
  meetingKey: string,
  startsAt: number,
  extra: Partial<RecentMeeting> = {},
): RecentMeeting => ({
  meetingKey,
  topic: `Here ${meetingKey}`,
  startsAt,
  durationMinutes: 45,
  timeZoneId: 25,
  meetingPassword: `pw${meetingKey}`,
  joinUrl: `https://acme.webex.com/acme/e.php?MK=${meetingKey}`,
  owner: { siteOrigin: 'https://acme.webex.com', webExId: 'alice' },
  requestId: `r${meetingKey}`,
  scheduledAt: T,
  ...extra,
});

describe('mergeMeetings', () => {
  it('orders by start time, whatever the source', () => {
    const merged = mergeMeetings(
      [summary('2', T + 20 * MIN), summary('4', T + 40 * MIN)],
      [recent('3', T + 30 * MIN), recent('1', T + 10 * MIN)],
    );
    expect(merged.map((m) => m.meetingKey)).toEqual(['1', '2', '3', '4']);
  });

  it("one item per key: WebEx's topic, time and status, the password and link kept here", () => {
    const [item, ...rest] = mergeMeetings(
      [
        summary('1', T + 15 * MIN, {
          topic: 'Renamed on the site',
          status: 'INPROGRESS',
          durationMinutes: 60,
        }),
      ],
      [recent('1', T)],
    );
    expect(rest).toEqual([]);
    expect(item).toEqual({
      meetingKey: '1',
      topic: 'Renamed on the site',
      startsAt: T + 15 * MIN,
      durationMinutes: 60,
      status: 'INPROGRESS',
      scheduledHere: true,
      meetingPassword: 'pw1',
      joinUrl: 'https://acme.webex.com/acme/e.php?MK=1',
    });
  });

  it('a meeting only WebEx lists is not "scheduled here" and has no password', () => {
    expect(mergeMeetings([summary('9', T)], [])).toEqual([
      {
        meetingKey: '9',
        topic: 'WebEx 9',
        startsAt: T,
        durationMinutes: 30,
        status: 'NOT_INPROGRESS',
        scheduledHere: false,
      },
    ]);
  });

  it('a meeting only known here has an unknown status (past, or deleted on the site)', () => {
    expect(mergeMeetings([], [recent('5', T)])[0]).toMatchObject({
      status: 'UNKNOWN',
      scheduledHere: true,
    });
  });

  it('the same start orders by topic, so the list does not jump between refreshes', () => {
    const merged = mergeMeetings(
      [summary('b', T, { topic: 'Beta' }), summary('a', T, { topic: 'Alpha' })],
      [],
    );
    expect(merged.map((m) => m.topic)).toEqual(['Alpha', 'Beta']);
  });
});

describe('stillRelevant', () => {
  it.each([
    ['ends later', summary('1', T - 10 * MIN), true],
    ['ends right now', summary('1', T - 30 * MIN), true],
    ['ended', summary('1', T - 31 * MIN), false],
    [
      'ended but WebEx says it is running',
      summary('1', T - 120 * MIN, { status: 'INPROGRESS' }),
      true,
    ],
    ['in the future', summary('1', T + 60 * MIN), true],
  ])('%s', (_, meeting, expected) => {
    expect(stillRelevant(meeting, T)).toBe(expected);
  });
});
