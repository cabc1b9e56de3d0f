import { readCapped } from '../capped-body';
import {
  MAX_RETRY_AFTER_SECONDS,
  readErrorBody,
  retryAfterSeconds,
  type RestErrorBody,
} from './error-body';
import {
  restNetwork,
  restNotJson,
  restStatusFailure,
  restTimeout,
  restTokenExpired,
  restTooLarge,
  restTruncated,
  type RestFailureContext,
} from './failures';
import type { RestOperation } from './operations';
import { REST_BASE_URL, type RestSession } from './session';

export const DEFAULT_REST_TIMEOUT_MS = 20_000;
/** The longest answer read, in bytes: a page of 100 meetings is well under 1 MB. */
export const MAX_REST_ANSWER_BYTES = 2 * 1024 * 1024;
/** How many times a read waits out a 429 or 423 and asks again before giving up. */
export const MAX_READ_RETRIES = 2;

/** What the REST client needs from its surroundings; tests pass fakes. */
export interface RestEnvironment {
  fetch: typeof fetch;
  /** The clock (epoch ms): token expiry and `Retry-After` dates. */
  now: () => number;
  /** Waits `ms` before a read is asked again after a 429 or 423. */
  wait: (ms: number) => Promise<void>;
  /** Per request; default 20 s. */
  timeoutMs?: number;
  /** The longest answer read, in bytes; default MAX_REST_ANSWER_BYTES. */
  maxAnswerBytes?: number;
}

/** One request: `url` is absolute and under REST_BASE_URL; `body` is sent as JSON. */
export interface RestCall {
  operation: RestOperation;
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  body?: unknown;
}

/** A 2xx answer: its JSON (undefined for 204) and headers (for `Link`). */
export interface RestAnswer {
  status: number;
  headers: Headers;
  json: unknown;
}

/** Whether `url` is an https address under REST_BASE_URL: the only place the token is sent. */
export function isRestUrl(url: string): boolean {
  if (!url.startsWith(`${REST_BASE_URL}/`)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const base = new URL(REST_BASE_URL);
  return (
    parsed.origin === base.origin &&
    parsed.pathname.startsWith(`${base.pathname}/`) &&
    !parsed.username &&
    !parsed.password
  );
}

function looksLikeHtml(body: string, contentType: string): boolean {
  return /html|xml/i.test(contentType) || body.trimStart().startsWith('<');
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

interface RawAnswer {
  status: number;
  headers: Headers;
  body: string;
}

async function send(
  env: RestEnvironment,
  session: RestSession,
  call: RestCall,
  context: RestFailureContext,
): Promise<RawAnswer> {
  const timeoutMs = env.timeoutMs ?? DEFAULT_REST_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const headers: Record<string, string> = {
    Authorization: `Bearer ${session.accessToken}`,
    Accept: 'application/json',
  };
  if (call.body !== undefined) headers['Content-Type'] = 'application/json';
  // Called unbound: `window.fetch` invoked as a method of `env` throws "Illegal invocation".
  const fetchFn = env.fetch;
  let response: Response;
  try {
    response = await fetchFn(call.url, {
      method: call.method,
      headers,
      body: call.body === undefined ? undefined : JSON.stringify(call.body),
      signal,
      // The token authenticates; cookies play no part, and no redirect may carry the token on.
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
    });
  } catch {
    throw signal.aborted ? restTimeout(context, timeoutMs) : restNetwork(context);
  }
  const maxBytes = env.maxAnswerBytes ?? MAX_REST_ANSWER_BYTES;
  if (Number(response.headers.get('content-length') ?? '') > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw restTooLarge(context, response.status, maxBytes);
  }
  let body: string | undefined;
  try {
    body = await readCapped(response, maxBytes);
  } catch {
    throw signal.aborted
      ? restTimeout(context, timeoutMs)
      : restTruncated(context, response.status);
  }
  if (body === undefined) throw restTooLarge(context, response.status, maxBytes);
  return { status: response.status, headers: response.headers, body };
}

function errorBody(answer: RawAnswer): RestErrorBody {
  return readErrorBody(parseJson(answer.body));
}

// A refusal sent as a web page (other than the ones read by status alone) is a proxy or a
// portal answering instead of Webex: said so, rather than a Webex refusal with no words.
function pageInsteadOfRefusal(answer: RawAnswer): boolean {
  const byStatus = [401, 423, 429].includes(answer.status) || answer.status >= 500;
  const contentType = answer.headers.get('content-type') ?? '';
  return !byStatus && looksLikeHtml(answer.body, contentType);
}

function readOk(answer: RawAnswer, context: RestFailureContext): RestAnswer {
  if (answer.status === 204) return { status: 204, headers: answer.headers, json: undefined };
  const contentType = answer.headers.get('content-type') ?? '';
  if (answer.body.trim() === '') throw restTruncated(context, answer.status);
  if (looksLikeHtml(answer.body, contentType)) throw restNotJson(context, answer.status);
  const json = parseJson(answer.body);
  if (json === undefined) throw restTruncated(context, answer.status);
  return { status: answer.status, headers: answer.headers, json };
}

/**
 * Sends one request with the session's bearer token and returns its 2xx answer; anything else
 * rejects with a WebExError (lib/webex/rest/failures.ts). An expired token is not sent. Reads
 * (GET) that meet 429 or 423 with a `Retry-After` of at most a minute wait it out and ask again,
 * up to MAX_READ_RETRIES times; nothing else is ever resent (a lost POST /meetings may have
 * created the meeting).
 */
export async function restCall(
  env: RestEnvironment,
  session: RestSession,
  call: RestCall,
): Promise<RestAnswer> {
  if (!isRestUrl(call.url)) throw new Error(`not a Webex REST address: ${call.url}`);
  const context: RestFailureContext = { operation: call.operation, siteUrl: session.siteUrl };
  for (let attempt = 0; ; attempt++) {
    if (session.expiresAt <= env.now()) throw restTokenExpired(context);
    const answer = await send(env, session, call, context);
    if (answer.status >= 200 && answer.status < 300) return readOk(answer, context);
    if (pageInsteadOfRefusal(answer)) throw restNotJson(context, answer.status);
    const retryAfter = retryAfterSeconds(answer.headers.get('retry-after'), env.now());
    const waitable = answer.status === 429 || answer.status === 423;
    const mayRetry =
      call.method === 'GET' &&
      waitable &&
      retryAfter !== undefined &&
      retryAfter <= MAX_RETRY_AFTER_SECONDS &&
      attempt < MAX_READ_RETRIES;
    if (!mayRetry) throw restStatusFailure(context, answer.status, errorBody(answer), retryAfter);
    await env.wait(retryAfter * 1000);
  }
}
