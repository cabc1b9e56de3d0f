// RFC 8288 (formerly 5988) `Link` headers, as the REST API pages with them:
// `Link: <https://webexapis.com/v1/meetings?...>; rel="next"`. Read from hostile text in one
// pass, so a long or malformed header costs time in proportion to its length, no more.

/** Longest `Link` header read, in characters; a longer one is ignored (no further page). */
export const MAX_LINK_HEADER = 8192;

/**
 * The target of the first link whose `rel` (a space-separated list, any case) names `rel`, or
 * undefined. Quoted parameter values may hold `,` and `;`; targets are returned as written.
 */
export function linkTarget(header: string | null, rel: string): string | undefined {
  if (!header || header.length > MAX_LINK_HEADER) return undefined;
  const wanted = rel.toLowerCase();
  let i = 0;
  const n = header.length;
  while (i < n) {
    const open = header.indexOf('<', i);
    if (open < 0) return undefined;
    const close = header.indexOf('>', open + 1);
    if (close < 0) return undefined;
    const target = header.slice(open + 1, close);
    // The parameters run to the next comma outside quotes.
    let j = close + 1;
    let quoted = false;
    let params = '';
    for (; j < n; j++) {
      const char = header[j]!;
      if (char === '"') quoted = !quoted;
      else if (char === ',' && !quoted) break;
      params += char;
    }
    if (relNames(params).includes(wanted)) return target;
    i = j + 1;
  }
  return undefined;
}

function relNames(params: string): string[] {
  for (const param of params.split(';')) {
    const equals = param.indexOf('=');
    if (equals < 0 || param.slice(0, equals).trim().toLowerCase() !== 'rel') continue;
    const value = param
      .slice(equals + 1)
      .trim()
      .replace(/^"([^"]*)"$/, '$1');
    return value.toLowerCase().split(/\s+/);
  }
  return [];
}
