import { useEffect, useState } from 'preact/hooks';
import type { WebExErrorInfo } from '../../lib/webex/errors';
import { usePopupEnv } from './popup-env';
import type { TicketRenewal } from './use-ticket-renewal';

/** The join link we have, else asked once from WebEx (GetjoinurlMeeting through the background). */
export function useJoinUrl(meetingKey: string, known: string | undefined, renewal: TicketRenewal) {
  const { send } = usePopupEnv();
  const [joinUrl, setJoinUrl] = useState(known);
  const [error, setError] = useState<WebExErrorInfo>();

  useEffect(() => {
    if (known) return;
    let live = true;
    void renewal
      .withRenewal(() => send('joinLinks', { meetingKey }))
      .then((reply) => {
        if (!live) return;
        if (reply.ok) setJoinUrl(reply.value.joinMeetingUrl);
        else setError(reply.error);
      });
    return () => {
      live = false;
    };
  }, [meetingKey, known]);

  return { joinUrl, error };
}
