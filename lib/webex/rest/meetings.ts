import { t } from '../../i18n';
import type { JoinLinks, ListWindow, ListedMeeting, MeetingDetails } from '../types';
import type { RestJoinRequest, RestListQuery } from './api-types';
import { restDeleteInProgress, restUnexpected } from './failures';
import { toListedMeeting, toMeetingDetails } from './meeting-map';
import { resolveMeetingId } from './meeting-ids';
import { readAllPages } from './paging';
import { REST_BASE_URL, type RestSession } from './session';
import { restCall, type RestEnvironment } from './transport';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The Recent tab's REST window: ended meetings of the last 7 days, occurrences of the next 14. */
export const RECENT_DAYS = 7;
export const UPCOMING_DAYS = 14;
/** Items per page asked for (the API's largest). */
export const PAGE_SIZE = 100;

/** The list window the issue asks for: from 7 days ago to 14 days ahead of `now`. */
export function restListWindow(now: number): ListWindow {
  return { from: now - RECENT_DAYS * DAY_MS, to: now + UPCOMING_DAYS * DAY_MS };
}

function listUrl(query: RestListQuery): string {
  const params = new URLSearchParams(
    Object.entries(query).flatMap(([key, value]) =>
      value === undefined ? [] : [[key, String(value)]],
    ),
  );
  return `${REST_BASE_URL}/meetings?${params}`;
}

/**
 * The host's meetings in `window`: scheduled occurrences from now (or `from`, if later) to `to`,
 * and meetings that ended between `from` and now, every `Link` page followed; in start order,
 * at most `window.max`. An item that lacks what a row needs is left out; it fails nothing.
 */
export async function listRestMeetings(
  env: RestEnvironment,
  session: RestSession,
  window: ListWindow,
): Promise<ListedMeeting[]> {
  const now = env.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const common = { siteUrl: session.siteUrl, max: PAGE_SIZE };
  const upcomingFrom = Math.max(window.from, now);
  const endedTo = Math.min(window.to, now);
  const [upcoming, ended] = await Promise.all([
    upcomingFrom <= window.to
      ? readAllPages(
          env,
          session,
          'listMeetings',
          listUrl({
            ...common,
            meetingType: 'scheduledMeeting',
            from: iso(upcomingFrom),
            to: iso(window.to),
          }),
        )
      : [],
    window.from < endedTo
      ? readAllPages(
          env,
          session,
          'listMeetings',
          listUrl({
            ...common,
            meetingType: 'meeting',
            state: 'ended',
            from: iso(window.from),
            to: iso(endedTo),
          }),
        )
      : [],
  ]);
  const seen = new Set<string>();
  const meetings = [...ended, ...upcoming].flatMap((item) => {
    const meeting = toListedMeeting(item);
    if (!meeting?.meetingId || seen.has(meeting.meetingId)) return [];
    seen.add(meeting.meetingId);
    return [meeting];
  });
  meetings.sort((a, b) => (a.startsAt ?? 0) - (b.startsAt ?? 0));
  return window.max === undefined ? meetings : meetings.slice(0, window.max);
}

/** `GET /meetings/{meetingId}`'s answer, as JSON still to be read. */
async function meetingAnswer(
  env: RestEnvironment,
  session: RestSession,
  meetingId: string,
): Promise<unknown> {
  const answer = await restCall(env, session, {
    operation: 'getMeeting',
    method: 'GET',
    url: `${REST_BASE_URL}/meetings/${encodeURIComponent(meetingId)}`,
  });
  return answer.json;
}

/** One meeting by number or REST id (`GET /meetings/{meetingId}`). */
export async function getRestMeeting(
  env: RestEnvironment,
  session: RestSession,
  meetingKey: string,
): Promise<MeetingDetails> {
  const meetingId = await resolveMeetingId(env, session, meetingKey);
  const details = toMeetingDetails(await meetingAnswer(env, session, meetingId));
  if (!details) {
    const lacked = t('webex.failure.missing.startTime');
    throw restUnexpected({ operation: 'getMeeting', siteUrl: session.siteUrl }, lacked);
  }
  return details;
}

