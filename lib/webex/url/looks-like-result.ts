// Runs on every page before anything else loads: keep it tiny and dependency-free.

/** True when `key` (two lower-case letters) starts a parameter somewhere in `text`. */
function hasParameter(text: string, key: string): boolean {
  for (let equals = text.indexOf('=', 2); equals !== -1; equals = text.indexOf('=', equals + 1)) {
    const start = equals - 2;
    const boundary = start === 0 || '?&#'.includes(text.charAt(start - 1));
    if (
      boundary &&
      text.charAt(start).toLowerCase() === key.charAt(0) &&
      text.charAt(start + 1).toLowerCase() === key.charAt(1)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Cheap pre-check for a WebEx URL API result (`AT=..&ST=..`) in a query string or URL.
 * Never misses a result `parseBackUrlResult` would find; may say yes to a few that are not.
 */
export function looksLikeWebExResult(search: string): boolean {
  return typeof search === 'string' && hasParameter(search, 'at') && hasParameter(search, 'st');
}
