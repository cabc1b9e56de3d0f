/** The Webex REST API's base: every request the REST client makes starts with it. */
export const REST_BASE_URL = 'https://webexapis.com/v1';

/**
 * How the access token was obtained, which decides how long it lives (design: "The REST API"):
 * `integration` (OAuth "Sign in with Webex", 14 days, `expires_in`), `personal` (a personal
 * access token pasted by a developer, 12 hours).
 */
export type RestTokenKind = 'integration' | 'personal';

/**
 * What the REST client needs to act for a signed-in host: the counterpart of the XML `Session`
 * (lib/webex/types.ts), which it does not change. Holds a bearer token: keep it out of URLs,
 * logs and sync storage, like the XML ticket.
 */
export interface RestSession {
  /** The host's Webex site as REST names it, e.g. `acme.webex.com` (no scheme, no path). */
  siteUrl: string;
  /** Sent as `Authorization: Bearer <token>`, only to REST_BASE_URL. */
  accessToken: string;
  /** Epoch ms after which the token is no longer accepted; the client does not send it then. */
  expiresAt: number;
  tokenKind: RestTokenKind;
}
