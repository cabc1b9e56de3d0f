import { webcrypto } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createWebexAuth, type WebexAuthEnv } from '../../../lib/background/webex-auth';
import { isWebExError } from '../../../lib/webex/errors';
import type { RestGrant } from '../../../lib/webex/rest/grant';
import type { OAuthClient } from '../../../lib/webex/rest/oauth/client-config';
import type { OAuthCrypto } from '../../../lib/webex/rest/oauth/pkce';
import { fakeTokenFetch, tokenJson } from '../webex/rest/oauth/fake-token-endpoint';

const NOW = Date.parse('2026-12-01T09:00:00Z');
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
const IMPLICIT: OAuthClient = { clientId: 'C-pub', grant: 'implicit', source: 'build' };
const WITH_SECRET: OAuthClient = {
  clientId: 'C-org',
  clientSecret: 'org-secret',
  grant: 'code-pkce',
  source: 'options',
};

type Launch = (details: { url: string; interactive: boolean }) => Promise<string | undefined>;

/** Answers the authorize request as Webex would: the token or code for its own state. */
const approve: Launch = async ({ url }) => {
  const query = new URL(url).searchParams;
  const state = query.get('state')!;
  return query.get('response_type') === 'token'
    ? `${REDIRECT}#access_token=at-implicit&token_type=Bearer&expires_in=1209600&state=${state}`
    : `${REDIRECT}?code=the-code&state=${state}`;
};

function setup(client: OAuthClient | undefined, launch: Launch = approve) {
  const launches: { url: URL; interactive: boolean }[] = [];
  const tokens = fakeTokenFetch(({ form }) =>
    form.grant_type === 'refresh_token' && form.refresh_token === 'rt-dead'
      ? tokenJson(400, { error: 'invalid_grant' })
      : tokenJson(200, {
          access_token: form.grant_type === 'refresh_token' ? 'at-refreshed' : 'at-code',
          expires_in: 14 * 24 * 3600,
          refresh_token: 'rt-1',
          refresh_token_expires_in: 90 * 24 * 3600,
        }),
  );
  const env: WebexAuthEnv = {
    launchWebAuthFlow: (details) => {
      launches.push({ url: new URL(details.url), interactive: details.interactive });
      return launch(details);
    },
    redirectUrl: REDIRECT,
    fetch: tokens.fetch,
    now: () => NOW,
    crypto: webcrypto as unknown as OAuthCrypto,
    readClient: async () => client,
  };
  return { auth: createWebexAuth(env), launches, tokens: tokens.requests };
}

async function kindOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isWebExError(error)) throw new Error(`expected a WebExError, got ${String(error)}`);
  return { kind: error.kind, reason: error.details.reason };
}

