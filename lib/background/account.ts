import type { AccountView, Result, SignInForm } from '../messaging';
import { noSiteAccessError } from '../site-access';
import type { AccountKey } from '../storage';
import { parseSiteInput } from '../webex/site';
import type { WebExSite } from '../webex/types';
import { missingFieldError, signedOutError, siteInputError } from './account-errors';
import {
  accountKeyOf,
  accountView,
  loadAccount,
  removeAccount,
  saveAccount,
  sameAccount,
  type FoundAccount,
} from './account-store';
import type { BackgroundEnv } from './environment';
import { failure, success, toErrorInfo } from './error-info';
import { hasSiteAccess } from './session-access';
import { explainSignInFailure } from './sign-in-failures';

export async function getAccount(env: BackgroundEnv): Promise<AccountView> {
  const found = await loadAccount(env.items);
  if (found) return accountView(found, env.now());
  const last = await env.items.lastAccount.getValue();
  return last
    ? { signedIn: false, lastSite: last.site, lastWebExId: last.webExId }
    : { signedIn: false };
}

/** AuthenticateUser then GetUser; the password goes to WebEx once and is kept nowhere. */
async function authenticate(
  env: BackgroundEnv,
  site: WebExSite,
  webExId: string,
  password: string,
  kept: boolean,
): Promise<Result<AccountView>> {
  if (!(await hasSiteAccess(env.permissions, site))) return failure(noSiteAccessError(site));
  let found: FoundAccount;
  try {
    const { session, profile } = await env.backend.signIn(site, webExId, password);
    found = { account: { session, profile }, kept };
  } catch (error) {
    return failure(explainSignInFailure(toErrorInfo(error), site, webExId));
  }
  await saveAccount(env.items, found.account, kept);
  return success(accountView(found, env.now()));
}

export async function signIn(env: BackgroundEnv, form: SignInForm): Promise<Result<AccountView>> {
  const parsed = parseSiteInput(form.siteInput);
  if (!parsed.ok) return failure(siteInputError(parsed.problem));
  const webExId = form.webExId.trim();
  if (webExId === '') return failure(missingFieldError('WebEx ID'));
  if (form.password === '') return failure(missingFieldError('password'));

  const answer = await authenticate(env, parsed.site, webExId, form.password, form.keepSignedIn);
  if (answer.ok) {
    await env.items.lastAccount.setValue({ site: parsed.site, webExId });
    const settings = await env.items.settings.getValue();
    await env.items.settings.setValue({ ...settings, keepSignedIn: form.keepSignedIn });
  }
  return answer;
}

/** The same account with a fresh password, after its ticket expired. */
export async function reauthenticate(
  env: BackgroundEnv,
  data: { password: string },
): Promise<Result<AccountView>> {
  const found = await loadAccount(env.items);
  if (!found) return failure(signedOutError());
  if (data.password === '') return failure(missingFieldError('password'));
  const { site, webExId } = found.account.session;
  return authenticate(env, site, webExId, data.password, found.kept);
}

/**
 * Forgets the ticket in both areas, the account's recent meetings and the last schedule job.
 * The site and WebEx ID stay (lastAccount) to prefill the next sign-in; they are no secret.
 */
export async function signOut(env: BackgroundEnv): Promise<AccountView> {
  const found = await loadAccount(env.items);
  const last = await env.items.lastAccount.getValue();
  const owner: AccountKey | undefined = found
    ? accountKeyOf(found.account.session)
    : last
      ? accountKeyOf(last)
      : undefined;
  await removeAccount(env.items);
  await env.items.lastScheduleJob.removeValue();
  if (owner) {
    const recent = await env.items.recentMeetings.getValue();
    await env.items.recentMeetings.setValue(recent.filter((m) => !sameAccount(m.owner, owner)));
  }
  return getAccount(env);
}

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
