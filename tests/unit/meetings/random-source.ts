import type { GetRandomValues } from '../../../lib/meetings/random';

/** A deterministic getRandomValues that hands out the given words in turn (then repeats). */
export function sequenceRandom(words: number[]): GetRandomValues {
  let next = 0;
  return <T extends Uint32Array | Uint8Array>(array: T): T => {
    for (let i = 0; i < array.length; i++) {
      array[i] = words[next % words.length]! % (array instanceof Uint8Array ? 256 : 2 ** 32);
      next++;
    }
    return array;
  };
}

export const cryptoRandom: GetRandomValues = (array) => crypto.getRandomValues(array);
