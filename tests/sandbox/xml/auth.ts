import { findHost, findHostByEmail, type HostConfig } from '../config.ts';
import type { OperationContext } from './context.ts';
import { EXCEPTIONS, XmlFailure } from './exceptions.ts';

/** Session tickets from AuthenticateUser live this long (seconds), as WebEx reports. */
export const TICKET_TIME_TO_LIVE = 5400;

function identify({ site, security }: OperationContext): HostConfig {
  const host =
    security.webExID !== undefined
      ? findHost(site, security.webExID)
      : security.email !== undefined
        ? findHostByEmail(site, security.email)
        : undefined;
  if (!host) throw new XmlFailure(EXCEPTIONS.userNotFound);
  return host;
}

/** A Common Identity site with SSO has no WebEx passwords: any password is refused as such. */
function refusePasswordOnSingleSignOn({ site, security }: OperationContext): void {
  if (site.singleSignOn && security.password !== undefined) {
    throw new XmlFailure(EXCEPTIONS.singleSignOnOnly);
  }
}

/** The host named by webExID + password. */
export function authenticateWithPassword(context: OperationContext): HostConfig {
  const host = identify(context);
  const { password, sessionTicket } = context.security;
  if (password === undefined && sessionTicket !== undefined) {
    throw new XmlFailure(EXCEPTIONS.ticketNotAccepted);
  }
  refusePasswordOnSingleSignOn(context);
  if (password === undefined || password !== host.password) {
    throw new XmlFailure(EXCEPTIONS.wrongPassword);
  }
  return host;
}

/** The host named by webExID with a password or a live session ticket (WebEx accepts both). */
export function authenticate(context: OperationContext): HostConfig {
  const host = identify(context);
  const { password, sessionTicket } = context.security;
  refusePasswordOnSingleSignOn(context);
  if (password !== undefined) {
    if (password !== host.password) throw new XmlFailure(EXCEPTIONS.wrongPassword);
    return host;
  }
  if (sessionTicket === undefined) throw new XmlFailure(EXCEPTIONS.wrongPassword);
  const ticket = context.state.sessionTickets.find(
    (item) => item.ticket === sessionTicket && item.webExId === host.webExId,
  );
  const alive = ticket && context.now() < ticket.createTime + ticket.timeToLiveSeconds * 1000;
  if (!alive) throw new XmlFailure(EXCEPTIONS.invalidTicket);
  return host;
}
