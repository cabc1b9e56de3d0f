import {
  failedReply,
  okReply,
  type AccountView,
  type Reply,
  type TokenSignInRequest,
  type WebexSignInRequest,
} from '../messaging';
import type { StoredAccount } from '../storage';
import { toRestSession } from '../webex/account-backend';
import type { RestGrant } from '../webex/rest/grant';
import { personalTokenGrant } from '../webex/rest/oauth/personal-token';
import { parseSiteInput } from '../webex/site';
import { isRestSession, type HostProfile, type RestAccountSession } from '../webex/types';
import { noWebexSiteError, notRestAccountError, signedOutError } from './account-errors';
import { accountView, loadAccount, saveAccount } from './account-store';
import type { BackgroundEnv } from './environment';
import { toErrorInfo } from './error-info';

/** The grant inside a REST session, without the account fields. */
function grantOf(session: RestAccountSession): RestGrant {
  const { accessToken, expiresAt, tokenKind, refreshToken, refreshExpiresAt } = session;
  return {
    accessToken,
    expiresAt,
    tokenKind,
    ...(refreshToken ? { refreshToken, refreshExpiresAt } : {}),
  };
}

/** Every site the profile names, host sites first: the ones the host may choose among. */
export function profileSites(profile: HostProfile): string[] {
  const all = [
    ...(profile.defaultSite ? [profile.defaultSite] : []),
    ...(profile.sites ?? []),
    ...(profile.attendeeSites ?? []),
  ];
  return [...new Set(all)];
}

/**
 * The account a grant signs in: `/people/me` and `/meetingPreferences` say who the host is and
 * which sites they have; the site is `siteUrl` when the host has it, else the default site, else
 * the first host site. Then that site's session types (`/meetings/sessionTypes`): each endpoint
 * is asked once per sign-in. Throws the REST client's WebExErrors, or `input` when the account
 * has no Webex Meetings site.
 */
async function restAccount(
  env: BackgroundEnv,
  grant: RestGrant,
  siteUrl?: string,
): Promise<StoredAccount> {
  // No site yet: who the host is and which sites they have (no site's session types).
  const { accessToken, expiresAt, tokenKind } = grant;
  const first = await env.restBackend.getProfile({
    siteUrl: '',
    accessToken,
    expiresAt,
    tokenKind,
  });
  const sites = profileSites(first);
  const chosen = siteUrl && sites.includes(siteUrl) ? siteUrl : sites[0];
  const parsed = chosen ? parseSiteInput(chosen) : undefined;
  if (!parsed?.ok) throw noWebexSiteError(first.email);
  const session: RestAccountSession = {
    ...grant,
    api: 'rest',
    site: parsed.site,
    webExId: first.email,
  };
  const profile = await env.restBackend.getSiteProfile(toRestSession(session), first);
  return { session, profile };
}

async function startRestAccount(
  env: BackgroundEnv,
  grant: RestGrant,
  kept: boolean,
  siteUrl?: string,
): Promise<Reply<AccountView>> {
  let account: StoredAccount;
  try {
    account = await restAccount(env, grant, siteUrl);
  } catch (error) {
    return failedReply(toErrorInfo(error));
  }
  await saveAccount(env.items, account, kept);
  const { site, webExId } = account.session;
  await env.items.lastAccount.setValue({ site, webExId, api: 'rest' });
  const settings = await env.items.settings.getValue();
  await env.items.settings.setValue({ ...settings, keepSignedIn: kept });
  return okReply(accountView({ account, kept }, env.now()));
}

/**
 * Sign in with Webex: the OAuth window (lib/background/webex-auth.ts), then who the host is.
 * The last REST account's e-mail address preselects the account (`login_hint`).
 */
export async function signInWithWebex(
  env: BackgroundEnv,
  data: WebexSignInRequest,
): Promise<Reply<AccountView>> {
  const last = await env.items.lastAccount.getValue();
  const loginHint = last?.api === 'rest' ? last.webExId : undefined;
  let grant: RestGrant;
  try {
    grant = await env.webexAuth.authorize({ interactive: true, loginHint });
  } catch (error) {
    return failedReply(toErrorInfo(error));
  }
  const lastSite = last?.api === 'rest' ? new URL(last.site.origin).host : undefined;
  return startRestAccount(env, grant, data.keepSignedIn, lastSite);
}

/** Sign in with a personal access token (12 hours); the token goes to Webex only. */
export async function signInWithToken(
  env: BackgroundEnv,
  data: TokenSignInRequest,
): Promise<Reply<AccountView>> {
  let grant: RestGrant;
  try {
    grant = personalTokenGrant(data.token, env.now());
  } catch (error) {
    return failedReply(toErrorInfo(error));
  }
  return startRestAccount(env, grant, data.keepSignedIn);
}

/** After a token ran out and silent renewal failed: the OAuth window again, same site. */
export async function renewWebexSignIn(env: BackgroundEnv): Promise<Reply<AccountView>> {
  const found = await loadAccount(env.items);
  if (!found) return failedReply(signedOutError());
  const session = found.account.session;
  if (!isRestSession(session)) return failedReply(notRestAccountError().toInfo());
  let grant: RestGrant;
  try {
    grant = await env.webexAuth.authorize({ interactive: true, loginHint: session.webExId });
  } catch (error) {
    return failedReply(toErrorInfo(error));
  }
  return startRestAccount(env, grant, found.kept, new URL(session.site.origin).host);
}

/** A REST account moves to another of its sites (`acme.webex.com`); the token stays. */
export async function chooseSite(
  env: BackgroundEnv,
  data: { siteUrl: string },
): Promise<Reply<AccountView>> {
  const found = await loadAccount(env.items);
  if (!found) return failedReply(signedOutError());
  const session = found.account.session;
  if (!isRestSession(session)) return failedReply(notRestAccountError().toInfo());
  const siteUrl = data.siteUrl.toLowerCase();
  if (!profileSites(found.account.profile).includes(siteUrl)) {
    return failedReply(noWebexSiteError(session.webExId, siteUrl).toInfo());
  }
  return startRestAccount(env, grantOf(session), found.kept, siteUrl);
}
