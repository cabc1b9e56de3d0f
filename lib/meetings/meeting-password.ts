import { randomBelow, type GetRandomValues } from './random';

// No 0/O/o, 1/l/I: the password is read aloud and typed from invitations.
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const CLASSES = [LOWER, UPPER, DIGITS];

export const MEETING_PASSWORD_LENGTH = 10;
export const MEETING_PASSWORD_MIN_LENGTH = 8;

/**
 * A meeting password that passes the rules WebEx sites typically enforce: 8+ characters,
 * letters (both cases) and digits, no characters that are easy to confuse.
 */
export function generateMeetingPassword(
  getRandomValues: GetRandomValues,
  length = MEETING_PASSWORD_LENGTH,
): string {
  if (length < CLASSES.length)
    throw new RangeError(`A meeting password needs ${CLASSES.length}+ characters.`);
  const all = CLASSES.join('');
  const pick = (from: string) => from[randomBelow(from.length, getRandomValues)]!;
  const chars = CLASSES.map(pick);
  while (chars.length < length) chars.push(pick(all));
  // Fisher-Yates, so the guaranteed characters are not always in front.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1, getRandomValues);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
