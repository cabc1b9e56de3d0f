import { webcrypto } from 'node:crypto';
import { fetch as undiciFetch, type RequestInit as UndiciRequestInit } from 'undici';
import { describe, expect, it } from 'vitest';
import { createWebexAuth, type WebexAuthEnv } from '../../lib/background/webex-auth';
import { WebExError } from '../../lib/webex/errors';
import type { RestGrant } from '../../lib/webex/rest/grant';
import type { OAuthClient } from '../../lib/webex/rest/oauth/client-config';
import { personalTokenGrant } from '../../lib/webex/rest/oauth/personal-token';
import type { OAuthCrypto } from '../../lib/webex/rest/oauth/pkce';
import { SANDBOX_REST_ACCOUNTS } from '../sandbox/accounts.ts';
import { SANDBOX_INTEGRATION } from '../sandbox/rest/integration.ts';
import type { TestBrowser } from '../sandbox/test-client.ts';
import { REDIRECT } from '../sandbox/test-oauth.ts';
import { API, restCalls } from '../sandbox/test-rest.ts';
import { useSandbox } from '../sandbox/test-setup.ts';

const GINA = SANDBOX_REST_ACCOUNTS.gina;
const DAY = 24 * 3600 * 1000;
const PUBLIC: OAuthClient = {
  clientId: SANDBOX_INTEGRATION.clientId,
  grant: 'implicit',
  source: 'build',
};
const ORGANISATION: OAuthClient = {
  clientId: SANDBOX_INTEGRATION.clientId,
  clientSecret: SANDBOX_INTEGRATION.clientSecret,
  grant: 'code-pkce',
  source: 'options',
};

/** What the person at the sign-in window does: sign in and Accept (default), Decline, or close it. */
type Person = 'accept' | 'decline' | 'close';

/**
 * launchWebAuthFlow as the browser performs it against the stand-in: opens the authorize
 * address with the browser's Webex cookie; a page with `interactive` is filled in by the
 * person; the 302 to the redirect URI resolves the flow. Anything else rejects as Chrome does.
 */
function browserFlow(browser: TestBrowser, person: Person = 'accept') {
  const launches: { url: URL; interactive: boolean }[] = [];
  const launch: WebexAuthEnv['launchWebAuthFlow'] = async ({ url, interactive }) => {
    launches.push({ url: new URL(url), interactive });
    let visit = await browser.open(url);
    if (visit.status === 200 && interactive && person !== 'close') {
      const request = new URL(url).search.slice(1);
      const signIn: Record<string, string> = visit.text.includes('name="email"')
        ? { email: GINA.email, password: GINA.password }
        : {};
      visit = await browser.open(`${API}/authorize`, { request, ...signIn, decision: person });
    }
    const location = visit.headers.get('location');
    if (visit.status === 302 && location?.startsWith(REDIRECT)) return location;
    throw new Error(
      interactive ? 'The user did not approve access.' : 'User interaction required.',
    );
  };
  return { launch, launches };
}

