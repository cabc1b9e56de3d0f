import { describe, expect, test } from 'vitest';
import {
  authorizeUrl,
  type AuthorizeRequest,
} from '../../../../../lib/webex/rest/oauth/authorize-url';

const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
const BASE: AuthorizeRequest = {
  clientId: 'C123',
  redirectUri: REDIRECT,
  state: 'st-1',
  flow: { type: 'implicit' },
};
const SCOPES =
  'spark:people_read meeting:schedules_read meeting:schedules_write meeting:preferences_read';

describe('the authorize address', () => {
  test.each<{ name: string; request: AuthorizeRequest; params: Record<string, string> }>([
    {
      name: 'implicit: response_type token, no challenge',
      request: BASE,
      params: {
        response_type: 'token',
        client_id: 'C123',
        redirect_uri: REDIRECT,
        scope: SCOPES,
        state: 'st-1',
      },
    },
    {
      name: 'code: response_type code with the S256 challenge',
      request: { ...BASE, flow: { type: 'code', codeChallenge: 'ch-1' } },
      params: {
        response_type: 'code',
        client_id: 'C123',
        redirect_uri: REDIRECT,
        scope: SCOPES,
        state: 'st-1',
        code_challenge: 'ch-1',
        code_challenge_method: 'S256',
      },
    },
    {
      name: 'silent, with a login hint: prompt=none and login_hint',
      request: { ...BASE, silent: true, loginHint: 'gina@example.com' },
      params: {
        response_type: 'token',
        client_id: 'C123',
        redirect_uri: REDIRECT,
        scope: SCOPES,
        state: 'st-1',
        prompt: 'none',
        login_hint: 'gina@example.com',
      },
    },
  ])('$name', ({ request, params }) => {
    const url = new URL(authorizeUrl(request));
    expect(`${url.origin}${url.pathname}`).toBe('https://webexapis.com/v1/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual(params);
    expect(url.hash).toBe('');
  });

  test('values are encoded, never breaking the query', () => {
    const url = new URL(authorizeUrl({ ...BASE, loginHint: 'a&b=c#d@example.com' }));
    expect(url.searchParams.get('login_hint')).toBe('a&b=c#d@example.com');
    expect(url.searchParams.get('redirect_uri')).toBe(REDIRECT);
  });
});
