import type { MeetingListItem } from '../messaging';
import type { ReminderMeeting } from '../storage';

/**
 * The meetings reminders follow, from the popup's list: only those WebEx itself listed (a
 * meeting known only here may have been deleted on the site) with a start placed in time.
 */
export function reminderMeetingsOf(list: readonly MeetingListItem[]): ReminderMeeting[] {
  return list.flatMap((item) =>
    item.status === 'UNKNOWN' || item.startsAt === undefined
      ? []
      : [
          {
            meetingKey: item.meetingKey,
            topic: item.topic,
            startsAt: item.startsAt,
            started: item.status === 'INPROGRESS',
          },
        ],
  );
}

/** `meetings` with `meeting` added, or replacing the one with its key (it moved). */
export function withReminderMeeting(
  meetings: readonly ReminderMeeting[],
  meeting: ReminderMeeting,
): ReminderMeeting[] {
  return [...meetings.filter((m) => m.meetingKey !== meeting.meetingKey), meeting];
}

/** `meetings` without the one with `meetingKey` (deleted). */
export function withoutReminderMeeting(
  meetings: readonly ReminderMeeting[],
  meetingKey: string,
): ReminderMeeting[] {
  return meetings.filter((m) => m.meetingKey !== meetingKey);
}
