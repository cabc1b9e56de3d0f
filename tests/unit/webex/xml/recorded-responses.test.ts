import { describe, expect, test } from 'vitest';
import { WebExApiError } from '../../../../lib/webex/errors';
import { explainException } from '../../../../lib/webex/exception-catalogue';
import type { XmlOperation } from '../../../../lib/webex/xml/operation-names';
import { parseCreateMeetingResponse } from '../../../../lib/webex/xml/operations/create-meeting';
import { parseDelMeetingResponse } from '../../../../lib/webex/xml/operations/del-meeting';
import { parseGetMeetingResponse } from '../../../../lib/webex/xml/operations/get-meeting';
import { parseGetUserResponse } from '../../../../lib/webex/xml/operations/get-user';
import { parseGetjoinurlMeetingResponse } from '../../../../lib/webex/xml/operations/getjoinurl-meeting';
import type { XmlNode } from '../../../../lib/webex/xml/xml-tree';
import { bodyContentOf, readRecorded, recordedResponseFiles, thrownBy } from './fixtures';

const scheduled = {
  topic: 'Test-Meeting via XML API',
  startsAt: Date.UTC(2016, 6, 30, 13),
  timeZone: 'Europe/Berlin',
  durationMinutes: 60,
  invitees: [],
};

const good: [string, XmlOperation, (content: XmlNode) => unknown, unknown][] = [
  [
    'meeting_create_meeting_response_good.xml',
    'CreateMeeting',
    (content) => parseCreateMeetingResponse(content, scheduled, 25),
    {
      meetingKey: '123456789',
      topic: 'Test-Meeting via XML API',
      startsAt: Date.UTC(2016, 6, 30, 13),
      durationMinutes: 60,
      timeZoneId: 25,
      hostICalendarUrl: 'https://test.webex.com/test/j.php?MTID=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      attendeeICalendarUrl:
        'https://test.webex.com/test/j.php?MTID=bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
      guestToken: 'cccccccccccccccccccccccccccccccc',
    },
  ],
  [
    'meeting_del_meeting_response_good.xml',
    'DelMeeting',
    parseDelMeetingResponse,
    {
      hostICalendarUrl:
        'https://test.webex.com/test/j.php?ED=123456789&UID=123456789&LD=9&RD=8&ST=1&CN=54:65:73:74:2D:4D:65:65:74:69:6E:67:20:76:69:61:20:58:4D:4C:20:41:50:49&STI=2016-07-20-15-30-00&ETI=2016-07-20-16-00-00&TD=25&ICS=CMC',
      attendeeICalendarUrl:
        'https://test.webex.com/test/j.php?ED=123456789&UID=123456789&LD=9&RD=8&ST=1&CN=54:65:73:74:2D:4D:65:65:74:69:6E:67:20:76:69:61:20:58:4D:4C:20:41:50:49&STI=2016-07-20-15-30-00&ETI=2016-07-20-16-00-00&TD=25&ICS=MC',
    },
  ],
  [
    'meeting_get_meeting_response_good.xml',
    'GetMeeting',
    parseGetMeetingResponse,
    {
      meetingKey: '123456789',
      topic: 'Test-Meeting via XML API',
      // 15:30 in Berlin summer time (UTC+2).
      startsAt: Date.UTC(2016, 6, 20, 13, 30),
      durationMinutes: 30,
      timeZoneId: 25,
      status: 'NOT_INPROGRESS',
      hostWebExId: '123456',
      meetingPassword: '123456',
      agenda: 'Meeting Agenda',
      meetingType: 74377,
    },
  ],
  [
    'meeting_getjoinurl_meeting_response_good.xml',
    'GetjoinurlMeeting',
    parseGetjoinurlMeetingResponse,
    {
      joinMeetingUrl: 'https://test.webex.com/test/e.php?AT=SI&MK=123456789',
      inviteMeetingUrl: 'https://test.webex.com/test/j.php?MTID=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    },
  ],
  [
    'user_get_user_response_good.xml',
    'GetUser',
    (content) => parseGetUserResponse(content, '123456'),
    {
      webExId: '123456',
      firstName: 'Firstname',
      lastName: 'Lastname',
      email: '123456@mail.com',
      meetingTypes: [1],
      timeZoneId: 25,
    },
  ],
];

const bad: [string, XmlOperation, string, string][] = [
  [
    'meeting_create_meeting_response_bad.xml',
    'CreateMeeting',
    '060026',
    'Meeting password must not be null',
  ],
  [
    'meeting_del_meeting_response_bad.xml',
    'DelMeeting',
    '060001',
    'Corresponding Meeting not found',
  ],
  [
    'meeting_get_meeting_response_bad.xml',
    'GetMeeting',
    '060001',
    'Corresponding Meeting not found',
  ],
  [
    'meeting_getjoinurl_meeting_response_bad.xml',
    'GetjoinurlMeeting',
    '060001',
    'Corresponding Meeting not found',
  ],
  ['user_get_user_response_bad.xml', 'GetUser', '030047', 'Not a valid session ticket'],
];

describe('responses recorded against a real WebEx site', () => {
  test('every recorded response is covered below', () => {
    const covered = [...good.map(([file]) => file), ...bad.map(([file]) => file)].sort();
    expect(covered).toEqual(recordedResponseFiles());
  });

  test.each(good)('%s parses to its model', (file, operation, parse, model) => {
    expect(parse(bodyContentOf(readRecorded(file), operation))).toEqual(model);
  });

  test.each(bad)(
    '%s (%s) is a WebExApiError with its exceptionID',
    (file, operation, exceptionId, reason) => {
      const error = thrownBy(() => bodyContentOf(readRecorded(file), operation));
      expect(error).toBeInstanceOf(WebExApiError);
      expect(error).toMatchObject({
        kind: 'api',
        exceptionId,
        reason,
        gsbStatus: 'PRIMARY',
        explanation: explainException(exceptionId),
        details: { operation },
      });
    },
  );
});
