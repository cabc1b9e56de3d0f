import type { NeedsPassword, Result } from '../messaging';
import { noSiteAccessError, siteOriginPattern } from '../site-access';
import type { Session, WebExSite } from '../webex/types';
import { sessionEndedError, signedOutError } from './account-errors';
import {
  isTicketExpired,
  loadAccount,
  markTicketExpired,
  type FoundAccount,
} from './account-store';
import type { BackgroundEnv, PermissionsApi } from './environment';
import { failure, isExpiredTicket, needsPassword, success, toErrorInfo } from './error-info';

export type SessionAnswer<T> = Result<T> | NeedsPassword;

export async function hasSiteAccess(
  permissions: PermissionsApi,
  site: WebExSite,
): Promise<boolean> {
  try {
    return await permissions.contains({ origins: [siteOriginPattern(site)] });
  } catch {
    return false;
  }
}

/**
 * Runs `action` with the signed-in session. An expired ticket (known locally, or refused by
 * WebEx with 030047) answers NeedsPassword without going on; every other failure becomes a
 * plain `{ ok: false, error }`.
 */
export async function withSession<T>(
  env: BackgroundEnv,
  action: (session: Session, found: FoundAccount) => Promise<T>,
): Promise<SessionAnswer<T>> {
  const found = await loadAccount(env.items);
  if (!found) return failure(signedOutError());
  const { session } = found.account;
  if (isTicketExpired(session, env.now())) return needsPassword(sessionEndedError(session));
  if (!(await hasSiteAccess(env.permissions, session.site))) {
    return failure(noSiteAccessError(session.site));
  }
  try {
    return success(await action(session, found));
  } catch (error) {
    if (isExpiredTicket(error)) {
      await markTicketExpired(env.items, found, env.now());
      return needsPassword(sessionEndedError(session, toErrorInfo(error)));
    }
    return failure(toErrorInfo(error));
  }
}
