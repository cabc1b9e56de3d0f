import { describe, expect, it } from 'vitest';
import {
  labelOffsetMinutes,
  needsRefresh,
  resolveZone,
  siteZoneRule,
} from '../../../lib/webex/site-time-zones';
import {
  fromWebExStart,
  pickTimeZoneId,
  placeWebExStart,
  toWebExStart,
} from '../../../lib/webex/time-zones';
import type { KeptSiteTimeZones } from '../../../lib/webex/types';

const DAY = 86_400_000;
const FETCHED_IN_JANUARY = Date.UTC(2025, 0, 10, 12);

/** A live site's LstTimeZone, as docs/webex-protocol.md "Time zones" records it. */
const LIVE_SITE: KeptSiteTimeZones = {
  fetchedAt: FETCHED_IN_JANUARY,
  zones: [
    {
      timeZoneId: 0,
      gmtOffsetMinutes: 720,
      description: 'GMT+12:00, Dateline (Marshall Islands)',
      fallInDst: false,
    },
    { timeZoneId: 4, gmtOffsetMinutes: -480, description: 'GMT-08:00, Pacific (San Jose)' },
    { timeZoneId: 20, gmtOffsetMinutes: 0, description: 'GMT+00:00, Greenwich (Casablanca)' },
    { timeZoneId: 25, gmtOffsetMinutes: 60, description: 'GMT+01:00, Europe (Berlin)' },
    { timeZoneId: 62, gmtOffsetMinutes: -540, description: 'GMT-09:00, Alaska (Anchorage)' },
    { timeZoneId: 63, gmtOffsetMinutes: 345, description: 'GMT+05:45, Nepal (Kathmandu)' },
  ],
};

describe("the site's own zones (issue 10, item 1)", () => {
  it('reads 01/15/2025 09:00:00 in zone 0 as 2025-01-14T21:00Z (+12, not the schema’s -12)', () => {
    expect(new Date(fromWebExStart('01/15/2025 09:00:00', 0, LIVE_SITE)).toISOString()).toBe(
      '2025-01-14T21:00:00.000Z',
    );
  });

  it('writes the wall clock the site expects when scheduling in zone 0', () => {
    const startsAt = Date.UTC(2025, 0, 14, 21);
    for (const hostZone of ['Pacific/Majuro', 'Pacific/Tarawa', 'Etc/GMT-12']) {
      expect(toWebExStart(startsAt, hostZone, undefined, LIVE_SITE), hostZone).toEqual({
        startDate: '01/15/2025 09:00:00',
        timeZoneId: 0,
      });
    }
  });

  it('follows the site where it disagrees with the built-in table', () => {
    // A site still giving the schema's "-12 Eniwetok" is read at -12: the site is the truth.
    const oldSite: KeptSiteTimeZones = {
      fetchedAt: FETCHED_IN_JANUARY,
      zones: [{ timeZoneId: 0, gmtOffsetMinutes: -720, description: 'GMT-12:00, Dateline' }],
    };
    expect(fromWebExStart('01/15/2025 09:00:00', 0, oldSite)).toBe(Date.UTC(2025, 0, 15, 21));
  });

  it('picks among the site’s zones only, past 61 included', () => {
    expect(pickTimeZoneId('Asia/Kathmandu', Date.UTC(2025, 5, 10), 25, LIVE_SITE)).toBe(63);
    expect(pickTimeZoneId('America/Anchorage', Date.UTC(2025, 5, 10), 25, LIVE_SITE)).toBe(62);
    // Listed twice (3 and 62 both Anchorage): the first one.
    const both: KeptSiteTimeZones = {
      ...LIVE_SITE,
      zones: [
        { timeZoneId: 3, gmtOffsetMinutes: -540, description: 'GMT-09:00, Alaska (Ancorage)' },
        ...LIVE_SITE.zones,
      ],
    };
    expect(pickTimeZoneId('America/Anchorage', Date.UTC(2025, 5, 10), 25, both)).toBe(3);
    // New York is not in this site's list: GetUser's zone.
    expect(pickTimeZoneId('America/New_York', Date.UTC(2025, 5, 10), 25, LIVE_SITE)).toBe(25);
    expect(toWebExStart(Date.UTC(2025, 5, 10, 4, 15), 'Asia/Kathmandu', 25, LIVE_SITE)).toEqual({
      startDate: '06/10/2025 10:00:00',
      timeZoneId: 63,
    });
  });
});

