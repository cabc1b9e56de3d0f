import { describe, expect, it } from 'vitest';
import { generateMeetingPassword } from '../../../lib/meetings/meeting-password';
import { meetingPasswordProblems } from '../../../lib/meetings/meeting-password-problems';
import { cryptoRandom, sequenceRandom } from './random-source';

const AMBIGUOUS = /[0O1lIo]/;

describe('generateMeetingPassword', () => {
  it('meets the typical WebEx rules every time', () => {
    for (let run = 0; run < 500; run++) {
      const password = generateMeetingPassword(cryptoRandom);
      expect(password).toHaveLength(10);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/\d/);
      expect(password).not.toMatch(AMBIGUOUS);
      expect(password).toMatch(/^[A-Za-z0-9]+$/);
      expect(meetingPasswordProblems(password)).toEqual([]);
    }
  });

  it('keeps every class even when the randomness is all zeros', () => {
    const password = generateMeetingPassword(sequenceRandom([0]), 8);
    expect(password).toHaveLength(8);
    expect(password).toMatch(/[a-z]/);
    expect(password).toMatch(/[A-Z]/);
    expect(password).toMatch(/\d/);
  });

  it('uses the injected randomness (same source, same password)', () => {
    const words = [5, 99, 1234, 7, 42, 3, 17, 88, 1000, 65, 12, 9, 31, 77, 250, 11, 6, 2, 400, 8];
    expect(generateMeetingPassword(sequenceRandom(words))).toBe(
      generateMeetingPassword(sequenceRandom(words)),
    );
  });

  it('refuses lengths that cannot hold one character of each class', () => {
    expect(() => generateMeetingPassword(cryptoRandom, 2)).toThrow(RangeError);
  });
});

describe('meetingPasswordProblems', () => {
  it.each([
    ['', ['Enter a meeting password: attendees need it to join.']],
    ['Ab3', ['Most WebEx sites want at least 8 characters.']],
    ['abcdefgh', ['Most WebEx sites want both letters and digits.']],
    ['12345678', ['Most WebEx sites want both letters and digits.']],
    ['abcd 1234', ['Spaces are not allowed in a meeting password.']],
    ['QwErTy_123456', []],
  ])('%j -> %j', (password, problems) => {
    expect(meetingPasswordProblems(password)).toEqual(problems);
  });
});
