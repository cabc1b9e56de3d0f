/**
 * The one OAuth integration the sandbox knows, as registered on developer.webex.com: its id,
 * secret, ticked scopes and redirect URIs (design.md, "The REST API (facts)").
 */
export const SANDBOX_INTEGRATION = {
  clientId: 'C-sandbox-webex-host-helper',
  clientSecret: 'sandbox-client-secret-7',
  scopes: [
    'meeting:schedules_read',
    'meeting:schedules_write',
    'meeting:preferences_read',
    'spark:people_read',
  ],
} as const;

/** Integration access tokens live 14 days, refresh tokens about 90, personal ones 12 hours. */
export const ACCESS_TOKEN_SECONDS = 14 * 24 * 3600;
export const REFRESH_TOKEN_SECONDS = 90 * 24 * 3600;
export const PERSONAL_TOKEN_SECONDS = 12 * 3600;
/** How long an authorization code may wait for its exchange. */
export const CODE_SECONDS = 10 * 60;

const REDIRECT_URI = /^https:\/\/[a-z0-9-]+\.(?:chromiumapp\.org|extensions\.allizom\.org)\/$/;

/** Chrome's `https://<id>.chromiumapp.org/` and Firefox's `https://<hash>.extensions.allizom.org/`. */
export function isRegisteredRedirect(uri: string): boolean {
  return REDIRECT_URI.test(uri);
}
