import type { Explanation, WebExErrorInfo } from './webex/errors';

/** An error nobody planned for, as reply data; its own text is kept and shown. */
export function unexpectedErrorInfo(
  cause: unknown,
  explain: (detail: string) => Explanation,
): WebExErrorInfo {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return { kind: 'unexpected', message: detail, explanation: explain(detail) };
}
