import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_VALUE_LENGTH,
  normalizeCommand,
  normalizeMeetingKey,
  normalizeStatus,
  sanitizeValue,
} from '../../../../lib/webex/url/result-values';

describe('normalizeCommand', () => {
  it.each([
    ['LI', 'LI'],
    ['hm', 'HM'],
    [' Jm ', 'JM'],
    ['LOGIN', undefined],
    ['L', undefined],
    ['L1', undefined],
    ['', undefined],
  ])('%j -> %s', (value, expected) => {
    expect(normalizeCommand(value)).toBe(expected);
  });
});

describe('normalizeStatus', () => {
  it.each([
    ['SUCCESS', 'SUCCESS'],
    ['success', 'SUCCESS'],
    ['Succeeded', 'SUCCESS'],
    ['SUCCESSFUL', 'SUCCESS'],
    ['FAIL', 'FAIL'],
    ['FAILURE', 'FAIL'],
    ['failed', 'FAIL'],
    ['Error', 'FAIL'],
    ['OK', undefined],
    ['', undefined],
  ])('%j -> %s', (value, expected) => {
    expect(normalizeStatus(value)).toBe(expected);
  });
});

describe('normalizeMeetingKey', () => {
  it.each([
    ['123456789', '123456789'],
    ['123 456 789', '123456789'],
    ['123-456-789', '123456789'],
    ['abc 123', 'abc 123'],
  ])('%j -> %j', (value, expected) => {
    expect(normalizeMeetingKey(value)).toBe(expected);
  });
});

describe('sanitizeValue', () => {
  it.each([
    ['  AccessDenied  ', 'AccessDenied'],
    ['Meeting\u0000Locked\n', 'MeetingLocked'],
    ['abc\u202Eevil', 'abcevil'],
    ['zero\u200Bwidth', 'zerowidth'],
    ['lone \uD800 half', 'lone \uFFFD half'],
    ['jürgen 😀', 'jürgen 😀'],
  ])('%j -> %j', (value, expected) => {
    expect(sanitizeValue(value)).toBe(expected);
  });

  it(`keeps at most ${MAX_VALUE_LENGTH} characters, never half a character`, () => {
    expect(sanitizeValue('x'.repeat(500))).toHaveLength(MAX_VALUE_LENGTH);
    expect(sanitizeValue(`${'x'.repeat(199)}😀`)).toBe('x'.repeat(199));
  });

  it('is idempotent and always gives well-formed text within the cap', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const clean = sanitizeValue(text);
        expect(sanitizeValue(clean)).toBe(clean);
        expect(clean.length).toBeLessThanOrEqual(MAX_VALUE_LENGTH);
        expect(() => encodeURIComponent(clean)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});
