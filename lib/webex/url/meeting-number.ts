// How WebEx groups meeting numbers by length; others go in threes.
const GROUPS_BY_LENGTH: Record<number, number[]> = {
  9: [3, 3, 3],
  10: [3, 3, 4],
  11: [4, 3, 4],
  12: [4, 4, 4],
};

/** `123456789` -> `123 456 789`, for reading aloud and at a glance. Non-numbers come back trimmed. */
export function formatMeetingNumber(meetingKey: string): string {
  const digits = meetingKey.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) return meetingKey.trim();
  const sizes = GROUPS_BY_LENGTH[digits.length] ?? Array(Math.ceil(digits.length / 3)).fill(3);
  const groups: string[] = [];
  let start = 0;
  for (const size of sizes) {
    groups.push(digits.slice(start, start + size));
    start += size;
  }
  return groups.filter((group) => group !== '').join(' ');
}

/**
 * Whether a value is a meeting number the extension may name and act on: digits only (1-19),
 * as WebEx's meeting keys are. Anything else from an address is only ever quoted.
 */
export function isMeetingNumber(value: string | undefined): value is string {
  return value !== undefined && /^\d{1,19}$/.test(value);
}
