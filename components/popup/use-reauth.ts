import { useCallback, useRef, useState } from 'preact/hooks';
import type { NeedsPassword } from '../../lib/messaging';

export function needsPassword(reply: unknown): reply is NeedsPassword {
  return (
    typeof reply === 'object' &&
    reply !== null &&
    'needsPassword' in reply &&
    reply.needsPassword === true
  );
}

export interface Reauth {
  /** Runs `call`; while it answers NeedsPassword, asks for the password and runs it again. */
  withReauth<R>(call: () => Promise<R>): Promise<R>;
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

  const withReauth = useCallback(async <R>(call: () => Promise<R>): Promise<R> => {
    let reply = await call();
    while (needsPassword(reply)) {
      const again = await new Promise<boolean>((resolve) => {
        waiting.current.push(resolve);
        setAsking(true);
      });
      if (!again) return reply;
      reply = await call();
    }
    return reply;
  }, []);

  return { withReauth, asking, done: () => settle(true), cancel: () => settle(false) };
}
