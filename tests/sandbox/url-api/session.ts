import type { HostConfig } from '../config.ts';
import { removeWhere, type BrowserSession } from '../state.ts';
import type { UrlApiContext } from './context.ts';

export const SESSION_COOKIE = 'WBXSESSION';
/** The session cookie's "alive time" without activity (URL API Common Error Messages). */
export const SESSION_IDLE_MS = 30 * 60_000;

/** The browser's live session, touched; an idle one is ended and not returned. */
export function currentSession(context: UrlApiContext): BrowserSession | undefined {
  const { state, sessionCookie } = context;
  const session = state.browserSessions.find((item) => item.id === sessionCookie);
  if (!session) return undefined;
  if (context.now() - session.lastSeen > SESSION_IDLE_MS) {
    removeWhere(state.browserSessions, (item) => item === session);
    return undefined;
  }
  session.lastSeen = context.now();
  return session;
}

function cookie(context: UrlApiContext, value: string, extra = ''): string {
  return `${SESSION_COOKIE}=${value}; Path=/${context.site.name}/; Secure; HttpOnly; SameSite=Lax${extra}`;
}

/** Starts a session and returns the Set-Cookie header for it. */
export function startSession(context: UrlApiContext, host: HostConfig): string {
  const id = context.tokens.hex(32);
  context.state.browserSessions.push({ id, webExId: host.webExId, lastSeen: context.now() });
  return cookie(context, id);
}

/** Ends the browser's session (if any) and returns the Set-Cookie header that clears it. */
export function endSession(context: UrlApiContext): string {
  removeWhere(context.state.browserSessions, (item) => item.id === context.sessionCookie);
  return cookie(context, '', '; Max-Age=0');
}
