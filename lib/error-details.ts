import { t } from './i18n';
import type { WebExErrorInfo } from './webex/errors';

/**
 * The lines a host pastes into a support request about `error`: the title, the code (WebEx's
 * exceptionID or the HTTP status), WebEx's own words (the REST answer's `errors[].description`
 * one by one, else its reason) and the REST `trackingId`, which Cisco support asks for. Texts in
 * the UI language; WebEx's words as it sent them. No secret: an error carries none.
 */
export function errorDetailsLines(error: WebExErrorInfo): string[] {
  const code = error.exceptionId ?? (error.httpStatus ? `HTTP ${error.httpStatus}` : undefined);
  const said = error.restErrors?.length
    ? error.restErrors.map((description) => t('common.error.restSaid', { description }))
    : error.reason
      ? [t('common.error.webExSaid', { reason: error.reason })]
      : [];
  return [
    error.explanation.title,
    ...(code ? [t('common.error.code', { code })] : []),
    ...said,
    ...(error.trackingId ? [t('common.error.trackingId', { trackingId: error.trackingId })] : []),
  ];
}
