import type { FailedReply, Reply } from './messaging';
import type { WebExErrorInfo } from './webex/errors';

// The Reply builders of lib/messaging.ts (which re-exports them), in a module of their own so
// that a page can build a reply without loading the messaging library (the popup's first paint).

/** The reply that carries `value`. */
export function okReply<T>(value: T): Reply<T> {
  return { ok: true, value };
}

/** The reply that says what went wrong. */
export function failedReply(error: WebExErrorInfo): FailedReply {
  return { ok: false, error };
}

/** The reply for an action the expired ticket stopped: the UI asks for the password. */
export function ticketExpiredReply(error: WebExErrorInfo): FailedReply {
  return { ok: false, error, ticketExpired: true };
}
