import { describe, expect, test } from 'vitest';
import { ticketCredentials } from '../../../../lib/webex/xml/credentials';
import {
  buildLstTimeZoneRequest,
  lstTimeZone,
  parseLstTimeZoneResponse,
} from '../../../../lib/webex/xml/operations/lst-time-zone';
import { scriptedFetch } from './fake-fetch';
import { bodyContentOf, readFixture } from './fixtures';
import { SESSION } from './test-session';

describe('LstTimeZone', () => {
  test('asks for several zones on a date', () => {
    const xml = buildLstTimeZoneRequest(ticketCredentials(SESSION), {
      timeZoneIds: [4, 41],
      date: '07/01/2026 12:00:00',
    });
    expect(xml).toContain(
      '<serv:bodyContent xsi:type="site:lstTimeZone"><site:timeZoneID>4</site:timeZoneID><site:timeZoneID>41</site:timeZoneID><site:date>07/01/2026 12:00:00</site:date></serv:bodyContent>',
    );
  });

  test('reads the ns1-prefixed zones with offsets in minutes', () => {
    const content = bodyContentOf(readFixture('lst_time_zone_response_good.xml'), 'LstTimeZone');
    expect(parseLstTimeZoneResponse(content)).toEqual([
      {
        timeZoneId: 4,
        gmtOffsetMinutes: -420,
        description: 'GMT-07:00, Pacific (San Jose)',
        shortName: 'PDT',
        fallInDst: true,
      },
      {
        timeZoneId: 15,
        gmtOffsetMinutes: -150,
        description: 'GMT-02:30, Newfoundland (Newfoundland)',
        shortName: 'NDT',
        fallInDst: true,
      },
      {
        timeZoneId: 41,
        gmtOffsetMinutes: 330,
        description: 'GMT+05:30, India (Bombay)',
        shortName: 'IST',
        fallInDst: false,
      },
    ]);
  });

  test('skips an entry without ID or offset', async () => {
    const body = readFixture('lst_time_zone_response_good.xml').replace(
      '<ns1:gmtOffset>-150</ns1:gmtOffset>',
      '',
    );
    const zones = await lstTimeZone({ fetch: scriptedFetch({ body }) }, SESSION);
    expect(zones.map((zone) => zone.timeZoneId)).toEqual([4, 41]);
  });
});
