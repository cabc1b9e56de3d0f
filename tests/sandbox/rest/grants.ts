import { createHash } from 'node:crypto';
import { ACCESS_TOKEN_SECONDS, REFRESH_TOKEN_SECONDS } from './integration.ts';
import type { RestContext } from './respond.ts';
import type { IssuedToken } from './state.ts';

/** Issues a token of `kind` for the account with these scopes, on the sandbox clock. */
export function issueToken(
  context: RestContext,
  kind: 'access' | 'refresh',
  accountId: string,
  scopes: string[],
): IssuedToken {
  const seconds = kind === 'access' ? ACCESS_TOKEN_SECONDS : REFRESH_TOKEN_SECONDS;
  const token: IssuedToken = {
    token: `${kind === 'access' ? 'sbx_at_' : 'sbx_rt_'}${context.tokens.hex(48)}`,
    kind,
    accountId,
    scopes,
    expiresAt: context.now() + seconds * 1000,
  };
  context.store.state.tokens.push(token);
  return token;
}

/** Seconds left until `expiresAt`, never below 0. */
export function secondsLeft(context: RestContext, expiresAt: number): number {
  return Math.max(0, Math.floor((expiresAt - context.now()) / 1000));
}

/** RFC 7636 S256: base64url(SHA-256(verifier)) without padding. */
export function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}
