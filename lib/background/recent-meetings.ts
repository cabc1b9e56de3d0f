import { RECENT_MEETINGS_LIMIT, type AccountKey, type RecentMeeting } from '../storage';
import { sameAccount } from './account-store';

function sameMeeting(a: RecentMeeting, b: { meetingKey: string; owner: AccountKey }): boolean {
  return a.meetingKey === b.meetingKey && a.owner.siteOrigin === b.owner.siteOrigin;
}

/** Newest first, one entry per meeting key, at most `limit`. */
export function withRecentMeeting(
  list: readonly RecentMeeting[],
  meeting: RecentMeeting,
  limit = RECENT_MEETINGS_LIMIT,
): RecentMeeting[] {
  return [meeting, ...list.filter((m) => !sameMeeting(m, meeting))].slice(0, limit);
}

export function withoutRecentMeeting(
  list: readonly RecentMeeting[],
  meetingKey: string,
  owner: AccountKey,
): RecentMeeting[] {
  return list.filter((m) => !sameMeeting(m, { meetingKey, owner }));
}

export function recentMeetingsOf(
  list: readonly RecentMeeting[],
  owner: AccountKey,
): RecentMeeting[] {
  return list.filter((m) => sameAccount(m.owner, owner));
}
