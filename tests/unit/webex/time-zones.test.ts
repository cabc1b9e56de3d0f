import { describe, expect, it } from 'vitest';
import { readRecorded as recorded } from '../../support/reference';
import {
  GMT_TIME_ZONE_ID,
  timeZoneById,
  WEBEX_TIME_ZONES,
} from '../../../lib/webex/time-zone-table';
import {
  formatInZone,
  fromWebExStart,
  offsetMinutesAt,
  pickTimeZoneId,
  toWebExStart,
} from '../../../lib/webex/time-zones';

const element = (xml: string, localName: string) =>
  new RegExp(`<[\\w]+:${localName}>([^<]*)<`).exec(xml)?.[1];

const JANUARY = Date.UTC(2025, 0, 15, 12);
const JULY = Date.UTC(2025, 6, 15, 12);

describe('the WebEx time zone table', () => {
  it('holds IDs 0 to 61 in order, each with a zone this runtime knows', () => {
    expect(WEBEX_TIME_ZONES.map((tz) => tz.id)).toEqual([...Array(62).keys()]);
    for (const tz of WEBEX_TIME_ZONES) {
      expect(() => offsetMinutesAt(JANUARY, tz.ianaZone), tz.ianaZone).not.toThrow();
    }
  });

  it('gives each zone the standard offset its label shows', () => {
    for (const tz of WEBEX_TIME_ZONES) {
      const [, sign, hours, minutes] = /^([+-])(\d+)(?::(\d+))? \S/.exec(tz.label) ?? [];
      const expected = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes ?? 0));
      expect(tz.standardOffsetMinutes, tz.label).toBe(expected === 0 ? 0 : expected);
    }
  });

  it.each([
    [4, '-8 San Jose', 'America/Los_Angeles'],
    [11, '-5 New York', 'America/New_York'],
    [25, '+1 Berlin', 'Europe/Berlin'],
    [45, '+8 Beijing', 'Asia/Shanghai'],
    [20, '+0 Greenwich (GMT)', 'Etc/GMT'],
    [61, '+12 Fiji', 'Pacific/Fiji'],
    [0, '+12 Dateline (Marshall Islands)', 'Pacific/Majuro'],
  ])('ID %i is %s (%s), as real responses confirm', (id, label, ianaZone) => {
    expect(timeZoneById(id)).toMatchObject({ id, label, ianaZone });
    expect(pickTimeZoneId(ianaZone, JANUARY)).toBe(id);
    expect(pickTimeZoneId(ianaZone, JULY)).toBe(id);
  });

  it.each([-1, 62, 2.5, NaN])('has no zone %s', (id) => {
    expect(timeZoneById(id)).toBeUndefined();
  });

  it('reads the recorded GetUser and GetMeeting zone (25, GMT+01:00 Berlin) the way WebEx does', () => {
    const user = recorded('user_get_user_response_good.xml');
    const meeting = recorded('meeting_get_meeting_response_good.xml');
    const id = Number(element(user, 'timeZoneID'));
    expect(element(user, 'timeZone')).toBe('GMT+01:00, Europe (Berlin)');
    expect(timeZoneById(id)?.standardOffsetMinutes).toBe(60);
    // 15:30 Berlin summer time is 13:30 UTC.
    const startsAt = fromWebExStart(
      element(meeting, 'startDate')!,
      Number(element(meeting, 'timeZoneID')),
    );
    expect(new Date(startsAt).toISOString()).toBe('2016-07-20T13:30:00.000Z');
  });
});

describe('the table as the fallback for a site that gave no list', () => {
  it('reads zone 0 at +12 as live sites give it: 01/15/2025 09:00:00 is 2025-01-14T21:00Z', () => {
    expect(new Date(fromWebExStart('01/15/2025 09:00:00', 0)).toISOString()).toBe(
      '2025-01-14T21:00:00.000Z',
    );
  });
});

