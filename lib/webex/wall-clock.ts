// Wall-clock arithmetic for time-zones.ts: an instant's date and time in a zone and back, for an
// IANA zone (DST from its rules) or a fixed offset (a site zone no IANA zone stands for).

/** Date and time as a clock in some zone shows them. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** How a WebEx zone turns wall-clock time into instants: an IANA zone's rules, or a fixed offset. */
export type ZoneRule = { ianaZone: string } | { offsetMinutes: number };

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
/** The ECMAScript Date range. */
const MAX_INSTANT_MS = 8.64e15;

export function isValidInstant(instantMs: number): boolean {
  return Number.isFinite(instantMs) && Math.abs(instantMs) <= MAX_INSTANT_MS;
}

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/** Throws RangeError for a zone the runtime does not know. */
function wallClockFormat(ianaZone: string): Intl.DateTimeFormat {
  let format = wallClockFormats.get(ianaZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: ianaZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClockFormats.set(ianaZone, format);
  }
  return format;
}

/** The IANA zone's wall clock at an instant. Throws RangeError for a zone the runtime lacks. */
export function wallClockAt(instantMs: number, ianaZone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of wallClockFormat(ianaZone).formatToParts(instantMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? NaN,
    month: fields.month ?? NaN,
    day: fields.day ?? NaN,
    // Some engines still print midnight as 24 despite h23.
    hour: (fields.hour ?? NaN) % 24,
    minute: fields.minute ?? NaN,
    second: fields.second ?? NaN,
  };
}

/** The wall-clock fields read as if they were UTC (years below 100 included). */
export function wallClockAsUtc(wall: WallClock): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, 0);
  return date.getTime();
}

function utcAsWallClock(ms: number): WallClock {
  const date = new Date(ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/** Offset of `ianaZone` from UTC at an instant, in minutes (east positive). */
export function offsetMinutesAt(instantMs: number, ianaZone: string): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  return Math.round((wallClockAsUtc(wallClockAt(wholeSecond, ianaZone)) - wholeSecond) / MINUTE_MS);
}

/** The runtime's own spelling of an IANA zone, or undefined when it does not know the zone. */
export function canonicalZone(ianaZone: string): string | undefined {
  try {
    return wallClockFormat(ianaZone).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The rule's offset at an instant, in minutes (east positive). */
export function ruleOffsetAt(instantMs: number, rule: ZoneRule): number {
  return 'ianaZone' in rule ? offsetMinutesAt(instantMs, rule.ianaZone) : rule.offsetMinutes;
}

/** The rule's wall clock at an instant. */
export function wallClockIn(instantMs: number, rule: ZoneRule): WallClock {
  if ('ianaZone' in rule) return wallClockAt(instantMs, rule.ianaZone);
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  return utcAsWallClock(wholeSecond + rule.offsetMinutes * MINUTE_MS);
}

function sameWallClock(a: WallClock, b: WallClock): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    a.second === b.second
  );
}

/**
 * The instant a wall-clock time stands for under the rule. A time that occurs twice (clocks going
 * back) is the first occurrence; one that never occurs (clocks going forward) is moved forward by
 * the gap, as calendars do.
 */
export function instantOfWallClock(wall: WallClock, rule: ZoneRule): number {
  const asUtc = wallClockAsUtc(wall);
  if (!('ianaZone' in rule)) return asUtc - rule.offsetMinutes * MINUTE_MS;
  const offsetBefore = offsetMinutesAt(asUtc - DAY_MS, rule.ianaZone) * MINUTE_MS;
  const offsetAfter = offsetMinutesAt(asUtc + DAY_MS, rule.ianaZone) * MINUTE_MS;
  const matches = [asUtc - offsetBefore, asUtc - offsetAfter]
    .filter((instant) => sameWallClock(wallClockAt(instant, rule.ianaZone), wall))
    .sort((a, b) => a - b);
  return matches[0] ?? asUtc - offsetBefore;
}
