import { failedReply, okReply, ticketExpiredReply, type Reply } from '../messaging';
import { noSiteAccessError, siteOriginPattern } from '../site-access';
import type { AccountSession, WebExSite } from '../webex/types';
import { signedOutError, ticketExpiredError } from './account-errors';
import {
  isTicketExpired,
  loadAccount,
  markTicketExpired,
  type FoundAccount,
} from './account-store';
import type { BackgroundEnv, PermissionsApi } from './environment';
import { isTicketExpiredError, toErrorInfo } from './error-info';
import { renewRestAccount } from './rest-renewal';

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
 * Runs `action` with the signed-in session. A REST token due for renewal is renewed first, and
 * once more if Webex refuses it (401), then the action runs again. An expired ticket or token
 * (known locally, or refused by WebEx: 030047, 401) that could not be renewed answers a
 * ticket-expired reply without going on; every other error becomes a plain failed reply.
 */
export async function withSession<T>(
  env: BackgroundEnv,
  action: (session: AccountSession, found: FoundAccount) => Promise<T>,
): Promise<Reply<T>> {
  const stored = await loadAccount(env.items);
  if (!stored) return failedReply(signedOutError());
  const found = (await renewRestAccount(env, stored)) ?? stored;
  const { session } = found.account;
  if (isTicketExpired(session, env.now())) return ticketExpiredReply(ticketExpiredError(session));
  if (!(await hasSiteAccess(env.permissions, session.site))) {
    return failedReply(noSiteAccessError(session.site));
  }
  try {
    return okReply(await action(session, found));
  } catch (error) {
    if (!isTicketExpiredError(error)) return failedReply(toErrorInfo(error));
    const renewed = await renewRestAccount(env, found, true);
    if (renewed) return retried(env, renewed, action);
    await markTicketExpired(env.items, found, env.now());
    return ticketExpiredReply(ticketExpiredError(session, toErrorInfo(error)));
  }
}

/** The action again after a renewal: refused once more, the host must sign in. */
async function retried<T>(
  env: BackgroundEnv,
  found: FoundAccount,
  action: (session: AccountSession, found: FoundAccount) => Promise<T>,
): Promise<Reply<T>> {
  const { session } = found.account;
  try {
    return okReply(await action(session, found));
  } catch (error) {
    if (!isTicketExpiredError(error)) return failedReply(toErrorInfo(error));
    await markTicketExpired(env.items, found, env.now());
    return ticketExpiredReply(ticketExpiredError(session, toErrorInfo(error)));
  }
}
