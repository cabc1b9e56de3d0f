import { createHash } from 'node:crypto';

/**
 * Deterministic identifiers (meeting keys, tickets, tokens): the same sequence after every
 * reset, so tests and screenshots are repeatable. Unguessability does not matter on a loopback.
 */
export interface TokenSource {
  hex(length: number): string;
  digits(length: number): string;
  reset(): void;
}

export function createTokenSource(seed = 'webex-sandbox'): TokenSource {
  let counter = 0;
  const next = () => createHash('sha256').update(`${seed}:${counter++}`).digest();
  return {
    hex(length) {
      let out = '';
      while (out.length < length) out += next().toString('hex');
      return out.slice(0, length);
    },
    digits(length) {
      const span = 9n * 10n ** BigInt(length - 1);
      const value = next().readBigUInt64BE(0) % span;
      return (10n ** BigInt(length - 1) + value).toString();
    },
    reset() {
      counter = 0;
    },
  };
}
