import { siteLink } from '../meetings/safe-link';
import type { MeetingListItem } from '../messaging';
import type { RecentMeeting } from '../storage';
import type { ListedMeeting } from '../webex/types';

function fromWebEx(summary: ListedMeeting): MeetingListItem {
  return {
    meetingKey: summary.meetingKey,
    topic: summary.topic,
    ...(summary.startsAt === undefined ? {} : { startsAt: summary.startsAt }),
    ...(summary.startAsWritten === undefined ? {} : { startAsWritten: summary.startAsWritten }),
    durationMinutes: summary.durationMinutes,
    status: summary.status,
    ...(summary.ended ? { ended: true as const } : {}),
    scheduledHere: false,
  };
}

/** By start; a start as WebEx wrote it (no instant) after every placed one. */
function byStart(a: MeetingListItem, b: MeetingListItem): number {
  const at = (item: MeetingListItem) => item.startsAt ?? Number.POSITIVE_INFINITY;
  return at(a) === at(b) ? 0 : at(a) - at(b);
}

/** A meeting kept here; its join link only if it is https on the meeting's own site. */
function fromRecent(recent: RecentMeeting): MeetingListItem {
  const joinUrl = siteLink(recent.joinUrl, recent.owner.siteOrigin);
  return {
    meetingKey: recent.meetingKey,
    topic: recent.topic,
    startsAt: recent.startsAt,
    durationMinutes: recent.durationMinutes,
    // Not in WebEx's list: it may be past, outside the window, or deleted on the site.
    status: 'UNKNOWN',
    scheduledHere: true,
    ...(recent.meetingPassword === undefined ? {} : { meetingPassword: recent.meetingPassword }),
    // Refused: the row asks WebEx for the link (joinLinks) instead.
    ...(joinUrl === undefined ? {} : { joinUrl }),
  };
}

/**
 * One item per meeting key, by start time. WebEx's data wins for what can change on the site
 * (topic, time, status); a meeting scheduled here adds what only its scheduler knows. A start
 * WebEx wrote in a zone nothing places stays as written (no instant), listed last.
 */
export function mergeMeetings(
  upcoming: readonly ListedMeeting[],
  recent: readonly RecentMeeting[],
): MeetingListItem[] {
  const byKey = new Map<string, MeetingListItem>();
  for (const item of recent) {
    if (!byKey.has(item.meetingKey)) byKey.set(item.meetingKey, fromRecent(item));
  }
  for (const summary of upcoming) {
    const known = byKey.get(summary.meetingKey);
    const fresh = fromWebEx(summary);
    byKey.set(
      summary.meetingKey,
      known
        ? {
            ...known,
            // The instant kept here is exact; WebEx's unplaced text would only replace it.
            ...(fresh.startsAt === undefined && known.startsAt !== undefined
              ? withoutWritten(fresh)
              : fresh),
            scheduledHere: known.scheduledHere,
          }
        : fresh,
    );
  }
  return [...byKey.values()].sort((a, b) => byStart(a, b) || a.topic.localeCompare(b.topic));
}

function withoutWritten(item: MeetingListItem): MeetingListItem {
  const { startAsWritten: _written, ...rest } = item;
  return rest;
}

/**
 * WebEx's window starts a day back to catch meetings still running; drop the ones that ended,
 * except those the REST API lists as ended (`ended`): they are Recent's earlier meetings.
 * A start no zone placed cannot be judged, so it stays.
 */
export function stillRelevant(summary: ListedMeeting, now: number): boolean {
  if (summary.startsAt === undefined || summary.ended) return true;
  const endsAt = summary.startsAt + summary.durationMinutes * 60_000;
  return summary.status === 'INPROGRESS' || endsAt >= now;
}
