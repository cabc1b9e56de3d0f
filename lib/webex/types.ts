import type { RestGrant } from './rest/grant';
/** A WebEx site: `acme` means https://acme.webex.com, with pages under /acme/. */
export interface WebExSite {
  /** Site name as used in URL API paths, e.g. `acme`. */
  name: string;
  /** Origin, e.g. `https://acme.webex.com`. */
  origin: string;
}

/**
 * What is needed to call the XML API on behalf of a signed-in host. Never holds a password.
 * `api` is absent in accounts stored before the REST API came.
 */
export interface Session {
  api?: 'xml';
  site: WebExSite;
  webExId: string;
  sessionTicket: string;
  /** Epoch ms after which the ticket is no longer accepted. */
  expiresAt: number;
}

/**
 * A host signed in with Webex (REST API, OAuth or a personal token): the grant's access token
 * (lib/webex/rest/grant.ts) for the chosen `site`. `webExId` is the host's e-mail address
 * (`/people/me`), which REST uses where XML uses the WebEx ID. Keep it out of URLs, logs and
 * sync storage.
 */
export interface RestAccountSession extends RestGrant {
  api: 'rest';
  site: WebExSite;
  webExId: string;
}

/** A signed-in host's session with either API; `api` tells which. */
export type AccountSession = Session | RestAccountSession;

/** True for a session of the REST API (webexapis.com). */
export function isRestSession(session: AccountSession): session is RestAccountSession {
  return session.api === 'rest';
}

export interface HostProfile {
  webExId: string;
  firstName: string;
  lastName: string;
  email: string;
  /** Site-specific meeting type numbers this host may use, in the order the site lists them. */
  meetingTypes: number[];
  timeZoneId: number | undefined;
  /**
   * What the site says about those types (LstMeetingType): names and the longest meeting each
   * allows. Absent when the site did not answer it (then types show as numbers, no known limit).
   */
  siteMeetingTypes?: SiteMeetingType[];
  /** REST only (`/people/me`): the name Webex shows, and the host's IANA zone when set. */
  displayName?: string;
  timeZone?: string;
  /** REST only (`/meetingPreferences`): the host's sites, e.g. `acme.webex.com`, and the default. */
  sites?: string[];
  defaultSite?: string;
  /** REST only (`/people/me` `siteUrls` ending `#attendee`): sites where the host may only join. */
  attendeeSites?: string[];
  /** REST only (`/meetingPreferences`): the host's Personal Room. */
  personalRoom?: PersonalRoom;
}

/** A host's Personal Room as `/meetingPreferences` gives it (REST only). */
export interface PersonalRoom {
  topic?: string;
  /** `personalMeetingRoomLink`, an https link on the host's site. */
  link: string;
}

/** One meeting type as the site describes it (LstMeetingType's `meetingType`, meetingtype.xsd). */
export interface SiteMeetingType {
  /** `meetingTypeID`: the site-specific number GetUser lists and CreateMeeting takes. */
  id: number;
  /** `name`, e.g. `Meeting Center Pro`. */
  name?: string;
  /** `displayName`, the site's own label for hosts; preferred over `name` when present. */
  displayName?: string;
  /** `productCodePrefix`, e.g. `PRO`. */
  productCodePrefix?: string;
  /** `limits/maxMeetingDuration` in minutes (the schema's default 999999 means none given). */
  maxDurationMinutes?: number;
}

export type AttendeeRole = 'ATTENDEE' | 'HOST';

export interface Invitee {
  email: string;
  name?: string;
  role: AttendeeRole;
}

export interface ScheduleRequest {
  topic: string;
  /** The instant the meeting starts (epoch ms). */
  startsAt: number;
  /** IANA zone the host sees; picks the WebEx timeZoneID. */
  timeZone: string;
  durationMinutes: number;
  meetingPassword?: string;
  meetingType?: number;
  agenda?: string;
  invitees: Invitee[];
}

export interface ScheduledMeeting {
  meetingKey: string;
  topic: string;
  startsAt: number;
  durationMinutes: number;
  timeZoneId: number;
  meetingPassword?: string;
  hostICalendarUrl?: string;
  attendeeICalendarUrl?: string;
  guestToken?: string;
  meetingUuid?: string;
  /** REST only: the meeting's `id` (meetingKey holds its number) and its IANA `timezone`. */
  meetingId?: string;
  timeZone?: string;
  /** REST only: `webLink`, the meeting's own page on the site. */
  webLink?: string;
}

export type MeetingStatus = 'NOT_INPROGRESS' | 'INPROGRESS' | 'UNKNOWN';

export interface MeetingSummary {
  meetingKey: string;
  topic: string;
  startsAt: number;
  durationMinutes: number;
  timeZoneId: number;
  status: MeetingStatus;
  hostWebExId?: string;
  /** REST only: the meeting's `id` (meetingKey holds its number) and its IANA `timezone`. */
  meetingId?: string;
  timeZone?: string;
  /** REST only: a meeting instance that has ended (state `ended`), listed among recent ones. */
  ended?: boolean;
}

/**
 * A start WebEx sent that no zone could place (its `timeZoneID` unknown to the site's list and
 * the built-in table, its label without an offset): shown as WebEx wrote it, never converted.
 */
export interface StartAsWritten {
  /** WebEx's `startDate` text, `MM/DD/YYYY HH:MM:SS`. */
  startDate: string;
  timeZoneId?: number;
  /** WebEx's `timeZone` label, e.g. `GMT-09:00, Alaska (Anchorage)`. */
  timeZoneLabel?: string;
}

/** A meeting of WebEx's list: `startsAt` when its zone placed it, else only `startAsWritten`. */
export interface ListedMeeting extends Omit<MeetingSummary, 'startsAt' | 'timeZoneId'> {
  startsAt?: number;
  timeZoneId?: number;
  startAsWritten?: StartAsWritten;
}

/** One zone of the site's own `LstTimeZone` answer (docs/webex-protocol.md "Time zones"). */
export interface SiteTimeZone {
  timeZoneId: number;
  /** Offset from GMT on the requested date, in minutes (east positive). */
  gmtOffsetMinutes: number;
  description: string;
  shortName?: string;
  /** Whether the requested date falls in the zone's daylight saving time. */
  fallInDst?: boolean;
}

/** The site's zone list as kept: asked once per site, refreshed at most daily. */
export interface KeptSiteTimeZones {
  /** When LstTimeZone answered (epoch ms): its offsets are the ones in force then. */
  fetchedAt: number;
  zones: SiteTimeZone[];
  /** IDs met in answers that this list lacked when it was fetched: not asked for again. */
  unknownIds?: number[];
}

export interface MeetingDetails extends MeetingSummary {
  meetingPassword?: string;
  agenda?: string;
  meetingType?: number;
}

export interface JoinLinks {
  joinMeetingUrl: string;
  inviteMeetingUrl?: string;
}

export interface ListWindow {
  /** Epoch ms, inclusive. */
  from: number;
  /** Epoch ms, inclusive. */
  to: number;
  max?: number;
}
