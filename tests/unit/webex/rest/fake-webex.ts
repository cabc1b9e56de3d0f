import { isWebExError, type WebExErrorInfo } from '../../../../lib/webex/errors';
import type { RestSession } from '../../../../lib/webex/rest/session';
import type { RestEnvironment } from '../../../../lib/webex/rest/transport';
import { SITE } from './fixtures';

/** One request the client sent, as the fake Webex saw it. */
export interface SeenRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The JSON body, parsed; undefined without one. */
  body: unknown;
  init: RequestInit;
}

export type Answer = (request: SeenRequest) => Response | Promise<Response>;

/** A JSON answer, with `application/json;charset=UTF-8` as Webex sends it. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json;charset=UTF-8', ...headers },
  });
}

export const NOW = Date.parse('2026-12-01T09:00:00Z');

export const session: RestSession = {
  siteUrl: SITE,
  accessToken: 'token-ZmFrZQ',
  expiresAt: NOW + 60 * 60 * 1000,
  tokenKind: 'integration',
};

/**
 * A fetch that answers by `answer` (route on method and path) and records every request, and
 * an environment around it whose clock stands at NOW and whose waits are recorded, not slept.
 */
export function fakeWebex(answer: Answer) {
  const requests: SeenRequest[] = [];
  const waits: number[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const text = typeof init.body === 'string' ? init.body : undefined;
    const request: SeenRequest = {
      method: init.method ?? 'GET',
      url: new URL(String(input)),
      headers: new Headers(init.headers),
      body: text === undefined ? undefined : JSON.parse(text),
      init,
    };
    requests.push(request);
    return answer(request);
  }) as typeof globalThis.fetch;
  const env: RestEnvironment = {
    fetch,
    now: () => NOW,
    wait: async (ms) => {
      waits.push(ms);
    },
  };
  return { env, fetch, requests, waits };
}

/** Routes by `METHOD /path` (path after /v1); anything else is a 404 in Webex's error shape. */
export function routes(table: Record<string, Answer>): Answer {
  return (request) => {
    const path = request.url.pathname.replace(/^\/v1/, '');
    const route = table[`${request.method} ${path}`];
    if (route) return route(request);
    return json(404, { message: 'Not found', errors: [{ description: 'Not found' }] });
  };
}

/** What a rejected call's WebExError carries, in the serializable form the UI receives. */
export async function rejection(promise: Promise<unknown>): Promise<WebExErrorInfo> {
  const reason = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!isWebExError(reason)) throw new Error(`expected a WebExError, got ${String(reason)}`);
  return reason.toInfo();
}
