import { describe, expect, test, vi } from 'vitest';
import type { KeptSiteTimeZones } from '../../../../lib/webex/types';
import {
  lstsummaryMeeting,
  parseLstsummaryMeetingResponse,
} from '../../../../lib/webex/xml/operations/lstsummary-meeting';
import { scriptedFetch } from './fake-fetch';
import { bodyContentOf } from './fixtures';
import { lstsummaryAnswer as answer, type ListedItem as Item } from './zone-answers';
import { SESSION } from './test-session';

const parse = (xml: string, site?: KeptSiteTimeZones) =>
  parseLstsummaryMeetingResponse(bodyContentOf(xml, 'LstsummaryMeeting'), site);

const BERLIN: Item = {
  key: '111111111',
  zoneId: 25,
  label: 'GMT+01:00, Europe (Berlin)',
  startDate: '01/15/2025 09:00:00',
};
// The input: one meeting in zone 62, which the built-in table (0-61) lacks.
const ALASKA: Item = {
  key: '622222222',
  zoneId: 62,
  label: 'GMT-09:00, Alaska (Anchorage)',
  startDate: '01/15/2025 09:00:00',
};

describe('LstsummaryMeeting: no single item fails the list (issue 10, item 2)', () => {
  test('two meetings, one in zone 62 labelled GMT-09:00 Alaska: both listed, both placed', () => {
    const page = parse(answer(BERLIN, ALASKA));
    expect(page.meetings.map(({ meetingKey, startsAt }) => ({ meetingKey, startsAt }))).toEqual([
      { meetingKey: '111111111', startsAt: Date.UTC(2025, 0, 15, 8) },
      { meetingKey: '622222222', startsAt: Date.UTC(2025, 0, 15, 18) },
    ]);
    expect(page.skipped).toBeUndefined();
  });

  test("zone 62 is placed by the site's list first", () => {
    const site: KeptSiteTimeZones = {
      fetchedAt: Date.UTC(2025, 0, 10),
      zones: [{ timeZoneId: 62, gmtOffsetMinutes: -600, description: 'GMT-10:00, Aleutian' }],
    };
    expect(parse(answer(ALASKA), site).meetings[0]?.startsAt).toBe(Date.UTC(2025, 0, 15, 19));
  });

  test.each([
    ['GMT+05:45, Kathmandu', Date.UTC(2025, 0, 15, 3, 15)],
    ['GMT-03:30, Newfoundland (Newfoundland)', Date.UTC(2025, 0, 15, 12, 30)],
  ])(
    'a zone unknown to the site list and the table, labelled %s, is placed by the label',
    (label, startsAt) => {
      const page = parse(answer({ ...ALASKA, zoneId: 99, label }));
      expect(page.meetings[0]).toMatchObject({ timeZoneId: 99, startsAt });
      expect(page.meetings[0]?.startAsWritten).toBeUndefined();
    },
  );

  test.each([['Alaska (Anchorage)'], [undefined]])(
    'a zone nothing knows with label %s is kept as WebEx wrote it, with no instant',
    (label) => {
      const page = parse(answer(BERLIN, { ...ALASKA, zoneId: 99, label }));
      expect(page.meetings).toHaveLength(2);
      expect(page.meetings[1]).toMatchObject({
        meetingKey: '622222222',
        startAsWritten: { startDate: '01/15/2025 09:00:00', timeZoneId: 99 },
      });
      expect(page.meetings[1]?.startAsWritten?.timeZoneLabel).toBe(label);
      expect(page.meetings[1]).not.toHaveProperty('startsAt');
    },
  );

  test('a start that is no WebEx date is kept as written too', () => {
    const page = parse(answer(BERLIN, { ...BERLIN, key: '333', startDate: 'tomorrow 9am' }));
    expect(page.meetings[1]).toMatchObject({ startAsWritten: { startDate: 'tomorrow 9am' } });
  });

  test('an item without a meeting number or start is skipped and counted', () => {
    const page = parse(
      answer(BERLIN, { ...BERLIN, key: undefined }, { ...ALASKA, startDate: undefined }),
    );
    expect(page.meetings.map((meeting) => meeting.meetingKey)).toEqual(['111111111']);
    expect(page.skipped).toBe(2);
  });

  test('asks for the site list with the zone IDs the answer names, only when there are items', async () => {
    const siteZones = vi.fn(async () => undefined);
    const fetch = scriptedFetch({ body: answer(BERLIN, ALASKA, BERLIN) });
    const page = await lstsummaryMeeting({ fetch }, SESSION, { from: 0, to: 1 }, siteZones);
    expect(siteZones).toHaveBeenCalledWith([25, 62]);
    expect(page.meetings).toHaveLength(3);
  });
});
