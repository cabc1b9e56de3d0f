import { t } from '../i18n';

/** The quick picks, in minutes. */
export const DURATION_PRESETS: readonly number[] = [15, 30, 45, 60, 90];

/**
 * The longest duration offered when the site names no limit for the meeting type: 24 hours,
 * the longest a WebEx meeting runs. WebEx still has the last word (its refusal is shown).
 */
export const DURATION_CEILING_MINUTES = 1440;

/** The longest duration to offer: the site's limit (minutes) when known, never over the ceiling. */
export function offeredLimit(siteLimit: number | undefined): number {
  return siteLimit === undefined
    ? DURATION_CEILING_MINUTES
    : Math.min(siteLimit, DURATION_CEILING_MINUTES);
}

/**
 * The quick picks up to `limit` (minutes): the presets that fit, and the limit itself when it
 * is shorter than the longest preset (40 on a 40-minute site), in order.
 */
export function durationChoices(limit?: number): number[] {
  const max = offeredLimit(limit);
  const fitting = DURATION_PRESETS.filter((minutes) => minutes <= max);
  const longest = DURATION_PRESETS[DURATION_PRESETS.length - 1]!;
  if (max < longest && max > 0 && !fitting.includes(max)) fitting.push(max);
  return fitting;
}

/** `minutes`, or the limit when it is longer (a default longer than this site allows). */
export function withinLimit(minutes: number, limit: number | undefined): number {
  return Math.min(minutes, offeredLimit(limit));
}

/** Whether `minutes` is a length to send: a whole number of minutes from 1 up to the limit. */
export function durationProblem(
  minutes: number,
  limit: number | undefined,
): 'missing' | 'tooLong' | undefined {
  if (!Number.isInteger(minutes) || minutes < 1) return 'missing';
  return minutes > offeredLimit(limit) ? 'tooLong' : undefined;
}

/** Hours and minutes typed in two fields (empty = 0) as minutes; NaN for anything else. */
export function minutesFromParts(hours: string, minutes: string): number {
  const read = (text: string) =>
    text.trim() === '' ? 0 : /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  return read(hours) * 60 + read(minutes);
}

/** "45 min", "1 h", "1 h 30 min" (in German "1 Std. 30 Min.", in Japanese "1 時間 30 分"). */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('meetings.duration.minutes', { minutes: rest });
  return rest === 0
    ? t('meetings.duration.hours', { hours })
    : t('meetings.duration.hoursAndMinutes', { hours, minutes: rest });
}

/** What is wrong with the duration, in words; undefined when it can be sent. */
export function durationProblemText(minutes: number, limit: number | undefined) {
  const problem = durationProblem(minutes, limit);
  if (problem === 'missing') return t('meetings.form.durationMissing');
  if (problem === 'tooLong')
    return t('meetings.form.durationTooLong', { limit: formatDuration(offeredLimit(limit)) });
  return undefined;
}
