import { describe, expect, it } from 'vitest';
import { SANDBOX_REST_ACCOUNTS } from './accounts.ts';
import { s256 } from './rest/grants.ts';
import { FIREFOX_ADDON_ID, firefoxRedirectUri, SANDBOX_INTEGRATION } from './rest/integration.ts';
import { sandboxFetch } from './test-client.ts';
import {
  ALL_SCOPES,
  authorizeUrl,
  consent,
  REDIRECT,
  redirectParams,
  tokenForm,
} from './test-oauth.ts';
import { API, restCalls } from './test-rest.ts';
import { useSandbox } from './test-setup.ts';

const VERIFIER = 'a-pkce-verifier-of-at-least-43-characters-0123456789';
const DAY = 24 * 3600;

describe('REST sign-in: GET /v1/authorize and POST /v1/access_token', { timeout: 30_000 }, () => {
  const fx = useSandbox();
  const api = restCalls(fx);
  const exchange = async (form: Record<string, string>, contentType = 'form') => {
    const response = await sandboxFetch(fx.agent)(`${API}/access_token`, {
      method: 'POST',
      headers: {
        'content-type': contentType === 'form' ? 'application/x-www-form-urlencoded' : contentType,
      },
      body: new URLSearchParams(tokenForm(form)).toString(),
    });
    return { status: response.status, json: (await response.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const codeFor = async (params: Record<string, string> = {}) =>
    redirectParams((await consent(fx.browser(), params)).answer).code!;

  it('shows a sign-in and consent page naming the scopes; no HTML from the query', async () => {
    const browser = fx.browser();
    const page = await browser.open(authorizeUrl({ login_hint: '"><script>x</script>' }));
    expect(page.status).toBe(200);
    expect(page.text).toContain('name="email"');
    expect(page.text).toContain('<code>meeting:schedules_write</code>');
    expect(page.text).not.toContain('<script>x');
  });

  it('code flow with PKCE S256: the code, then tokens for the verifier and the secret', async () => {
    const { answer } = await consent(fx.browser(), {
      code_challenge: s256(VERIFIER),
      code_challenge_method: 'S256',
    });
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toMatch(new RegExp(`^${REDIRECT}\\?code=`));
    const { code, state } = redirectParams(answer);
    expect(state).toBe('st-1');
    const tokens = await exchange({
      grant_type: 'authorization_code',
      code: code!,
      redirect_uri: REDIRECT,
      code_verifier: VERIFIER,
    });
    expect(tokens.status).toBe(200);
    expect(tokens.json).toMatchObject({
      token_type: 'Bearer',
      expires_in: 14 * DAY,
      refresh_token_expires_in: 90 * DAY,
      scope: ALL_SCOPES,
    });
    const me = await api.get('/people/me', tokens.json.access_token);
    expect([me.status, me.json.emails]).toEqual([200, [SANDBOX_REST_ACCOUNTS.gina.email]]);
  });

  it('token endpoint: a wrong verifier, a reused code and another redirect_uri are invalid_grant', async () => {
    const challenge = { code_challenge: s256(VERIFIER), code_challenge_method: 'S256' };
    const base = { grant_type: 'authorization_code', redirect_uri: REDIRECT };
    const wrong = await exchange({ ...base, code: await codeFor(challenge), code_verifier: 'x' });
    const missing = await exchange({ ...base, code: await codeFor(challenge) });
    const code = await codeFor();
    const first = await exchange({ ...base, code });
    const again = await exchange({ ...base, code });
    const elsewhere = await exchange({
      ...base,
      code: await codeFor(),
      redirect_uri: 'https://other.chromiumapp.org/',
    });
    expect([wrong, missing, again, elsewhere].map((r) => [r.status, r.json.error])).toEqual(
      Array(4).fill([400, 'invalid_grant']),
    );
    expect(first.status).toBe(200);
  });

  it('token endpoint: the client secret is needed even with PKCE (invalid_client, 401)', async () => {
    const code = await codeFor({ code_challenge: s256(VERIFIER), code_challenge_method: 'S256' });
    const reply = await exchange({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      code_verifier: VERIFIER,
      client_secret: '',
    });
    expect([reply.status, reply.json.error]).toEqual([401, 'invalid_client']);
  });

  it('token endpoint: a code expires after 10 minutes; JSON bodies and unknown grants are refused', async () => {
    const code = await codeFor();
    fx.sandbox.clock.advance(10 * 60_000);
    const late = await exchange({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT });
    expect([late.status, late.json.error]).toEqual([400, 'invalid_grant']);
    const json = await exchange({ grant_type: 'client_credentials' }, 'application/json');
    expect([json.status, json.json.error]).toEqual([400, 'invalid_request']);
    const grant = await exchange({ grant_type: 'password' });
    expect([grant.status, grant.json.error]).toEqual([400, 'unsupported_grant_type']);
  });

  it('refresh: a new access token, the same refresh token; an expired one is invalid_grant', async () => {
    const first = await exchange({
      grant_type: 'authorization_code',
      code: await codeFor(),
      redirect_uri: REDIRECT,
    });
    fx.sandbox.clock.advance(15 * DAY * 1000); // the access token is dead, the refresh token not
    const old = await api.get('/people/me', first.json.access_token);
    expect(old.status).toBe(401);
    const refresh = { grant_type: 'refresh_token', refresh_token: first.json.refresh_token };
    const renewed = await exchange(refresh);
    expect(renewed.status).toBe(200);
    expect(renewed.json.refresh_token).toBe(first.json.refresh_token);
    expect(renewed.json.refresh_token_expires_in).toBe(75 * DAY);
    expect((await api.get('/people/me', renewed.json.access_token)).status).toBe(200);
    expect((await api.get('/people/me', first.json.refresh_token)).status).toBe(401);
    fx.sandbox.clock.advance(76 * DAY * 1000);
    const dead = await exchange(refresh);
    expect([dead.status, dead.json.error]).toEqual([400, 'invalid_grant']);
  });

  it('implicit grant: access_token, token_type, expires_in and state in the fragment', async () => {
    const { answer } = await consent(fx.browser(), { response_type: 'token' });
    const location = answer.headers.get('location')!;
    expect(location.startsWith(`${REDIRECT}#access_token=`)).toBe(true);
    const params = redirectParams(answer);
    expect(params).toMatchObject({
      token_type: 'Bearer',
      expires_in: String(14 * DAY),
      state: 'st-1',
    });
    expect(params.refresh_token).toBeUndefined();
    expect((await api.get('/people/me', params.access_token)).status).toBe(200);
  });

  it('prompt=none: login_required without a session; after one sign-in, a code at once', async () => {
    const browser = fx.browser();
    const silent = { prompt: 'none' };
    expect(redirectParams(await browser.open(authorizeUrl(silent)))).toMatchObject({
      error: 'login_required',
      state: 'st-1',
    });
    await consent(browser);
    const again = await browser.open(authorizeUrl(silent));
    expect(again.status).toBe(302);
    expect(redirectParams(again).code).toMatch(/^[0-9a-f]{40}$/);
    // The session does not carry over to another browser.
    const other = await fx.browser().open(authorizeUrl(silent));
    expect(redirectParams(other).error).toBe('login_required');
  });

  it('with a session the page asks only for consent; prompt=select_account asks again', async () => {
    const browser = fx.browser();
    await consent(browser);
    const page = await browser.open(authorizeUrl());
    expect(page.text).toContain('Signed in as gina@acme.example.');
    expect(page.text).not.toContain('name="password"');
    const select = await browser.open(authorizeUrl({ prompt: 'select_account' }));
    expect(select.text).toContain('name="password"');
  });

  it('errors on the redirect: invalid_scope, access_denied, unsupported_response_type, plain PKCE', async () => {
    const browser = fx.browser();
    const scope = await browser.open(authorizeUrl({ scope: 'meeting:schedules_read spark:all' }));
    expect(redirectParams(scope)).toMatchObject({ error: 'invalid_scope', state: 'st-1' });
    expect(redirectParams(scope).error_description).toContain('spark:all');
    const declined = await consent(browser, {}, { decision: 'decline' });
    expect(redirectParams(declined.answer)).toMatchObject({
      error: 'access_denied',
      state: 'st-1',
    });
    const type = await browser.open(authorizeUrl({ response_type: 'id_token' }));
    expect(redirectParams(type).error).toBe('unsupported_response_type');
    const plain = await browser.open(
      authorizeUrl({ code_challenge: VERIFIER, code_challenge_method: 'plain' }),
    );
    expect(redirectParams(plain).error).toBe('invalid_request');
  });

  it('a wrong password shows the page again with a notice; no redirect, no session', async () => {
    const browser = fx.browser();
    const { answer } = await consent(
      browser,
      {},
      {
        email: SANDBOX_REST_ACCOUNTS.gina.email,
        password: 'wrong',
        decision: 'accept',
      },
    );
    expect([answer.status, answer.text.includes('Incorrect email or password.')]).toEqual([
      200,
      true,
    ]);
    expect(browser.cookies('webexapis.com').size).toBe(0);
  });

  it.each([
    ['an unregistered redirect_uri', { redirect_uri: 'https://evil.example/' }],
    [
      "another extension's chromiumapp.org",
      { redirect_uri: 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/' },
    ],
    ['the redirect over http', { redirect_uri: REDIRECT.replace('https:', 'http:') }],
    ['a redirect_uri with a path', { redirect_uri: `${REDIRECT}cb` }],
    ['an unknown client', { client_id: 'C-other' }],
  ])('%s: a 400 page, never a redirect', async (_name, params) => {
    const page = await fx.browser().open(authorizeUrl(params));
    expect([page.status, page.headers.get('location')]).toEqual([400, null]);
  });

  it("Firefox's redirect URI (extensions.allizom.org, from the add-on id) is registered too", async () => {
    const redirect = firefoxRedirectUri(FIREFOX_ADDON_ID);
    expect(redirect).toMatch(/^https:\/\/[0-9a-f]{40}\.extensions\.allizom\.org\/$/);
    const { answer } = await consent(fx.browser(), { redirect_uri: redirect });
    expect(answer.headers.get('location')).toMatch(
      /^https:\/\/[0-9a-f]+\.extensions\.allizom\.org\/\?code=/,
    );
    expect(SANDBOX_INTEGRATION.scopes).toHaveLength(4);
  });
});
