import { describe, expect, test } from 'vitest';
import { WebExApiError } from '../../../../lib/webex/errors';
import { ticketCredentials } from '../../../../lib/webex/xml/credentials';
import {
  buildLstsummaryMeetingRequest,
  lstsummaryMeeting,
  parseLstsummaryMeetingResponse,
} from '../../../../lib/webex/xml/operations/lstsummary-meeting';
import { childNode, childText } from '../../../../lib/webex/xml/xml-tree';
import { scriptedFetch } from './fake-fetch';
import { bodyContentOf, readFixture } from './fixtures';
import { requestBody } from './request-parts';
import { SESSION } from './test-session';

const weeklySync = {
  meetingKey: '123456789',
  topic: 'Weekly sync',
  startsAt: Date.UTC(2016, 6, 20, 13, 30), // 15:30 Berlin summer time
  durationMinutes: 30,
  timeZoneId: 25,
  status: 'NOT_INPROGRESS',
  hostWebExId: 'jdoe',
};

describe('LstsummaryMeeting request', () => {
  const xml = buildLstsummaryMeetingRequest(ticketCredentials(SESSION), {
    from: Date.UTC(2026, 0, 1, 0, 0),
    to: Date.UTC(2026, 0, 31, 23, 59, 59),
    max: 25,
    hostWebExId: 'jdoe',
  });
  const body = requestBody(xml);

  test('asks for a date scope in GMT (zone 20), sorted by start time', () => {
    const scope = childNode(body, 'dateScope');
    expect(childText(scope, 'startDateStart')).toBe('01/01/2026 00:00:00');
    expect(childText(scope, 'startDateEnd')).toBe('01/31/2026 23:59:59');
    expect(childText(scope, 'timeZoneID')).toBe('20');
    expect(childText(childNode(body, 'order'), 'orderBy')).toBe('STARTTIME');
  });

  test('pages with listControl and keeps to the host own meetings', () => {
    expect(childText(childNode(body, 'listControl'), 'startFrom')).toBe('1');
    expect(childText(childNode(body, 'listControl'), 'maximumNum')).toBe('25');
    expect(childText(body, 'hostWebExID')).toBe('jdoe');
    expect(xml).toContain('<meet:listControl><serv:startFrom>1</serv:startFrom>');
  });
});

describe('LstsummaryMeeting response', () => {
  const parse = (file: string) =>
    parseLstsummaryMeetingResponse(bodyContentOf(readFixture(file), 'LstsummaryMeeting'));

  test('one meeting', () => {
    expect(parse('lstsummary_meeting_response_one.xml')).toEqual({
      meetings: [weeklySync],
      matchingRecords: { total: 1, returned: 1, startFrom: 1 },
    });
  });

  test('many meetings: keys keep leading zeros, text is exact, statuses are read', () => {
    expect(parse('lstsummary_meeting_response_many.xml')).toEqual({
      meetings: [
        weeklySync,
        {
          meetingKey: '0987654321',
          topic: '  Budget & <plans> ]]> 😀  ',
          startsAt: Date.UTC(2026, 0, 5, 17), // 09:00 San Jose, standard time (UTC-8)
          durationMinutes: 60,
          timeZoneId: 4,
          status: 'INPROGRESS',
          hostWebExId: 'jdoe',
        },
        {
          meetingKey: '555000111',
          topic: 'Town hall',
          startsAt: Date.UTC(2026, 2, 1, 12), // 20:00 Beijing (UTC+8)
          durationMinutes: 90,
          timeZoneId: 45,
          status: 'UNKNOWN',
          hostWebExId: 'jdoe',
        },
      ],
      matchingRecords: { total: 7, returned: 3, startFrom: 1 },
    });
  });

  test('an item without its own time zone or label is read in the date scope zone', () => {
    const xml = readFixture('lstsummary_meeting_response_one.xml')
      .replace('<meet:timeZoneID>25</meet:timeZoneID>', '')
      .replace('<meet:timeZone>GMT+01:00, Europe (Berlin)</meet:timeZone>', '');
    const page = parseLstsummaryMeetingResponse(bodyContentOf(xml, 'LstsummaryMeeting'));
    expect(page.meetings[0]).toMatchObject({
      timeZoneId: 20,
      startsAt: Date.UTC(2016, 6, 20, 15, 30),
    });
  });

  test('an item without its own time zone ID but with a label is placed by the label', () => {
    const xml = readFixture('lstsummary_meeting_response_one.xml').replace(
      '<meet:timeZoneID>25</meet:timeZoneID>',
      '',
    );
    const page = parseLstsummaryMeetingResponse(bodyContentOf(xml, 'LstsummaryMeeting'));
    // "GMT+01:00, Europe (Berlin)": Berlin's rules, so 15:30 summer time is 13:30 UTC.
    expect(page.meetings[0]?.startsAt).toBe(Date.UTC(2016, 6, 20, 13, 30));
  });

  test('FAILURE 000015 (no records) is an empty list', async () => {
    const fetch = scriptedFetch({ body: readFixture('lstsummary_meeting_response_none.xml') });
    const page = await lstsummaryMeeting({ fetch }, SESSION, { from: 0, to: Date.UTC(2030, 0, 1) });
    expect(page).toEqual({ meetings: [] });
  });

  test('any other FAILURE still fails', async () => {
    const body = readFixture('lstsummary_meeting_response_none.xml').replace('000015', '030047');
    const fetch = scriptedFetch({ body });
    const listing = lstsummaryMeeting({ fetch }, SESSION, { from: 0, to: Date.UTC(2030, 0, 1) });
    await expect(listing).rejects.toBeInstanceOf(WebExApiError);
    await expect(listing).rejects.toMatchObject({ exceptionId: '030047' });
  });

  test('a listing of many meetings goes through the whole client path', async () => {
    const fetch = scriptedFetch({ body: readFixture('lstsummary_meeting_response_many.xml') });
    const page = await lstsummaryMeeting({ fetch }, SESSION, { from: 0, to: Date.UTC(2030, 0, 1) });
    expect(page.meetings.map((meeting) => meeting.meetingKey)).toEqual([
      '123456789',
      '0987654321',
      '555000111',
    ]);
  });
});
