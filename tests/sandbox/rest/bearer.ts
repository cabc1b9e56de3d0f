import type { RestAccountConfig } from '../config.ts';
import { replyError, type RestContext } from './respond.ts';
import type { IssuedToken } from './state.ts';

const NO_TOKEN =
  'The request requires a valid access token set in the Authorization request header.';

/**
 * The account behind the request's `Authorization: Bearer` token, or undefined after answering
 * 401 (no token, an unknown or expired one, a refresh token) or 403 (a scope it lacks).
 */
export function authenticate(
  context: RestContext,
  scope: string,
): { account: RestAccountConfig; token: IssuedToken } | undefined {
  const header = context.request.headers.authorization ?? '';
  const match = /^Bearer ([\w.~+/=-]+)$/.exec(header);
  const token = match
    ? context.store.state.tokens.find(
        (issued) => issued.token === match[1] && issued.kind !== 'refresh',
      )
    : undefined;
  const account = token && context.store.account(token.accountId);
  if (!token || !account || token.expiresAt <= context.now()) {
    replyError(context, 401, NO_TOKEN);
    return undefined;
  }
  if (!token.scopes.includes(scope)) {
    replyError(context, 403, 'The server understood the request, but refused to fulfill it.', [
      `Missing scope: ${scope}`,
    ]);
    return undefined;
  }
  return { account, token };
}

/** `acme` -> `acme.webex.com`. */
export function siteUrlOf(site: string): string {
  return `${site}.webex.com`;
}

/** The account's sites where it may host, default first. */
export function hostSites(account: RestAccountConfig): string[] {
  return account.sites
    .filter((entry) => entry.role === 'host')
    .map((entry) => siteUrlOf(entry.site));
}
