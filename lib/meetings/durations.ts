export const DURATION_PRESETS: readonly number[] = [15, 30, 45, 60, 90];

/** The presets plus the host's default from the settings, in order. */
export function durationChoices(defaultMinutes?: number): number[] {
  const valid =
    defaultMinutes !== undefined && Number.isInteger(defaultMinutes) && defaultMinutes > 0;
  const choices = valid ? [...DURATION_PRESETS, defaultMinutes] : [...DURATION_PRESETS];
  return [...new Set(choices)].sort((a, b) => a - b);
}

/** "45 min", "1 h", "1 h 30 min". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
