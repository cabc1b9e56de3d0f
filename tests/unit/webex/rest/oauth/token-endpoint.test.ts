import { describe, expect, test } from 'vitest';
import { isWebExError } from '../../../../../lib/webex/errors';
import {
  MAX_TOKEN_ANSWER_BYTES,
  requestTokens,
  type TokenRequest,
} from '../../../../../lib/webex/rest/oauth/token-endpoint';
import { fakeTokenFetch, tokenJson } from './fake-token-endpoint';

const NOW = Date.parse('2026-12-01T09:00:00Z');
const CLIENT = { clientId: 'C123', clientSecret: 'very-secret-value' };
const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
const CODE: TokenRequest = {
  type: 'authorization_code',
  code: 'the-code',
  redirectUri: REDIRECT,
  codeVerifier: 'the-verifier',
};
const REFRESH: TokenRequest = { type: 'refresh_token', refreshToken: 'rt-old' };
const DAY = 24 * 3600;

async function run(answer: () => Response | Promise<Response>, request = CODE) {
  const fake = fakeTokenFetch(answer);
  const result = await requestTokens({ fetch: fake.fetch, now: () => NOW }, CLIENT, request).then(
    (grant) => ({ grant, error: undefined }),
    (error: unknown) => {
      if (!isWebExError(error)) throw error;
      return { grant: undefined, error: error.toInfo() };
    },
  );
  return { ...result, requests: fake.requests };
}

describe('the token endpoint', () => {
  test.each([
    {
      name: 'authorization_code: client id and secret, code, redirect_uri, code_verifier',
      request: CODE,
      form: {
        client_id: 'C123',
        client_secret: 'very-secret-value',
        grant_type: 'authorization_code',
        code: 'the-code',
        redirect_uri: REDIRECT,
        code_verifier: 'the-verifier',
      },
    },
    {
      name: 'refresh_token: client id and secret, the refresh token',
      request: REFRESH,
      form: {
        client_id: 'C123',
        client_secret: 'very-secret-value',
        grant_type: 'refresh_token',
        refresh_token: 'rt-old',
      },
    },
  ])('$name, form-encoded, no cookies, no redirects', async ({ request, form }) => {
    const answer = { access_token: 'at-1', expires_in: 14 * DAY };
    const { requests } = await run(() => tokenJson(200, answer), request);
    expect(requests).toHaveLength(1);
    expect(requests[0]!.url).toBe('https://webexapis.com/v1/access_token');
    expect(requests[0]!.init.method).toBe('POST');
    expect(requests[0]!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(requests[0]!.form).toEqual(form);
    expect(requests[0]!.init).toMatchObject({ credentials: 'omit', redirect: 'error' });
  });

  test.each([
    {
      name: 'a code grant with a refresh token',
      request: CODE,
      answer: {
        access_token: 'at-1',
        expires_in: 14 * DAY,
        refresh_token: 'rt-1',
        refresh_token_expires_in: 90 * DAY,
        token_type: 'Bearer',
      },
      grant: {
        accessToken: 'at-1',
        expiresAt: NOW + 14 * DAY * 1000,
        tokenKind: 'integration',
        refreshToken: 'rt-1',
        refreshExpiresAt: NOW + 90 * DAY * 1000,
      },
    },
    {
      name: 'a refresh answer without a new refresh token keeps the old one',
      request: REFRESH,
      answer: { access_token: 'at-2', expires_in: '3600' },
      grant: {
        accessToken: 'at-2',
        expiresAt: NOW + 3600 * 1000,
        tokenKind: 'integration',
        refreshToken: 'rt-old',
      },
    },
  ])('answers $name', async ({ request, answer, grant }) => {
    expect((await run(() => tokenJson(200, answer), request)).grant).toEqual(grant);
  });

  test.each([
    {
      name: 'invalid_grant on a code: oauth',
      request: CODE,
      answer: () => tokenJson(400, { error: 'invalid_grant', error_description: 'Code used.' }),
      error: { kind: 'oauth', reason: 'invalid_grant', restErrors: ['Code used.'] },
    },
    {
      name: 'invalid_grant on a refresh: token-expired (sign in again)',
      request: REFRESH,
      answer: () => tokenJson(400, { error: 'invalid_grant', error_description: 'Expired.' }),
      error: { kind: 'token-expired', reason: 'invalid_grant' },
    },
    {
      name: 'invalid_client: oauth',
      request: CODE,
      answer: () => tokenJson(401, { error: 'invalid_client' }),
      error: { kind: 'oauth', reason: 'invalid_client' },
    },
    {
      name: 'a 200 without access_token: unexpected',
      request: CODE,
      answer: () => tokenJson(200, { expires_in: 60 }),
      error: { kind: 'unexpected' },
    },
    {
      name: 'a 200 with an absurd lifetime: unexpected',
      request: CODE,
      answer: () => tokenJson(200, { access_token: 'at', expires_in: -5 }),
      error: { kind: 'unexpected' },
    },
    {
      name: 'an HTML page: not-json',
      request: CODE,
      answer: () => new Response('<html>portal</html>', { status: 200 }),
      error: { kind: 'not-json', httpStatus: 200 },
    },
    {
      name: 'a 503 in Webex’s error shape: rest-api with its tracking id',
      request: REFRESH,
      answer: () => tokenJson(503, { message: 'Down', trackingId: 'T-1' }),
      error: { kind: 'rest-api', httpStatus: 503, trackingId: 'T-1' },
    },
    {
      name: 'an empty 200: truncated',
      request: CODE,
      answer: () => new Response('', { status: 200 }),
      error: { kind: 'truncated' },
    },
    {
      name: 'an answer past the cap: too-large',
      request: CODE,
      answer: () => new Response('x'.repeat(MAX_TOKEN_ANSWER_BYTES + 1), { status: 200 }),
      error: { kind: 'too-large' },
    },
    {
      name: 'no connection: network',
      request: CODE,
      answer: () => Promise.reject(new TypeError('Failed to fetch')),
      error: { kind: 'network' },
    },
  ])('refuses $name', async ({ request, answer, error }) => {
    const result = await run(answer, request);
    expect(result.error).toMatchObject({ ...error, operation: 'POST /access_token' });
    // No secret, code, verifier or token in anything the UI receives.
    const shown = JSON.stringify(result.error);
    for (const secret of ['very-secret-value', 'the-code', 'the-verifier', 'rt-old'])
      expect(shown).not.toContain(secret);
  });
});
