import type { WebExErrorInfo } from './webex/errors';
import { unexpectedErrorInfo } from './unexpected-error';

/** A message that never reached the background (extension reloaded or updated meanwhile). */
export function unansweredMessageError(failure: unknown): WebExErrorInfo {
  return unexpectedErrorInfo(failure, (detail) => ({
    title: 'The extension did not answer',
    meaning: `This page could not reach the extension's background service (${detail}).`,
    action: 'Close this page and open it again. If that does not help, reload the extension.',
  }));
}
