import { findHostByEmail, maxDurationOf, type HostConfig, type SiteConfig } from './config.ts';
import { formatWebExDate, LAST_YEAR, parseWebExDate } from './dates.ts';
import type { Meeting, MeetingAttendee, MeetingStatus, SiteState } from './state.ts';
import { findTimeZone, instantToWallClock, wallClockToInstant } from './time-zones.ts';
import type { TokenSource } from './tokens.ts';

export interface ScheduleEnvironment {
  site: SiteConfig;
  state: SiteState;
  now: () => number;
  tokens: TokenSource;
  newMeetingKey: () => string;
}

export interface ScheduleInput {
  confName: string;
  meetingType?: number;
  agenda?: string;
  meetingPassword?: string;
  /** `MM/DD/YYYY HH:MM:SS` in the meeting's zone; now when left out. */
  startDate?: string;
  timeZoneID?: number;
  durationMinutes?: number;
  openTimeSeconds?: number;
  maxUserNumber?: number;
  attendees?: MeetingAttendee[];
  status?: MeetingStatus;
}

/** Why a meeting cannot be scheduled; each API words it its own way. */
export type ScheduleProblem =
  | 'meetingTypeNotOnSite'
  | 'meetingTypeNotAllowed'
  | 'passwordRequired'
  | 'badTimeZone'
  | 'badStartDate'
  | 'durationOutOfRange'
  | 'roleNotSupported';

export const DEFAULT_DURATION_MINUTES = 60;

/** Checks a request as WebEx would and stores the meeting; nothing is stored on a problem. */
export function scheduleMeeting(
  env: ScheduleEnvironment,
  host: HostConfig,
  input: ScheduleInput,
): { meeting: Meeting } | { problem: ScheduleProblem } {
  const { site } = env;
  const meetingType = input.meetingType ?? host.meetingTypes[0]!;
  const typeConfig = site.meetingTypes.find((type) => type.id === meetingType);
  if (!typeConfig) return { problem: 'meetingTypeNotOnSite' };
  if (!host.meetingTypes.includes(meetingType)) return { problem: 'meetingTypeNotAllowed' };
  if (site.requiresMeetingPassword && !input.meetingPassword) {
    return { problem: 'passwordRequired' };
  }
  const timeZoneID =
    input.timeZoneID === undefined || input.timeZoneID === -1 ? host.timeZoneID : input.timeZoneID;
  const zone = findTimeZone(timeZoneID);
  if (!zone) return { problem: 'badTimeZone' };
  const wallClock =
    input.startDate === undefined
      ? Math.floor(instantToWallClock(env.now(), zone.iana) / 1000) * 1000
      : parseWebExDate(input.startDate);
  if (wallClock === undefined || new Date(wallClock).getUTCFullYear() > LAST_YEAR) {
    return { problem: 'badStartDate' };
  }
  const duration = input.durationMinutes ?? DEFAULT_DURATION_MINUTES;
  if (!Number.isInteger(duration) || duration < 1 || duration > maxDurationOf(site, typeConfig)) {
    return { problem: 'durationOutOfRange' };
  }
  const attendees = input.attendees ?? [];
  // An alternate host (role HOST) must hold a host account on the site (seed thread, 040007).
  if (
    attendees.some((attendee) => attendee.role === 'HOST' && !findHostByEmail(site, attendee.email))
  ) {
    return { problem: 'roleNotSupported' };
  }
  const status = input.status ?? 'NOT_INPROGRESS';
  const meeting: Meeting = {
    meetingKey: env.newMeetingKey(),
    hostWebExId: host.webExId,
    confName: input.confName,
    meetingType,
    agenda: input.agenda ?? '',
    meetingPassword: input.meetingPassword || undefined,
    startDate: formatWebExDate(wallClock),
    startsAt: wallClockToInstant(wallClock, zone.iana),
    timeZoneID,
    durationMinutes: duration,
    openTimeSeconds: input.openTimeSeconds ?? 900,
    maxUserNumber: input.maxUserNumber ?? 4,
    attendees,
    status,
    hostJoined: status === 'INPROGRESS',
    guestToken: env.tokens.hex(32),
    meetingUUID: env.tokens.hex(32),
    hostMtid: `m${env.tokens.hex(32)}`,
    attendeeMtid: `m${env.tokens.hex(32)}`,
    hostKey: env.tokens.digits(6),
    eventID: env.tokens.digits(9),
  };
  env.state.meetings.push(meeting);
  return { meeting };
}
