import { t } from '../i18n';
import type { MeetingListItem } from '../messaging';

export interface MeetingGroup {
  id: 'now' | 'upcoming' | 'earlier';
  title: string;
  meetings: MeetingListItem[];
}

/**
 * In progress first, then upcoming (soonest first), then earlier ones (latest first): the
 * meeting a host wants to start is at the top. Empty groups are left out.
 */
export function groupMeetings(items: readonly MeetingListItem[], now: number): MeetingGroup[] {
  const inProgress = items.filter((item) => item.status === 'INPROGRESS');
  const rest = items.filter((item) => item.status !== 'INPROGRESS');
  // A start WebEx wrote in a zone nothing places has no instant: upcoming, after the placed ones.
  const ended = (item: MeetingListItem) =>
    item.startsAt !== undefined && item.startsAt + item.durationMinutes * 60_000 <= now;
  const at = (item: MeetingListItem) => item.startsAt ?? Number.POSITIVE_INFINITY;
  const groups: MeetingGroup[] = [
    { id: 'now', title: t('recent.groups.now'), meetings: inProgress },
    {
      id: 'upcoming',
      title: t('recent.groups.upcoming'),
      meetings: rest
        .filter((item) => !ended(item))
        .sort((a, b) => (at(a) === at(b) ? 0 : at(a) - at(b))),
    },
    {
      id: 'earlier',
      title: t('recent.groups.earlier'),
      meetings: rest.filter(ended).sort((a, b) => at(b) - at(a)),
    },
  ];
  return groups.filter((group) => group.meetings.length > 0);
}