/** Whether `link` is an https address on the host's site (or another *.webex.com host). */
export function isSiteLink(link: string, siteUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  return (
    url.protocol === 'https:' &&
    !url.username &&
    !url.password &&
    (host === siteUrl.toLowerCase() || host.endsWith('.webex.com'))
  );
}

/**
 * `POST /meetings/join` with `joinDirectly: false` (else Webex answers 302): the host's
 * one-time `startLink`, or the `joinLink`. Either must be https on a Webex host.
 */
export async function restMeetingLink(
  env: RestEnvironment,
  session: RestSession,
  meetingKey: string,
  which: 'startLink' | 'joinLink',
): Promise<string> {
  const meetingId = await resolveMeetingId(env, session, meetingKey);
  return joinLinkFor(env, session, { meetingId, joinDirectly: false }, which);
}

/**
 * The host's one-time `startLink` for their Personal Room, asked by its `webLink`
 * (`/meetingPreferences`' `personalMeetingRoomLink`); https on a Webex host.
 */
export function restPersonalRoomStartLink(
  env: RestEnvironment,
  session: RestSession,
  webLink: string,
): Promise<string> {
  return joinLinkFor(env, session, { webLink, joinDirectly: false }, 'startLink');
}

async function joinLinkFor(
  env: RestEnvironment,
  session: RestSession,
  body: RestJoinRequest,
  which: 'startLink' | 'joinLink',
): Promise<string> {
  const answer = await restCall(env, session, {
    operation: which,
    method: 'POST',
    url: `${REST_BASE_URL}/meetings/join`,
    body,
  });
  const link = (answer.json as Partial<Record<typeof which, unknown>> | null)?.[which];
  if (typeof link === 'string' && isSiteLink(link, session.siteUrl)) return link;
  const lacked = t(
    which === 'startLink' ? 'webex.failure.missing.hostLink' : 'webex.failure.missing.joinLink',
  );
  throw restUnexpected({ operation: which, siteUrl: session.siteUrl }, lacked);
}

/**
 * The link attendees join by, as the XML client's JoinLinks: the meeting's `webLink`
 * (`GET /meetings/{meetingId}`), which lasts as long as the meeting. `POST /meetings/join`'s
 * `joinLink` carries a token that skips the password and expires within minutes (its
 * `expiration`, webex-meeting.json JoinMeetingLinkObject), so it is asked only when the meeting
 * has no webLink on the site.
 */
export async function restJoinUrls(
  env: RestEnvironment,
  session: RestSession,
  meetingKey: string,
): Promise<JoinLinks> {
  const meetingId = await resolveMeetingId(env, session, meetingKey);
  const json = await meetingAnswer(env, session, meetingId);
  const webLink = (json as { webLink?: unknown } | null)?.webLink;
  if (typeof webLink === 'string' && isSiteLink(webLink, session.siteUrl)) {
    return { joinMeetingUrl: webLink };
  }
  const body = { meetingId, joinDirectly: false };
  return { joinMeetingUrl: await joinLinkFor(env, session, body, 'joinLink') };
}

/**
 * Deletes a meeting (`DELETE /meetings/{meetingId}?sendEmail=true`, 204), telling invitees. A
 * meeting in progress is refused here, before anything is deleted: Webex does not delete one.
 */
export async function removeRestMeeting(
  env: RestEnvironment,
  session: RestSession,
  meetingKey: string,
): Promise<void> {
  const meetingId = await resolveMeetingId(env, session, meetingKey);
  const meeting = await getRestMeeting(env, session, meetingId);
  const context = { operation: 'deleteMeeting' as const, siteUrl: session.siteUrl };
  if (meeting.status === 'INPROGRESS') throw restDeleteInProgress(context);
  await restCall(env, session, {
    operation: 'deleteMeeting',
    method: 'DELETE',
    url: `${REST_BASE_URL}/meetings/${encodeURIComponent(meetingId)}?sendEmail=true`,
  });
}
