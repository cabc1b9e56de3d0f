import { describe, expect, it } from 'vitest';
import { groupMeetings } from '../../../lib/meetings/meeting-groups';
import type { MeetingListItem } from '../../../lib/messaging';

const NOW = Date.UTC(2026, 2, 10, 12, 0);
const HOUR = 3_600_000;

function item(
  meetingKey: string,
  startsAt: number,
  status: MeetingListItem['status'] = 'NOT_INPROGRESS',
): MeetingListItem {
  return {
    meetingKey,
    topic: meetingKey,
    startsAt,
    durationMinutes: 60,
    status,
    scheduledHere: false,
  };
}

describe('groupMeetings', () => {
  it('puts in-progress first, upcoming soonest first, then earlier latest first', () => {
    const groups = groupMeetings(
      [
        item('yesterday', NOW - 24 * HOUR),
        item('running', NOW - 2 * HOUR, 'INPROGRESS'),
        item('tomorrow', NOW + 24 * HOUR),
        item('this-morning', NOW - 3 * HOUR),
        item('started-half-an-hour-ago', NOW - HOUR / 2),
        item('in-an-hour', NOW + HOUR, 'UNKNOWN'),
      ],
      NOW,
    );
    expect(groups.map((group) => [group.id, group.meetings.map((m) => m.meetingKey)])).toEqual([
      ['now', ['running']],
      ['upcoming', ['started-half-an-hour-ago', 'in-an-hour', 'tomorrow']],
      ['earlier', ['this-morning', 'yesterday']],
    ]);
  });

  it('counts a meeting as earlier from its end', () => {
    const groups = groupMeetings([item('just-ended', NOW - HOUR)], NOW);
    expect(groups.map((group) => group.id)).toEqual(['earlier']);
  });

  it('leaves empty groups out', () => {
    expect(groupMeetings([], NOW)).toEqual([]);
  });
});
