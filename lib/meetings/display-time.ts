/** Times as the host reads them: in their zone, with the zone's name. Locale injected for tests. */

function zoneNamePart(instant: number, timeZone: string, style: 'long' | 'short', locale?: string) {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }).formatToParts(
    instant,
  );
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** "Central European Standard Time" (the name changes with DST, so it needs the instant). */
export function zoneDisplayName(instant: number, timeZone: string, locale?: string): string {
  return zoneNamePart(instant, timeZone, 'long', locale);
}

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
    [0, 'Today'],
    [1, 'Tomorrow'],
    [-1, 'Yesterday'],
  ];
  return labels.find(([days]) => calendarDay(now + days * 86_400_000, timeZone) === day)?.[1];
}

/** "Today, 14:30", "Tue 25 Nov, 09:00"; the year only when it is not this year. */
export function formatStartShort(
  instant: number,
  now: number,
  timeZone: string,
  locale?: string,
): string {
  const time = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
  }).format(instant);
  const relative = relativeDay(instant, now, timeZone);
  if (relative) return `${relative}, ${time}`;
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
  return `${date}, ${time}`;
}

/** "Tuesday, 25 November 2025, 14:30 Central European Standard Time": for invitations. */
export function formatStartLong(instant: number, timeZone: string, locale?: string): string {
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
