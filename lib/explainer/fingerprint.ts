import { parseUrl } from '../url';
import type { BackUrlResult } from '../webex/url/back-url';

/** cyrb53: a fast 53-bit string hash. Not cryptographic: it only has to tell results apart. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Identifies one result on one page (origin and path plus the result parameters), hashed so
 * that meeting keys and WebEx IDs are not kept in storage.
 */
export function resultFingerprint(pageUrl: string, result: BackUrlResult): string {
  const url = parseUrl(pageUrl);
  // Not a URL (tests, about:blank): the text itself still identifies the page.
  const page = url ? url.origin + url.pathname : pageUrl;
  const parts = [page, result.at, result.st, result.rs ?? '', result.mk ?? '', result.wid ?? ''];
  return hash53(parts.join('\n'));
}
