import {
  failedReply,
  okReply,
  type AccountView,
  type Reply,
  type SignInRequest,
  type SignOutRequest,
} from '../messaging';
import { noSiteAccessError } from '../site-access';
import type { AccountKey } from '../storage';
import { parseSiteInput } from '../webex/site';
import type { WebExSite } from '../webex/types';
import { missingFieldError, signedOutError, siteInputError } from './account-errors';
import {
  accountKeyOf,
  accountView,
  keptAccountRefused,
  loadAccount,
  removeAccount,
  saveAccount,
  sameAccount,
  type FoundAccount,
} from './account-store';
import type { BackgroundEnv } from './environment';
import { toErrorInfo } from './error-info';
import { hasSiteAccess } from './session-access';
import { explainSignInError } from './sign-in-errors';
import { hasOAuthClient } from './webex-integration';

/** The signed-in account, or the last one's site and WebEx ID to prefill the sign-in form. */
export async function getAccount(env: BackgroundEnv): Promise<AccountView> {
  const found = await loadAccount(env.items);
  if (found) return accountView(found, env.now());
  const last = await env.items.lastAccount.getValue();
  const refused = (await keptAccountRefused(env.items)) ? { keptTicketRefused: true as const } : {};
  const webexSignInReady = await hasOAuthClient(env);
  return last
    ? {
        signedIn: false,
        lastSite: last.site,
        lastWebExId: last.webExId,
        lastApi: last.api ?? 'xml',
        webexSignInReady,
        ...refused,
      }
    : { signedIn: false, webexSignInReady, ...refused };
}

/** AuthenticateUser then GetUser; the password goes to WebEx once and is kept nowhere. */
async function authenticate(
  env: BackgroundEnv,
  site: WebExSite,
  webExId: string,
  password: string,
  kept: boolean,
  typedSite?: string,
): Promise<Reply<AccountView>> {
  if (!(await hasSiteAccess(env.permissions, site))) return failedReply(noSiteAccessError(site));
  let found: FoundAccount;
  try {
    const { session, profile } = await env.backend.signIn(site, webExId, password);
    found = { account: { session, profile }, kept };
  } catch (error) {
    return failedReply(explainSignInError(toErrorInfo(error), site, webExId, typedSite));
  }
  await saveAccount(env.items, found.account, kept);
  return okReply(accountView(found, env.now()));
}

/**
 * Signs in with the form's site, WebEx ID (or email address) and password; remembers the site
 * and the host's WebEx ID.
 */
export async function signIn(env: BackgroundEnv, form: SignInRequest): Promise<Reply<AccountView>> {
  const parsed = parseSiteInput(form.siteInput);
  if (!parsed.ok) return failedReply(siteInputError(parsed.problem));
  const webExId = form.webExId.trim();
  if (webExId === '') return failedReply(missingFieldError('webExId'));
  if (form.password === '') return failedReply(missingFieldError('password'));

  const answer = await authenticate(
    env,
    parsed.site,
    webExId,
    form.password,
    form.keepSignedIn,
    form.siteInput,
  );
  if (answer.ok && answer.value.signedIn) {
    // The WebEx ID WebEx gave (GetUser), also when the host typed their email address.
    const { webExId } = answer.value;
    await env.items.lastAccount.setValue({ site: parsed.site, webExId, api: 'xml' });
    const settings = await env.items.settings.getValue();
    await env.items.settings.setValue({ ...settings, keepSignedIn: form.keepSignedIn });
  }
  return answer;
}

/** A new ticket for the same account with a fresh password, after the old one expired. */
export async function renewTicket(
  env: BackgroundEnv,
  data: { password: string },
): Promise<Reply<AccountView>> {
  const found = await loadAccount(env.items);
  if (!found) return failedReply(signedOutError());
  if (data.password === '') return failedReply(missingFieldError('password'));
  const { site, webExId } = found.account.session;
  return authenticate(env, site, webExId, data.password, found.kept);
}

/**
 * Forgets the ticket in both areas and the last schedule job. The account's meetings kept here
 * (sealed: the passwords and join links WebEx will not list again) stay for its own next
 * sign-in, shown to no other account, unless `forgetMeetings` asks to remove them too. The
 * site and WebEx ID stay (lastAccount) to prefill the next sign-in; they are no secret.
 */
export async function signOut(
  env: BackgroundEnv,
  data: SignOutRequest = { forgetMeetings: false },
): Promise<AccountView> {
  const found = await loadAccount(env.items);
  const last = await env.items.lastAccount.getValue();
  const owner: AccountKey | undefined = found
    ? accountKeyOf(found.account.session)
    : last
      ? accountKeyOf(last)
      : undefined;
  await removeAccount(env.items);
  await env.items.lastScheduleJob.removeValue();
  if (owner && data.forgetMeetings) {
    const recent = await env.items.recentMeetings.getValue();
    await env.items.recentMeetings.setValue(recent.filter((m) => !sameAccount(m.owner, owner)));
  }
  return getAccount(env);
}

/** The "Keep me signed in" choice: saved, and the ticket moved to the matching storage area. */
export async function setKeepSignedIn(
  env: BackgroundEnv,
  data: { keepSignedIn: boolean },
): Promise<AccountView> {
  const settings = await env.items.settings.getValue();
  await env.items.settings.setValue({ ...settings, keepSignedIn: data.keepSignedIn });
  const found = await loadAccount(env.items);
  if (found && found.kept !== data.keepSignedIn) {
    await saveAccount(env.items, found.account, data.keepSignedIn);
  }
  return getAccount(env);
}
