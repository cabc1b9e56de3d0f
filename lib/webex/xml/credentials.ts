import type { Session, WebExSite } from '../types';
import type { SecurityContext } from './envelope';

/**
 * How the sign-in form's "WebEx ID or email" names the host in the security context: as
 * `webExID`, or as `email` (the schema's securityContext takes either).
 */
export type LoginField = 'webExID' | 'email';

/** An address (`name@domain`, no spaces) is an email to WebEx; anything else a WebEx ID. */
export function loginFieldOf(login: string): LoginField {
  return /^[^\s@]+@[^\s@]+$/.test(login) ? 'email' : 'webExID';
}

/** For AuthenticateUser only: the one request that carries the password. */
export function passwordCredentials(
  site: WebExSite,
  login: string,
  password: string,
  field: LoginField = 'webExID',
): SecurityContext {
  return { [field]: login, password, siteName: site.name };
}

/** For every request after sign-in: the session ticket instead of the password. */
export function ticketCredentials(session: Session): SecurityContext {
  return {
    webExID: session.webExId,
    siteName: session.site.name,
    sessionTicket: session.sessionTicket,
  };
}

/**
 * Right after an email sign-in, before GetUser has told the host's WebEx ID: the ticket with
 * the email it was issued to.
 */
export function emailTicketCredentials(
  site: WebExSite,
  email: string,
  sessionTicket: string,
): SecurityContext {
  return { siteName: site.name, email, sessionTicket };
}

/** For requests that need no account, such as GetAPIVersion. */
export function siteCredentials(site: WebExSite): SecurityContext {
  return { siteName: site.name };
}
