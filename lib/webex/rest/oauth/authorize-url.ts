import { REST_BASE_URL } from '../session';
import { scopeParameter } from './scopes';

/** Webex's authorize endpoint (design.md, "The REST API (facts)"). */
export const AUTHORIZE_URL = `${REST_BASE_URL}/authorize`;

/** What one authorize request carries. No secret: the client secret never goes in a URL. */
export interface AuthorizeRequest {
  clientId: string;
  /** The browser's redirect URI (`identity.getRedirectURL()`), registered on the integration. */
  redirectUri: string;
  /** Random, checked on return (lib/webex/rest/oauth/pkce.ts `newState`). */
  state: string;
  /**
   * `implicit`: `response_type=token`, the token in the redirect's fragment; `code`:
   * `response_type=code` with the PKCE `codeChallenge` (S256).
   */
  flow: { type: 'implicit' } | { type: 'code'; codeChallenge: string };
  /** `prompt=none`: answer at once, without a page (silent renewal). */
  silent?: boolean;
  /** An e-mail address that preselects the account on the sign-in page. */
  loginHint?: string;
}

/** The `GET /v1/authorize` address for `request`. */
export function authorizeUrl(request: AuthorizeRequest): string {
  const query = new URLSearchParams({
    response_type: request.flow.type === 'implicit' ? 'token' : 'code',
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    scope: scopeParameter(),
    state: request.state,
  });
  if (request.flow.type === 'code') {
    query.set('code_challenge', request.flow.codeChallenge);
    query.set('code_challenge_method', 'S256');
  }
  if (request.silent) query.set('prompt', 'none');
  if (request.loginHint) query.set('login_hint', request.loginHint);
  return `${AUTHORIZE_URL}?${query}`;
}
