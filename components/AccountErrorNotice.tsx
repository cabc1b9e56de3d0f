import { useEffect, useRef } from 'preact/hooks';
import type { WebExErrorInfo } from '../lib/webex/errors';
import './styles/account-forms.css';

/** A sign-in failure in plain words: what happened, what it means, what to do. Text only. */
export function AccountErrorNotice({ error }: { error: WebExErrorInfo }) {
  const box = useRef<HTMLDivElement>(null);
  // Focus moves here so keyboard and screen-reader users meet the message first.
  useEffect(() => box.current?.focus(), [error]);
  const { title, meaning, action } = error.explanation;
  const code = error.exceptionId ?? (error.httpStatus ? `HTTP ${error.httpStatus}` : undefined);
  const detail = error.reason
    ? `WebEx said: “${error.reason}”${code ? ` (${code})` : ''}`
    : code && `Code: ${code}`;
  return (
    <div class="account-notice" role="alert" tabIndex={-1} ref={box} data-error-kind={error.kind}>
      <p class="account-notice-title">{title}</p>
      <p>{meaning}</p>
      <p>
        <strong>What to do: </strong>
        {action}
      </p>
      {detail && <p class="account-notice-detail">{detail}</p>}
    </div>
  );
}
