import type { MeetingsBackend } from '../backend';
import type { HostProfile, ScheduleRequest, ScheduledMeeting } from '../types';
import { restUnexpected } from './failures';
import { toScheduledMeeting } from './meeting-map';
import {
  getRestMeeting,
  isSiteLink,
  listRestMeetings,
  removeRestMeeting,
  restJoinUrls,
  restMeetingLink,
  restPersonalRoomStartLink,
} from './meetings';
import { getRestProfile, getRestSiteProfile } from './profile';
import { createMeetingBody } from './schedule-body';
import { REST_BASE_URL, type RestSession } from './session';
import { restCall, type RestEnvironment } from './transport';
import { t } from '../../i18n';

/**
 * The REST backend: every MeetingsBackend method but signIn (OAuth comes separately), and the
 * Personal Room's start link (`personalRoomUrl`, by its `personalMeetingRoomLink`).
 */
export type RestMeetingsBackend = Omit<MeetingsBackend<RestSession>, 'signIn'> & {
  personalRoomUrl(session: RestSession, webLink: string): Promise<string>;
  /**
   * A profile read without a site (`getProfile` with `siteUrl: ''`) completed for the session's
   * site: its meeting types (`GET /meetings/sessionTypes`), nothing else asked again.
   */
  getSiteProfile(session: RestSession, known: HostProfile): Promise<HostProfile>;
};

export interface RestBackendOptions {
  fetch: typeof fetch;
  /** The clock (epoch ms); default Date.now. */
  now?: () => number;
  /** Waits out a read's `Retry-After`; default setTimeout. */
  wait?: (ms: number) => Promise<void>;
  /** Per request; default 20 s. */
  timeoutMs?: number;
}

/**
 * `POST /meetings` for a schedule request, sent once: a create whose answer is lost or refused
 * is never resent (it may have made the meeting, and failed attempts count against the host's
 * 100 a day).
 */
export async function scheduleRestMeeting(
  env: RestEnvironment,
  session: RestSession,
  request: ScheduleRequest,
): Promise<ScheduledMeeting> {
  const answer = await restCall(env, session, {
    operation: 'createMeeting',
    method: 'POST',
    url: `${REST_BASE_URL}/meetings`,
    body: createMeetingBody(request, session.siteUrl, env.now()),
  });
  const meeting = toScheduledMeeting(answer.json);
  if (meeting) {
    // The answer is outside text: a webLink off the host's site never reaches an invitation.
    if (meeting.webLink && !isSiteLink(meeting.webLink, session.siteUrl)) {
      const { webLink: _offSite, ...onSite } = meeting;
      return onSite;
    }
    return meeting;
  }
  const lacked = t('webex.failure.missing.newMeetingNumber');
  throw restUnexpected({ operation: 'createMeeting', siteUrl: session.siteUrl }, lacked);
}

/**
 * The Webex REST API (webexapis.com/v1) behind the MeetingsBackend interface, with a
 * RestSession (lib/webex/rest/session.ts) in place of the XML ticket. It returns the domain
 * types the XML client returns (REST-only fields are optional ones: `meetingId`, `timeZone`,
 * ...); a meeting key may be a meeting number or a REST `id`. Only reads are ever asked again
 * (after a 429 or 423 with `Retry-After`).
 */
export function createRestBackend(options: RestBackendOptions): RestMeetingsBackend {
  const env: RestEnvironment = {
    fetch: options.fetch,
    now: options.now ?? (() => Date.now()),
    wait: options.wait ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    timeoutMs: options.timeoutMs,
  };
  return {
    getProfile: (session) => getRestProfile(env, session),
    getSiteProfile: (session, known) => getRestSiteProfile(env, session, known),
    schedule: (session, request) => scheduleRestMeeting(env, session, request),
    list: (session, window) => listRestMeetings(env, session, window),
    get: (session, meetingKey) => getRestMeeting(env, session, meetingKey),
    hostUrl: (session, meetingKey) => restMeetingLink(env, session, meetingKey, 'startLink'),
    joinUrls: (session, meetingKey) => restJoinUrls(env, session, meetingKey),
    remove: (session, meetingKey) => removeRestMeeting(env, session, meetingKey),
    personalRoomUrl: (session, webLink) => restPersonalRoomStartLink(env, session, webLink),
  };
}
