import { t } from '../i18n';
import { siteHost } from '../site-access';
import { WebExError, type Explanation, type WebExErrorInfo } from '../webex/errors';
import { isRestSession, type AccountSession } from '../webex/types';

function ownError(kind: WebExErrorInfo['kind'], explanation: Explanation): WebExErrorInfo {
  return { kind, message: explanation.title, explanation };
}

/** An action that needs an account, with none signed in. */
export function signedOutError(): WebExErrorInfo {
  return ownError('signed-out', {
    title: t('account.signedOut.title'),
    meaning: t('account.signedOut.meaning'),
    action: t('account.signedOut.action'),
  });
}

/**
 * The ticket expired (found locally, or WebEx said 030047): only the password brings a new one.
 * A REST token that ran out and could not be renewed silently (kind `token-expired`): only
 * signing in with Webex again (or a new personal token) brings a new one.
 */
export function ticketExpiredError(
  session: AccountSession,
  fromWebEx?: WebExErrorInfo,
): WebExErrorInfo {
  const rest = isRestSession(session);
  const explanation = rest
    ? {
        title: t('account.tokenExpired.title'),
        meaning: t(
          session.tokenKind === 'personal'
            ? 'account.tokenExpired.personalMeaning'
            : 'account.tokenExpired.meaning',
          { webExId: session.webExId },
        ),
        action: t('account.tokenExpired.action'),
      }
    : {
        title: t('account.ticketExpired.title'),
        meaning: t('account.ticketExpired.meaning', {
          webExId: session.webExId,
          host: siteHost(session.site),
        }),
        action: t('account.ticketExpired.action'),
      };
  if (fromWebEx) return { ...fromWebEx, message: explanation.title, explanation };
  return ownError(rest ? 'token-expired' : 'signed-out', explanation);
}

/**
 * The Webex account has no Webex Meetings site (none in `/people/me` or `/meetingPreferences`),
 * or not the one asked for (`siteUrl`).
 */
export function noWebexSiteError(email: string, siteUrl?: string): WebExError {
  const explanation = {
    title: t('account.noWebexSite.title'),
    meaning: siteUrl
      ? t('account.noWebexSite.notThisSite', { email, site: siteUrl })
      : t('account.noWebexSite.meaning', { email }),
    action: t('account.noWebexSite.action'),
  };
  return new WebExError('input', explanation.title, explanation);
}

/** A REST-only action (site choice, Personal Room) asked of an account signed in with a password. */
export function notRestAccountError(): WebExError {
  const explanation = {
    title: t('account.notRestAccount.title'),
    meaning: t('account.notRestAccount.meaning'),
    action: t('account.notRestAccount.action'),
  };
  return new WebExError('input', explanation.title, explanation);
}

/** The site field holds no WebEx site; `problem` says why (lib/webex/site.ts). */
export function siteInputError(problem: string): WebExErrorInfo {
  return ownError('input', {
    title: t('account.siteInput.title'),
    meaning: problem,
    action: t('account.siteInput.action'),
  });
}

/** A sign-in field left empty. */
export function missingFieldError(field: 'webExId' | 'password'): WebExErrorInfo {
  if (field === 'webExId') {
    return ownError('input', {
      title: t('account.missingWebExId.title'),
      meaning: t('account.missingWebExId.meaning'),
      action: t('account.missingWebExId.action'),
    });
  }
  return ownError('input', {
    title: t('account.missingPassword.title'),
    meaning: t('account.missingPassword.meaning'),
    action: t('account.missingPassword.action'),
  });
}

/** A schedule job the browser stopped before WebEx answered: the meeting may exist. */
export function interruptedScheduleError(): WebExErrorInfo {
  return ownError('interrupted', {
    title: t('account.interrupted.title'),
    meaning: t('account.interrupted.meaning'),
    action: t('account.interrupted.action'),
  });
}