describe('siteZoneRule: which rule a site zone gets', () => {
  it('uses the table’s IANA zone when the site’s offset agrees with it', () => {
    expect(siteZoneRule(25, 60, 'GMT+01:00, Europe (Berlin)', FETCHED_IN_JANUARY)).toEqual({
      ianaZone: 'Europe/Berlin',
    });
    // A list asked in July gives daylight time (fallInDST): still Los Angeles's rules.
    expect(siteZoneRule(4, -420, 'GMT-07:00, Pacific (San Jose)', Date.UTC(2025, 6, 1))).toEqual({
      ianaZone: 'America/Los_Angeles',
    });
  });

  it('uses the table zone the description names when the ID is past the table', () => {
    expect(siteZoneRule(62, -540, 'GMT-09:00, Alaska (Anchorage)', FETCHED_IN_JANUARY)).toEqual({
      ianaZone: 'America/Anchorage',
    });
  });

  it('falls back to a fixed offset, minutes included', () => {
    expect(siteZoneRule(63, 345, 'GMT+05:45, Nepal (Kathmandu)', FETCHED_IN_JANUARY)).toEqual({
      offsetMinutes: 345,
    });
  });
});

describe('labelOffsetMinutes', () => {
  it.each([
    ['GMT-09:00, Alaska (Anchorage)', -540],
    ['GMT+05:45, Kathmandu', 345],
    ['GMT+12:00, Dateline (Marshall Islands)', 720],
    ['GMT-03:30, Newfoundland (Newfoundland)', -210],
    ['GMT+00:00, GMT (London)', 0],
    ['UTC+5, Somewhere', 300],
  ])('%s is %i minutes', (label, minutes) => {
    expect(labelOffsetMinutes(label)).toBe(minutes);
  });

  it.each(['Alaska (Anchorage)', '', undefined, 'GMT+99:00, Nowhere'])(
    '%s has no offset',
    (label) => {
      expect(labelOffsetMinutes(label)).toBeUndefined();
    },
  );
});

describe('placing a listed start (issue 10, item 2)', () => {
  it('places a zone the site lists by the site’s entry', () => {
    expect(placeWebExStart('01/15/2025 09:00:00', 62, undefined, LIVE_SITE)).toBe(
      Date.UTC(2025, 0, 15, 18),
    );
  });

  it('places a zone unknown to the site list and the table by the offset in its label', () => {
    expect(placeWebExStart('01/15/2025 09:00:00', 99, 'GMT+05:45, Kathmandu', LIVE_SITE)).toBe(
      Date.UTC(2025, 0, 15, 3, 15),
    );
    // Alaska's label names Anchorage: its DST rules apply in July (UTC-8).
    expect(placeWebExStart('07/01/2025 09:00:00', 99, 'GMT-09:00, Alaska (Anchorage)')).toBe(
      Date.UTC(2025, 6, 1, 17),
    );
  });

  it('places nothing for a zone no list knows and a label without an offset', () => {
    expect(placeWebExStart('01/15/2025 09:00:00', 99, 'Alaska (Anchorage)', LIVE_SITE)).toBe(
      undefined,
    );
    expect(placeWebExStart('01/15/2025 09:00:00', 99, undefined, LIVE_SITE)).toBeUndefined();
    expect(resolveZone(99, undefined, undefined, FETCHED_IN_JANUARY)).toBeUndefined();
  });

  it('uses the built-in table when there is neither a site list nor a label', () => {
    expect(placeWebExStart('01/15/2025 09:00:00', 25, undefined)).toBe(Date.UTC(2025, 0, 15, 8));
  });
});

describe('needsRefresh: the kept list is asked again at most daily, or for an ID it lacks', () => {
  const now = FETCHED_IN_JANUARY + DAY / 2;
  const lackedWhenAsked: KeptSiteTimeZones = { ...LIVE_SITE, unknownIds: [70] };
  it.each<[string, KeptSiteTimeZones | undefined, number[], number, boolean]>([
    ['nothing kept', undefined, [], now, true],
    ['kept today, IDs it has', LIVE_SITE, [0, 25], now, false],
    ['kept a day ago', LIVE_SITE, [], FETCHED_IN_JANUARY + DAY, true],
    ['an ID it lacks', LIVE_SITE, [70], now, true],
    ['an ID it lacked when asked', lackedWhenAsked, [70], now, false],
  ])('%s', (_, kept, metIds, at, expected) => {
    expect(needsRefresh(kept, metIds, at, DAY)).toBe(expected);
  });
});
