import type { MeetingsBackend } from '../backend';
import type { HostProfile, Session } from '../types';
import { keptSiteZones, memorySiteTimeZoneStore, type SiteTimeZoneStore } from './kept-site-zones';
import type { XmlApiEnvironment } from './call';
import { createMeeting } from './operations/create-meeting';
import { delMeeting } from './operations/del-meeting';
import { getMeeting } from './operations/get-meeting';
import { getUser } from './operations/get-user';
import { gethosturlMeeting } from './operations/gethosturl-meeting';
import { getjoinurlMeeting } from './operations/getjoinurl-meeting';
import { lstMeetingType } from './operations/lst-meeting-type';
import { lstsummaryMeeting } from './operations/lstsummary-meeting';
import { signInWithPassword } from './password-sign-in';

export interface XmlBackendOptions {
  fetch: typeof fetch;
  /** Clock for the session expiry when the server sends no createTime; default Date.now. */
  now?: () => number;
  /** Per request; default 20 s. */
  timeoutMs?: number;
  /** Where each site's LstTimeZone answer is kept (lib/storage.ts); default: in memory. */
  siteTimeZones?: SiteTimeZoneStore;
}

function accountKey(session: Session): string {
  return `${session.site.origin} ${session.webExId}`;
}

/** The WebEx XML API behind the MeetingsBackend interface. Nothing is ever retried. */
export function createXmlBackend(options: XmlBackendOptions): MeetingsBackend {
  const env: XmlApiEnvironment = { fetch: options.fetch, timeoutMs: options.timeoutMs };
  const now = options.now ?? (() => Date.now());
  // GetUser's timeZoneID per account: the fallback when the browser's zone matches no WebEx zone.
  const homeTimeZones = new Map<string, number>();
  const siteZones = keptSiteZones(env, options.siteTimeZones ?? memorySiteTimeZoneStore(), now);

  // GetUser, then what the site says about the host's meeting types (names, longest meeting):
  // best effort, so a site that does not answer LstMeetingType still signs in.
  async function getProfile(session: Session, user?: HostProfile): Promise<HostProfile> {
    const profile = user ?? (await getUser(env, session));
    if (profile.timeZoneId !== undefined)
      homeTimeZones.set(accountKey(session), profile.timeZoneId);
    if (profile.meetingTypes.length === 0) return profile;
    const siteMeetingTypes = await lstMeetingType(env, session, profile.meetingTypes).catch(
      () => undefined,
    );
    return siteMeetingTypes ? { ...profile, siteMeetingTypes } : profile;
  }

  return {
    async signIn(site, login, password) {
      const { session, user } = await signInWithPassword(env, site, login, password, now);
      return { session, profile: await getProfile(session, user) };
    },
    getProfile: (session) => getProfile(session),
    schedule: async (session, request) =>
      createMeeting(env, session, {
        ...request,
        fallbackTimeZoneId: homeTimeZones.get(accountKey(session)),
        siteTimeZones: await siteZones(session, []),
      }),
    list: async (session, window) => {
      const query = { ...window, hostWebExId: session.webExId };
      const page = await lstsummaryMeeting(env, session, query, (metIds) =>
        siteZones(session, metIds),
      );
      return page.meetings;
    },
    get: (session, meetingKey) => getMeeting(env, session, meetingKey),
    hostUrl: (session, meetingKey) => gethosturlMeeting(env, session, meetingKey),
    joinUrls: (session, meetingKey) => getjoinurlMeeting(env, session, meetingKey),
    async remove(session, meetingKey) {
      await delMeeting(env, session, meetingKey);
    },
  };
}

// The operations one by one, for the sandbox integration tests and for callers that need
// more than the MeetingsBackend offers (site probe, time zones, paging).
export type { XmlApiEnvironment } from './call';
export { DEFAULT_TIMEOUT_MS } from './transport';
export { authenticateUser, type AuthenticateUserResult } from './operations/authenticate-user';
export { signInWithPassword } from './password-sign-in';
export { getUser } from './operations/get-user';
export { createMeeting, type CreateMeetingInput } from './operations/create-meeting';
export {
  lstsummaryMeeting,
  type LstsummaryMeetingQuery,
  type MeetingSummaryPage,
  type MatchingRecords,
} from './operations/lstsummary-meeting';
export { getMeeting } from './operations/get-meeting';
export { delMeeting } from './operations/del-meeting';
export { gethosturlMeeting } from './operations/gethosturl-meeting';
export { getjoinurlMeeting } from './operations/getjoinurl-meeting';
export { lstTimeZone, type LstTimeZoneQuery, type SiteTimeZone } from './operations/lst-time-zone';
export { lstMeetingType, type SiteMeetingType } from './operations/lst-meeting-type';
export { getApiVersion, type ApiVersion } from './operations/get-api-version';
export type { ICalendarUrls } from './icalendar';
