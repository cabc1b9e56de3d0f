/**
 * The scopes "Sign in with Webex" asks for, each also to be ticked on the integration or the
 * authorize page answers `invalid_scope` (design.md, "The REST API (facts)"):
 * `spark:people_read` (who the host is, `/people/me`), `meeting:schedules_read` (list, join and
 * start links, session types), `meeting:schedules_write` (create, delete, invitees),
 * `meeting:preferences_read` (sites, Personal Room).
 */
export const WEBEX_SCOPES = [
  'spark:people_read',
  'meeting:schedules_read',
  'meeting:schedules_write',
  'meeting:preferences_read',
] as const;

/** One scope the extension asks for. */
export type WebexScope = (typeof WEBEX_SCOPES)[number];

/** The `scope` parameter of the authorize request: the scopes, space-separated. */
export function scopeParameter(scopes: readonly string[] = WEBEX_SCOPES): string {
  return scopes.join(' ');
}

/**
 * The scopes the extension needs that a token's granted `scope` (space-separated, as the token
 * endpoint answers it) lacks; every needed scope when `granted` is absent or empty.
 */
export function missingScopes(granted: string | undefined): WebexScope[] {
  const have = new Set((granted ?? '').split(' ').filter(Boolean));
  return WEBEX_SCOPES.filter((scope) => !have.has(scope));
}
