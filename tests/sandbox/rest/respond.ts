import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxConfig } from '../config.ts';
import { send } from '../http.ts';
import type { TokenSource } from '../tokens.ts';
import type { RecordedRestRequest } from '../types.ts';
import type { RestStore } from './state.ts';

export const JSON_TYPE = 'application/json;charset=UTF-8';

/** What a webexapis.com handler gets: the request read, the store, the clock. */
export interface RestContext {
  request: IncomingMessage;
  response: ServerResponse;
  method: string;
  /** The path under /v1, e.g. `/meetings/abc`. */
  path: string;
  url: URL;
  body: string;
  store: RestStore;
  config: SandboxConfig;
  tokens: TokenSource;
  now(): number;
  /** Where the exchange is recorded once answered. */
  recorded: RecordedRestRequest[];
  /** Set by a `rest-lost-answer` fault: the work is done, the answer never leaves. */
  loseAnswer?: boolean;
}

/** Answers, and records the exchange (never the Authorization header). */
export function reply(
  context: RestContext,
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  context.recorded.push({
    method: context.method,
    path: context.path,
    query: context.url.search.slice(1),
    contentType: context.request.headers['content-type'],
    body: context.body,
    status,
    answerType: body === '' ? undefined : contentType,
    answer: body,
    headers,
    at: context.now(),
  });
  if (context.loseAnswer) {
    context.response.destroy();
    return;
  }
  if (status === 204) {
    context.response.writeHead(204, { 'Cache-Control': 'no-store', ...headers });
    context.response.end();
    return;
  }
  send(context.response, status, contentType, body, headers);
}

/** Webex's `trackingId`, as support asks for it: ROUTER_ and a deterministic id. */
export function trackingId(context: RestContext): string {
  const hex = context.tokens.hex(32);
  return `ROUTER_${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function replyJson(
  context: RestContext,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  reply(context, status, JSON_TYPE, JSON.stringify(value), headers);
}

/** An API error: `{message, errors[{description}], trackingId}` (design.md). */
export function replyError(
  context: RestContext,
  status: number,
  message: string,
  descriptions: string[] = [message],
  headers: Record<string, string> = {},
): void {
  const body = {
    message,
    errors: descriptions.map((description) => ({ description })),
    trackingId: trackingId(context),
  };
  replyJson(context, status, body, headers);
}

/** An OAuth error of the token endpoint: `{error, error_description}`. */
export function replyOAuthError(
  context: RestContext,
  status: number,
  error: string,
  description: string,
): void {
  replyJson(context, status, { error, error_description: description });
}
