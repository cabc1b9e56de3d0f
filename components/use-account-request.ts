import { useState } from 'preact/hooks';
import { failedReply, type AccountView, type Reply } from '../lib/messaging';
import { unansweredMessageError } from '../lib/unanswered-message';
import type { WebExErrorInfo } from '../lib/webex/errors';

export interface AccountRequest {
  busy: boolean;
  error: WebExErrorInfo | null;
  /**
   * Calls `send` at once (still inside the submit event) unless a request is under way, then
   * hands the answer to `onAnswer`; a failed answer, or none at all, becomes `error`.
   */
  run(
    send: () => Promise<Reply<AccountView>>,
    onAnswer: (answer: Reply<AccountView>) => void,
  ): void;
}

/** The busy flag and the error of a form that signs in to WebEx through the background. */
export function useAccountRequest(): AccountRequest {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WebExErrorInfo | null>(null);

  function run(
    send: () => Promise<Reply<AccountView>>,
    onAnswer: (answer: Reply<AccountView>) => void,
  ) {
    if (busy) return;
    setBusy(true);
    setError(null);
    send()
      .catch((cause: unknown) => failedReply(unansweredMessageError(cause)))
      .then((answer) => {
        onAnswer(answer);
        if (!answer.ok) setError(answer.error);
      })
      .finally(() => setBusy(false));
  }

  return { busy, error, run };
}
