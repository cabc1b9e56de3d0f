import { describe, expect, it } from 'vitest';
import { formatMeetingNumber } from '../../../../lib/webex/url/meeting-number';

describe('formatMeetingNumber', () => {
  it.each([
    ['123456789', '123 456 789'],
    ['123 456 789', '123 456 789'],
    ['123-456-789', '123 456 789'],
    ['1234567890', '123 456 7890'],
    ['12345678901', '1234 567 8901'],
    ['123456789012', '1234 5678 9012'],
    ['1234567', '123 456 7'],
    ['12', '12'],
    [' abc ', 'abc'],
    ['', ''],
  ])('%j -> %j', (key, formatted) => {
    expect(formatMeetingNumber(key)).toBe(formatted);
  });
});
