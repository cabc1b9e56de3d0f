import { useRef, useState } from 'preact/hooks';
import type { WebExErrorInfo } from '../../lib/webex/errors';
import { usePopupEnv } from './popup-env';
import type { TicketRenewal } from './use-ticket-renewal';

/** What the invitation may say about the password: the password, none, or "unknown". */
export interface PasswordForInvitation {
  meetingPassword?: string;
  /** The meeting's password could not be had: the invitation and the row say so. */
  passwordUnknown?: true;
}

/**
 * A Recent row's meeting password: the one kept here, else asked once from WebEx (GetMeeting,
 * which gives it to the host) when the invitation is copied. `unknownBecause` holds why WebEx
 * did not give it, for the row's hint. The password stays in memory, never in a URL or log.
 */
export function useMeetingPassword(
  meetingKey: string,
  known: string | undefined,
  renewal: TicketRenewal,
) {
  const { send } = usePopupEnv();
  const [password, setPassword] = useState(known);
  const [unknownBecause, setUnknownBecause] = useState<WebExErrorInfo>();
  const answered = useRef<PasswordForInvitation | undefined>(
    known === undefined ? undefined : { meetingPassword: known },
  );

  async function forInvitation(): Promise<PasswordForInvitation> {
    if (answered.current) return answered.current;
    const reply = await renewal.withRenewal(() => send('meetingPassword', { meetingKey }));
    if (reply.ok) {
      answered.current = reply.value;
      setPassword(reply.value.meetingPassword);
      setUnknownBecause(undefined);
      return reply.value;
    }
    // Not kept: a later copy asks again (the site may answer then).
    setUnknownBecause(reply.error);
    return { passwordUnknown: true };
  }

  return { password, unknownBecause, forInvitation };
}
