import { t } from '../i18n';
import { siteHost } from '../site-access';
import type { Explanation, WebExErrorInfo } from '../webex/errors';
import { ExceptionId } from '../webex/exception-ids';
import type { WebExSite } from '../webex/types';

function sitePageOf(site: WebExSite): string {
  return `${site.origin}/${site.name}`;
}

/** At sign-in an error says more than elsewhere: a dead host means a wrong site name, and so on. */
function signInExplanation(
  error: WebExErrorInfo,
  site: WebExSite,
  webExId: string,
): Explanation | undefined {
  const host = siteHost(site);
  const sitePage = sitePageOf(site);
  if (error.kind === 'network') {
    return {
      title: t('account.unreachable.title', { host }),
      meaning: t('account.unreachable.meaning', { origin: site.origin }),
      action: t('account.unreachable.action'),
    };
  }
  if (error.kind === 'xml-api-off') {
    return {
      title: t('account.xmlApiOff.title', { host }),
      meaning: t('account.xmlApiOff.meaning', { meaning: error.explanation.meaning }),
      action: t('account.xmlApiOff.action', { sitePage }),
    };
  }
  if (error.exceptionId === ExceptionId.IncorrectUserOrPassword) {
    return {
      title: t('account.wrongPassword.title'),
      meaning: t('account.wrongPassword.meaning', { host, webExId }),
      action: t('account.wrongPassword.action', { sitePage }),
    };
  }
  if (error.exceptionId === ExceptionId.UserNotFound) {
    return {
      title: t('account.unknownUser.title', { host, webExId }),
      meaning: t('account.unknownUser.meaning'),
      action: t('account.unknownUser.action'),
    };
  }
  if (error.exceptionId === ExceptionId.RoleNotSupported) {
    return {
      title: t('account.singleSignOn.title', { host }),
      meaning: t('account.singleSignOn.meaning'),
      action: t('account.singleSignOn.action', { sitePage }),
    };
  }
  return undefined;
}

/** A sign-in error, explained for the site and WebEx ID the host typed. */
export function explainSignInError(
  error: WebExErrorInfo,
  site: WebExSite,
  webExId: string,
): WebExErrorInfo {
  const explanation = signInExplanation(error, site, webExId);
  return explanation ? { ...error, message: explanation.title, explanation } : error;
}
