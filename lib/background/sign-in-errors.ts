import { t } from '../i18n';
import { siteHost } from '../site-access';
import type { Explanation, WebExErrorInfo } from '../webex/errors';
import { ExceptionId } from '../webex/exception-ids';
import type { WebExSite } from '../webex/types';

function sitePageOf(site: WebExSite): string {
  return `${site.origin}/${site.name}`;
}

/**
 * At sign-in an error says more than elsewhere: a dead host means a wrong site name, and so on.
 * `typed` is the site as the host typed it, named back to them.
 */
function signInExplanation(
  error: WebExErrorInfo,
  site: WebExSite,
  webExId: string,
  typed: string,
): Explanation | undefined {
  const host = siteHost(site);
  const sitePage = sitePageOf(site);
  if (error.kind === 'network') {
    return {
      title: t('account.unreachable.title', { host }),
      meaning: t('account.unreachable.meaning', { origin: site.origin, typed }),
      action: t('account.unreachable.action', { typed }),
    };
  }
  // WebEx knows no site by that name: no page of it to point to, only the spelling to check.
  if (error.kind === 'no-site') {
    return {
      title: t('account.noSuchSite.title', { typed }),
      meaning: t('account.noSuchSite.meaning', { meaning: error.explanation.meaning }),
      action: t('account.noSuchSite.action', { typed }),
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

/**
 * A sign-in error, explained for the site and WebEx ID the host typed; `typed` is the site
 * field as typed (default: the site's name), so a misspelt name is quoted back as it was.
 */
export function explainSignInError(
  error: WebExErrorInfo,
  site: WebExSite,
  webExId: string,
  typed: string = site.name,
): WebExErrorInfo {
  // A long pasted link is not worth quoting whole: the site's name says the same.
  const quoted = typed.trim().length <= 64 ? typed.trim() : site.name;
  const explanation = signInExplanation(error, site, webExId, quoted);
  return explanation ? { ...error, message: explanation.title, explanation } : error;
}
