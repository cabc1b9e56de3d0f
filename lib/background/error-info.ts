import { t } from '../i18n';
import { unexpectedErrorInfo } from '../unexpected-error';
import { isWebExError, type WebExErrorInfo } from '../webex/errors';
import { ExceptionId } from '../webex/exception-ids';

/** WebEx's exceptionID for a session ticket that expired. */
export const TICKET_EXPIRED = ExceptionId.SessionTicketInvalid;

/** Any error as plain data for a reply; an error nobody expected keeps its text. */
export function toErrorInfo(error: unknown): WebExErrorInfo {
  if (isWebExError(error)) return error.toInfo();
  return unexpectedErrorInfo(error, (detail) => ({
    title: t('common.unexpected.title'),
    meaning: t('common.unexpected.meaning', { detail }),
    action: t('common.unexpected.action'),
  }));
}

/** The exceptionID of WebEx's FAILURE answer, if `error` is one. */
export function exceptionIdOf(error: unknown): string | undefined {
  return isWebExError(error) ? error.details.exceptionId : undefined;
}

/** True when WebEx refused the session ticket as expired, or the REST token (401). */
export function isTicketExpiredError(error: unknown): boolean {
  if (isWebExError(error) && error.kind === 'token-expired') return true;
  return exceptionIdOf(error) === TICKET_EXPIRED;
}

/**
 * True when a request may have been carried out although no answer came: the connection dropped
 * (and the browser may even have resent it), the time ran out, or the body was cut off.
 */
export function isLostAnswer(error: unknown): boolean {
  return isWebExError(error) && ['network', 'timeout', 'truncated'].includes(error.kind);
}
