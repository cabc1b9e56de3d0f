import { isRestSession, type RestAccountSession } from '../webex/types';
import { saveAccount, type FoundAccount } from './account-store';
import type { BackgroundEnv } from './environment';

const DAY_MS = 86_400_000;

/**
 * Whether a REST token should be renewed before use: it has ended, or it ends within a day and
 * a refresh token can renew it without the host (so refreshes stay at most daily). A personal
 * access token is never renewed: only the host can paste a new one.
 */
export function isRenewalDue(session: RestAccountSession, now: number): boolean {
  if (session.tokenKind === 'personal') return false;
  if (now >= session.expiresAt) return true;
  const refreshable =
    session.refreshToken !== undefined && (session.refreshExpiresAt ?? Infinity) > now;
  return refreshable && session.expiresAt - now < DAY_MS;
}

/**
 * Renews the signed-in REST account's token without the host (refresh token, else a silent
 * `prompt=none` sign-in) when due, or at once with `force` (Webex answered 401). Answers the
 * account as saved after renewal, or undefined when nothing was renewed (not due, an XML
 * account, a personal token, or Webex needs the host: the caller then asks for a sign-in).
 */
export async function renewRestAccount(
  env: BackgroundEnv,
  found: FoundAccount,
  force = false,
): Promise<FoundAccount | undefined> {
  const session = found.account.session;
  if (!isRestSession(session) || session.tokenKind === 'personal') return undefined;
  if (!force && !isRenewalDue(session, env.now())) return undefined;
  try {
    const grant = await env.webexAuth.renew(session, session.webExId);
    const renewed: RestAccountSession = {
      ...session,
      accessToken: grant.accessToken,
      expiresAt: grant.expiresAt,
      tokenKind: grant.tokenKind,
      ...(grant.refreshToken
        ? { refreshToken: grant.refreshToken, refreshExpiresAt: grant.refreshExpiresAt }
        : {}),
    };
    const account = { ...found.account, session: renewed };
    await saveAccount(env.items, account, found.kept);
    return { account, kept: found.kept };
  } catch {
    return undefined;
  }
}
