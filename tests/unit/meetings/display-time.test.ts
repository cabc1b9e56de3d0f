import { describe, expect, it } from 'vitest';
import {
  formatStartLong,
  formatStartShort,
  relativeDay,
  zoneDisplayName,
} from '../../../lib/meetings/display-time';

const NOW = Date.UTC(2026, 2, 10, 9, 0); // Tue 10 March 2026, 10:00 in Berlin

describe('zoneDisplayName', () => {
  it.each([
    [Date.UTC(2026, 0, 15), 'Europe/Berlin', 'Central European Standard Time'],
    [Date.UTC(2026, 6, 15), 'Europe/Berlin', 'Central European Summer Time'],
    [Date.UTC(2026, 6, 15), 'America/New_York', 'Eastern Daylight Time'],
  ])('%d %s', (instant, zone, name) => {
    expect(zoneDisplayName(instant, zone, 'en-GB')).toBe(name);
  });
});

describe('relativeDay', () => {
  it.each([
    [Date.UTC(2026, 2, 10, 22, 59), 'Europe/Berlin', 'Today'],
    // 23:30 UTC is already the 11th in Berlin.
    [Date.UTC(2026, 2, 10, 23, 30), 'Europe/Berlin', 'Tomorrow'],
    [Date.UTC(2026, 2, 10, 23, 30), 'America/New_York', 'Today'],
    [Date.UTC(2026, 2, 9, 12), 'Europe/Berlin', 'Yesterday'],
    [Date.UTC(2026, 2, 14, 12), 'Europe/Berlin', undefined],
  ])('%d in %s', (instant, zone, label) => {
    expect(relativeDay(instant, NOW, zone)).toBe(label);
  });
});

describe('formatStartShort', () => {
  it.each([
    [Date.UTC(2026, 2, 10, 13, 30), 'Today, 14:30'],
    [Date.UTC(2026, 2, 11, 8, 0), 'Tomorrow, 9:00'],
    [Date.UTC(2026, 2, 20, 8, 0), 'Fri 20 Mar, 9:00'],
    [Date.UTC(2027, 0, 5, 8, 0), 'Tue, 5 Jan 2027, 9:00'],
  ])('%d', (instant, text) => {
    expect(formatStartShort(instant, NOW, 'Europe/Berlin', 'en-GB')).toBe(text);
  });

  it('follows the locale for the clock', () => {
    expect(formatStartShort(Date.UTC(2026, 2, 10, 13, 30), NOW, 'Europe/Berlin', 'en-US')).toBe(
      'Today, 2:30 PM',
    );
  });
});

describe('formatStartLong', () => {
  it('names the day, the date, the time and the zone', () => {
    expect(formatStartLong(Date.UTC(2026, 2, 10, 13, 30), 'Europe/Berlin', 'en-GB')).toBe(
      'Tuesday, 10 March 2026 at 14:30 Central European Standard Time',
    );
  });
});
