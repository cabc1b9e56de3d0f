import type { ServerResponse } from 'node:http';
import type { SiteConfig } from '../config.ts';
import type { SiteState } from '../state.ts';
import type { TokenSource } from '../tokens.ts';

/** One URL API command (p.php or m.php) on one site. */
export interface UrlApiContext {
  response: ServerResponse;
  site: SiteConfig;
  state: SiteState;
  /** Origin the browser used, e.g. https://acme.webex.com. */
  origin: string;
  /** Parameters from the query string only. */
  query: URLSearchParams;
  /** Parameters from a POSTed form (empty for GET). */
  form: URLSearchParams;
  /** Value of the session cookie, if the browser sent one. */
  sessionCookie: string | undefined;
  now: () => number;
  tokens: TokenSource;
  newMeetingKey: () => string;
}

/** A parameter from the form or the query (names are case-sensitive, as documented). */
export function param(context: UrlApiContext, name: string): string | undefined {
  return context.form.get(name) ?? context.query.get(name) ?? undefined;
}
