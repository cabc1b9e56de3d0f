import { describe, expect, it } from 'vitest';
import {
  parseLocalDateTime,
  resolveStart,
  toLocalDateTimeValue,
} from '../../../lib/meetings/start-time';
import { START_PRESETS, quickStart } from '../../../lib/meetings/start-choice';

const NOW = Date.UTC(2026, 2, 10, 9, 0, 0); // 10 March 2026 09:00 UTC

describe('parseLocalDateTime', () => {
  it.each([
    ['2026-01-15T14:30', 'Europe/Berlin', Date.UTC(2026, 0, 15, 13, 30)],
    ['2026-07-15T14:30', 'Europe/Berlin', Date.UTC(2026, 6, 15, 12, 30)],
    ['2026-07-15T14:30', 'America/Los_Angeles', Date.UTC(2026, 6, 15, 21, 30)],
    ['2026-07-15T14:30', 'Asia/Kolkata', Date.UTC(2026, 6, 15, 9, 0)],
    ['2026-07-15T14:30:15', 'UTC', Date.UTC(2026, 6, 15, 14, 30, 15)],
    // Clocks go back in Berlin on 25 Oct 2026 at 03:00: 02:30 happens twice; the first counts.
    ['2026-10-25T02:30', 'Europe/Berlin', Date.UTC(2026, 9, 25, 0, 30)],
    // Clocks go forward on 29 Mar 2026 at 02:00: 02:30 never happens; moved forward by the gap.
    ['2026-03-29T02:30', 'Europe/Berlin', Date.UTC(2026, 2, 29, 1, 30)],
  ])('%s in %s', (value, zone, instant) => {
    expect(parseLocalDateTime(value, zone)).toBe(instant);
  });

  it.each(['', '2026-02-30T10:00', '2026-13-01T10:00', '15/01/2026 10:00', '2026-01-15T25:00'])(
    'refuses %j',
    (value) => {
      expect(parseLocalDateTime(value, 'Europe/Berlin')).toBeUndefined();
    },
  );

  it('round-trips with toLocalDateTimeValue', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'Australia/Adelaide', 'UTC']) {
      const value = toLocalDateTimeValue(NOW, zone);
      expect(value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
      expect(parseLocalDateTime(value, zone)).toBe(NOW);
    }
  });
});

describe('toLocalDateTimeValue', () => {
  it('gives the wall-clock time in the zone', () => {
    expect(toLocalDateTimeValue(NOW, 'Asia/Tokyo')).toBe('2026-03-10T18:00');
    expect(toLocalDateTimeValue(NOW, 'America/Los_Angeles')).toBe('2026-03-10T02:00');
  });
});

describe('resolveStart', () => {
  it.each([
    [{ kind: 'now' } as const, NOW],
    [{ kind: 'in', minutes: 15 } as const, NOW + 15 * 60_000],
    [{ kind: 'in', minutes: 60 } as const, NOW + 60 * 60_000],
    [{ kind: 'at', local: '2026-03-10T11:00' } as const, Date.UTC(2026, 2, 10, 10, 0)],
    // The current minute is not "in the past".
    [{ kind: 'at', local: '2026-03-10T10:00' } as const, NOW],
  ])('%j', (choice, startsAt) => {
    expect(resolveStart(choice, NOW, 'Europe/Berlin')).toEqual({ ok: true, startsAt });
  });

  it.each([
    [{ kind: 'at', local: '' } as const, /Pick a date and a time/],
    [{ kind: 'at', local: 'tomorrow' } as const, /not a date and time/],
    [{ kind: 'at', local: '2026-03-10T09:58' } as const, /already passed/],
    [{ kind: 'at', local: '2051-01-01T10:00' } as const, /after 2050/],
  ])('refuses %j', (choice, problem) => {
    const resolved = resolveStart(choice, NOW, 'Europe/Berlin');
    expect(resolved.ok).toBe(false);
    if (!resolved.ok) expect(resolved.problem).toMatch(problem);
  });
});

describe('quickStart (the first paint resolves the quick starts without start-time.ts)', () => {
  it.each(START_PRESETS.map(({ id, choice }) => [id, choice] as const))('%s', (_, choice) => {
    if (choice.kind === 'at') throw new Error('a preset is never a date and time');
    expect(quickStart(choice, NOW)).toBe(
      choice.kind === 'now' ? NOW : NOW + choice.minutes * 60_000,
    );
    expect(resolveStart(choice, NOW, 'Europe/Berlin')).toEqual({
      ok: true,
      startsAt: quickStart(choice, NOW),
    });
  });

  it('is 45 minutes later for "in 45 minutes"', () => {
    expect(quickStart({ kind: 'in', minutes: 45 }, NOW)).toBe(NOW + 2_700_000);
  });
});