describe('Sign in with Webex against the webexapis.com stand-in', { timeout: 30_000 }, () => {
  const fx = useSandbox();
  const api = restCalls(fx);
  const fetch = ((url: string, init: UndiciRequestInit) =>
    undiciFetch(url, { ...init, dispatcher: fx.agent })) as unknown as typeof globalThis.fetch;

  function auth(client: OAuthClient | undefined, flow: ReturnType<typeof browserFlow>) {
    return createWebexAuth({
      launchWebAuthFlow: flow.launch,
      redirectUrl: REDIRECT,
      fetch,
      now: () => fx.sandbox.clock.now(),
      crypto: webcrypto as unknown as OAuthCrypto,
      readClient: async () => client,
    });
  }
  const works = async (grant: RestGrant) => {
    const me = await api.get('/people/me', grant.accessToken);
    expect([me.status, me.json.emails]).toEqual([200, [GINA.email]]);
  };
  const failure = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      (value) => expect.fail(`expected a rejection, got ${JSON.stringify(value)}`),
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(WebExError);
    const info = (error as WebExError).toInfo();
    return { kind: info.kind, reason: info.reason };
  };

  it('implicit grant: signs in through the consent page; the token works for 14 days', async () => {
    const flow = browserFlow(fx.browser());
    const grant = await auth(PUBLIC, flow).authorize({ interactive: true, loginHint: GINA.email });
    expect(grant).toMatchObject({
      tokenKind: 'integration',
      expiresAt: fx.sandbox.clock.now() + 14 * DAY,
    });
    expect(grant.refreshToken).toBeUndefined();
    expect(flow.launches[0]!.url.searchParams.get('response_type')).toBe('token');
    await works(grant);
  });

  it('code + PKCE with the secret: tokens from the token endpoint, refresh token included', async () => {
    const flow = browserFlow(fx.browser());
    const grant = await auth(ORGANISATION, flow).authorize({ interactive: true });
    expect(grant).toMatchObject({ refreshExpiresAt: fx.sandbox.clock.now() + 90 * DAY });
    expect(grant.refreshToken).toMatch(/^sbx_rt_/);
    expect(flow.launches[0]!.url.href).not.toContain(SANDBOX_INTEGRATION.clientSecret);
    await works(grant);
    const exchanges = fx.sandbox.rest.requests.filter(
      (request) => request.path === '/access_token',
    );
    expect(exchanges.map((exchange) => exchange.status)).toEqual([200]);
  });

  it('renew with the refresh token: a new access token, no window', async () => {
    const flow = browserFlow(fx.browser());
    const webex = auth(ORGANISATION, flow);
    const grant = await webex.authorize({ interactive: true });
    const fresh = await webex.renew(grant);
    expect(fresh.accessToken).not.toBe(grant.accessToken);
    expect(fresh.refreshToken).toBe(grant.refreshToken);
    expect(flow.launches).toHaveLength(1);
    await works(fresh);
  });

  it('renew without a refresh token, with a Webex session: prompt=none gives a token silently', async () => {
    const flow = browserFlow(fx.browser());
    const webex = auth(PUBLIC, flow);
    const grant = await webex.authorize({ interactive: true });
    const fresh = await webex.renew(grant, GINA.email);
    expect(flow.launches.map((launch) => launch.interactive)).toEqual([true, false]);
    expect(flow.launches[1]!.url.searchParams.get('prompt')).toBe('none');
    expect(fresh.accessToken).not.toBe(grant.accessToken);
    await works(fresh);
  });

  it('renew without a Webex session: login_required, so token-expired (sign in again)', async () => {
    const grant = await auth(PUBLIC, browserFlow(fx.browser())).authorize({ interactive: true });
    const elsewhere = auth(PUBLIC, browserFlow(fx.browser()));
    expect(await failure(elsewhere.renew(grant))).toEqual({
      kind: 'token-expired',
      reason: 'login_required',
    });
  });

  it('a refused refresh token and no Webex session: token-expired', async () => {
    const grant: RestGrant = {
      accessToken: 'sbx_at_gone',
      expiresAt: fx.sandbox.clock.now() + 1000,
      tokenKind: 'integration',
      refreshToken: 'sbx_rt_unknown',
    };
    const webex = auth(ORGANISATION, browserFlow(fx.browser()));
    expect(await failure(webex.renew(grant))).toEqual({
      kind: 'token-expired',
      reason: 'login_required',
    });
  });

  it('an answer for another sign-in (state) is refused, the code never exchanged', async () => {
    const browser = fx.browser();
    const honest = browserFlow(browser);
    const forged = browserFlow(browser);
    const launch: WebexAuthEnv['launchWebAuthFlow'] = (details) => {
      const url = new URL(details.url);
      url.searchParams.set('state', 'attacker-state');
      return honest.launch({ ...details, url: url.href });
    };
    const webex = auth(ORGANISATION, { launch, launches: forged.launches });
    expect(await failure(webex.authorize({ interactive: true }))).toEqual({
      kind: 'oauth',
      reason: 'state_mismatch',
    });
    expect(fx.sandbox.rest.requests.some((request) => request.path === '/access_token')).toBe(
      false,
    );
  });

  it.each([
    { person: 'decline' as const, outcome: { kind: 'oauth', reason: 'access_denied' } },
    { person: 'close' as const, outcome: { kind: 'sign-in-cancelled', reason: undefined } },
  ])('the person chooses $person: $outcome.kind', async ({ person, outcome }) => {
    const webex = auth(PUBLIC, browserFlow(fx.browser(), person));
    expect(await failure(webex.authorize({ interactive: true }))).toEqual(outcome);
  });

  it('an integration without meeting:schedules_write: invalid_scope, naming it to tick', async () => {
    fx.sandbox.rest.state.untickedScopes.add('meeting:schedules_write');
    const webex = auth(PUBLIC, browserFlow(fx.browser()));
    const error = await webex
      .authorize({ interactive: true })
      .catch((reason: WebExError) => reason.toInfo());
    expect(error).toMatchObject({ kind: 'oauth', reason: 'invalid_scope' });
    expect((error as { explanation: { action: string } }).explanation.action).toContain(
      'meeting:schedules_write',
    );
  });

  it('no integration configured: no-integration, no window opened', async () => {
    const flow = browserFlow(fx.browser());
    expect(await failure(auth(undefined, flow).authorize({ interactive: true }))).toMatchObject({
      kind: 'no-integration',
    });
    expect(flow.launches).toHaveLength(0);
  });

  it('a personal access token works for 12 hours', async () => {
    const now = fx.sandbox.clock.now();
    const grant = personalTokenGrant(`  ${GINA.personalAccessToken}\n`, now);
    expect(grant).toMatchObject({ tokenKind: 'personal', expiresAt: now + DAY / 2 });
    await works(grant);
  });
});
