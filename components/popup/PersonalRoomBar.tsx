import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { WebExErrorInfo } from '../../lib/webex/errors';
import type { PersonalRoom } from '../../lib/webex/types';
import { ErrorNotice } from '../ErrorNotice';
import { CopyButton } from './CopyButton';
import { usePopupEnv } from './popup-env';
import type { TicketRenewal } from './use-ticket-renewal';

interface PersonalRoomBarProps {
  room: PersonalRoom;
  renewal: TicketRenewal;
}

/**
 * A REST host's Personal Room: start it in one click (the background opens its start link in a
 * tab; the link never comes here) and copy its link for an invitation.
 */
export function PersonalRoomBar({ room, renewal }: PersonalRoomBarProps) {
  const env = usePopupEnv();
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<WebExErrorInfo>();

  async function start() {
    setStarting(true);
    setError(undefined);
    const reply = await renewal.withRenewal(() => env.send('startPersonalRoom'));
    setStarting(false);
    if (!reply.ok) setError(reply.error);
  }

  return (
    <section class="personal-room" aria-labelledby="personal-room-title">
      <h2 id="personal-room-title" class="personal-room-title">
        {room.topic ?? t('popup.personalRoom.label')}
      </h2>
      {error && <ErrorNotice error={error} />}
      <div class="personal-room-actions">
        <button
          type="button"
          class="button primary"
          onClick={() => void start()}
          disabled={starting}
          aria-busy={starting}
        >
          {starting ? t('popup.personalRoom.starting') : t('popup.personalRoom.start')}
        </button>
        <CopyButton label={t('popup.personalRoom.copyLink')} text={room.link} />
      </div>
    </section>
  );
}
