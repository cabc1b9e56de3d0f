import { afterEach, expect } from 'vitest';
import { checkRestError, checkRestRequest, checkRestResponse } from '../support/rest-openapi.ts';
import { SANDBOX_REST_ACCOUNTS } from './accounts.ts';
import { sandboxFetch } from './test-client.ts';
import type { SandboxFixture } from './test-setup.ts';
import type { RecordedRestRequest } from './types.ts';

export const API = 'https://webexapis.com/v1';
export const GINA = SANDBOX_REST_ACCOUNTS.gina.personalAccessToken;
export const HUGO = SANDBOX_REST_ACCOUNTS.hugo.personalAccessToken;
const OAUTH_PATHS = ['/authorize', '/access_token'];

export interface ApiReply {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON answer; undefined when not JSON. */
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Problems of one recorded exchange against the OpenAPI description (OAuth ones skipped). */
export function exchangeProblems(exchange: RecordedRestRequest): string[] {
  if (OAUTH_PATHS.includes(exchange.path)) return [];
  const parse = (text: string) => (text === '' ? undefined : (JSON.parse(text) as unknown));
  const json = exchange.answerType?.startsWith('application/json') ?? false;
  const answer = json ? parse(exchange.answer) : undefined;
  const request = {
    method: exchange.method,
    path: exchange.path,
    query: new URLSearchParams(exchange.query),
    body: exchange.body === '' ? undefined : parse(exchange.body),
  };
  const out = [...checkRestRequest(request).map((problem) => `request: ${problem}`)];
  if (exchange.status >= 400 && json) out.push(...checkRestError(answer));
  const status = exchange.status;
  if (status < 400 || json)
    out.push(...checkRestResponse({ ...request, status, body: answer }).map((p) => `answer: ${p}`));
  return out.map((problem) => `${exchange.method} ${exchange.path} ${status}: ${problem}`);
}

/** Calls to webexapis.com; after each test every exchange is checked against the description. */
export function restCalls(fx: SandboxFixture, options: { checkAll?: boolean } = {}) {
  if (options.checkAll !== false) {
    afterEach(() => {
      expect(fx.sandbox.rest.requests.flatMap(exchangeProblems)).toEqual([]);
    });
  }
  async function call(
    token: string | undefined,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<ApiReply> {
    const headers: Record<string, string> = {};
    if (token !== undefined) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await sandboxFetch(fx.agent)(`${API}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').startsWith('application/json');
    return {
      status: response.status,
      headers: response.headers as unknown as Headers,
      text,
      json: isJson ? JSON.parse(text) : undefined,
    };
  }
  return {
    call,
    get: (path: string, token = GINA) => call(token, 'GET', path),
    post: (path: string, body: unknown, token = GINA) => call(token, 'POST', path, body),
    del: (path: string, token = GINA) => call(token, 'DELETE', path),
  };
}

/** A valid create body: tomorrow 10:00 in Berlin (sandbox clock at SANDBOX_EPOCH), 30 minutes. */
export function meetingRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Weekly sync',
    start: '2025-06-03T10:00:00+02:00',
    end: '2025-06-03T10:30:00+02:00',
    timezone: 'Europe/Berlin',
    ...overrides,
  };
}
