import type { RestTokenKind } from './session';

/**
 * What a Webex sign-in gives the extension: an access token and, with an organisation's own
 * integration secret (authorization code + PKCE), a refresh token. Secrets: kept only in
 * session or local storage (sealed), never in sync storage, a URL we build, or a log.
 */
export interface RestGrant {
  accessToken: string;
  /** Epoch ms when the access token stops working (from `expires_in`; 12 h for a personal token). */
  expiresAt: number;
  tokenKind: RestTokenKind;
  /** Only from the authorization-code grant (needs the client secret); about 90 days. */
  refreshToken?: string;
  /** Epoch ms when the refresh token stops working (`refresh_token_expires_in`). */
  refreshExpiresAt?: number;
}

/** Which OAuth grant the configured integration allows (design: "The REST API (facts)"). */
export type WebexGrantType = 'implicit' | 'code-pkce';

/**
 * "Sign in with Webex" for the background (lib/background/webex-auth.ts builds it over
 * `identity.launchWebAuthFlow`). Every method rejects with a WebExError:
 * `no-integration` (no client ID configured), `sign-in-cancelled` (the host closed the window),
 * `oauth` (the authorize or token endpoint answered an OAuth error, e.g. `access_denied`,
 * `invalid_scope`, `invalid_grant`; its code in `reason`), `token-expired` (a silent renewal
 * needs the host: `login_required`, `consent_required`), or the transport's kinds.
 */
export interface WebexAuth {
  /**
   * Runs the authorize flow: the implicit grant by default, code + PKCE (S256) when an
   * integration secret is configured. `interactive: false` sends `prompt=none` and never shows
   * a window. `loginHint` (an e-mail address) preselects the account.
   */
  authorize(options: { interactive: boolean; loginHint?: string }): Promise<RestGrant>;
  /**
   * A fresh grant without the host: the refresh token when there is one and it is valid,
   * otherwise a silent authorize (`prompt=none`). Rejects `token-expired` when the host must
   * sign in again.
   */
  renew(grant: RestGrant, loginHint?: string): Promise<RestGrant>;
}
