import { describe, expect, test } from 'vitest';
import type { ScheduleRequest, SiteTimeZone } from '../../../../lib/webex/types';
import { createXmlBackend } from '../../../../lib/webex/xml/client';
import { memorySiteTimeZoneStore } from '../../../../lib/webex/xml/kept-site-zones';
import { routedFetch, sentBody } from './fake-fetch';
import { readRecorded } from './fixtures';
import { SESSION } from './test-session';
import { lstsummaryAnswer, lstTimeZoneAnswer } from './zone-answers';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 0, 10, 12);

const DATELINE: SiteTimeZone = {
  timeZoneId: 0,
  gmtOffsetMinutes: 720,
  description: 'GMT+12:00, Dateline (Marshall Islands)',
};
const BERLIN: SiteTimeZone = {
  timeZoneId: 25,
  gmtOffsetMinutes: 60,
  description: 'GMT+01:00, Europe (Berlin)',
};
const IN_ZONE_0 = {
  key: '100000000',
  zoneId: 0,
  label: 'GMT+12:00, Dateline (Marshall Islands)',
  startDate: '01/15/2025 09:00:00',
};
const WINDOW = { from: NOW - DAY, to: NOW + 14 * DAY };

function backendWith(list: string, zones: SiteTimeZone[] = [DATELINE, BERLIN]) {
  let now = NOW;
  const fetch = routedFetch({
    'site:lstTimeZone': { body: lstTimeZoneAnswer(...zones) },
    'meet:lstsummaryMeeting': { body: list },
    'meet:createMeeting': { body: readRecorded('meeting_create_meeting_response_good.xml') },
  });
  const store = memorySiteTimeZoneStore();
  const backend = createXmlBackend({ fetch, now: () => now, siteTimeZones: store });
  const asked = (type: string) =>
    fetch.mock.calls.filter((_, index) => sentBody(fetch, index).includes(`"${type}"`)).length;
  return { fetch, backend, store, asked, advance: (ms: number) => (now += ms) };
}

describe("the XML client reads and writes times in the site's own zones", () => {
  test('zone 0 at 01/15/2025 09:00:00 is 2025-01-14T21:00Z with the site’s list', async () => {
    const { backend } = backendWith(lstsummaryAnswer(IN_ZONE_0));
    const [meeting] = await backend.list(SESSION, WINDOW);
    expect(new Date(meeting?.startsAt ?? NaN).toISOString()).toBe('2025-01-14T21:00:00.000Z');
  });

  test('the site list is asked once per site: a second list uses the kept one', async () => {
    const { backend, store, asked } = backendWith(lstsummaryAnswer(IN_ZONE_0));
    await backend.list(SESSION, WINDOW);
    await backend.list(SESSION, WINDOW);
    expect(asked('site:lstTimeZone')).toBe(1);
    expect(asked('meet:lstsummaryMeeting')).toBe(2);
    expect((await store.get(SESSION.site.origin))?.zones).toMatchObject([DATELINE, BERLIN]);
  });

  test('asked again after a day, and once for a zone ID the kept list lacks', async () => {
    const { backend, asked, advance } = backendWith(
      lstsummaryAnswer(IN_ZONE_0, { ...IN_ZONE_0, key: '620000000', zoneId: 62 }),
      [BERLIN],
    );
    await backend.list(SESSION, WINDOW);
    await backend.list(SESSION, WINDOW);
    // Zones 0 and 62 were lacking when asked: not asked for them again the same day.
    expect(asked('site:lstTimeZone')).toBe(1);
    advance(DAY);
    await backend.list(SESSION, WINDOW);
    expect(asked('site:lstTimeZone')).toBe(2);
  });

  test('scheduling in zone 0 writes the wall clock the site expects', async () => {
    const { backend, fetch } = backendWith(lstsummaryAnswer());
    const request: ScheduleRequest = {
      topic: 'Dateline sync',
      startsAt: Date.UTC(2025, 0, 14, 21),
      timeZone: 'Pacific/Majuro',
      durationMinutes: 30,
      invitees: [],
    };
    const scheduled = await backend.schedule(SESSION, request);
    const created = fetch.mock.calls
      .map((_, index) => sentBody(fetch, index))
      .find((body) => body.includes('meet:createMeeting'));
    expect(created).toContain('<meet:startDate>01/15/2025 09:00:00</meet:startDate>');
    expect(created).toContain('<meet:timeZoneID>0</meet:timeZoneID>');
    expect(scheduled.timeZoneId).toBe(0);
  });

  test('a site whose LstTimeZone fails still lists, by labels and the built-in table', async () => {
    const fetch = routedFetch({
      'meet:lstsummaryMeeting': {
        body: lstsummaryAnswer(IN_ZONE_0, {
          ...IN_ZONE_0,
          key: '620000000',
          zoneId: 62,
          label: 'GMT-09:00, Alaska (Anchorage)',
        }),
      },
    });
    const meetings = await createXmlBackend({ fetch, now: () => NOW }).list(SESSION, WINDOW);
    expect(meetings.map((meeting) => meeting.startsAt)).toEqual([
      Date.UTC(2025, 0, 14, 21),
      Date.UTC(2025, 0, 15, 18),
    ]);
  });
});
