import type { SandboxClock } from './types.ts';

/** Monday 2 June 2025, 07:00 UTC (09:00 in Berlin): where a fixed sandbox clock starts. */
export const SANDBOX_EPOCH = Date.UTC(2025, 5, 2, 7, 0, 0);

export interface ResettableClock extends SandboxClock {
  reset(): void;
}

/** A fixed clock starting at `start`, or with 'real' one that follows Date.now() plus an offset. */
export function createClock(start: number | 'real'): ResettableClock {
  let offset = 0;
  const base = () => (start === 'real' ? Date.now() : start);
  return {
    now: () => base() + offset,
    set: (ms) => {
      offset = ms - base();
    },
    advance: (ms) => {
      offset += ms;
    },
    reset: () => {
      offset = 0;
    },
  };
}
