/** WebEx dates: `MM/DD/YYYY HH:MM:SS`, wall-clock time in the meeting's zone. */
const WEBEX_DATE = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})$/;

/** Latest year WebEx accepts in a start date. */
export const LAST_YEAR = 2050;

/** The wall-clock time expressed as if it were UTC, or undefined when not a real date. */
export function parseWebExDate(text: string): number | undefined {
  const match = WEBEX_DATE.exec(text);
  if (!match) return undefined;
  const [month, day, year, hour, minute, second] = match.slice(1).map(Number) as number[];
  const value = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const check = new Date(value);
  const real =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month! - 1 &&
    check.getUTCDate() === day &&
    hour! < 24 &&
    minute! < 60 &&
    second! < 60;
  return real ? value : undefined;
}

export function formatWebExDate(wallClockAsUtc: number): string {
  const date = new Date(wallClockAsUtc);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${two(date.getUTCMonth() + 1)}/${two(date.getUTCDate())}/${date.getUTCFullYear()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`
  );
}
