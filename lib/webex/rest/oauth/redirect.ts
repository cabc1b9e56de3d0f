import { restUnexpected } from '../failures';
import { foreignAnswer, oauthFailure } from './failures';

/** The longest redirect address read, in characters: Webex's are a few hundred. */
export const MAX_REDIRECT_LENGTH = 8192;
/** The longest access token, refresh token or code accepted, in characters. */
export const MAX_TOKEN_LENGTH = 4096;
/** The longest token lifetime believed, in seconds (a year; integration tokens live 14 days). */
export const MAX_EXPIRES_IN_SECONDS = 366 * 24 * 3600;

// RFC 6750 b64token and RFC 6749 VSCHAR-ish: what Webex tokens and codes are made of.
const TOKEN_SHAPE = /^[\w.~+/=-]+$/;

/** What the redirect must answer: the request's own redirect URI, `state` and flow. */
export interface ExpectedRedirect {
  redirectUri: string;
  state: string;
  flow: 'implicit' | 'code';
}

/** The implicit grant's token (from the fragment), or the code to exchange (from the query). */
export type RedirectAnswer =
  { type: 'token'; accessToken: string; expiresInSeconds: number } | { type: 'code'; code: string };

/** A token or code as read from outside: undefined unless it has a token's shape and size. */
export function tokenText(value: string | null | undefined): string | undefined {
  if (!value || value.length > MAX_TOKEN_LENGTH || !TOKEN_SHAPE.test(value)) return undefined;
  return value;
}

/** `expires_in` as whole seconds, when a positive integer no longer than a year. */
export function expiresInSeconds(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^\d{1,9}$/.test(text)) return undefined;
  const seconds = Number(text);
  return seconds > 0 && seconds <= MAX_EXPIRES_IN_SECONDS ? seconds : undefined;
}

function answerParameters(url: URL, flow: ExpectedRedirect['flow']): URLSearchParams {
  const fragment = new URLSearchParams(url.hash.slice(1));
  const query = url.searchParams;
  const [first, second] = flow === 'implicit' ? [fragment, query] : [query, fragment];
  const answers = (params: URLSearchParams) => params.has('state') || params.has('error');
  return answers(first) || !answers(second) ? first : second;
}

function isOwnRedirect(url: string, redirectUri: string): boolean {
  if (!url.startsWith(redirectUri)) return false;
  const next = url.charAt(redirectUri.length);
  return next === '' || next === '?' || next === '#';
}

/**
 * Reads the address `identity.launchWebAuthFlow` resolved with. It must start with the
 * expected redirect URI and carry exactly the request's `state`; then an `error` becomes its
 * WebExError (lib/webex/rest/oauth/failures.ts), else the implicit grant's `access_token` and
 * `expires_in` (fragment) or the code's `code` (query) are returned, shape- and size-checked.
 * Rejects: `oauth` (state or address mismatch, an OAuth error), `token-expired` (`*_required`),
 * `unexpected` (an answer without what the flow gives).
 */
export function readRedirect(address: string, expected: ExpectedRedirect): RedirectAnswer {
  if (address.length > MAX_REDIRECT_LENGTH || !isOwnRedirect(address, expected.redirectUri))
    throw foreignAnswer('redirect_mismatch');
  const params = answerParameters(new URL(address), expected.flow);
  const state = params.get('state');
  const error = params.get('error');
  // An error without `state` is taken: it grants nothing. Anything else must be ours.
  if (state !== expected.state && !(error !== null && state === null))
    throw foreignAnswer('state_mismatch');
  if (error !== null) throw oauthFailure('authorize', error, params.get('error_description'));
  const context = { operation: 'authorize', siteUrl: '' } as const;
  if (expected.flow === 'code') {
    const code = tokenText(params.get('code'));
    if (!code) throw restUnexpected(context, 'code');
    return { type: 'code', code };
  }
  const accessToken = tokenText(params.get('access_token'));
  if (!accessToken) throw restUnexpected(context, 'access_token');
  const seconds = expiresInSeconds(params.get('expires_in'));
  if (seconds === undefined) throw restUnexpected(context, 'expires_in');
  return { type: 'token', accessToken, expiresInSeconds: seconds };
}
