import { HTML, readCookies } from '../http.ts';
import { authorizeErrorPage, consentPage } from './authorize-page.ts';
import { issueToken, secondsLeft } from './grants.ts';
import { CODE_SECONDS, isRegisteredRedirect, SANDBOX_INTEGRATION } from './integration.ts';
import { reply, type RestContext } from './respond.ts';

/** The Webex web session cookie set by signing in on the authorize page. */
export const WEBEX_SESSION_COOKIE = 'webex_sandbox_session';

type Answer = Record<string, string>;

/**
 * GET /v1/authorize shows the sign-in and consent page (or, with `prompt=none`, answers at
 * once: `login_required` without a Webex session, `consent_required` before a first Accept);
 * POST /v1/authorize takes the page's form. The answer is a 302 to the registered redirect
 * URI: `?code&state` (response_type=code, PKCE S256 optional) or `#access_token, token_type,
 * expires_in, state` (response_type=token); errors `error, error_description, state` there.
 */
export function handleAuthorize(context: RestContext): void {
  const form = context.method === 'POST' ? new URLSearchParams(context.body) : undefined;
  const query = form ? new URLSearchParams(form.get('request') ?? '') : context.url.searchParams;
  const redirectUri = query.get('redirect_uri') ?? '';
  if (query.get('client_id') !== SANDBOX_INTEGRATION.clientId)
    return reply(
      context,
      400,
      HTML,
      authorizeErrorPage('The client_id is not a known integration.'),
    );
  if (!isRegisteredRedirect(redirectUri))
    return reply(context, 400, HTML, authorizeErrorPage('The redirect_uri is not registered.'));
  const responseType = query.get('response_type');
  const inFragment = responseType === 'token';
  const back = (answer: Answer) => {
    const state = query.get('state');
    const params = new URLSearchParams(state === null ? answer : { ...answer, state });
    const target = `${redirectUri}${inFragment ? '#' : '?'}${params}`;
    reply(context, 302, HTML, '', { Location: target });
  };
  const fail = (error: string, description: string) =>
    back({ error, error_description: description });

  if (responseType !== 'code' && responseType !== 'token')
    return fail('unsupported_response_type', 'response_type must be code or token.');
  const scopes = (query.get('scope') ?? '').split(' ').filter(Boolean);
  const unticked = context.store.state.untickedScopes;
  const known: string[] = SANDBOX_INTEGRATION.scopes.filter((scope) => !unticked.has(scope));
  const unknown = scopes.filter((scope) => !known.includes(scope));
  if (scopes.length === 0 || unknown.length > 0)
    return fail(
      'invalid_scope',
      `The integration has no scope ${unknown.join(' ') || '(none asked)'}.`,
    );
  const challenge = query.get('code_challenge') ?? undefined;
  if (challenge !== undefined && query.get('code_challenge_method') !== 'S256')
    return fail('invalid_request', 'code_challenge_method must be S256.');

  const state = context.store.state;
  const sessionId = readCookies(context.request).get(WEBEX_SESSION_COOKIE);
  const sessionAccount = sessionId ? state.sessions.get(sessionId) : undefined;
  const grant = (accountId: string) => {
    if (responseType === 'token') {
      const token = issueToken(context, 'access', accountId, scopes);
      const expires = String(secondsLeft(context, token.expiresAt));
      return back({ access_token: token.token, token_type: 'Bearer', expires_in: expires });
    }
    const code = context.tokens.hex(40);
    state.codes.push({
      code,
      accountId,
      redirectUri,
      scopes,
      challenge,
      expiresAt: context.now() + CODE_SECONDS * 1000,
    });
    return back({ code });
  };

  if (!form) {
    const prompt = query.get('prompt');
    if (prompt === 'none') {
      if (!sessionAccount) return fail('login_required', 'No Webex session: sign in first.');
      if (!state.consents.has(sessionAccount))
        return fail('consent_required', 'The integration was never accepted.');
      return grant(sessionAccount);
    }
    const signedIn = prompt === 'select_account' ? undefined : sessionAccount;
    return showPage(context, query, signedIn);
  }
  if (form.get('decision') !== 'accept') return fail('access_denied', 'The user declined.');
  let accountId = sessionAccount;
  if (form.has('email')) {
    const account = context.store.accountByEmail(form.get('email') ?? '');
    if (!account || account.password !== form.get('password'))
      return showPage(context, query, undefined, 'Incorrect email or password.');
    accountId = account.id;
  }
  if (!accountId) return showPage(context, query, undefined);
  const newSession = context.tokens.hex(32);
  state.sessions.set(newSession, accountId);
  state.consents.add(accountId);
  context.response.setHeader(
    'Set-Cookie',
    `${WEBEX_SESSION_COOKIE}=${newSession}; Path=/; Secure; HttpOnly; SameSite=Lax`,
  );
  grant(accountId);
}

function showPage(
  context: RestContext,
  query: URLSearchParams,
  accountId: string | undefined,
  problem?: string,
): void {
  const html = consentPage({
    request: query.toString(),
    scopes: (query.get('scope') ?? '').split(' ').filter(Boolean),
    signedInAs: accountId ? context.store.account(accountId)?.email : undefined,
    loginHint: query.get('login_hint') ?? undefined,
    problem,
  });
  reply(context, 200, HTML, html);
}
