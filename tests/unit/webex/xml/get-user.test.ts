import { describe, expect, test } from 'vitest';
import { ticketCredentials } from '../../../../lib/webex/xml/credentials';
import {
  buildGetUserRequest,
  getUser,
  parseGetUserResponse,
} from '../../../../lib/webex/xml/operations/get-user';
import { childText } from '../../../../lib/webex/xml/xml-tree';
import { scriptedFetch, sentBody } from './fake-fetch';
import { bodyContentOf, readFixture } from './fixtures';
import { requestBody, requestSecurity } from './request-parts';
import { SESSION } from './test-session';

describe('GetUser', () => {
  test('asks with the session ticket, never a password', () => {
    const xml = buildGetUserRequest(ticketCredentials(SESSION), 'jdoe');
    const context = requestSecurity(xml);
    expect(childText(context, 'sessionTicket')).toBe(SESSION.sessionTicket);
    expect(childText(context, 'password')).toBeUndefined();
    expect(childText(requestBody(xml), 'webExId')).toBe('jdoe');
  });

  test('reads several site-specific meeting types in order, and ignores unknown elements', () => {
    const content = bodyContentOf(
      readFixture('get_user_response_several_meeting_types.xml'),
      'GetUser',
    );
    expect(parseGetUserResponse(content, 'zobrien')).toEqual({
      webExId: 'zobrien',
      firstName: 'Zoë',
      lastName: "O'Brien & Co",
      // The top-level email, not commOptions/email.
      email: 'zoe.obrien@acme.example',
      meetingTypes: [74377, 3, 213, 214],
      timeZoneId: 4,
    });
  });

  test('getUser posts to the site and returns the profile', async () => {
    const fetch = scriptedFetch({
      body: readFixture('get_user_response_several_meeting_types.xml'),
    });
    const profile = await getUser({ fetch }, SESSION);
    expect(profile.meetingTypes).toEqual([74377, 3, 213, 214]);
    expect(fetch.mock.calls[0]?.[0]).toBe('https://acme.webex.com/WBXService/XMLService');
    expect(sentBody(fetch)).toContain('xsi:type="use:getUser"');
  });
});
