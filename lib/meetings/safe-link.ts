import { parseUrl } from '../url';
/** A server-given link, if it is a plain https URL (never javascript:, data: and the like). */
export function httpsLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return parseUrl(url)?.protocol === 'https:' ? url : undefined;
}

/**
 * A link read back from storage, if it is https on the meeting's own site (`siteOrigin`, e.g.
 * `https://acme.webex.com`); storage can be rewritten by content scripts, so anything else
 * (another host, http, another port) is refused and the caller asks WebEx again.
 */
export function siteLink(url: string | undefined, siteOrigin: string): string | undefined {
  if (!url) return undefined;
  const parsed = parseUrl(url);
  return parsed?.protocol === 'https:' && parsed.origin === siteOrigin ? url : undefined;
}
