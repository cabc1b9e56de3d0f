import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { WebExErrorInfo } from '../../lib/webex/errors';

interface ErrorNoticeProps {
  error: WebExErrorInfo;
  /** A sentence specific to this screen, shown before the catalogue's explanation. */
  lead?: string;
  /** Replaces the catalogue's general meaning when the screen can say it about this case. */
  meaning?: string;
  /** Buttons for the next step. */
  children?: ComponentChildren;
}

/** What went wrong, what it means and what to do, from the catalogue; WebEx's own words below. */
export function ErrorNotice({ error, lead, meaning, children }: ErrorNoticeProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [error]);
  const { title, action } = error.explanation;
  const code = error.exceptionId ?? (error.httpStatus ? `HTTP ${error.httpStatus}` : undefined);
  // WebEx's own words (text, never markup), for the host who reports the problem.
  const detail = error.reason
    ? `WebEx said: “${error.reason}”${code ? ` (${code})` : ''}`
    : code && !title.includes(code) && `Code: ${code}`;
  return (
    <div
      class="notice error-notice"
      role="alert"
      tabIndex={-1}
      ref={box}
      data-error-code={error.exceptionId}
    >
      <p class="notice-title">{title}</p>
      {lead && <p>{lead}</p>}
      <p>{meaning ?? error.explanation.meaning}</p>
      <p>
        <strong>What to do: </strong>
        {action}
      </p>
      {children && <div class="actions">{children}</div>}
      {detail && <p class="notice-detail">{detail}</p>}
    </div>
  );
}