describe('pickTimeZoneId', () => {
  it.each([
    ['America/Edmonton', JANUARY, 6],
    ['America/Edmonton', JULY, 6],
    ['America/Toronto', JULY, 11],
    ['Australia/Melbourne', JANUARY, 55],
    ['Australia/Melbourne', JULY, 55],
    ['Asia/Calcutta', JANUARY, 41], // old spelling of Asia/Kolkata
    ['US/Pacific', JULY, 4],
    ['europe/berlin', JULY, 25],
    ['UTC', JULY, GMT_TIME_ZONE_ID],
  ])('maps %s at %i to ID %i', (zone, instant, id) => {
    expect(pickTimeZoneId(zone, instant)).toBe(id);
  });

  it('maps a zone without its own ID to one with the same offsets all year (Madrid: +1/+2)', () => {
    for (const instant of [JANUARY, JULY]) {
      const id = pickTimeZoneId('Europe/Madrid', instant);
      const tz = timeZoneById(id)!;
      expect(offsetMinutesAt(JANUARY, tz.ianaZone)).toBe(60);
      expect(offsetMinutesAt(JULY, tz.ianaZone)).toBe(120);
    }
  });

  it('prefers the zone that also shares the DST rules (Edmonton in winter: Denver, not Arizona)', () => {
    expect(offsetMinutesAt(JANUARY, 'America/Phoenix')).toBe(
      offsetMinutesAt(JANUARY, 'America/Edmonton'),
    );
    expect(pickTimeZoneId('America/Edmonton', JANUARY)).toBe(6);
  });

  it.each([
    ['Asia/Kathmandu', undefined, GMT_TIME_ZONE_ID],
    ['Asia/Kathmandu', 41, 41],
    ['Asia/Kathmandu', 99, GMT_TIME_ZONE_ID],
    ['Not/AZone', 25, 25],
    ['', undefined, GMT_TIME_ZONE_ID],
  ])('falls back for %s (+5:45 has no WebEx zone) with fallback %s to %i', (zone, fallback, id) => {
    expect(pickTimeZoneId(zone, JANUARY, fallback)).toBe(id);
  });
});

