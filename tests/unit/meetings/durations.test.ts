import { describe, expect, it } from 'vitest';
import { durationChoices, formatDuration } from '../../../lib/meetings/durations';

describe('durationChoices', () => {
  it.each([
    [undefined, [15, 30, 45, 60, 90]],
    [30, [15, 30, 45, 60, 90]],
    [40, [15, 30, 40, 45, 60, 90]],
    [120, [15, 30, 45, 60, 90, 120]],
    [0, [15, 30, 45, 60, 90]],
    [12.5, [15, 30, 45, 60, 90]],
  ])('default %j -> %j', (defaultMinutes, choices) => {
    expect(durationChoices(defaultMinutes)).toEqual(choices);
  });
});

describe('formatDuration', () => {
  it.each([
    [15, '15 min'],
    [60, '1 h'],
    [90, '1 h 30 min'],
    [120, '2 h'],
  ])('%d -> %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});