describe('createWebexAuth: authorize', () => {
  test('without a secret: the implicit grant, no token request, 14 days', async () => {
    const { auth, launches, tokens } = setup(IMPLICIT);
    const grant = await auth.authorize({ interactive: true, loginHint: 'gina@example.com' });
    expect(grant).toEqual({
      accessToken: 'at-implicit',
      expiresAt: NOW + 14 * DAY,
      tokenKind: 'integration',
    });
    expect(tokens).toHaveLength(0);
    const query = launches[0]!.url.searchParams;
    expect(launches[0]!.interactive).toBe(true);
    expect(query.get('response_type')).toBe('token');
    expect(query.get('login_hint')).toBe('gina@example.com');
    expect(query.has('prompt')).toBe(false);
    expect(query.get('state')).toMatch(/^[\w-]{43}$/);
    expect(launches[0]!.url.href).not.toContain('org-secret');
  });

  test('with a secret: code + PKCE, the verifier matching the challenge, the secret only in the POST', async () => {
    const { auth, launches, tokens } = setup(WITH_SECRET);
    const grant = await auth.authorize({ interactive: true });
    expect(grant).toMatchObject({
      accessToken: 'at-code',
      refreshToken: 'rt-1',
      refreshExpiresAt: NOW + 90 * DAY,
    });
    const query = launches[0]!.url.searchParams;
    expect(query.get('response_type')).toBe('code');
    expect(query.get('code_challenge_method')).toBe('S256');
    expect(launches[0]!.url.href).not.toContain('org-secret');
    const form = tokens[0]!.form;
    expect(form).toMatchObject({
      grant_type: 'authorization_code',
      code: 'the-code',
      client_secret: 'org-secret',
      redirect_uri: REDIRECT,
    });
    const digest = await webcrypto.subtle.digest(
      'SHA-256',
      new TextEncoder().encode(form.code_verifier),
    );
    expect(Buffer.from(digest).toString('base64url')).toBe(query.get('code_challenge'));
  });

  test.each([
    {
      name: 'no integration configured',
      client: undefined,
      launch: approve,
      interactive: true,
      outcome: { kind: 'no-integration' },
    },
    {
      name: 'the window closed (interactive)',
      client: IMPLICIT,
      launch: () => Promise.reject(new Error('The user did not approve access.')),
      interactive: true,
      outcome: { kind: 'sign-in-cancelled' },
    },
    {
      name: 'a silent flow that needs the host',
      client: IMPLICIT,
      launch: () => Promise.reject(new Error('User interaction required.')),
      interactive: false,
      outcome: { kind: 'token-expired' },
    },
    {
      name: 'a flow resolving with nothing',
      client: IMPLICIT,
      launch: async () => undefined,
      interactive: true,
      outcome: { kind: 'sign-in-cancelled' },
    },
    {
      name: 'an answer for another state',
      client: IMPLICIT,
      launch: async () => `${REDIRECT}#access_token=x&expires_in=60&state=forged`,
      interactive: true,
      outcome: { kind: 'oauth', reason: 'state_mismatch' },
    },
    {
      name: 'access_denied',
      client: WITH_SECRET,
      launch: async ({ url }: { url: string }) =>
        `${REDIRECT}?error=access_denied&state=${new URL(url).searchParams.get('state')}`,
      interactive: true,
      outcome: { kind: 'oauth', reason: 'access_denied' },
    },
  ])('refuses: $name', async ({ client, launch, interactive, outcome }) => {
    const { auth } = setup(client, launch as Launch);
    expect(await kindOf(auth.authorize({ interactive }))).toMatchObject(outcome);
  });

  test('silent: prompt=none, not interactive', async () => {
    const { auth, launches } = setup(IMPLICIT);
    await auth.authorize({ interactive: false });
    expect(launches[0]!.interactive).toBe(false);
    expect(launches[0]!.url.searchParams.get('prompt')).toBe('none');
  });
});

describe('createWebexAuth: renew', () => {
  const base: RestGrant = {
    accessToken: 'at-old',
    expiresAt: NOW + HOUR,
    tokenKind: 'integration',
  };

  test.each([
    {
      name: 'a valid refresh token: refreshed, no window',
      client: WITH_SECRET,
      grant: { ...base, refreshToken: 'rt-ok', refreshExpiresAt: NOW + DAY },
      launches: 0,
      accessToken: 'at-refreshed',
    },
    {
      name: 'an expired refresh token: a silent authorize',
      client: WITH_SECRET,
      grant: { ...base, refreshToken: 'rt-ok', refreshExpiresAt: NOW - 1 },
      launches: 1,
      accessToken: 'at-code',
    },
    {
      name: 'a refused refresh token: a silent authorize',
      client: WITH_SECRET,
      grant: { ...base, refreshToken: 'rt-dead' },
      launches: 1,
      accessToken: 'at-code',
    },
    {
      name: 'no secret (implicit): a silent authorize',
      client: IMPLICIT,
      grant: { ...base, refreshToken: 'rt-ok' },
      launches: 1,
      accessToken: 'at-implicit',
    },
  ])('$name', async ({ client, grant, launches, accessToken }) => {
    const run = setup(client);
    const fresh = await run.auth.renew(grant, 'gina@example.com');
    expect(fresh.accessToken).toBe(accessToken);
    expect(run.launches).toHaveLength(launches);
    for (const launch of run.launches) {
      expect(launch.interactive).toBe(false);
      expect(launch.url.searchParams.get('prompt')).toBe('none');
      expect(launch.url.searchParams.get('login_hint')).toBe('gina@example.com');
    }
  });

  test('a personal token cannot be renewed: token-expired, nothing asked', async () => {
    const run = setup(WITH_SECRET);
    const personal: RestGrant = { ...base, tokenKind: 'personal' };
    expect(await kindOf(run.auth.renew(personal))).toMatchObject({ kind: 'token-expired' });
    expect(run.launches).toHaveLength(0);
    expect(run.tokens).toHaveLength(0);
  });
});
