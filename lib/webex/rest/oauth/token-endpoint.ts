import { readCapped } from '../../capped-body';
import { readErrorBody } from '../error-body';
import {
  restNetwork,
  restNotJson,
  restStatusFailure,
  restTimeout,
  restTooLarge,
  restTruncated,
  restUnexpected,
  type RestFailureContext,
} from '../failures';
import type { RestGrant } from '../grant';
import { REST_BASE_URL } from '../session';
import { DEFAULT_REST_TIMEOUT_MS } from '../transport';
import { oauthFailure, renewalNeedsHost } from './failures';
import { expiresInSeconds, tokenText } from './redirect';

/** Webex's token endpoint (design.md, "The REST API (facts)"). */
export const TOKEN_URL = `${REST_BASE_URL}/access_token`;
/** The longest token answer read, in bytes: Webex's are well under 4 kB. */
export const MAX_TOKEN_ANSWER_BYTES = 64 * 1024;

/** What the token endpoint needs from its surroundings; tests pass fakes. */
export interface TokenEnvironment {
  fetch: typeof fetch;
  /** The clock (epoch ms): when the tokens run out. */
  now: () => number;
  /** Per request; default 20 s. */
  timeoutMs?: number;
}

/** The integration's credentials: the token endpoint needs the secret, even with PKCE. */
export interface TokenClient {
  clientId: string;
  clientSecret: string;
}

/** `authorization_code` (with the PKCE verifier) or `refresh_token`. */
export type TokenRequest =
  | { type: 'authorization_code'; code: string; redirectUri: string; codeVerifier: string }
  | { type: 'refresh_token'; refreshToken: string };

const CONTEXT: RestFailureContext = { operation: 'accessToken', siteUrl: '' };

function form(client: TokenClient, request: TokenRequest): URLSearchParams {
  const base = { client_id: client.clientId, client_secret: client.clientSecret };
  if (request.type === 'refresh_token')
    return new URLSearchParams({
      ...base,
      grant_type: 'refresh_token',
      refresh_token: request.refreshToken,
    });
  return new URLSearchParams({
    ...base,
    grant_type: 'authorization_code',
    code: request.code,
    redirect_uri: request.redirectUri,
    code_verifier: request.codeVerifier,
  });
}

async function post(env: TokenEnvironment, body: URLSearchParams) {
  const timeoutMs = env.timeoutMs ?? DEFAULT_REST_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const fetchFn = env.fetch;
  let response: Response;
  try {
    response = await fetchFn(TOKEN_URL, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      body: body.toString(),
      signal,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
    });
  } catch {
    throw signal.aborted ? restTimeout(CONTEXT, timeoutMs) : restNetwork(CONTEXT);
  }
  let text: string | undefined;
  try {
    text = await readCapped(response, MAX_TOKEN_ANSWER_BYTES);
  } catch {
    throw signal.aborted
      ? restTimeout(CONTEXT, timeoutMs)
      : restTruncated(CONTEXT, response.status);
  }
  if (text === undefined) throw restTooLarge(CONTEXT, response.status, MAX_TOKEN_ANSWER_BYTES);
  return { status: response.status, text };
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const json = JSON.parse(text) as unknown;
    return json !== null && typeof json === 'object' && !Array.isArray(json)
      ? (json as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function grantFrom(json: Record<string, unknown>, now: number, previous?: string): RestGrant {
  const accessToken = tokenText(json.access_token as string);
  const seconds = expiresInSeconds(json.expires_in);
  if (!accessToken) throw restUnexpected(CONTEXT, 'access_token');
  if (seconds === undefined) throw restUnexpected(CONTEXT, 'expires_in');
  const refreshToken = tokenText(json.refresh_token as string) ?? previous;
  const refreshSeconds = expiresInSeconds(json.refresh_token_expires_in);
  return {
    accessToken,
    expiresAt: now + seconds * 1000,
    tokenKind: 'integration',
    ...(refreshToken ? { refreshToken } : {}),
    ...(refreshToken && refreshSeconds !== undefined
      ? { refreshExpiresAt: now + refreshSeconds * 1000 }
      : {}),
  };
}

/**
 * `POST /v1/access_token`, form-encoded, with the client ID and secret: trades a code (with
 * its PKCE verifier) or a refresh token for a grant. Rejects with a WebExError and never names
 * a token, code or secret in it: an OAuth error `{error, error_description}` is `oauth`, except
 * a refused refresh token (`invalid_grant`), which is `token-expired` (sign in again); a web
 * page is `not-json`; other failures as the REST transport's (network, timeout, too large).
 */
export async function requestTokens(
  env: TokenEnvironment,
  client: TokenClient,
  request: TokenRequest,
): Promise<RestGrant> {
  const answer = await post(env, form(client, request));
  const json = parseObject(answer.text);
  if (answer.status >= 200 && answer.status < 300) {
    if (answer.text.trim() === '') throw restTruncated(CONTEXT, answer.status);
    if (!json) throw restNotJson(CONTEXT, answer.status);
    const previous = request.type === 'refresh_token' ? request.refreshToken : undefined;
    return grantFrom(json, env.now(), previous);
  }
  if (json && typeof json.error === 'string') {
    if (request.type === 'refresh_token' && json.error === 'invalid_grant')
      throw renewalNeedsHost('accessToken', 'invalid_grant');
    throw oauthFailure('accessToken', json.error, json.error_description);
  }
  if (!json && answer.text.trim() !== '') throw restNotJson(CONTEXT, answer.status);
  throw restStatusFailure(CONTEXT, answer.status, readErrorBody(json));
}
