import type { WebExErrorInfo } from './webex/errors';

/** A message that never reached the background (extension reloaded or updated meanwhile). */
export function unansweredMessageError(failure: unknown): WebExErrorInfo {
  const detail = failure instanceof Error ? failure.message : String(failure);
  return {
    kind: 'unexpected',
    message: detail,
    explanation: {
      title: 'The extension did not answer',
      meaning: `This page could not reach the extension's background service (${detail}).`,
      action: 'Close this page and open it again. If that does not help, reload the extension.',
    },
  };
}
