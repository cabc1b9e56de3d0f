import { parseUrl } from '../url';

// Everything WebEx appends to a back URL, and CSRF, which must not travel further.
const RESULT_PARAMETERS = new Set(['at', 'st', 'rs', 'wid', 'mk', 'tn', 'csrf']);

/**
 * The page as it was before WebEx appended its result: where "log out and retry" comes back
 * to, so the host can start again from the page that sent them. Null if it is not a web URL.
 */
export function pageWithoutResult(pageUrl: string): string | null {
  const url = parseUrl(pageUrl);
  if (!url) return null;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const kept = [...url.searchParams].filter(([key]) => !RESULT_PARAMETERS.has(key.toLowerCase()));
  url.search = new URLSearchParams(kept).toString();
  url.hash = '';
  return url.href;
}
