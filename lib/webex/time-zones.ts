/** A WebEx `timeZoneID` with the IANA zone whose rules (DST included) give its wall-clock time. */
export interface WebExTimeZone {
  id: number;
  /** As WebEx lists it, e.g. `-8 San Jose`. */
  label: string;
  ianaZone: string;
  /** Standard-time offset from UTC as WebEx labels it (the IANA zone may have moved since). */
  standardOffsetMinutes: number;
}

/** The zone integrators use as plain "GMT"; the last resort when nothing else fits. */
export const GMT_TIME_ZONE_ID = 20;

/** The last year WebEx accepts in a `startDate`. */
export const LAST_WEBEX_YEAR = 2050;

const FIRST_WEBEX_YEAR = 1970;

function zone(
  id: number,
  label: string,
  ianaZone: string,
  hours: number,
  minutes = 0,
): WebExTimeZone {
  const sign = hours < 0 ? -1 : 1;
  return { id, label, ianaZone, standardOffsetMinutes: hours * 60 + sign * minutes };
}

export const WEBEX_TIME_ZONES: readonly WebExTimeZone[] = Object.freeze([
  zone(0, '-12 Dateline', 'Etc/GMT+12', -12),
  zone(1, '-11 Samoa', 'Pacific/Pago_Pago', -11),
  zone(2, '-10 Honolulu', 'Pacific/Honolulu', -10),
  zone(3, '-9 Anchorage', 'America/Anchorage', -9),
  zone(4, '-8 San Jose', 'America/Los_Angeles', -8),
  zone(5, '-7 Arizona', 'America/Phoenix', -7),
  zone(6, '-7 Denver', 'America/Denver', -7),
  zone(7, '-6 Chicago', 'America/Chicago', -6),
  zone(8, '-6 Mexico City', 'America/Mexico_City', -6),
  zone(9, '-6 Regina', 'America/Regina', -6),
  zone(10, '-5 Bogota', 'America/Bogota', -5),
  zone(11, '-5 New York', 'America/New_York', -5),
  zone(12, '-5 Indiana', 'America/Indiana/Indianapolis', -5),
  zone(13, '-4 Halifax', 'America/Halifax', -4),
  zone(14, '-4 Caracas', 'America/Caracas', -4),
  zone(15, '-3:30 Newfoundland', 'America/St_Johns', -3, 30),
  zone(16, '-3 Brasilia', 'America/Sao_Paulo', -3),
  zone(17, '-3 Buenos Aires', 'America/Argentina/Buenos_Aires', -3),
  zone(18, '-2 Mid-Atlantic', 'Atlantic/South_Georgia', -2),
  zone(19, '-1 Azores', 'Atlantic/Azores', -1),
  zone(20, '+0 Greenwich (GMT)', 'Etc/GMT', 0),
  zone(21, '+0 London', 'Europe/London', 0),
  zone(22, '+1 Amsterdam', 'Europe/Amsterdam', 1),
  zone(23, '+1 Paris', 'Europe/Paris', 1),
  zone(24, '+1 Prague', 'Europe/Prague', 1),
  zone(25, '+1 Berlin', 'Europe/Berlin', 1),
  zone(26, '+2 Athens', 'Europe/Athens', 2),
  zone(27, '+2 Bucharest', 'Europe/Bucharest', 2),
  zone(28, '+2 Cairo', 'Africa/Cairo', 2),
  zone(29, '+2 Pretoria', 'Africa/Johannesburg', 2),
  zone(30, '+2 Helsinki', 'Europe/Helsinki', 2),
  zone(31, '+2 Tel Aviv', 'Asia/Jerusalem', 2),
  zone(32, '+3 Baghdad', 'Asia/Baghdad', 3),
  zone(33, '+3 Moscow', 'Europe/Moscow', 3),
  zone(34, '+3 Nairobi', 'Africa/Nairobi', 3),
  zone(35, '+3:30 Tehran', 'Asia/Tehran', 3, 30),
  zone(36, '+4 Abu Dhabi', 'Asia/Dubai', 4),
  zone(37, '+4 Baku', 'Asia/Baku', 4),
  zone(38, '+4:30 Kabul', 'Asia/Kabul', 4, 30),
  zone(39, '+5 Ekaterinburg', 'Asia/Yekaterinburg', 5),
  zone(40, '+5 Islamabad', 'Asia/Karachi', 5),
  zone(41, '+5:30 Bombay', 'Asia/Kolkata', 5, 30),
  zone(42, '+6 Colombo', 'Asia/Colombo', 6),
  zone(43, '+6 Almaty', 'Asia/Almaty', 6),
  zone(44, '+7 Bangkok', 'Asia/Bangkok', 7),
  zone(45, '+8 Beijing', 'Asia/Shanghai', 8),
  zone(46, '+8 Perth', 'Australia/Perth', 8),
  zone(47, '+8 Singapore', 'Asia/Singapore', 8),
  zone(48, '+8 Taipei', 'Asia/Taipei', 8),
  zone(49, '+9 Tokyo', 'Asia/Tokyo', 9),
  zone(50, '+9 Seoul', 'Asia/Seoul', 9),
  zone(51, '+9 Yakutsk', 'Asia/Yakutsk', 9),
  zone(52, '+9:30 Adelaide', 'Australia/Adelaide', 9, 30),
  zone(53, '+9:30 Darwin', 'Australia/Darwin', 9, 30),
  zone(54, '+10 Brisbane', 'Australia/Brisbane', 10),
  zone(55, '+10 Sydney', 'Australia/Sydney', 10),
  zone(56, '+10 Guam', 'Pacific/Guam', 10),
  zone(57, '+10 Hobart', 'Australia/Hobart', 10),
  zone(58, '+10 Vladivostok', 'Asia/Vladivostok', 10),
  zone(59, '+11 Solomon Is', 'Pacific/Guadalcanal', 11),
  zone(60, '+12 Wellington', 'Pacific/Auckland', 12),
  zone(61, '+12 Fiji', 'Pacific/Fiji', 12),
]);

export function timeZoneById(id: number): WebExTimeZone | undefined {
  return Number.isInteger(id) ? WEBEX_TIME_ZONES[id] : undefined;
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
    throw new RangeError(`The meeting start is not a valid time (${String(instantMs)}).`);
  }
  const timeZoneId = pickTimeZoneId(ianaZone, instantMs, fallbackId);
  const wall = wallClockAt(instantMs, timeZoneById(timeZoneId)!.ianaZone);
  // Checked on the instant too: wall-clock years before year 1 read as positive (BC) numbers.
  const tooEarly = wall.year < FIRST_WEBEX_YEAR || instantMs < Date.UTC(FIRST_WEBEX_YEAR - 1, 0, 1);
  if (tooEarly) {
    throw new RangeError(`The meeting start is before ${FIRST_WEBEX_YEAR}; pick a real date.`);
  }
  if (wall.year > LAST_WEBEX_YEAR) {
    throw new RangeError(
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

/** A readable date and time in a zone, for display; never throws on an unknown zone or locale. */
export function formatInZone(instantMs: number, ianaZone: string, locale?: string): string {
  const options: Intl.DateTimeFormatOptions = {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  };
  if (!isValidInstant(instantMs)) return 'Invalid date';
  const zoneOrUtc = canonicalZone(ianaZone) ?? 'UTC';
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: zoneOrUtc }).format(instantMs);
  } catch {
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone: zoneOrUtc }).format(
      instantMs,
    );
  }
}
