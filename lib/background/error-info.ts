import type { NeedsPassword, Result } from '../messaging';
import { unexpectedErrorInfo } from '../unexpected-error';
import { isWebExError, type WebExErrorInfo } from '../webex/errors';

export const EXPIRED_TICKET = '030047';

/** Any failure as plain data for a message; an error nobody expected keeps its text. */
export function toErrorInfo(error: unknown): WebExErrorInfo {
  if (isWebExError(error)) return error.toInfo();
  return unexpectedErrorInfo(error, (detail) => ({
    title: 'Something went wrong in the extension',
    meaning: `The extension ran into a problem it did not expect: ${detail}`,
    action: 'Try again. If it keeps happening, reload the extension and report the problem.',
  }));
}

export function exceptionIdOf(error: unknown): string | undefined {
  return isWebExError(error) ? error.details.exceptionId : undefined;
}

export function isExpiredTicket(error: unknown): boolean {
  return exceptionIdOf(error) === EXPIRED_TICKET;
}

export function failure(error: WebExErrorInfo): { ok: false; error: WebExErrorInfo } {
  return { ok: false, error };
}

export function success<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function needsPassword(error: WebExErrorInfo): NeedsPassword {
  return { ok: false, error, needsPassword: true };
}
