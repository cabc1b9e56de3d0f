import { t } from '../i18n';
import type { MeetingListItem } from '../messaging';
import { dayKey, formatDayHeading } from './display-time';

/** One heading of Recent's agenda and its meetings, in the order shown. */
export interface MeetingGroup {
  /** `now`, `day:YYYY-MM-DD` (the day in the host's zone), `unplaced` or `earlier`. */
  id: string;
  /** "In progress", "Today", "Tomorrow", "Thursday, 4 December", "Earlier"… */
  title: string;
  meetings: MeetingListItem[];
}

/** The host's zone and language, and the clock (epoch ms), as the agenda reads them. */
export interface AgendaClock {
  now: number;
  timeZone: string;
  locale?: string;
}

/**
 * Recent as an agenda: in progress first; then upcoming meetings under one heading per day in
 * the host's zone (Today, Tomorrow, weekday and date), soonest first; then starts no zone
 * placed (no instant: no day); then earlier ones, latest first. Empty groups are left out.
 */
export function groupMeetings(
  items: readonly MeetingListItem[],
  { now, timeZone, locale }: AgendaClock,
): MeetingGroup[] {
  const inProgress = items.filter((item) => item.status === 'INPROGRESS');
  const rest = items.filter((item) => item.status !== 'INPROGRESS');
  const ended = (item: MeetingListItem) =>
    item.startsAt !== undefined && item.startsAt + item.durationMinutes * 60_000 <= now;
  const upcoming = rest
    .filter((item) => item.startsAt !== undefined && !ended(item))
    .sort((a, b) => a.startsAt! - b.startsAt!);
  const days = new Map<string, MeetingGroup>();
  for (const item of upcoming) {
    // A meeting that started and runs on without WebEx calling it "in progress" is today's.
    const at = Math.max(item.startsAt!, now);
    const id = `day:${dayKey(at, timeZone)}`;
    const group = days.get(id) ?? {
      id,
      title: formatDayHeading(at, now, timeZone, locale),
      meetings: [],
    };
    group.meetings.push(item);
    days.set(id, group);
  }
  const groups: MeetingGroup[] = [
    { id: 'now', title: t('recent.groups.now'), meetings: inProgress },
    ...days.values(),
    {
      id: 'unplaced',
      title: t('recent.groups.unplaced'),
      meetings: rest.filter((item) => item.startsAt === undefined),
    },
    {
      id: 'earlier',
      title: t('recent.groups.earlier'),
      meetings: rest.filter(ended).sort((a, b) => b.startsAt! - a.startsAt!),
    },
  ];
  return groups.filter((group) => group.meetings.length > 0);
}
