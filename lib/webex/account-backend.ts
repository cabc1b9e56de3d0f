import type { MeetingsBackend } from './backend';
import type { RestMeetingsBackend } from './rest/client';
import type { RestSession } from './rest/session';
import { isRestSession, type AccountSession, type RestAccountSession, type Session } from './types';

/** The REST client's view of a signed-in REST account: the site as REST names it, the token. */
export function toRestSession(session: RestAccountSession): RestSession {
  return {
    siteUrl: new URL(session.site.origin).host,
    accessToken: session.accessToken,
    expiresAt: session.expiresAt,
    tokenKind: session.tokenKind,
  };
}

/**
 * One MeetingsBackend over both APIs: each call goes to the XML client or the REST client by the
 * session's `api` (lib/webex/types.ts). `signIn` (a password) is the XML API's only; REST
 * accounts sign in through OAuth (lib/background/webex-account.ts).
 */
export function createAccountBackend(
  xml: MeetingsBackend<Session>,
  rest: RestMeetingsBackend,
): MeetingsBackend<AccountSession> {
  const pick = <T>(
    session: AccountSession,
    onXml: (session: Session) => T,
    onRest: (session: RestSession) => T,
  ): T => (isRestSession(session) ? onRest(toRestSession(session)) : onXml(session));
  return {
    signIn: (site, login, password) => xml.signIn(site, login, password),
    getProfile: (s) => pick(s, xml.getProfile, rest.getProfile),
    schedule: (s, request) =>
      pick(
        s,
        (x) => xml.schedule(x, request),
        (r) => rest.schedule(r, request),
      ),
    list: (s, window) =>
      pick(
        s,
        (x) => xml.list(x, window),
        (r) => rest.list(r, window),
      ),
    get: (s, key) =>
      pick(
        s,
        (x) => xml.get(x, key),
        (r) => rest.get(r, key),
      ),
    hostUrl: (s, key) =>
      pick(
        s,
        (x) => xml.hostUrl(x, key),
        (r) => rest.hostUrl(r, key),
      ),
    joinUrls: (s, key) =>
      pick(
        s,
        (x) => xml.joinUrls(x, key),
        (r) => rest.joinUrls(r, key),
      ),
    remove: (s, key) =>
      pick(
        s,
        (x) => xml.remove(x, key),
        (r) => rest.remove(r, key),
      ),
  };
}
