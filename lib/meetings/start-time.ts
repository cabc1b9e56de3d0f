import { t } from '../i18n';
import { LAST_WEBEX_YEAR, offsetMinutesAt } from '../webex/time-zones';
import { quickStart, type StartChoice } from './start-choice';

export { START_PRESETS, type StartChoice, type StartPreset } from './start-choice';

const MINUTE_MS = 60_000;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * The instant a wall-clock time (`YYYY-MM-DDTHH:MM`, as `<input type="datetime-local">` gives it)
 * stands for in `timeZone`. A time that occurs twice is the first one; a time skipped by a DST
 * change moves forward by the gap. Undefined when the text is not such a time.
 */
export function parseLocalDateTime(value: string, timeZone: string): number | undefined {
  const match = LOCAL_DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day! || hour! > 23)
    return undefined;
  const offsets = [
    offsetMinutesAt(asUtc - 86_400_000, timeZone),
    offsetMinutesAt(asUtc + 86_400_000, timeZone),
  ];
  const candidates = offsets
    .map((offset) => ({ instant: asUtc - offset * MINUTE_MS, offset }))
    .filter(({ instant, offset }) => offsetMinutesAt(instant, timeZone) === offset)
    .map(({ instant }) => instant)
    .sort((a, b) => a - b);
  return candidates[0] ?? asUtc - offsets[0]! * MINUTE_MS;
}

/** The `YYYY-MM-DDTHH:MM` value of an instant in `timeZone`, for a datetime-local input. */
export function toLocalDateTimeValue(instant: number, timeZone: string): string {
  const shifted = new Date(instant + offsetMinutesAt(instant, timeZone) * MINUTE_MS);
  return shifted.toISOString().slice(0, 16);
}

export type ResolvedStart = { ok: true; startsAt: number } | { ok: false; problem: string };

/**
 * The start instant for a choice, or why it cannot be scheduled. A date and time (`at`) is read
 * in `timeZone` (an IANA id).
 */
export function resolveStart(choice: StartChoice, now: number, timeZone: string): ResolvedStart {
  if (choice.kind !== 'at') return { ok: true, startsAt: quickStart(choice, now) };
  if (!choice.local) return { ok: false, problem: t('meetings.start.pickDateTime') };
  const startsAt = parseLocalDateTime(choice.local, timeZone);
  if (startsAt === undefined) {
    return { ok: false, problem: t('meetings.start.notDateTime') };
  }
  // The current minute still counts as "now": the picker has no seconds.
  if (startsAt < now - MINUTE_MS) {
    return { ok: false, problem: t('meetings.start.passed') };
  }
  if (new Date(startsAt).getUTCFullYear() > LAST_WEBEX_YEAR) {
    return { ok: false, problem: t('meetings.start.tooLate', { year: LAST_WEBEX_YEAR }) };
  }
  return { ok: true, startsAt };
}
