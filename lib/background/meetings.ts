import type { MeetingListItem, MeetingPasswordAnswer, Reply } from '../messaging';
import { ExceptionId } from '../webex/exception-ids';
import { isRestSession, type JoinLinks } from '../webex/types';
import { accountKeyOf } from './account-store';
import type { BackgroundEnv } from './environment';
import { exceptionIdOf } from './error-info';
import { mergeMeetings, stillRelevant } from './merge-meetings';
import { recentMeetingsOf, withoutRecentMeeting } from './recent-meetings';
import { withSession } from './session-access';

const DAY_MS = 86_400_000;
/** How far ahead the meeting list looks. */
export const UPCOMING_DAYS = 14;

/** How far back the REST API's ended meetings are listed (the XML API lists none). */
export const ENDED_DAYS = 7;

/**
 * The host's own meetings of the next 14 days (and any still running), with the ones scheduled
 * here; on the REST API also the ones that ended in the last 7 days.
 */
export function listMeetings(env: BackgroundEnv): Promise<Reply<MeetingListItem[]>> {
  return withSession(env, async (session) => {
    const now = env.now();
    const back = isRestSession(session) ? ENDED_DAYS : 1;
    const upcoming = await env.backend.list(session, {
      from: now - back * DAY_MS,
      to: now + UPCOMING_DAYS * DAY_MS,
    });
    const ownId = session.webExId.toLowerCase();
    const own = upcoming.filter(
      (m) =>
        (m.hostWebExId === undefined || m.hostWebExId.toLowerCase() === ownId) &&
        stillRelevant(m, now),
    );
    const recent = recentMeetingsOf(
      await env.items.recentMeetings.getValue(),
      accountKeyOf(session),
    );
    return mergeMeetings(own, recent);
  });
}

/** GetjoinurlMeeting: the attendee join links of one meeting. */
export function joinLinks(
  env: BackgroundEnv,
  data: { meetingKey: string },
): Promise<Reply<JoinLinks>> {
  return withSession(env, (session) => env.backend.joinUrls(session, data.meetingKey));
}

/**
 * GetMeeting's `meetingPassword`, which WebEx gives the meeting's host only: for the
 * invitation of a meeting whose password is not kept here. Absent when the meeting has none.
 */
export function meetingPassword(
  env: BackgroundEnv,
  data: { meetingKey: string },
): Promise<Reply<MeetingPasswordAnswer>> {
  return withSession(env, async (session) => {
    const { meetingPassword: password } = await env.backend.get(session, data.meetingKey);
    return password === undefined ? {} : { meetingPassword: password };
  });
}

/** DelMeeting, then forget it here. A meeting WebEx no longer knows counts as deleted. */
export function deleteMeeting(
  env: BackgroundEnv,
  data: { meetingKey: string },
): Promise<Reply<void>> {
  return withSession(env, async (session) => {
    try {
      await env.backend.remove(session, data.meetingKey);
    } catch (error) {
      if (exceptionIdOf(error) !== ExceptionId.MeetingNotFound) throw error;
    }
    const recent = await env.items.recentMeetings.getValue();
    await env.items.recentMeetings.setValue(
      withoutRecentMeeting(recent, data.meetingKey, accountKeyOf(session)),
    );
    const job = await env.items.lastScheduleJob.getValue();
    if (job?.meeting?.meetingKey === data.meetingKey) await env.items.lastScheduleJob.removeValue();
  });
}
