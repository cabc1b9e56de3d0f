import { pickTimeZoneId } from '../time-zones';
import type { ListedMeeting, MeetingDetails, MeetingStatus, ScheduledMeeting } from '../types';
import { canonicalZone } from '../wall-clock';
import type { RestListedMeeting, RestMeeting } from './api-types';

// REST meetings (hostile JSON shaped by MeetingObjectForListMeeting / MeetingSeriesObject)
// read into the domain types the XML client returns, so the UI can take either.

const MINUTE_MS = 60_000;
/** Longest text kept from a meeting's title or agenda, in characters. */
const MAX_TEXT = 2500;

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value.slice(0, MAX_TEXT) : undefined;
}

/** An ISO 8601 instant with a zone (`2026-12-01T10:00:00Z`, `...+01:00`) as epoch ms. */
export function restInstant(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/.test(value)) {
    return undefined;
  }
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * REST `state` as the XML client's status: `inProgress` and `lobby` are running meetings; every
 * other known state (scheduled, ready, ended, missed, expired, active series) is not.
 */
export function restStatus(state: unknown): MeetingStatus {
  if (state === 'inProgress' || state === 'lobby') return 'INPROGRESS';
  const known = ['active', 'scheduled', 'ready', 'ended', 'missed', 'expired'];
  return typeof state === 'string' && known.includes(state) ? 'NOT_INPROGRESS' : 'UNKNOWN';
}

/** What every REST meeting needs before it can be shown: id, number or id, start and end. */
interface MeetingCore {
  meetingId: string;
  meetingKey: string;
  topic: string;
  startsAt: number;
  durationMinutes: number;
  timeZone?: string;
  timeZoneId?: number;
}

function core(json: unknown): MeetingCore | undefined {
  if (json === null || typeof json !== 'object') return undefined;
  const meeting = json as Partial<Record<keyof RestMeeting, unknown>>;
  const meetingId = text(meeting.id);
  const startsAt = restInstant(meeting.start);
  const endsAt = restInstant(meeting.end);
  if (!meetingId || startsAt === undefined || endsAt === undefined || endsAt < startsAt) {
    return undefined;
  }
  const number = text(meeting.meetingNumber)?.replace(/\s/g, '');
  const zone = typeof meeting.timezone === 'string' ? canonicalZone(meeting.timezone) : undefined;
  return {
    meetingId,
    meetingKey: number && /^\d+$/.test(number) ? number : meetingId,
    topic: text(meeting.title) ?? '',
    startsAt,
    durationMinutes: Math.round((endsAt - startsAt) / MINUTE_MS),
    ...(zone ? { timeZone: zone, timeZoneId: pickTimeZoneId(zone, startsAt) } : {}),
  };
}

/** One `GET /meetings` item as the list shows it; undefined when it lacks what a row needs. */
export function toListedMeeting(json: unknown): ListedMeeting | undefined {
  const meeting = core(json);
  if (!meeting) return undefined;
  const item = json as Partial<Record<keyof RestListedMeeting, unknown>>;
  const hostEmail = text(item.hostEmail);
  return {
    ...meeting,
    status: restStatus(item.state),
    ...(hostEmail ? { hostWebExId: hostEmail } : {}),
    ...(item.state === 'ended' ? { ended: true } : {}),
  };
}

/** `GET /meetings/{meetingId}`'s answer as the XML client's MeetingDetails. */
export function toMeetingDetails(json: unknown): MeetingDetails | undefined {
  const listed = toListedMeeting(json);
  if (!listed) return undefined;
  const item = json as Partial<Record<keyof RestMeeting, unknown>>;
  const { startsAt, timeZoneId } = listed;
  if (startsAt === undefined) return undefined;
  const password = text(item.password);
  const agenda = text(item.agenda);
  const sessionTypeId = item.sessionTypeId;
  return {
    ...listed,
    startsAt,
    // A zone no table knows still needs a number: GMT's, as the XML client falls back to.
    timeZoneId: timeZoneId ?? pickTimeZoneId('UTC', startsAt),
    ...(password ? { meetingPassword: password } : {}),
    ...(agenda ? { agenda } : {}),
    ...(typeof sessionTypeId === 'number' ? { meetingType: sessionTypeId } : {}),
  };
}

/** `POST /meetings`'s answer as the XML client's ScheduledMeeting. */
export function toScheduledMeeting(json: unknown): ScheduledMeeting | undefined {
  const meeting = core(json);
  if (!meeting) return undefined;
  const item = json as Partial<Record<keyof RestMeeting, unknown>>;
  const password = text(item.password);
  const webLink = text(item.webLink);
  return {
    ...meeting,
    timeZoneId: meeting.timeZoneId ?? pickTimeZoneId('UTC', meeting.startsAt),
    ...(password ? { meetingPassword: password } : {}),
    ...(webLink && webLink.startsWith('https://') ? { webLink } : {}),
  };
}
