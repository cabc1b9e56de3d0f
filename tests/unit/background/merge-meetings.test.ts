import { describe, expect, it } from 'vitest';
import { mergeMeetings, stillRelevant } from '../../../lib/background/merge-meetings';
import type { RecentMeeting } from '../../../lib/storage';
import type { ListedMeeting, MeetingSummary } from '../../../lib/webex/types';

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

describe('mergeMeetings with a stored join link', () => {
  it.each([
    'https://evil.example/acme/j.php?MTID=x',
    'http://acme.webex.com/acme/j.php?MTID=x',
    'https://acme.webex.com.evil.example/j.php',
    'https://acme.webex.com:8443/acme/j.php',
    'javascript:alert(1)',
  ])('refuses %s (not https on the meeting site), so the row asks WebEx', (joinUrl) => {
    const [item] = mergeMeetings([], [recent('1', T, { joinUrl })]);
    expect(item).toBeDefined();
    expect(item!.joinUrl).toBeUndefined();
    expect(item!.meetingPassword).toBe('pw1');
  });

  it('keeps an https link on the meeting site', () => {
    expect(mergeMeetings([], [recent('1', T)])[0]!.joinUrl).toBe(
      'https://acme.webex.com/acme/e.php?MK=1',
    );
  });
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

  it('a meeting the REST API lists as ended stays marked ended, one scheduled here too', () => {
    const over = summary('7', T - 90 * MIN, { ended: true });
    expect(mergeMeetings([over], [])[0]).toMatchObject({ ended: true, scheduledHere: false });
    expect(mergeMeetings([over], [recent('7', T)])[0]).toMatchObject({
      ended: true,
      scheduledHere: true,
      startsAt: T - 90 * MIN,
    });
    expect(mergeMeetings([summary('8', T)], [])[0]).not.toHaveProperty('ended');
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

describe('a start WebEx wrote in a zone nothing places', () => {
  const asWritten = (meetingKey: string): ListedMeeting => ({
    meetingKey,
    topic: `Unplaced ${meetingKey}`,
    durationMinutes: 30,
    status: 'NOT_INPROGRESS',
    startAsWritten: { startDate: '01/15/2025 09:00:00', timeZoneLabel: 'Somewhere (Nowhere)' },
  });

  it('is listed after the placed ones, as WebEx wrote it, with no instant', () => {
    const merged = mergeMeetings([asWritten('9'), summary('1', T)], []);
    expect(merged.map((m) => m.meetingKey)).toEqual(['1', '9']);
    expect(merged[1]).toMatchObject({ startAsWritten: asWritten('9').startAsWritten });
    expect(merged[1]).not.toHaveProperty('startsAt');
  });

  it('takes the exact instant kept here for a meeting scheduled here', () => {
    const [merged] = mergeMeetings([asWritten('5')], [recent('5', T)]);
    expect(merged).toMatchObject({ startsAt: T, scheduledHere: true, topic: 'Unplaced 5' });
    expect(merged).not.toHaveProperty('startAsWritten');
  });

  it('is never dropped as ended: its end cannot be judged', () => {
    expect(stillRelevant(asWritten('1'), T)).toBe(true);
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
