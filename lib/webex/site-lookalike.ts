const WEBEX_DOMAIN = 'webex.com';
// Host names are short; the cap keeps the distance table small whatever was pasted.
const MAX_COMPARED = 64;

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), O(a·b). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    rows[i] = [i];
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        rows[0]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The WebEx site address a host most likely meant when the name they typed is one slip away
 * from `SITE.webex.com` (`acme.webex.co`, `acme.webx.com`, `acme.webex.con`,
 * `acme.webex.co.uk`), so that they are asked before the browser is asked for a permission to
 * reach a stranger's host. `hostname` is lower case. Undefined for webex.com hosts themselves
 * and for hosts that look like nothing of WebEx's (an intranet integration's own server).
 */
export function webExLookalike(hostname: string): string | undefined {
  if (hostname.length > MAX_COMPARED) return undefined;
  const [site, ...rest] = hostname.split('.');
  const domain = rest.join('.');
  if (!site || rest.length === 0 || domain === WEBEX_DOMAIN) return undefined;
  const nearDomain = editDistance(domain, WEBEX_DOMAIN) <= 2;
  const nearLabel = rest.length >= 2 && editDistance(rest[0] ?? '', 'webex') <= 1;
  return nearDomain || nearLabel ? `${site}.${WEBEX_DOMAIN}` : undefined;
}
