import { createHash, webcrypto } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
  base64Url,
  newPkcePair,
  newState,
  s256Challenge,
  type OAuthCrypto,
} from '../../../../../lib/webex/rest/oauth/pkce';

const crypto = webcrypto as unknown as OAuthCrypto;

/** A crypto whose random bytes are all `byte`: the output is then known. */
function fixedCrypto(byte: number): OAuthCrypto {
  return {
    getRandomValues: (array) => array.fill(byte),
    subtle: crypto.subtle,
  };
}

describe('state and PKCE', () => {
  test.each([
    { bytes: [], text: '' },
    { bytes: [0xfb], text: '-w' },
    { bytes: [0xff, 0xfe], text: '__4' },
    { bytes: [1, 2, 3], text: 'AQID' },
  ])('base64url of $bytes is "$text" (no padding, - and _)', ({ bytes, text }) => {
    expect(base64Url(new Uint8Array(bytes))).toBe(text);
  });

  test('state: 256 random bits, base64url, fresh each time', () => {
    const states = new Set(Array.from({ length: 50 }, () => newState(crypto)));
    expect(states.size).toBe(50);
    for (const state of states) expect(state).toMatch(/^[\w-]{43}$/);
    expect(newState(fixedCrypto(0))).toBe('A'.repeat(43));
  });

  // RFC 7636 appendix B: the verifier and challenge of its example.
  test('the S256 challenge of RFC 7636 appendix B', async () => {
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
    expect(await s256Challenge(crypto, verifier)).toBe(
      'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
    );
  });

  test('a PKCE pair: a 43-character verifier and its SHA-256 challenge', async () => {
    const pair = await newPkcePair(crypto);
    expect(pair.verifier).toMatch(/^[\w-]{43}$/);
    expect(pair.challenge).toBe(createHash('sha256').update(pair.verifier).digest('base64url'));
    expect((await newPkcePair(crypto)).verifier).not.toBe(pair.verifier);
  });
});
