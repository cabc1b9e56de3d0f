import { parseUrl } from './url';
import type { WebExSite } from './webex/types';

/** The site's host name as a person reads it (`acme.webex.com`); the origin if it is no URL. */
export function siteHost(site: WebExSite): string {
  return parseUrl(site.origin)?.host ?? site.origin;
}
