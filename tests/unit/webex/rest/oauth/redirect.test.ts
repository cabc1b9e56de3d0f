import { describe, expect, test } from 'vitest';
import { isWebExError } from '../../../../../lib/webex/errors';
import {
  MAX_REDIRECT_LENGTH,
  readRedirect,
  type ExpectedRedirect,
} from '../../../../../lib/webex/rest/oauth/redirect';

const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
const STATE = 'Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmE';
const TOKEN = 'ZDI3MGEyYzQtNmFlNS00NDNhLWFmNzYtYTM4YjU2NTZhNTE3_PF84_1eb65fdf';
const implicit: ExpectedRedirect = { redirectUri: REDIRECT, state: STATE, flow: 'implicit' };
const code: ExpectedRedirect = { ...implicit, flow: 'code' };

function outcome(address: string, expected: ExpectedRedirect) {
  try {
    return readRedirect(address, expected);
  } catch (error) {
    if (!isWebExError(error)) throw error;
    return { kind: error.kind, reason: error.details.reason, said: error.details.restErrors };
  }
}

describe('reading the redirect launchWebAuthFlow resolves with', () => {
  test.each([
    {
      name: 'implicit: the token and lifetime from the fragment',
      address: `${REDIRECT}#access_token=${TOKEN}&token_type=Bearer&expires_in=1209600&state=${STATE}`,
      expected: implicit,
      result: { type: 'token', accessToken: TOKEN, expiresInSeconds: 1_209_600 },
    },
    {
      name: 'code: the code from the query',
      address: `${REDIRECT}?code=abc123&state=${STATE}`,
      expected: code,
      result: { type: 'code', code: 'abc123' },
    },
    {
      name: 'another state is refused, token or not',
      address: `${REDIRECT}#access_token=${TOKEN}&expires_in=60&state=other`,
      expected: implicit,
      result: { kind: 'oauth', reason: 'state_mismatch' },
    },
    {
      name: 'no state at all is refused',
      address: `${REDIRECT}#access_token=${TOKEN}&expires_in=60`,
      expected: implicit,
      result: { kind: 'oauth', reason: 'state_mismatch' },
    },
    {
      name: 'a state that only starts like ours is refused',
      address: `${REDIRECT}?code=abc&state=${STATE}x`,
      expected: code,
      result: { kind: 'oauth', reason: 'state_mismatch' },
    },
    {
      name: 'another redirect address is refused',
      address: `https://evil.chromiumapp.org/#access_token=${TOKEN}&expires_in=60&state=${STATE}`,
      expected: implicit,
      result: { kind: 'oauth', reason: 'redirect_mismatch' },
    },
    {
      name: 'an address that merely starts with ours is refused',
      address: `${REDIRECT.slice(0, -1)}.evil.test/#state=${STATE}`,
      expected: implicit,
      result: { kind: 'oauth', reason: 'redirect_mismatch' },
    },
    {
      name: 'a path below ours is refused',
      address: `${REDIRECT}x?code=abc&state=${STATE}`,
      expected: code,
      result: { kind: 'oauth', reason: 'redirect_mismatch' },
    },
    {
      name: 'access_denied with our state',
      address: `${REDIRECT}#error=access_denied&error_description=The+user+declined.&state=${STATE}`,
      expected: implicit,
      result: { kind: 'oauth', reason: 'access_denied', said: ['The user declined.'] },
    },
    {
      name: 'invalid_scope in the query of a code flow',
      address: `${REDIRECT}?error=invalid_scope&error_description=No+scope+x&state=${STATE}`,
      expected: code,
      result: { kind: 'oauth', reason: 'invalid_scope', said: ['No scope x'] },
    },
    {
      name: 'login_required needs the host: token-expired',
      address: `${REDIRECT}#error=login_required&state=${STATE}`,
      expected: implicit,
      result: { kind: 'token-expired', reason: 'login_required' },
    },
    {
      name: 'consent_required needs the host: token-expired',
      address: `${REDIRECT}?error=consent_required&state=${STATE}`,
      expected: code,
      result: { kind: 'token-expired', reason: 'consent_required' },
    },
    {
      name: 'interaction_required needs the host: token-expired',
      address: `${REDIRECT}?error=interaction_required&state=${STATE}`,
      expected: code,
      result: { kind: 'token-expired', reason: 'interaction_required' },
    },
    {
      name: 'an error without state is taken (it grants nothing)',
      address: `${REDIRECT}?error=server_error`,
      expected: code,
      result: { kind: 'oauth', reason: 'server_error' },
    },
    {
      name: 'an error with another state is refused as foreign',
      address: `${REDIRECT}?error=access_denied&state=other`,
      expected: code,
      result: { kind: 'oauth', reason: 'state_mismatch' },
    },
    {
      name: 'an error code that is not one reads as other',
      address: `${REDIRECT}?error=%3Cb%3Ex%3C%2Fb%3E&state=${STATE}`,
      expected: code,
      result: { kind: 'oauth', reason: 'other' },
    },
    {
      name: 'implicit without expires_in',
      address: `${REDIRECT}#access_token=${TOKEN}&state=${STATE}`,
      expected: implicit,
      result: { kind: 'unexpected', reason: undefined },
    },
    {
      name: 'implicit with a token that is not one',
      address: `${REDIRECT}#access_token=a%20b%3Cc&expires_in=60&state=${STATE}`,
      expected: implicit,
      result: { kind: 'unexpected', reason: undefined },
    },
    {
      name: 'code flow without a code',
      address: `${REDIRECT}?state=${STATE}`,
      expected: code,
      result: { kind: 'unexpected', reason: undefined },
    },
    {
      name: 'a longer answer than any Webex sends',
      address: `${REDIRECT}?code=${'a'.repeat(MAX_REDIRECT_LENGTH)}&state=${STATE}`,
      expected: code,
      result: { kind: 'oauth', reason: 'redirect_mismatch' },
    },
  ])('$name', ({ address, expected, result }) => {
    expect(outcome(address, expected)).toEqual(
      'kind' in result && result.said === undefined ? { ...result, said: undefined } : result,
    );
  });

  test('no token ever appears in the error it raises', () => {
    const address = `${REDIRECT}#access_token=${TOKEN}&expires_in=60&state=other`;
    const error = outcome(address, implicit);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });
});
