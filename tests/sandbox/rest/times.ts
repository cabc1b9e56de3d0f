import { offsetMinutesAt, wallClockToInstant } from '../time-zones.ts';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** An ISO 8601 time as the REST API takes it: the instant and the offset it was written with. */
export interface ParsedTime {
  /** Epoch ms. */
  instant: number;
  /** Minutes east of UTC as written; `Z` is 0; undefined when no offset was written. */
  offsetMinutes: number | undefined;
  /** True for `Z`. */
  utc: boolean;
}

/** True when Intl knows the IANA zone (e.g. `Europe/Berlin`). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}

/** Parses `2025-06-03T10:00:00+02:00` (or `Z`, or no offset: then a wall clock in `zone`). */
export function parseRestTime(text: string, zone: string): ParsedTime | undefined {
  const match = ISO.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, offset] = match;
  const wall = Date.UTC(
    +y!,
    +mo! - 1,
    +d!,
    +h!,
    +mi!,
    +(s ?? 0),
    Math.floor(+(fraction ?? 0) * 1000),
  );
  const check = new Date(wall);
  if (check.getUTCMonth() !== +mo! - 1 || check.getUTCDate() !== +d! || +h! > 23) return undefined;
  if (offset === undefined)
    return { instant: wallClockToInstant(wall, zone), offsetMinutes: undefined, utc: false };
  if (offset === 'Z') return { instant: wall, offsetMinutes: 0, utc: true };
  const digits = offset.replace(':', '');
  const minutes = (+digits.slice(1, 3) * 60 + +digits.slice(3, 5)) * (digits[0] === '-' ? -1 : 1);
  return { instant: wall - minutes * 60_000, offsetMinutes: minutes, utc: false };
}

/** True when a written offset agrees with the zone at that instant (`Z` and none always do). */
export function offsetAgrees(time: ParsedTime, zone: string): boolean {
  return (
    time.utc ||
    time.offsetMinutes === undefined ||
    time.offsetMinutes === offsetMinutesAt(zone, time.instant)
  );
}

/** `2025-06-03T08:00:00Z`: how the sandbox writes times (UTC, whole seconds). */
export function formatRestTime(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `20250603T080000Z`, as in scheduled-meeting ids. */
export function compactTime(instant: number): string {
  return formatRestTime(instant).replace(/[-:]/g, '');
}
