import { t } from './i18n';
import { siteHost } from './site-host';
import type { WebExErrorInfo } from './webex/errors';
import type { WebExSite } from './webex/types';

// Its own module so that the popup's header can name the site without the rest of this one.
export { siteHost };

/** The host permission pattern that lets the extension talk to a site. */
export function siteOriginPattern(site: WebExSite): string {
  return `${site.origin}/*`;
}

/** A site outside *.webex.com that the host has not (or no longer) allowed the extension to reach. */
export function noSiteAccessError(site: WebExSite): WebExErrorInfo {
  const host = siteHost(site);
  const title = t('account.noSiteAccess.title', { host });
  return {
    kind: 'permission',
    message: title,
    explanation: {
      title,
      meaning: t('account.noSiteAccess.meaning', { host }),
      action: t('account.noSiteAccess.action', { host }),
    },
  };
}

/** What to prefill in the site field: `acme` for https://acme.webex.com, else the full address. */
export function siteInputOf(site: WebExSite): string {
  return site.origin === `https://${site.name}.webex.com`
    ? site.name
    : `${site.origin}/${site.name}`;
}
