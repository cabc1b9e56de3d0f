import { WebExError } from '../errors';

/**
 * A meeting key as the schema's xs:long wants it: digits only. Spaces and dashes that hosts
 * copy from invitations ("123 456 789") are dropped; anything else is refused before sending.
 */
export function normalizeMeetingKey(meetingKey: string): string {
  const digits = meetingKey.replace(/[\s-]/g, '');
  if (/^\d{1,19}$/.test(digits)) return digits;
  throw new WebExError('input', `Not a meeting number: ${meetingKey}`, {
    title: 'That is not a WebEx meeting number',
    meaning: `"${meetingKey}" is not a meeting number: WebEx meeting numbers are made of digits only.`,
    action: 'Copy the meeting number from the meeting list or the invitation and try again.',
  });
}
