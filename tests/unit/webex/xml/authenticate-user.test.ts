import { describe, expect, test } from 'vitest';
import { WebExApiError, WebExError } from '../../../../lib/webex/errors';
import {
  authenticateUser,
  buildAuthenticateUserRequest,
  parseAuthenticateUserResponse,
} from '../../../../lib/webex/xml/operations/authenticate-user';
import { childText } from '../../../../lib/webex/xml/xml-tree';
import { scriptedFetch } from './fake-fetch';
import { bodyContentOf, readFixture, thrownBy } from './fixtures';
import { requestSecurity } from './request-parts';
import { SITE } from './test-session';

describe('AuthenticateUser', () => {
  test('sends the password in the security context and nothing in the body', () => {
    const xml = buildAuthenticateUserRequest(SITE, 'jdoe', 'pa<ss>&word');
    const context = requestSecurity(xml);
    expect(childText(context, 'webExID')).toBe('jdoe');
    expect(childText(context, 'password')).toBe('pa<ss>&word');
    expect(childText(context, 'siteName')).toBe('acme');
    expect(childText(context, 'sessionTicket')).toBeUndefined();
    expect(xml).toContain('<serv:bodyContent xsi:type="use:authenticateUser"></serv:bodyContent>');
  });

  test('reads the ticket, its creation time and lifetime', () => {
    const content = bodyContentOf(
      readFixture('authenticate_user_response_good.xml'),
      'AuthenticateUser',
    );
    expect(parseAuthenticateUserResponse(content)).toEqual({
      sessionTicket: 'AAABXVoNJ9w4ABZAb0xJSGpRVnVHZ3h0aWZ2NkVNQ3VTUT09',
      createTime: 1469012345678,
      timeToLive: 5400,
    });
  });

  test('an answer without a ticket is unexpected, not a session', () => {
    const error = thrownBy(() => parseAuthenticateUserResponse({}));
    expect(error).toBeInstanceOf(WebExError);
    expect(error).toMatchObject({ kind: 'unexpected', details: { operation: 'AuthenticateUser' } });
  });

  test('a wrong password is the catalogue 030002', async () => {
    const fetch = scriptedFetch({ body: readFixture('authenticate_user_response_bad.xml') });
    const failure = authenticateUser({ fetch }, SITE, 'jdoe', 'wrong');
    await expect(failure).rejects.toBeInstanceOf(WebExApiError);
    await expect(failure).rejects.toMatchObject({
      exceptionId: '030002',
      explanation: { title: 'Incorrect WebEx ID or password' },
    });
  });
});
