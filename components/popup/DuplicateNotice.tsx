import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { DuplicateMeeting } from '../../lib/messaging';
import type { WebExErrorInfo } from '../../lib/webex/errors';
import { formatMeetingNumber } from '../../lib/webex/url/meeting-number';
import { ErrorNotice } from '../ErrorNotice';
import { usePopupEnv } from './popup-env';
import type { TicketRenewal } from './use-ticket-renewal';

type DeleteState =
  | { kind: 'idle' }
  | { kind: 'deleting' }
  | { kind: 'deleted' }
  | { kind: 'failed'; error: WebExErrorInfo };

interface DuplicateNoticeProps {
  duplicates: DuplicateMeeting[];
  renewal: TicketRenewal;
}

/**
 * WebEx holds the scheduled meeting more than once (a resent CreateMeeting): says so and deletes
 * an extra one when, and only when, the host clicks. The meeting on the card is the one kept.
 */
export function DuplicateNotice({ duplicates, renewal }: DuplicateNoticeProps) {
  const numbers = duplicates.map((meeting) => formatMeetingNumber(meeting.meetingKey)).join(', ');
  return (
    <div class="notice error-notice duplicate-notice" role="alert" data-testid="duplicate-notice">
      <p class="notice-title">
        {duplicates.length === 1
          ? t('schedule.duplicate.warning', { numbers })
          : t('schedule.duplicate.warningSeveral', {
              numbers,
              count: String(duplicates.length + 1),
            })}
      </p>
      <p class="notice-detail">{t('schedule.duplicate.why')}</p>
      {duplicates.map((meeting) => (
        <ExtraMeeting key={meeting.meetingKey} meetingKey={meeting.meetingKey} renewal={renewal} />
      ))}
    </div>
  );
}

function ExtraMeeting({ meetingKey, renewal }: { meetingKey: string; renewal: TicketRenewal }) {
  const env = usePopupEnv();
  const [state, setState] = useState<DeleteState>({ kind: 'idle' });
  const number = formatMeetingNumber(meetingKey);

  async function remove() {
    setState({ kind: 'deleting' });
    const reply = await renewal.withRenewal(() => env.send('deleteMeeting', { meetingKey }));
    setState(reply.ok ? { kind: 'deleted' } : { kind: 'failed', error: reply.error });
  }

  if (state.kind === 'deleted') {
    return <p role="status">{t('schedule.duplicate.deleted', { number })}</p>;
  }
  return (
    <>
      <div class="actions">
        <button
          type="button"
          class="button danger"
          onClick={remove}
          disabled={state.kind === 'deleting'}
        >
          {state.kind === 'deleting'
            ? t('schedule.duplicate.deleting', { number })
            : t('schedule.duplicate.delete', { number })}
        </button>
      </div>
      {state.kind === 'failed' && <ErrorNotice error={state.error} />}
    </>
  );
}
