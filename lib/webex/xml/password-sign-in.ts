import { WebExApiError } from '../errors';
import { ExceptionId } from '../exception-ids';
import type { HostProfile, Session, WebExSite } from '../types';
import type { XmlApiEnvironment } from './call';
import { loginFieldOf } from './credentials';
import { authenticateUser } from './operations/authenticate-user';
import { getUserByEmail } from './operations/get-user';
import { sessionExpiry } from './session-expiry';

/** A new session, and GetUser's answer when the sign-in already needed it (an email login). */
export interface PasswordSignIn {
  session: Session;
  /** GetUser's profile, asked with the email: only for a sign-in by email. */
  user?: HostProfile;
}

function isUserNotFound(error: unknown): boolean {
  return error instanceof WebExApiError && error.exceptionId === ExceptionId.UserNotFound;
}

/**
 * AuthenticateUser for what the host typed in "WebEx ID or email". A WebEx ID goes as
 * `webExID`. An address goes as `email`, and GetUser (asked with that email and the new
 * ticket) gives the host's real WebEx ID, which the session keeps for every later request.
 * Some sites use addresses as WebEx IDs: when no user has that email (030001, so no password
 * was checked), it is tried once more as `webExID`. Rejects with the last WebExError.
 */
export async function signInWithPassword(
  env: XmlApiEnvironment,
  site: WebExSite,
  login: string,
  password: string,
  now: () => number,
): Promise<PasswordSignIn> {
  const sessionFor = (webExId: string, auth: Awaited<ReturnType<typeof authenticateUser>>) => ({
    site,
    webExId,
    sessionTicket: auth.sessionTicket,
    expiresAt: sessionExpiry(auth, now),
  });
  if (loginFieldOf(login) === 'email') {
    const byEmail = await authenticateUser(env, site, login, password, 'email').catch(
      (error: unknown) => {
        if (isUserNotFound(error)) return undefined;
        throw error;
      },
    );
    if (byEmail) {
      const user = await getUserByEmail(env, site, login, byEmail.sessionTicket);
      return { session: sessionFor(user.webExId, byEmail), user };
    }
  }
  const auth = await authenticateUser(env, site, login, password, 'webExID');
  return { session: sessionFor(login, auth) };
}
