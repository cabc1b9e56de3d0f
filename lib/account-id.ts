import type { AccountView } from './messaging';

/**
 * Who is signed in, as one string: the site's origin and the WebEx ID in lower case; empty when
 * nobody is. Another account, or the same one on another site, gives another string: the popup
 * keys its per-account views and kept drafts with it.
 */
export function accountIdOf(account: AccountView): string {
  return account.signedIn ? `${account.site.origin} ${account.webExId.toLowerCase()}` : '';
}
