import { describe, expect, it } from 'vitest';
import { randomBelow } from '../../../lib/meetings/random';
import { cryptoRandom, sequenceRandom } from './random-source';

describe('randomBelow', () => {
  it('skips words above the largest multiple of the bound (no modulo bias)', () => {
    // 2^32 % 24 = 16, so the last 16 words are rejected; 2^32 - 1 would otherwise give 15.
    expect(randomBelow(24, sequenceRandom([2 ** 32 - 1, 2 ** 32 - 16, 29]))).toBe(5);
  });

  it('stays below the bound', () => {
    for (let run = 0; run < 1000; run++) {
      const value = randomBelow(7, cryptoRandom);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(7);
    }
  });
});
