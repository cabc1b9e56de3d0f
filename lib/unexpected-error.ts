import type { Explanation, WebExErrorInfo } from './webex/errors';

/** A failure nobody planned for, as message data; its own text is kept and shown. */
export function unexpectedErrorInfo(
  failure: unknown,
  explain: (detail: string) => Explanation,
): WebExErrorInfo {
  const detail = failure instanceof Error ? failure.message : String(failure);
  return { kind: 'unexpected', message: detail, explanation: explain(detail) };
}
