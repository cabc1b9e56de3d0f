import { describe, expect, test } from 'vitest';
import {
  getjoinurlMeeting,
  parseGetjoinurlMeetingResponse,
} from '../../../../lib/webex/xml/operations/getjoinurl-meeting';
import { scriptedFetch, sentBody } from './fake-fetch';
import { readRecorded, thrownBy } from './fixtures';
import { SESSION } from './test-session';

describe('GetjoinurlMeeting', () => {
  test('returns the join and invite links', async () => {
    const fetch = scriptedFetch({
      body: readRecorded('meeting_getjoinurl_meeting_response_good.xml'),
    });
    await expect(getjoinurlMeeting({ fetch }, SESSION, '123456789')).resolves.toEqual({
      joinMeetingUrl: 'https://test.webex.com/test/e.php?AT=SI&MK=123456789',
      inviteMeetingUrl: 'https://test.webex.com/test/j.php?MTID=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    });
    expect(sentBody(fetch)).toContain('<meet:meetingKey>123456789</meet:meetingKey>');
  });

  test('an answer without the join link is unexpected', () => {
    expect(thrownBy(() => parseGetjoinurlMeetingResponse({}))).toMatchObject({
      kind: 'unexpected',
    });
  });
});
