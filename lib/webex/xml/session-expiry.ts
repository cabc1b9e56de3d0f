import type { AuthenticateUserResult } from './operations/authenticate-user';

/** Older servers leave out timeToLive; 5400 s (90 min) is what WebEx has been seen to grant. */
export const DEFAULT_TICKET_LIFETIME_SECONDS = 5400;

/** Epoch ms after which the ticket is no longer accepted, by the server's clock if it sent one. */
export function sessionExpiry(auth: AuthenticateUserResult, now: () => number): number {
  const lifetimeMs = (auth.timeToLive ?? DEFAULT_TICKET_LIFETIME_SECONDS) * 1000;
  return (auth.createTime ?? now()) + lifetimeMs;
}