describe('toWebExStart and fromWebExStart', () => {
  it.each([
    // Los Angeles: clocks go forward at 02:00 on 9 March 2025 and back at 02:00 on 2 November.
    ['America/Los_Angeles', '2025-03-09T09:59:59Z', '03/09/2025 01:59:59', 4],
    ['America/Los_Angeles', '2025-03-09T10:00:00Z', '03/09/2025 03:00:00', 4],
    ['America/Los_Angeles', '2025-11-02T08:30:00Z', '11/02/2025 01:30:00', 4],
    ['America/Los_Angeles', '2025-11-02T10:00:00Z', '11/02/2025 02:00:00', 4],
    // Berlin: forward at 02:00 on 30 March 2025, back at 03:00 on 26 October.
    ['Europe/Berlin', '2025-03-30T00:59:00Z', '03/30/2025 01:59:00', 25],
    ['Europe/Berlin', '2025-03-30T01:00:00Z', '03/30/2025 03:00:00', 25],
    ['Europe/Berlin', '2025-10-26T00:30:00Z', '10/26/2025 02:30:00', 25],
    ['Europe/Berlin', '2025-12-31T23:00:00Z', '01/01/2026 00:00:00', 25],
    // Sydney: back at 03:00 on 6 April 2025, forward at 02:00 on 5 October.
    ['Australia/Sydney', '2025-04-05T15:30:00Z', '04/06/2025 02:30:00', 55],
    ['Australia/Sydney', '2025-10-04T16:00:00Z', '10/05/2025 03:00:00', 55],
    ['Australia/Sydney', '2025-10-04T15:59:00Z', '10/05/2025 01:59:00', 55],
    ['America/Edmonton', '2025-07-01T18:00:00Z', '07/01/2025 12:00:00', 6],
    ['Asia/Kathmandu', '2025-07-01T18:00:00Z', '07/01/2025 18:00:00', GMT_TIME_ZONE_ID],
  ])('in %s, %s is %s in WebEx zone %i and maps back', (zone, iso, startDate, timeZoneId) => {
    const instant = Date.parse(iso);
    expect(toWebExStart(instant, zone)).toEqual({ startDate, timeZoneId });
    expect(fromWebExStart(startDate, timeZoneId)).toBe(instant);
  });

  it.each([
    ['America/Los_Angeles', '2025-11-02T09:30:00Z', '2025-11-02T08:30:00Z'],
    ['Europe/Berlin', '2025-10-26T01:30:00Z', '2025-10-26T00:30:00Z'],
    ['Australia/Sydney', '2025-04-05T16:30:00Z', '2025-04-05T15:30:00Z'],
  ])(
    'in %s, the second pass through the repeated hour (%s) reads back as the first (%s)',
    (zone, secondPass, firstPass) => {
      const { startDate, timeZoneId } = toWebExStart(Date.parse(secondPass), zone);
      expect(toWebExStart(Date.parse(firstPass), zone).startDate).toBe(startDate);
      expect(fromWebExStart(startDate, timeZoneId)).toBe(Date.parse(firstPass));
    },
  );

  it.each([
    ['03/09/2025 02:30:00', 4, '2025-03-09T10:30:00Z'], // LA: is 03:30 PDT
    ['03/30/2025 02:15:00', 25, '2025-03-30T01:15:00Z'], // Berlin: is 03:15 CEST
    ['10/05/2025 02:30:00', 55, '2025-10-04T16:30:00Z'], // Sydney: is 03:30 AEDT
  ])(
    'moves a wall-clock time skipped by DST (%s in zone %i) forward by the gap',
    (startDate, id, iso) => {
      expect(fromWebExStart(startDate, id)).toBe(Date.parse(iso));
    },
  );

  it('round-trips every hour of a year in Los Angeles, Berlin and Sydney', () => {
    for (const zone of ['America/Los_Angeles', 'Europe/Berlin', 'Australia/Sydney']) {
      const halfPast = Date.UTC(2025, 0, 1, 0, 30);
      for (let instant = halfPast; instant < Date.UTC(2026, 0, 1); instant += 3_600_000) {
        const { startDate, timeZoneId } = toWebExStart(instant, zone);
        const back = fromWebExStart(startDate, timeZoneId);
        // Only the repeated hour is ambiguous, and it reads back as its first pass.
        if (back !== instant) expect(instant - back).toBe(3_600_000);
      }
    }
  });

  it('accepts 2050 and refuses later years with a clear message', () => {
    expect(toWebExStart(Date.UTC(2050, 11, 31, 12), 'Europe/London').startDate).toBe(
      '12/31/2050 12:00:00',
    );
    expect(() => toWebExStart(Date.UTC(2051, 0, 1, 12), 'Europe/London')).toThrow(/after 2050/);
    // Already 2051 in Sydney while still 2050 in UTC.
    expect(() => toWebExStart(Date.UTC(2050, 11, 31, 20), 'Australia/Sydney')).toThrow(
      /after 2050/,
    );
  });

  it.each([NaN, Infinity, 1e20, Date.UTC(1960, 0, 1), -8.64e15])(
    'refuses the instant %s',
    (instant) => {
      expect(() => toWebExStart(instant, 'Europe/Berlin')).toThrow(RangeError);
    },
  );

  it('drops milliseconds (WebEx dates have whole seconds)', () => {
    expect(toWebExStart(Date.UTC(2025, 0, 15, 12, 0, 5, 999), 'Etc/GMT').startDate).toBe(
      '01/15/2025 12:00:05',
    );
  });

  it.each([
    '',
    '2025-01-15 12:00:00',
    '13/01/2025 10:00:00',
    '02/30/2025 10:00:00',
    '01/15/2025 24:00:00',
    '01/15/2025 10:60:00',
    '01/15/25 10:00:00',
    '01/15/2025',
    'garbage',
  ])('throws a clear error for the malformed date %j', (startDate) => {
    expect(() => fromWebExStart(startDate, 4)).toThrow(/not a WebEx date: expected MM\/DD\/YYYY/);
  });

  it('reads dates without seconds and with single-digit fields', () => {
    expect(fromWebExStart('1/5/2025 9:05', 20)).toBe(Date.UTC(2025, 0, 5, 9, 5));
  });

  it.each([62, -1, 1.5])('throws for the unknown zone ID %s', (id) => {
    expect(() => fromWebExStart('01/15/2025 10:00:00', id)).toThrow(/time zone ID .* unknown/);
  });
});

describe('formatInZone', () => {
  it('shows the wall-clock time of the zone, with the zone', () => {
    const text = formatInZone(Date.UTC(2025, 6, 1, 16, 5), 'America/Los_Angeles', 'en-US');
    expect(text).toContain('9:05');
    expect(text).toMatch(/PDT/);
  });

  it('follows the locale', () => {
    expect(formatInZone(Date.UTC(2025, 0, 15, 12), 'Europe/Berlin', 'de-DE')).toContain('13:00');
  });

  it('never throws on an unknown zone, locale or instant', () => {
    expect(formatInZone(Date.UTC(2025, 0, 15, 12), 'Not/AZone', 'not a locale!')).toContain(
      '12:00',
    );
    expect(formatInZone(NaN, 'Europe/Berlin')).toBe('Invalid date');
  });
});
