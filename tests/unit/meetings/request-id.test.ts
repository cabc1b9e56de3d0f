import { describe, expect, it } from 'vitest';
import { newRequestId } from '../../../lib/meetings/request-id';
import { cryptoRandom, sequenceRandom } from './random-source';

describe('newRequestId', () => {
  it('is 32 hex characters from the injected randomness', () => {
    expect(newRequestId(sequenceRandom([0, 1, 255, 16]))).toBe('0001ff10'.repeat(4));
  });

  it('differs between submissions', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newRequestId(cryptoRandom)));
    expect(ids.size).toBe(1000);
  });
});
