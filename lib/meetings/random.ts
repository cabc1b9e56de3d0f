/** The one piece of the environment these helpers need: `crypto.getRandomValues`, injected. */
export type GetRandomValues = <T extends Uint32Array | Uint8Array>(array: T) => T;

/** A uniform integer in [0, bound): rejection sampling, so no value is favoured. */
export function randomBelow(bound: number, getRandomValues: GetRandomValues): number {
  const range = 2 ** 32;
  const limit = range - (range % bound);
  const word = new Uint32Array(1);
  for (;;) {
    getRandomValues(word);
    if (word[0]! < limit) return word[0]! % bound;
  }
}
