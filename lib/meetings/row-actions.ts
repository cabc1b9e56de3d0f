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
 * and Delete, never on a meeting in progress (WebEx would end it for everyone in it). A
 * meeting the REST API lists as ended (`ended`) has no main action (`main` undefined) and only
 * its number and password to copy: it is over (no join, invitation or calendar entry), and
 * Webex refuses to delete it (409).
 */
export function rowActions(
  meeting: Pick<MeetingListItem, 'status' | 'startsAt' | 'meetingPassword' | 'ended'>,
): { main?: RowMainAction; menu: RowMenuItem[] } {
  const inProgress = meeting.status === 'INPROGRESS';
  const ended = meeting.ended === true && !inProgress;
  const placed = meeting.startsAt !== undefined;
  if (ended) {
    return { menu: meeting.meetingPassword ? ['copyNumber', 'copyPassword'] : ['copyNumber'] };
  }
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
