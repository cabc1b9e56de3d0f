import { siteHost } from '../site-access';
import type { Explanation, WebExErrorInfo } from '../webex/errors';
import type { WebExSite } from '../webex/types';

const WRONG_PASSWORD = '030002';
const UNKNOWN_USER = '030001';
const SINGLE_SIGN_ON = '030103';

function sitePage(site: WebExSite): string {
  return `${site.origin}/${site.name}`;
}

/** At sign-in a failure says more than elsewhere: a dead host means a wrong site name, and so on. */
function signInExplanation(
  error: WebExErrorInfo,
  site: WebExSite,
  webExId: string,
): Explanation | undefined {
  const host = siteHost(site);
  if (error.kind === 'network') {
    return {
      title: `We could not reach ${host}`,
      meaning: `Nothing answered at ${site.origin}. The site name may be misspelt, or you may be offline or behind a proxy or VPN that blocks it.`,
      action: `Check the site name (for https://acme.webex.com type acme) and your connection, then sign in again.`,
    };
  }
  if (error.kind === 'xml-api-off') {
    return {
      title: `${host} no longer answers the WebEx XML API`,
      meaning: `${error.explanation.meaning} The extension signs in and schedules through that API, so it cannot work with this site.`,
      action: `Check the site name. If it is right, ask your WebEx site administrator whether the XML API can be switched on; meanwhile schedule and start meetings on ${sitePage(site)}.`,
    };
  }
  if (error.exceptionId === WRONG_PASSWORD) {
    return {
      title: 'Wrong WebEx ID or password',
      meaning: `${host} did not accept the password for ${webExId}.`,
      action: `Check your WebEx ID and type the password again (it is case-sensitive). Forgot it? Reset it on ${sitePage(site)}.`,
    };
  }
  if (error.exceptionId === UNKNOWN_USER) {
    return {
      title: `${host} has no account ${webExId}`,
      meaning: 'WebEx found no user with this WebEx ID or email address on the site.',
      action:
        'Check the WebEx ID (your user name or email address on WebEx) and the site name, then sign in again.',
    };
  }
  if (error.exceptionId === SINGLE_SIGN_ON) {
    return {
      title: `${host} signs you in through your organisation (single sign-on)`,
      meaning: `Your account on this site has no WebEx password: you sign in with your organisation's login, and WebEx refuses any password sent through its XML API. The extension can only sign in with a WebEx password, so it cannot schedule or start meetings for this account; your company password will not work here either.`,
      action: `Schedule and start your meetings on ${sitePage(site)} or in the Webex app, where you sign in with your organisation's login.`,
    };
  }
  return undefined;
}

export function explainSignInFailure(
  error: WebExErrorInfo,
  site: WebExSite,
  webExId: string,
): WebExErrorInfo {
  const explanation = signInExplanation(error, site, webExId);
  return explanation ? { ...error, message: explanation.title, explanation } : error;
}
