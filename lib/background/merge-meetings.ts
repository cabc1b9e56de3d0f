import type { MeetingListItem } from '../messaging';
import type { RecentMeeting } from '../storage';
import type { MeetingSummary } from '../webex/types';

function fromWebEx(summary: MeetingSummary): MeetingListItem {
  return {
    meetingKey: summary.meetingKey,
    topic: summary.topic,
    startsAt: summary.startsAt,
    durationMinutes: summary.durationMinutes,
    status: summary.status,
    scheduledHere: false,
  };
}

function fromRecent(recent: RecentMeeting): MeetingListItem {
  return {
    meetingKey: recent.meetingKey,
    topic: recent.topic,
    startsAt: recent.startsAt,
    durationMinutes: recent.durationMinutes,
    // Not in WebEx's list: it may be past, outside the window, or deleted on the site.
    status: 'UNKNOWN',
    scheduledHere: true,
    ...(recent.meetingPassword === undefined ? {} : { meetingPassword: recent.meetingPassword }),
    ...(recent.joinUrl === undefined ? {} : { joinUrl: recent.joinUrl }),
  };
}

/**
 * One item per meeting key, by start time. WebEx's data wins for what can change on the site
 * (topic, time, status); a meeting scheduled here adds what only its scheduler knows.
 */
export function mergeMeetings(
  upcoming: readonly MeetingSummary[],
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
            ...fresh,
            scheduledHere: known.scheduledHere,
          }
        : fresh,
    );
  }
  return [...byKey.values()].sort(
    (a, b) => a.startsAt - b.startsAt || a.topic.localeCompare(b.topic),
  );
}

/** WebEx's window starts a day back to catch meetings still running; drop the ones that ended. */
export function stillRelevant(summary: MeetingSummary, now: number): boolean {
  const endsAt = summary.startsAt + summary.durationMinutes * 60_000;
  return summary.status === 'INPROGRESS' || endsAt >= now;
}
