import { describe, expect, test } from 'vitest';
import type { SecurityContext } from '../../../../lib/webex/xml/envelope';
import { ticketCredentials } from '../../../../lib/webex/xml/credentials';
import { buildDelMeetingRequest } from '../../../../lib/webex/xml/operations/del-meeting';
import { buildGetMeetingRequest } from '../../../../lib/webex/xml/operations/get-meeting';
import { buildGethosturlMeetingRequest } from '../../../../lib/webex/xml/operations/gethosturl-meeting';
import { buildGetjoinurlMeetingRequest } from '../../../../lib/webex/xml/operations/getjoinurl-meeting';
import { normalizeMeetingKey } from '../../../../lib/webex/xml/meeting-key';
import { SESSION } from './test-session';

const builders: [string, (credentials: SecurityContext, key: string) => string][] = [
  ['meet:getMeeting', buildGetMeetingRequest],
  ['meet:delMeeting', buildDelMeetingRequest],
  ['meet:gethosturlMeeting', buildGethosturlMeetingRequest],
  ['meet:getjoinurlMeeting', buildGetjoinurlMeetingRequest],
];

describe.each(builders)('%s', (bodyType, build) => {
  test('sends the meeting key as its only body element', () => {
    const xml = build(ticketCredentials(SESSION), '123 456 789');
    expect(xml).toContain(
      `<serv:bodyContent xsi:type="${bodyType}"><meet:meetingKey>123456789</meet:meetingKey></serv:bodyContent>`,
    );
  });

  test('refuses a key that is not a number before sending', () => {
    expect(() => build(ticketCredentials(SESSION), '12345abc')).toThrow(
      expect.objectContaining({ kind: 'input' }),
    );
  });
});

describe('normalizeMeetingKey', () => {
  test.each([
    ['123456789', '123456789'],
    ['0123456789', '0123456789'],
    [' 123 456 789 ', '123456789'],
    ['123-456-789', '123456789'],
  ])('%j -> %j', (input, key) => {
    expect(normalizeMeetingKey(input)).toBe(key);
  });

  test.each(['', 'abc', '12.5', '1e9', '<1>', '12345678901234567890'])('%j is refused', (input) => {
    expect(() => normalizeMeetingKey(input)).toThrow(
      expect.objectContaining({
        explanation: expect.objectContaining({ title: 'That is not a WebEx meeting number' }),
      }),
    );
  });
});
