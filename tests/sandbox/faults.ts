import type { Fault } from './types.ts';

interface PendingFault {
  fault: Fault;
  remaining: number;
}

export interface FaultQueue {
  inject(fault: Fault): void;
  clear(): void;
  /** Consumes one use of the first pending fault of the wanted kinds that applies to `operation`. */
  take(operation: string | undefined, kinds: readonly Fault['kind'][]): Fault | undefined;
}

export function createFaultQueue(): FaultQueue {
  const pending: PendingFault[] = [];
  return {
    inject(fault) {
      const times = fault.times ?? 1;
      if (!Number.isInteger(times) || times < 1)
        throw new Error(`Fault times must be >= 1, got ${times}`);
      pending.push({ fault, remaining: times });
    },
    clear() {
      pending.length = 0;
    },
    take(operation, kinds) {
      const index = pending.findIndex(
        ({ fault }) =>
          kinds.includes(fault.kind) &&
          (fault.operation === undefined || fault.operation === operation),
      );
      const entry = pending[index];
      if (!entry) return undefined;
      entry.remaining -= 1;
      if (entry.remaining === 0) pending.splice(index, 1);
      return entry.fault;
    },
  };
}
