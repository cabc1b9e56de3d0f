import { restUnexpected } from './failures';
import { linkTarget } from './link-header';
import type { RestOperation } from './operations';
import type { RestSession } from './session';
import { isRestUrl, restCall, type RestEnvironment } from './transport';

/** Most pages one list follows: 10 pages of 100 meetings is far beyond any host's three weeks. */
export const MAX_PAGES = 10;
/** Most items one list keeps, whatever the pages hold. */
export const MAX_ITEMS = 1000;

// A link target may be relative to the page it came with (RFC 8288 3.2).
function resolved(target: string | undefined, base: string): string | undefined {
  if (target === undefined) return undefined;
  try {
    return new URL(target, base).href;
  } catch {
    return undefined;
  }
}

/**
 * GETs `firstUrl` and every `Link: <...>; rel="next"` after it (a next page may be empty), up
 * to MAX_PAGES pages and MAX_ITEMS items, and returns the pages' `items` in order. A next link
 * off the REST API, or one already read, ends the list: the token goes nowhere else.
 */
export async function readAllPages(
  env: RestEnvironment,
  session: RestSession,
  operation: RestOperation,
  firstUrl: string,
): Promise<unknown[]> {
  const items: unknown[] = [];
  const visited = new Set<string>();
  let url: string | undefined = firstUrl;
  while (url !== undefined && visited.size < MAX_PAGES && items.length < MAX_ITEMS) {
    visited.add(url);
    const answer = await restCall(env, session, { operation, method: 'GET', url });
    const page = (answer.json as { items?: unknown } | null)?.items;
    if (!Array.isArray(page)) {
      throw restUnexpected({ operation, siteUrl: session.siteUrl }, '"items"');
    }
    items.push(...page.slice(0, MAX_ITEMS - items.length));
    const next = resolved(linkTarget(answer.headers.get('link'), 'next'), url);
    url = next !== undefined && isRestUrl(next) && !visited.has(next) ? next : undefined;
  }
  return items;
}
