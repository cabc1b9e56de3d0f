import { useCallback, useRef, useState } from 'preact/hooks';
import type { NeedsPassword, Result } from '../../lib/messaging';
import { unansweredMessageError } from '../../lib/unanswered-message';

export type Reply<T> = Result<T> | NeedsPassword;

export function needsPassword(reply: unknown): reply is NeedsPassword {
  return (
    typeof reply === 'object' &&
    reply !== null &&
    'needsPassword' in reply &&
    reply.needsPassword === true
  );
}

export interface Reauth {
  /**
   * Runs `call`; while it answers NeedsPassword, asks for the password and runs it again. A
   * message the background never answered becomes a failure like any other.
   */
  withReauth<T>(call: () => Promise<Reply<T>>): Promise<Reply<T>>;
  /** True while a password prompt should be shown. */
  asking: boolean;
  /** The host signed in again: every waiting call runs again. */
  done(): void;
  /** The host gave up: every waiting call gets its NeedsPassword answer. */
  cancel(): void;
}

export function useReauth(): Reauth {
  const waiting = useRef<((again: boolean) => void)[]>([]);
  const [asking, setAsking] = useState(false);

  const settle = useCallback((again: boolean) => {
    const resolvers = waiting.current;
    waiting.current = [];
    setAsking(false);
    for (const resolve of resolvers) resolve(again);
  }, []);

  const withReauth = useCallback(async <T>(call: () => Promise<Reply<T>>): Promise<Reply<T>> => {
    const attempt = () =>
      call().catch((failure: unknown) => ({
        ok: false as const,
        error: unansweredMessageError(failure),
      }));
    let reply = await attempt();
    while (needsPassword(reply)) {
      const again = await new Promise<boolean>((resolve) => {
        waiting.current.push(resolve);
        setAsking(true);
      });
      if (!again) return reply;
      reply = await attempt();
    }
    return reply;
  }, []);

  return { withReauth, asking, done: () => settle(true), cancel: () => settle(false) };
}
