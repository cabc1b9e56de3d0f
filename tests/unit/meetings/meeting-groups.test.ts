import { describe, expect, it } from 'vitest';
import { groupMeetings } from '../../../lib/meetings/meeting-groups';
import type { MeetingListItem } from '../../../lib/messaging';

// Tuesday 10 March 2026, 13:00 in Berlin (UTC+01:00).
const NOW = Date.UTC(2026, 2, 10, 12, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CLOCK = { now: NOW, timeZone: 'Europe/Berlin', locale: 'en' };

function item(
  meetingKey: string,
  startsAt: number | undefined,
  status: MeetingListItem['status'] = 'NOT_INPROGRESS',
): MeetingListItem {
  return {
    meetingKey,
    topic: meetingKey,
    startsAt,
    ...(startsAt === undefined ? { startAsWritten: { startDate: '03/10/2026 09:00:00' } } : {}),
    durationMinutes: 60,
    status,
    scheduledHere: false,
  };
}

const summary = (groups: ReturnType<typeof groupMeetings>) =>
  groups.map((group) => [group.title, group.meetings.map((m) => m.meetingKey)]);

describe('groupMeetings', () => {
  it('puts in progress first, then one heading per day soonest first, then earlier latest first', () => {
    const groups = groupMeetings(
      [
        item('yesterday', NOW - DAY),
        item('running', NOW - 2 * HOUR, 'INPROGRESS'),
        item('tomorrow', NOW + DAY),
        item('this-morning', NOW - 3 * HOUR),
        item('started-half-an-hour-ago', NOW - HOUR / 2),
        item('in-an-hour', NOW + HOUR, 'UNKNOWN'),
        item('friday', NOW + 3 * DAY),
        item('next-year', Date.UTC(2027, 0, 5, 9)),
        item('unplaced', undefined),
      ],
      CLOCK,
    );
    expect(summary(groups)).toEqual([
      ['In progress', ['running']],
      ['Today', ['started-half-an-hour-ago', 'in-an-hour']],
      ['Tomorrow', ['tomorrow']],
      ['Friday, March 13', ['friday']],
      ['Tuesday, January 5, 2027', ['next-year']],
      ['Time zone not known', ['unplaced']],
      ['Earlier', ['this-morning', 'yesterday']],
    ]);
    expect(groups[3]!.id).toBe('day:2026-03-13');
  });

  it('cuts days at midnight in the host zone, not in UTC', () => {
    // 23:30 UTC on the 10th is 00:30 on the 11th in Berlin, 19:30 on the 10th in New York.
    const lateUtc = Date.UTC(2026, 2, 10, 23, 30);
    expect(summary(groupMeetings([item('late', lateUtc)], CLOCK))).toEqual([
      ['Tomorrow', ['late']],
    ]);
    const newYork = { ...CLOCK, timeZone: 'America/New_York' };
    expect(summary(groupMeetings([item('late', lateUtc)], newYork))).toEqual([['Today', ['late']]]);
  });

  it('writes day headings in the popup language', () => {
    const groups = groupMeetings([item('friday', NOW + 3 * DAY)], { ...CLOCK, locale: 'de' });
    expect(groups[0]!.title).toBe('Freitag, 13. März');
  });

  it('counts a meeting as earlier from its end', () => {
    const groups = groupMeetings([item('just-ended', NOW - HOUR)], CLOCK);
    expect(groups.map((group) => group.id)).toEqual(['earlier']);
  });

  it('leaves empty groups out', () => {
    expect(groupMeetings([], CLOCK)).toEqual([]);
  });
});
