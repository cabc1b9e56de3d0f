import { siteHost } from '../site-access';
import type { WebExErrorInfo } from '../webex/errors';
import type { Session } from '../webex/types';

function ownError(
  kind: WebExErrorInfo['kind'],
  title: string,
  meaning: string,
  action: string,
): WebExErrorInfo {
  return { kind, message: title, explanation: { title, meaning, action } };
}

export function signedOutError(): WebExErrorInfo {
  return ownError(
    'signed-out',
    'You are not signed in',
    'The extension needs your WebEx account to do this, and no account is signed in.',
    'Sign in with your WebEx site, WebEx ID and password, then try again.',
  );
}

/** The ticket ran out (found locally, or WebEx said 030047): only the password brings it back. */
export function sessionEndedError(session: Session, fromWebEx?: WebExErrorInfo): WebExErrorInfo {
  const explanation = {
    title: 'Your WebEx session has ended',
    meaning: `WebEx sign-ins last a limited time, and the one for ${session.webExId} on ${siteHost(session.site)} is over. Your password is never stored, so the extension needs it once more.`,
    action: 'Enter your password; the extension then carries on with what you asked.',
  };
  if (fromWebEx) return { ...fromWebEx, message: explanation.title, explanation };
  return { kind: 'signed-out', message: explanation.title, explanation };
}

export function siteInputError(problem: string): WebExErrorInfo {
  return ownError(
    'input',
    'That is not a WebEx site',
    problem,
    'Type your site name (acme for https://acme.webex.com) or paste the https address of your WebEx site.',
  );
}

export function missingFieldError(field: 'WebEx ID' | 'password'): WebExErrorInfo {
  return ownError(
    'input',
    `Enter your ${field}`,
    `WebEx needs your ${field} to sign you in.`,
    `Fill in the ${field} field and sign in again.`,
  );
}

export function interruptedScheduleError(): WebExErrorInfo {
  return ownError(
    'interrupted',
    'Scheduling was interrupted',
    'The browser stopped the extension while WebEx was scheduling the meeting, so the extension never heard whether it was created.',
    'Look at your upcoming meetings before you schedule it again, so that it is not created twice.',
  );
}
