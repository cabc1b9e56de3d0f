import type { ScheduleRequest } from '../types';
import { offsetMinutesAt, wallClockAt } from '../wall-clock';
import type { RestCreateMeeting } from './api-types';

const MINUTE_MS = 60_000;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * The instant as REST wants it beside an IANA `timezone`: the zone's wall clock with its own
 * offset (`2026-12-01T10:00:00+01:00`), cut to the minute; Webex refuses an offset that does
 * not agree with `timezone`. Throws RangeError for a zone the runtime lacks.
 */
export function restStart(instantMs: number, ianaZone: string): string {
  const minute = Math.floor(instantMs / MINUTE_MS) * MINUTE_MS;
  const wall = wallClockAt(minute, ianaZone);
  const offset = offsetMinutesAt(minute, ianaZone);
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  return `${date}T${pad(wall.hour)}:${pad(wall.minute)}:00${zone}`;
}

/**
 * The minute a meeting starting at `startsAt` (epoch ms) starts on Webex: Webex moves a start
 * within the current minute to the next one and cuts any other to its minute (webex-meeting.json,
 * `start` of CreateMeetingObject). The body does it first, so that the end moves with it and the
 * meeting keeps the length the host chose ("Now" for 30 minutes stays 30, not 29).
 */
export function webexStartMinute(startsAt: number, now: number): number {
  const minute = Math.floor(startsAt / MINUTE_MS) * MINUTE_MS;
  return minute === Math.floor(now / MINUTE_MS) * MINUTE_MS ? minute + MINUTE_MS : minute;
}

/**
 * `POST /meetings`'s body for a schedule request on `siteUrl` at `now` (epoch ms): the host's IANA zone, alternate
 * hosts (role HOST) as `coHost` invitees, the site's meeting type as `sessionTypeId`. A blank
 * password is left out, so the site makes one by its own rules (the answer carries it).
 */
export function createMeetingBody(
  request: ScheduleRequest,
  siteUrl: string,
  now: number,
): RestCreateMeeting {
  const startsAt = webexStartMinute(request.startsAt, now);
  const endsAt = startsAt + request.durationMinutes * MINUTE_MS;
  const password = request.meetingPassword?.trim();
  const agenda = request.agenda?.trim();
  return {
    title: request.topic,
    start: restStart(startsAt, request.timeZone),
    end: restStart(endsAt, request.timeZone),
    timezone: request.timeZone,
    siteUrl,
    scheduledType: 'meeting',
    ...(password ? { password } : {}),
    ...(agenda ? { agenda } : {}),
    ...(request.meetingType !== undefined ? { sessionTypeId: request.meetingType } : {}),
    invitees: request.invitees.map((invitee) => ({
      email: invitee.email,
      ...(invitee.name ? { displayName: invitee.name } : {}),
      ...(invitee.role === 'HOST' ? { coHost: true } : {}),
    })),
    sendEmail: request.invitees.length > 0,
  };
}
