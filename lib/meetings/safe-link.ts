import { parseUrl } from '../url';
/** A server-given link, if it is a plain https URL (never javascript:, data: and the like). */
export function httpsLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return parseUrl(url)?.protocol === 'https:' ? url : undefined;
}
