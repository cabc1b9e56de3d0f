import { looksPercentEncoded } from '../../lib/webex/url/percent-decoding';
import type { BackUrlResult } from '../../lib/webex/url/back-url';

/** Encoded so that `parseBackUrlResult` reads back exactly `value`, even one that contains %XX. */
function encodeResultValue(value: string): string {
  const once = encodeURIComponent(value);
  return looksPercentEncoded(value) ? encodeURIComponent(once) : once;
}

/**
 * The query string WebEx would append for this result (`AT=..&ST=..&RS=..`), without `?`.
 * `parseBackUrlResult(resultQueryString(r))` gives back `r`.
 */
export function resultQueryString(result: BackUrlResult): string {
  const pairs: [string, string | undefined][] = [
    ['AT', result.at],
    ['ST', result.st],
    ['RS', result.rs],
    ['WID', result.wid],
    ['MK', result.mk],
    ['TN', result.tn],
    ['OID', result.oid],
    ['OURL', result.ourl],
    ...(result.returned ?? []).map(({ name, value }): [string, string] => [name, value]),
  ];
  return pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
    .map(([key, value]) => `${key}=${encodeResultValue(value)}`)
    .join('&');
}
