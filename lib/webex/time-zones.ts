import { t, uiLanguage } from '../i18n';
import { resolveZone, zoneChoices, type ZoneChoice } from './site-time-zones';
import { GMT_TIME_ZONE_ID } from './time-zone-table';
import type { KeptSiteTimeZones } from './types';
import {
  canonicalZone,
  instantOfWallClock,
  isValidInstant,
  ruleOffsetAt,
  wallClockAsUtc,
  wallClockIn,
  type WallClock,
  type ZoneRule,
} from './wall-clock';

export { offsetMinutesAt } from './wall-clock';

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

let tableZoneIds: Map<string, number> | undefined;

/** Each IANA zone's WebEx ID; the first listed wins (site lists name some zones twice). */
function idsByCanonicalZone(choices: readonly ZoneChoice[], fromTable: boolean) {
  const build = () => {
    const ids = new Map<string, number>();
    for (const { id, rule } of choices) {
      if (!('ianaZone' in rule)) continue;
      const zone = canonicalZone(rule.ianaZone) ?? rule.ianaZone;
      if (!ids.has(zone)) ids.set(zone, id);
    }
    return ids;
  };
  if (!fromTable) return build();
  tableZoneIds ??= build();
  return tableZoneIds;
}

/** Offsets on the 1st and 15th of every month of the instant's year: a zone's DST fingerprint. */
function yearlyOffsets(instantMs: number, rule: ZoneRule): number[] {
  const year = new Date(instantMs).getUTCFullYear();
  const offsets: number[] = [];
  for (let month = 0; month < 12; month++) {
    for (const day of [1, 15]) {
      offsets.push(ruleOffsetAt(Date.UTC(year, month, day, 12), rule));
    }
  }
  return offsets;
}

function sameOffsetsCount(a: number[], b: number[]): number {
  return a.filter((offset, index) => offset === b[index]).length;
}

function pickZone(
  ianaZone: string,
  instantMs: number,
  fallbackId: number | undefined,
  site: KeptSiteTimeZones | undefined,
): ZoneChoice {
  const choices = zoneChoices(site);
  const byId = (id: number | undefined) => choices.find((choice) => choice.id === id);
  const fallback = byId(fallbackId) ?? byId(GMT_TIME_ZONE_ID) ?? choices[0]!;
  const wanted = canonicalZone(ianaZone);
  if (wanted === undefined || !isValidInstant(instantMs)) return fallback;

  const sameZone = byId(idsByCanonicalZone(choices, site === undefined).get(wanted));
  if (sameZone) return sameZone;

  const host: ZoneRule = { ianaZone };
  const offsetNow = ruleOffsetAt(instantMs, host);
  const candidates = choices.filter((choice) => ruleOffsetAt(instantMs, choice.rule) === offsetNow);
  if (candidates.length === 0) return fallback;

  const fingerprint = yearlyOffsets(instantMs, host);
  let best = candidates[0]!;
  let bestScore = -1;
  for (const candidate of candidates) {
    const score = sameOffsetsCount(fingerprint, yearlyOffsets(instantMs, candidate.rule));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The WebEx time zone for a browser zone, among the site's own zones (`site`, its LstTimeZone)
 * or, without them, the built-in table: the same IANA zone, else a zone with the same offset
 * now (the one sharing most of the DST rules), else `fallbackId` (GetUser's timeZoneID), else GMT.
 */
export function pickTimeZoneId(
  ianaZone: string,
  instantMs: number,
  fallbackId?: number,
  site?: KeptSiteTimeZones,
): number {
  return pickZone(ianaZone, instantMs, fallbackId, site).id;
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
 * the host's IANA zone, as the site (`site`, its LstTimeZone) defines that zone. Throws for
 * instants WebEx refuses (after 2050) or that make no sense.
 */
export function toWebExStart(
  instantMs: number,
  ianaZone: string,
  fallbackId?: number,
  site?: KeptSiteTimeZones,
): { startDate: string; timeZoneId: number } {
  if (!isValidInstant(instantMs)) {
    throw new StartTimeRangeError(
      'invalid',
      `The meeting start is not a valid time (${String(instantMs)}).`,
    );
  }
  const { id: timeZoneId, rule } = pickZone(ianaZone, instantMs, fallbackId, site);
  const wall = wallClockIn(instantMs, rule);
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

/**
 * The instant a WebEx `startDate` in `timeZoneId` stands for, in the site's zone of that ID
 * (`site`) or else the built-in table's. A wall-clock time that occurs twice (clocks going back)
 * is the first occurrence; one that never occurs (clocks going forward) is moved forward by the
 * gap, as calendars do.
 */
export function fromWebExStart(
  startDate: string,
  timeZoneId: number,
  site?: KeptSiteTimeZones,
): number {
  const wall = parseStartDate(startDate);
  const rule = resolveZone(timeZoneId, undefined, site, wallClockAsUtc(wall));
  if (!rule) {
    throw new RangeError(`WebEx time zone ID ${String(timeZoneId)} is unknown to the site.`);
  }
  return instantOfWallClock(wall, rule);
}

/**
 * A listed start's instant, placed by `resolveZone` (the site's list, the offset in the item's
 * zone label, the built-in table); undefined when none places it: shown as WebEx wrote it.
 * Throws RangeError for a `startDate` that is no WebEx date.
 */
export function placeWebExStart(
  startDate: string,
  timeZoneId: number | undefined,
  timeZoneLabel: string | undefined,
  site?: KeptSiteTimeZones,
): number | undefined {
  const wall = parseStartDate(startDate);
  const rule = resolveZone(timeZoneId, timeZoneLabel, site, wallClockAsUtc(wall));
  return rule && instantOfWallClock(wall, rule);
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
