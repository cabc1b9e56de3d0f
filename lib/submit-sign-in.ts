import { failedReply, type AccountView, type Reply, type SignInRequest } from './messaging';
import { noSiteAccessError, siteOriginPattern } from './site-access';
import { parseSiteInput } from './webex/site';

/** How the sign-in reaches the browser (site permission) and the background. */
export interface SignInSenders {
  permissions: { request(permissions: { origins: string[] }): Promise<boolean> };
  /** Sends the form to the background (sendMessage('signIn', form)). */
  send(request: SignInRequest): Promise<Reply<AccountView>>;
}

/**
 * Call straight from the submit handler, before any await: browsers grant a permission request
 * only during the click. A site outside *.webex.com needs the host's leave first; the
 * background reports every other problem with the form.
 */
export function submitSignIn(
  form: SignInRequest,
  senders: SignInSenders,
): Promise<Reply<AccountView>> {
  const parsed = parseSiteInput(form.siteInput);
  if (!parsed.ok || !parsed.needsPermission) return senders.send(form);
  const refused = failedReply(noSiteAccessError(parsed.site));
  return senders.permissions.request({ origins: [siteOriginPattern(parsed.site)] }).then(
    (granted) => (granted ? senders.send(form) : refused),
    () => refused,
  );
}
