import { t } from '../i18n';

export const DURATION_PRESETS: readonly number[] = [15, 30, 45, 60, 90];

/** The presets plus the host's default from the settings, in order. */
export function durationChoices(defaultMinutes?: number): number[] {
  const valid =
    defaultMinutes !== undefined && Number.isInteger(defaultMinutes) && defaultMinutes > 0;
  const choices = valid ? [...DURATION_PRESETS, defaultMinutes] : [...DURATION_PRESETS];
  return [...new Set(choices)].sort((a, b) => a - b);
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
