import { describe, expect, test } from 'vitest';
import { createXmlBackend } from '../../../../lib/webex/xml/client';
import { loginFieldOf } from '../../../../lib/webex/xml/credentials';
import { childText } from '../../../../lib/webex/xml/xml-tree';
import { routedFetch, sentBody } from './fake-fetch';
import { readFixture } from './fixtures';
import { requestSecurity } from './request-parts';
import { SITE } from './test-session';

const GOOD_AUTH = { body: readFixture('authenticate_user_response_good.xml') };
const GET_USER = { body: readFixture('get_user_response_several_meeting_types.xml') };
const USER_NOT_FOUND = {
  body: readFixture('authenticate_user_response_bad.xml')
    .replace(
      /<serv:exceptionID>\d+<\/serv:exceptionID>/,
      '<serv:exceptionID>030001</serv:exceptionID>',
    )
    .replace(
      /<serv:reason>[^<]*<\/serv:reason>/,
      '<serv:reason>Corresponding User not found</serv:reason>',
    ),
};

describe('sign-in with "WebEx ID or email"', () => {
  test.each([
    ['zoe.obrien@acme.example', 'email'],
    ['zobrien', 'webExID'],
    ['zoe obrien@acme.example', 'webExID'],
    ['@acme', 'webExID'],
  ])('%s is sent as %s', (login, field) => {
    expect(loginFieldOf(login)).toBe(field);
  });

  test('an email goes as the security context email; the session keeps GetUser webExId', async () => {
    const fetch = routedFetch({ 'use:authenticateUser': GOOD_AUTH, 'use:getUser': GET_USER });
    const backend = createXmlBackend({ fetch });
    const { session, profile } = await backend.signIn(SITE, 'zoe.obrien@acme.example', 'pw');

    const auth = requestSecurity(sentBody(fetch, 0));
    expect(childText(auth, 'email')).toBe('zoe.obrien@acme.example');
    expect(childText(auth, 'webExID')).toBeUndefined();
    expect(childText(auth, 'password')).toBe('pw');
    const getUser = requestSecurity(sentBody(fetch, 1));
    expect(childText(getUser, 'email')).toBe('zoe.obrien@acme.example');
    expect(childText(getUser, 'password')).toBeUndefined();
    expect(childText(getUser, 'sessionTicket')).toBe(session.sessionTicket);
    expect(sentBody(fetch, 1)).toContain('<use:webExId>zoe.obrien@acme.example</use:webExId>');

    expect(session.webExId).toBe('zobrien');
    expect(profile.webExId).toBe('zobrien');
    expect(profile.meetingTypes).toEqual([74377, 3, 213, 214]);
    // GetUser is not asked twice: LstMeetingType (unanswered here) is the third and last call.
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(sentBody(fetch, 2)).toContain('<com:webExID>zobrien</com:webExID>');
  });

  test('an address no user has as email (030001) is tried once more as a WebEx ID', async () => {
    let auths = 0;
    const fetch = routedFetch({
      'use:authenticateUser': () => (++auths === 1 ? USER_NOT_FOUND : GOOD_AUTH),
      'use:getUser': GET_USER,
    });
    const { session } = await createXmlBackend({ fetch }).signIn(SITE, 'z@acme.example', 'pw');
    expect(childText(requestSecurity(sentBody(fetch, 1)), 'webExID')).toBe('z@acme.example');
    expect(session.webExId).toBe('z@acme.example');
  });

  test('a wrong password by email is not tried again', async () => {
    const fetch = routedFetch({
      'use:authenticateUser': { body: readFixture('authenticate_user_response_bad.xml') },
    });
    const signIn = createXmlBackend({ fetch }).signIn(SITE, 'zoe.obrien@acme.example', 'bad');
    await expect(signIn).rejects.toMatchObject({ exceptionId: '030002' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('a GetUser answer without webExId after an email sign-in is unexpected', async () => {
    const fetch = routedFetch({
      'use:authenticateUser': GOOD_AUTH,
      'use:getUser': { body: GET_USER.body.replace(/<use:webExId>[^<]*<\/use:webExId>/, '') },
    });
    const signIn = createXmlBackend({ fetch }).signIn(SITE, 'zoe.obrien@acme.example', 'pw');
    await expect(signIn).rejects.toMatchObject({ kind: 'unexpected' });
  });
});
