import { parseUrl } from '../url';
import type { WebExSite } from '../webex/types';

const SITE_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
const WEBEX_HOST = /^([a-z0-9-]+)\.webex\.com$/i;

/**
 * The WebEx site a result page belongs to: `siteurl=` on the landing page, else the first
 * label of `SITE.webex.com`. Undefined on other origins (the panel then uses the signed-in
 * site, if any).
 */
export function siteOfPage(pageUrl: string): WebExSite | undefined {
  const url = parseUrl(pageUrl);
  if (!url) return undefined;
  const host = WEBEX_HOST.exec(url.hostname);
  if (url.protocol !== 'https:' || !host?.[1]) return undefined;
  const fromQuery = url.searchParams.get('siteurl') ?? url.searchParams.get('siteURL');
  const name = fromQuery && SITE_NAME.test(fromQuery) ? fromQuery : host[1];
  return { name: name.toLowerCase(), origin: url.origin };
}
