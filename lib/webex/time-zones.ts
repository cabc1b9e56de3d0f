import { t, uiLanguage } from '../i18n';
import { GMT_TIME_ZONE_ID, timeZoneById, WEBEX_TIME_ZONES } from './time-zone-table';

/** The last year WebEx accepts in a `startDate`. */
export const LAST_WEBEX_YEAR = 2050;

/** The first year WebEx accepts in a `startDate`. */
export const FIRST_WEBEX_YEAR = 1970;

/** Why `toWebExStart` refused an instant: not a time, before 1970, or after 2050. */
export type StartTimeProblem = 'invalid' | 'tooEarly' | 'tooLate';

/** `toWebExStart`'s refusal; `problem` says why, for words in the host's language. */
export class StartTimeRangeError extends RangeError {
  override name = 'StartTimeRangeError';
  constructor(
    readonly problem: StartTimeProblem,
    message: string,
  ) {
    super(message);
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** The ECMAScript Date range. */
const MAX_INSTANT_MS = 8.64e15;

function isValidInstant(instantMs: number): boolean {
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

function wallClockAt(instantMs: number, ianaZone: string): WallClock {
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
function wallClockAsUtc(wall: WallClock): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, 0);
  return date.getTime();
}

/** Offset of `ianaZone` from UTC at an instant, in minutes (east positive). */
export function offsetMinutesAt(instantMs: number, ianaZone: string): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  return Math.round((wallClockAsUtc(wallClockAt(wholeSecond, ianaZone)) - wholeSecond) / MINUTE_MS);
}

function canonicalZone(ianaZone: string): string | undefined {
  try {
    return wallClockFormat(ianaZone).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

let canonicalZoneIds: Map<string, number> | undefined;

function idsByCanonicalZone(): Map<string, number> {
  canonicalZoneIds ??= new Map(
    WEBEX_TIME_ZONES.map((tz): [string, number] => [
      canonicalZone(tz.ianaZone) ?? tz.ianaZone,
      tz.id,
    ]),
  );
  return canonicalZoneIds;
}

/** Offsets on the 1st and 15th of every month of the instant's year: a zone's DST fingerprint. */
function yearlyOffsets(instantMs: number, ianaZone: string): number[] {
  const year = new Date(instantMs).getUTCFullYear();
  const offsets: number[] = [];
  for (let month = 0; month < 12; month++) {
    for (const day of [1, 15]) {
      offsets.push(offsetMinutesAt(Date.UTC(year, month, day, 12), ianaZone));
    }
  }
  return offsets;
}

function sameOffsetsCount(a: number[], b: number[]): number {
  return a.filter((offset, index) => offset === b[index]).length;
}

/**
 * The WebEx time zone for a browser zone: the same IANA zone, else a zone with the same offset
 * now (the one sharing most of the DST rules), else `fallbackId` (GetUser's timeZoneID), else GMT.
 */
export function pickTimeZoneId(ianaZone: string, instantMs: number, fallbackId?: number): number {
  const fallback =
    fallbackId !== undefined && timeZoneById(fallbackId) ? fallbackId : GMT_TIME_ZONE_ID;
  const wanted = canonicalZone(ianaZone);
  if (wanted === undefined || !isValidInstant(instantMs)) return fallback;

  const sameZone = idsByCanonicalZone().get(wanted);
  if (sameZone !== undefined) return sameZone;

  const offsetNow = offsetMinutesAt(instantMs, ianaZone);
  const candidates = WEBEX_TIME_ZONES.filter(
    (tz) => offsetMinutesAt(instantMs, tz.ianaZone) === offsetNow,
  );
  if (candidates.length === 0) return fallback;

  const fingerprint = yearlyOffsets(instantMs, ianaZone);
  let best = candidates[0]!;
  let bestScore = -1;
  for (const candidate of candidates) {
    const score = sameOffsetsCount(fingerprint, yearlyOffsets(instantMs, candidate.ianaZone));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best.id;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function formatStartDate(wall: WallClock): string {
  const date = `${pad(wall.month)}/${pad(wall.day)}/${pad(wall.year, 4)}`;
  return `${date} ${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
}

/**
 * The instant as WebEx wants it: wall-clock `MM/DD/YYYY HH:MM:SS` in the WebEx zone picked for
 * the host's IANA zone. Throws for instants WebEx refuses (after 2050) or that make no sense.
 */
export function toWebExStart(
  instantMs: number,
  ianaZone: string,
  fallbackId?: number,
): { startDate: string; timeZoneId: number } {
  if (!isValidInstant(instantMs)) {
    throw new StartTimeRangeError(
      'invalid',
      `The meeting start is not a valid time (${String(instantMs)}).`,
    );
  }
  const timeZoneId = pickTimeZoneId(ianaZone, instantMs, fallbackId);
  const wall = wallClockAt(instantMs, timeZoneById(timeZoneId)!.ianaZone);
  // Checked on the instant too: wall-clock years before year 1 read as positive (BC) numbers.
  const tooEarly = wall.year < FIRST_WEBEX_YEAR || instantMs < Date.UTC(FIRST_WEBEX_YEAR - 1, 0, 1);
  if (tooEarly) {
    throw new StartTimeRangeError(
      'tooEarly',
      `The meeting start is before ${FIRST_WEBEX_YEAR}; pick a real date.`,
    );
  }
  if (wall.year > LAST_WEBEX_YEAR) {
    throw new StartTimeRangeError(
      'tooLate',
      `WebEx does not accept meetings after ${LAST_WEBEX_YEAR}; pick a start date in ${LAST_WEBEX_YEAR} or earlier.`,
    );
  }
  return { startDate: formatStartDate(wall), timeZoneId };
}

const START_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))?$/;

function parseStartDate(startDate: string): WallClock {
  const match = START_DATE.exec(startDate.trim());
  const malformed = () =>
    new RangeError(
      `"${startDate.slice(0, 40)}" is not a WebEx date: expected MM/DD/YYYY HH:MM:SS, e.g. 01/27/2026 17:25:00.`,
    );
  if (!match) throw malformed();
  const [month, day, year, hour, minute, second] = match
    .slice(1)
    .map((field) => Number(field ?? 0));
  const wall = {
    year: year!,
    month: month!,
    day: day!,
    hour: hour!,
    minute: minute!,
    second: second!,
  };
  const roundTrip = new Date(wallClockAsUtc(wall));
  const valid =
    roundTrip.getUTCMonth() === wall.month - 1 &&
    roundTrip.getUTCDate() === wall.day &&
    wall.hour < 24 &&
    wall.minute < 60 &&
    wall.second < 60;
  if (!valid) throw malformed();
  return wall;
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
 * The instant a WebEx `startDate` in `timeZoneId` stands for. A wall-clock time that occurs twice
 * (clocks going back) is the first occurrence; one that never occurs (clocks going forward) is
 * moved forward by the gap, as calendars do.
 */
export function fromWebExStart(startDate: string, timeZoneId: number): number {
  const tz = timeZoneById(timeZoneId);
  if (!tz) {
    throw new RangeError(`WebEx time zone ID ${String(timeZoneId)} is unknown (expected 0 to 61).`);
  }
  const wall = parseStartDate(startDate);
  const asUtc = wallClockAsUtc(wall);
  const offsetBefore = offsetMinutesAt(asUtc - DAY_MS, tz.ianaZone) * MINUTE_MS;
  const offsetAfter = offsetMinutesAt(asUtc + DAY_MS, tz.ianaZone) * MINUTE_MS;
  const matches = [asUtc - offsetBefore, asUtc - offsetAfter]
    .filter((instant) => sameWallClock(wallClockAt(instant, tz.ianaZone), wall))
    .sort((a, b) => a - b);
  return matches[0] ?? asUtc - offsetBefore;
}

/**
 * A readable date and time in a zone, for display, in the extension's language unless `locale`
 * says otherwise; never throws on an unknown zone or locale.
 */
export function formatInZone(
  instantMs: number,
  ianaZone: string,
  locale: string = uiLanguage(),
): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  };
  if (!isValidInstant(instantMs)) return t('webex.time.invalidDate');
  const zoneOrUtc = canonicalZone(ianaZone) ?? 'UTC';
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: zoneOrUtc }).format(instantMs);
  } catch {
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone: zoneOrUtc }).format(
      instantMs,
    );
  }
}
