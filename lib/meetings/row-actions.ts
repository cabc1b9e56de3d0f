import type { MeetingListItem } from '../messaging';

/** A Recent row's one visible action: Start, or Rejoin while the meeting is in progress. */
export type RowMainAction = 'start' | 'rejoin';

/** What a Recent row's "More" menu offers, each at most once. */
export type RowMenuItem =
  | 'join'
  | 'copyInvitation'
  | 'copyNumber'
  | 'copyPassword'
  | 'copyLink'
  | 'calendarFile'
  | 'googleCalendar'
  | 'outlookWeb'
  | 'delete';

/**
 * A row's actions: one main action (every listed meeting is the host's own: Start, or Rejoin
 * with the same one-time ticket link while it is in progress) and, in order, the menu: join as
 * an attendee, copy, calendar (only with a known start instant: no entry at a guessed time),
 * and Delete, never on a meeting in progress (WebEx would end it for everyone in it).
 */
export function rowActions(
  meeting: Pick<MeetingListItem, 'status' | 'startsAt' | 'meetingPassword'>,
): { main: RowMainAction; menu: RowMenuItem[] } {
  const inProgress = meeting.status === 'INPROGRESS';
  const placed = meeting.startsAt !== undefined;
  const menu: (RowMenuItem | false)[] = [
    'join',
    placed && 'copyInvitation',
    'copyNumber',
    Boolean(meeting.meetingPassword) && 'copyPassword',
    'copyLink',
    placed && 'calendarFile',
    placed && 'googleCalendar',
    placed && 'outlookWeb',
    !inProgress && 'delete',
  ];
  return {
    main: inProgress ? 'rejoin' : 'start',
    menu: menu.filter((item): item is RowMenuItem => item !== false),
  };
}
