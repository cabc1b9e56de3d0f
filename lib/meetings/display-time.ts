/**
 * Times as the host reads them: in their zone, with the zone's name, in the UI language (a locale
 * passed in wins: tests pin one).
 */
import { t, uiLanguage } from '../i18n';
import type { StartAsWritten } from '../webex/types';
import { offsetMinutesAt } from '../webex/wall-clock';
import { zoneDisplayName } from './zone-name';

// Kept here too: the rest of the app reads every displayed time from this module.
export { zoneDisplayName };

// A comparable YYYY-MM-DD key, never shown: en-CA writes dates in that order.
function calendarDay(instant: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** "Today", "Tomorrow", "Yesterday" or undefined, in the host's zone. */
export function relativeDay(instant: number, now: number, timeZone: string): string | undefined {
  const day = calendarDay(instant, timeZone);
  const labels: [number, string][] = [
    [0, t('meetings.day.today')],
    [1, t('meetings.day.tomorrow')],
    [-1, t('meetings.day.yesterday')],
  ];
  return labels.find(([days]) => calendarDay(now + days * 86_400_000, timeZone) === day)?.[1];
}

/** "Today, 14:30", "Tue 25 Nov, 09:00"; the year only when it is not this year. */
export function formatStartShort(
  instant: number,
  now: number,
  timeZone: string,
  locale = uiLanguage(),
): string {
  const time = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
  }).format(instant);
  const relative = relativeDay(instant, now, timeZone);
  if (relative) return t('meetings.dayAndTime', { day: relative, time });
  const sameYear =
    new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(instant) ===
    new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(now);
  const date = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(instant);
  return t('meetings.dayAndTime', { day: date, time });
}

/** "Tuesday, 25 November 2025, 14:30 Central European Standard Time": for invitations. */
export function formatStartLong(instant: number, timeZone: string, locale = uiLanguage()): string {
  const when = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(instant);
  return `${when} ${zoneDisplayName(instant, timeZone, locale)}`;
}

/**
 * A start no zone placed, as WebEx wrote it: its `startDate` text and zone label, e.g.
 * "01/15/2025 09:00:00 (GMT-09:00, Alaska (Anchorage))"; never converted to the host's zone.
 */
export function formatStartAsWritten(start: StartAsWritten): string {
  const zone =
    start.timeZoneLabel ??
    (start.timeZoneId === undefined
      ? t('meetings.zone.unnamed')
      : t('meetings.zone.numbered', { id: start.timeZoneId }));
  return t('meetings.zone.asWritten', { startDate: start.startDate, zone });
}

/**
 * The zone's offset from UTC at that instant, "UTC+01:00", "UTC-09:30", "UTC+00:00" (offsets
 * change with DST, so it needs the instant). Whole minutes.
 */
export function utcOffsetLabel(instant: number, timeZone: string): string {
  const minutes = offsetMinutesAt(instant, timeZone);
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `UTC${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Start to end with the date, the UTC offset and the zone's IANA name, for invitations:
 * "Tuesday, 25 November 2025, 10:00–11:00 (UTC+01:00) Europe/Berlin" (the end's date is
 * written too when the meeting ends on another day). `durationMinutes` in minutes.
 */
export function formatTimeRange(
  startsAt: number,
  durationMinutes: number,
  timeZone: string,
  locale = uiLanguage(),
): string {
  const range = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).formatRange(startsAt, startsAt + durationMinutes * 60_000);
  return `${range} (${utcOffsetLabel(startsAt, timeZone)}) ${timeZone}`;
}

/** "10:00–11:00" in the host's zone, for a row under its day's heading. */
export function formatClockRange(
  startsAt: number,
  durationMinutes: number,
  timeZone: string,
  locale = uiLanguage(),
): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
  }).formatRange(startsAt, startsAt + durationMinutes * 60_000);
}

/**
 * A day heading of the agenda: "Today", "Tomorrow", else weekday and date ("Thursday, 4
 * December"; the year only when it is not this year), in the host's zone and the UI language.
 */
export function formatDayHeading(
  instant: number,
  now: number,
  timeZone: string,
  locale = uiLanguage(),
): string {
  const relative = relativeDay(instant, now, timeZone);
  if (relative) return relative;
  const sameYear =
    new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(instant) ===
    new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(now);
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(instant);
}

/** The day's key in the host's zone ("2025-11-25"), to group meetings by day; never shown. */
export function dayKey(instant: number, timeZone: string): string {
  return calendarDay(instant, timeZone);
}
