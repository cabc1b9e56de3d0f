import { failedReply, okReply, ticketExpiredReply, type Reply } from '../messaging';
import { noSiteAccessError, siteOriginPattern } from '../site-access';
import type { Session, WebExSite } from '../webex/types';
import { signedOutError, ticketExpiredError } from './account-errors';
import {
  isTicketExpired,
  loadAccount,
  markTicketExpired,
  type FoundAccount,
} from './account-store';
import type { BackgroundEnv, PermissionsApi } from './environment';
import { isTicketExpiredError, toErrorInfo } from './error-info';

/** Whether the browser lets the extension reach the site (always for *.webex.com). */
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
 * WebEx with 030047) answers a ticket-expired reply without going on; every other error becomes
 * a plain failed reply.
 */
export async function withSession<T>(
  env: BackgroundEnv,
  action: (session: Session, found: FoundAccount) => Promise<T>,
): Promise<Reply<T>> {
  const found = await loadAccount(env.items);
  if (!found) return failedReply(signedOutError());
  const { session } = found.account;
  if (isTicketExpired(session, env.now())) return ticketExpiredReply(ticketExpiredError(session));
  if (!(await hasSiteAccess(env.permissions, session.site))) {
    return failedReply(noSiteAccessError(session.site));
  }
  try {
    return okReply(await action(session, found));
  } catch (error) {
    if (isTicketExpiredError(error)) {
      await markTicketExpired(env.items, found, env.now());
      return ticketExpiredReply(ticketExpiredError(session, toErrorInfo(error)));
    }
    return failedReply(toErrorInfo(error));
  }
}
