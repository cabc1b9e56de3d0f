import { describe, expect, test } from 'vitest';
import {
  gethosturlMeeting,
  parseGethosturlMeetingResponse,
} from '../../../../lib/webex/xml/operations/gethosturl-meeting';
import { scriptedFetch } from './fake-fetch';
import { bodyContentOf, readFixture, thrownBy } from './fixtures';
import { SESSION } from './test-session';

const HOST_URL =
  'https://acme.webex.com/acme/p.php?AT=LI&WID=jdoe&TK=f3a1c0de9b7e4d2a&MU=https%3A%2F%2Facme.webex.com%2Facme%2Fm.php%3FAT%3DHM%26MK%3D123456789';

describe('GethosturlMeeting', () => {
  test('returns hostMeetingURL exactly as WebEx sent it, entities decoded', () => {
    const content = bodyContentOf(
      readFixture('gethosturl_meeting_response_good.xml'),
      'GethosturlMeeting',
    );
    expect(parseGethosturlMeetingResponse(content)).toBe(HOST_URL);
  });

  test('through the client path', async () => {
    const fetch = scriptedFetch({ body: readFixture('gethosturl_meeting_response_good.xml') });
    await expect(gethosturlMeeting({ fetch }, SESSION, '123456789')).resolves.toBe(HOST_URL);
  });

  test('an answer without the link is unexpected', () => {
    expect(thrownBy(() => parseGethosturlMeetingResponse({}))).toMatchObject({
      kind: 'unexpected',
      explanation: { meaning: expect.stringContaining('the link that starts the meeting') },
    });
  });
});
