import { FORM } from '../http.ts';
import { issueToken, s256, secondsLeft } from './grants.ts';
import { SANDBOX_INTEGRATION } from './integration.ts';
import { replyJson, replyOAuthError, type RestContext } from './respond.ts';

/**
 * POST /v1/access_token (form-encoded): `authorization_code` (client secret, redirect_uri and,
 * after a PKCE authorize, `code_verifier` checked; a code works once) and `refresh_token`.
 * Errors: 401 invalid_client; 400 invalid_request, invalid_grant, unsupported_grant_type.
 */
export function handleAccessToken(context: RestContext): void {
  if (!(context.request.headers['content-type'] ?? '').startsWith(FORM))
    return replyOAuthError(context, 400, 'invalid_request', 'The body must be form-encoded.');
  const form = new URLSearchParams(context.body);
  if (
    form.get('client_id') !== SANDBOX_INTEGRATION.clientId ||
    form.get('client_secret') !== SANDBOX_INTEGRATION.clientSecret
  )
    return replyOAuthError(context, 401, 'invalid_client', 'Client authentication failed.');
  const grant = form.get('grant_type');
  if (grant === 'authorization_code') return exchangeCode(context, form);
  if (grant === 'refresh_token') return refresh(context, form);
  replyOAuthError(context, 400, 'unsupported_grant_type', `Unsupported grant_type: ${grant ?? ''}`);
}

function exchangeCode(context: RestContext, form: URLSearchParams): void {
  const codes = context.store.state.codes;
  const index = codes.findIndex((entry) => entry.code === form.get('code'));
  const code = codes[index];
  if (index >= 0) codes.splice(index, 1); // one use, whatever happens next
  const verifier = form.get('code_verifier');
  const problem = !code
    ? 'The authorization code is unknown or was used.'
    : code.expiresAt <= context.now()
      ? 'The authorization code expired.'
      : code.redirectUri !== form.get('redirect_uri')
        ? 'redirect_uri does not match the authorize request.'
        : code.challenge !== undefined && (verifier === null || s256(verifier) !== code.challenge)
          ? 'code_verifier does not match the code_challenge.'
          : undefined;
  if (problem || !code) return replyOAuthError(context, 400, 'invalid_grant', problem ?? '');
  const access = issueToken(context, 'access', code.accountId, code.scopes);
  const refreshToken = issueToken(context, 'refresh', code.accountId, code.scopes);
  replyJson(context, 200, {
    access_token: access.token,
    expires_in: secondsLeft(context, access.expiresAt),
    refresh_token: refreshToken.token,
    refresh_token_expires_in: secondsLeft(context, refreshToken.expiresAt),
    token_type: 'Bearer',
    scope: code.scopes.join(' '),
  });
}

function refresh(context: RestContext, form: URLSearchParams): void {
  const stored = context.store.state.tokens.find(
    (token) => token.kind === 'refresh' && token.token === form.get('refresh_token'),
  );
  if (!stored || stored.expiresAt <= context.now())
    return replyOAuthError(
      context,
      400,
      'invalid_grant',
      'The refresh token is invalid or expired.',
    );
  const access = issueToken(context, 'access', stored.accountId, stored.scopes);
  replyJson(context, 200, {
    access_token: access.token,
    expires_in: secondsLeft(context, access.expiresAt),
    refresh_token: stored.token,
    refresh_token_expires_in: secondsLeft(context, stored.expiresAt),
    token_type: 'Bearer',
    scope: stored.scopes.join(' '),
  });
}
