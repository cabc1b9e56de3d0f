import { describe, expect, it } from 'vitest';
import {
  DURATION_CEILING_MINUTES,
  durationChoices,
  durationProblem,
  formatDuration,
  minutesFromParts,
  withinLimit,
} from '../../../lib/meetings/durations';

describe('durationChoices: the quick picks up to the limit', () => {
  it.each([
    [undefined, [15, 30, 45, 60, 90]],
    [1440, [15, 30, 45, 60, 90]],
    [180, [15, 30, 45, 60, 90]],
    [90, [15, 30, 45, 60, 90]],
    [60, [15, 30, 45, 60]],
    [40, [15, 30, 40]],
    [10, [10]],
  ])('limit %j -> %j', (limit, choices) => {
    expect(durationChoices(limit)).toEqual(choices);
  });
});

describe('durationProblem: any whole length from 1 minute up to the limit', () => {
  it.each([
    [120, 1440, undefined],
    [120, undefined, undefined],
    [180, 180, undefined],
    [181, 180, 'tooLong'],
    [41, 40, 'tooLong'],
    [DURATION_CEILING_MINUTES + 1, undefined, 'tooLong'],
    // A site limit past the ceiling (the schema's 999999 = none) offers the ceiling.
    [DURATION_CEILING_MINUTES + 1, 999_999, 'tooLong'],
    [0, 1440, 'missing'],
    [Number.NaN, 1440, 'missing'],
    [12.5, 1440, 'missing'],
  ])('%d minutes, limit %j -> %j', (minutes, limit, problem) => {
    expect(durationProblem(minutes, limit)).toBe(problem);
  });

  it('a default longer than the site allows starts at the limit', () => {
    expect(withinLimit(120, 40)).toBe(40);
    expect(withinLimit(120, 180)).toBe(120);
    expect(withinLimit(120, undefined)).toBe(120);
  });
});

describe('minutesFromParts: hours and minutes as typed', () => {
  it.each([
    ['2', '0', 120],
    ['2', '', 120],
    ['', '45', 45],
    [' 1 ', '30', 90],
    ['', '', 0],
    ['1.5', '0', Number.NaN],
    ['-1', '0', Number.NaN],
    ['x', '5', Number.NaN],
  ])('%j h %j min -> %d', (hours, minutes, total) => {
    expect(minutesFromParts(hours, minutes)).toBe(total);
  });
});

describe('formatDuration', () => {
  it.each([
    [15, '15 min'],
    [60, '1 h'],
    [90, '1 h 30 min'],
    [120, '2 h'],
    [1440, '24 h'],
  ])('%d -> %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});
