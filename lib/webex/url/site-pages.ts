import { t } from '../../i18n';
import type { WebExSite } from '../types';

const SITE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** `https://acme.webex.com/acme/<page>` for a site; throws a clear error for a malformed site. */
export function sitePageUrl(site: WebExSite, page: 'p.php' | 'm.php'): string {
  if (!SITE_NAME.test(site.name)) {
    throw new Error(t('webex.url.invalidSiteName', { name: site.name.slice(0, 60) }));
  }
  let origin: URL;
  try {
    origin = new URL(site.origin);
  } catch {
    throw new Error(t('webex.url.invalidSiteAddress', { origin: site.origin.slice(0, 80) }));
  }
  const bareOrigin = origin.origin === site.origin.replace(/\/$/, '');
  if (!['https:', 'http:'].includes(origin.protocol) || !bareOrigin) {
    throw new Error(t('webex.url.notBareSiteAddress', { origin: site.origin.slice(0, 80) }));
  }
  return `${origin.origin}/${site.name}/${page}`;
}

/**
 * The site's landing page, `https://acme.webex.com/mywebex/default.do?siteurl=acme`: WebEx's
 * own sign-in page for a browser that is not signed in, the site's home page otherwise. Where a
 * start ends and where "Sign in on the WebEx site" goes.
 */
export function siteLandingPage(site: WebExSite): string {
  return `${site.origin}/mywebex/default.do?siteurl=${encodeURIComponent(site.name)}`;
}
