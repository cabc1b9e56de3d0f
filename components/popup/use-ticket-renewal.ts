import { useCallback, useRef, useState } from 'preact/hooks';
import type { Reply } from '../../lib/messaging';

// A message left unanswered is rare: the words for it load only then.
const unansweredReply = async (cause: unknown) => {
  const [{ failedReply }, { unansweredMessageError }] = await Promise.all([
    import('../../lib/replies'),
    import('../../lib/unanswered-message'),
  ]);
  return failedReply(unansweredMessageError(cause));
};

/** The popup's one way through an expired ticket: ask for the password, then send again. */
export interface TicketRenewal {
  /**
   * Runs `call`; while it answers `ticketExpired`, asks for the password and runs it again. A
   * message the background never answered becomes a failed reply like any other.
   */
  withRenewal<T>(call: () => Promise<Reply<T>>): Promise<Reply<T>>;
  /** True while a password prompt should be shown. */
  asking: boolean;
  /** The host signed in again: every waiting call runs again. */
  done(): void;
  /** The host gave up: every waiting call gets its ticket-expired reply. */
  cancel(): void;
}

/** The popup's TicketRenewal: App shows the password prompt while `asking`. */
export function useTicketRenewal(): TicketRenewal {
  const waiting = useRef<((again: boolean) => void)[]>([]);
  const [asking, setAsking] = useState(false);

  const settle = useCallback((again: boolean) => {
    const resolvers = waiting.current;
    waiting.current = [];
    setAsking(false);
    for (const resolve of resolvers) resolve(again);
  }, []);

  const withRenewal = useCallback(async <T>(call: () => Promise<Reply<T>>): Promise<Reply<T>> => {
    const attempt = (): Promise<Reply<T>> => call().catch(unansweredReply);
    let reply = await attempt();
    while (!reply.ok && reply.ticketExpired) {
      const again = await new Promise<boolean>((resolve) => {
        waiting.current.push(resolve);
        setAsking(true);
      });
      if (!again) return reply;
      reply = await attempt();
    }
    return reply;
  }, []);

  return { withRenewal, asking, done: () => settle(true), cancel: () => settle(false) };
}
