import type { Session, WebExSite } from '../types';
import type { SecurityContext } from './envelope';

/** For AuthenticateUser only: the one request that carries the password. */
export function passwordCredentials(
  site: WebExSite,
  webExId: string,
  password: string,
): SecurityContext {
  return { webExID: webExId, password, siteName: site.name };
}

/** For every request after sign-in: the session ticket instead of the password. */
export function ticketCredentials(session: Session): SecurityContext {
  return {
    webExID: session.webExId,
    siteName: session.site.name,
    sessionTicket: session.sessionTicket,
  };
}

/** For requests that need no account, such as GetAPIVersion. */
export function siteCredentials(site: WebExSite): SecurityContext {
  return { siteName: site.name };
}
