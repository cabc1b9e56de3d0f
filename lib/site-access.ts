import type { WebExErrorInfo } from './webex/errors';
import type { WebExSite } from './webex/types';

/** The host permission pattern that lets the extension talk to a site. */
export function siteOriginPattern(site: WebExSite): string {
  return `${site.origin}/*`;
}

export function siteHost(site: WebExSite): string {
  try {
    return new URL(site.origin).host;
  } catch {
    return site.origin;
  }
}

/** A site outside *.webex.com that the host has not (or no longer) allowed the extension to reach. */
export function noSiteAccessError(site: WebExSite): WebExErrorInfo {
  const host = siteHost(site);
  const title = `The extension may not contact ${host}`;
  return {
    kind: 'permission',
    message: title,
    explanation: {
      title,
      meaning: `${host} is not a webex.com address, so the browser lets the extension reach it only after you allow it. That permission was not given, or was removed.`,
      action: `Sign in again and choose "Allow" when the browser asks for access to ${host}. If this is not your WebEx site, check the site name.`,
    },
  };
}

/** What to prefill in the site field: `acme` for https://acme.webex.com, else the full address. */
export function siteInputOf(site: WebExSite): string {
  return site.origin === `https://${site.name}.webex.com`
    ? site.name
    : `${site.origin}/${site.name}`;
}
