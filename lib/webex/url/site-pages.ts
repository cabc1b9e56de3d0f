import type { WebExSite } from '../types';

const SITE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** `https://acme.webex.com/acme/<page>` for a site; throws a clear error for a malformed site. */
export function sitePageUrl(site: WebExSite, page: 'p.php' | 'm.php'): string {
  if (!SITE_NAME.test(site.name)) {
    throw new Error(
      `"${site.name.slice(0, 60)}" is not a WebEx site name (letters, digits, - or _).`,
    );
  }
  let origin: URL;
  try {
    origin = new URL(site.origin);
  } catch {
    throw new Error(`"${site.origin.slice(0, 80)}" is not a WebEx site address.`);
  }
  const bareOrigin = origin.origin === site.origin.replace(/\/$/, '');
  if (!['https:', 'http:'].includes(origin.protocol) || !bareOrigin) {
    throw new Error(
      `"${site.origin.slice(0, 80)}" is not a WebEx site address; expected e.g. https://acme.webex.com.`,
    );
  }
  return `${origin.origin}/${site.name}/${page}`;
}
