// RFC 6749 10.12 (`state` against cross-site request forgery) and RFC 7636 (PKCE, S256).

/** What the OAuth steps need of WebCrypto: random bytes and SHA-256 (`globalThis.crypto`). */
export interface OAuthCrypto {
  getRandomValues<T extends Uint8Array>(array: T): T;
  subtle: Pick<SubtleCrypto, 'digest'>;
}

/** Random bytes in `state`: 256 bits (at least 128 are required). */
export const STATE_BYTES = 32;
/** Random bytes in the PKCE verifier: 32 give the 43 characters RFC 7636 asks at the least. */
export const VERIFIER_BYTES = 32;

/** base64url without padding (RFC 4648 section 5), as `state` and PKCE use it. */
export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/={1,2}$/, '');
}

function randomText(crypto: OAuthCrypto, bytes: number): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** A fresh `state` for one authorize request: STATE_BYTES random bytes, base64url. */
export function newState(crypto: OAuthCrypto): string {
  return randomText(crypto, STATE_BYTES);
}

/** A PKCE pair: the secret `verifier` sent to the token endpoint, its `challenge` to authorize. */
export interface PkcePair {
  verifier: string;
  /** base64url(SHA-256(verifier)), sent with `code_challenge_method=S256`. */
  challenge: string;
}

/** RFC 7636 4.2: the S256 challenge of `verifier`. */
export async function s256Challenge(crypto: OAuthCrypto, verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/** A fresh PKCE pair: VERIFIER_BYTES random bytes as the verifier (43 characters). */
export async function newPkcePair(crypto: OAuthCrypto): Promise<PkcePair> {
  const verifier = randomText(crypto, VERIFIER_BYTES);
  return { verifier, challenge: await s256Challenge(crypto, verifier) };
}
