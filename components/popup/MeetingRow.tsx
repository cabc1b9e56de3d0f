import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { formatStartAsWritten, formatStartShort } from '../../lib/meetings/display-time';
import { formatDuration } from '../../lib/meetings/durations';
import { invitationText } from '../../lib/meetings/invitation';
import { httpsLink } from '../../lib/meetings/safe-link';
import type { MeetingListItem } from '../../lib/messaging';
import type { WebExErrorInfo } from '../../lib/webex/errors';
import { CopyButton } from './CopyButton';
import { DeleteConfirm } from './DeleteConfirm';
import { ErrorNotice } from '../ErrorNotice';
import { usePopupEnv } from './popup-env';
import { RowCopyMenu } from './RowCopyMenu';
import { useMeetingPassword } from './use-meeting-password';
import type { Reply } from '../../lib/messaging';
import type { TicketRenewal } from './use-ticket-renewal';

interface MeetingRowProps {
  meeting: MeetingListItem;
  hostName: string;
  /** The host's invitation template, read once by the list (null: the default). */
  template: string | null;
  renewal: TicketRenewal;
  onDeleted(meeting: MeetingListItem): void;
}

type Busy = 'start' | 'join' | 'link' | 'delete' | undefined;

export function MeetingRow({ meeting, hostName, template, renewal, onDeleted }: MeetingRowProps) {
  const env = usePopupEnv();
  const [busy, setBusy] = useState<Busy>();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<WebExErrorInfo>();
  const { meetingKey } = meeting;
  const topicId = `topic-${meetingKey}`;
  const password = useMeetingPassword(meetingKey, meeting.meetingPassword, renewal);

  async function act<T>(kind: Busy, call: () => Promise<Reply<T>>) {
    setBusy(kind);
    setError(undefined);
    const reply = await renewal.withRenewal(call);
    setBusy(undefined);
    if (!reply.ok) setError(reply.error);
    return reply.ok ? reply.value : undefined;
  }

  async function joinUrl(kind: Busy): Promise<string | undefined> {
    if (meeting.joinUrl) return httpsLink(meeting.joinUrl);
    const links = await act(kind, () => env.send('joinLinks', { meetingKey }));
    return httpsLink(links?.joinMeetingUrl);
  }

  async function join() {
    const url = await joinUrl('join');
    if (url) await env.openTab(url);
  }

  /** Undefined when WebEx gave no join link: the row then says why. */
  async function invitation(startsAt: number): Promise<string | undefined> {
    const url = await joinUrl('link');
    if (!url) return undefined;
    // Not kept here (made elsewhere, or before a sign-out): WebEx gives the host the password.
    const known = await password.forInvitation();
    return invitationText({
      topic: meeting.topic,
      startsAt,
      durationMinutes: meeting.durationMinutes,
      timeZone: env.timeZone,
      locale: env.locale,
      meetingKey,
      joinUrl: url,
      ...known,
      hostName,
      template,
    });
  }

  async function remove() {
    const reply = await renewal.withRenewal(() => {
      setBusy('delete');
      return env.send('deleteMeeting', { meetingKey });
    });
    setBusy(undefined);
    if (reply.ok) onDeleted(meeting);
    else {
      setConfirming(false);
      setError(reply.error);
    }
  }

  const inProgress = meeting.status === 'INPROGRESS';
  const { startsAt, startAsWritten } = meeting;
  // No instant when WebEx's zone could not be placed: the time is shown as WebEx wrote it.
  const when =
    startsAt !== undefined
      ? formatStartShort(startsAt, env.now(), env.timeZone, env.locale)
      : formatStartAsWritten(startAsWritten ?? { startDate: '' });
  return (
    <li class="meeting-row" data-meeting-key={meetingKey}>
      <p class="meeting-topic" id={topicId} dir="auto">
        {meeting.topic}
      </p>
      <p
        class="muted meeting-when"
        title={startsAt === undefined ? t('meetings.zone.asWrittenHint') : undefined}
      >
        {when} · {formatDuration(meeting.durationMinutes)}
        {inProgress && <span class="badge live">{t('recent.row.inProgress')}</span>}
      </p>
      {confirming ? (
        <DeleteConfirm
          topic={meeting.topic}
          deleting={busy === 'delete'}
          onConfirm={remove}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <div class="actions compact">
          <button
            type="button"
            class="button primary small"
            aria-describedby={topicId}
            disabled={busy !== undefined}
            onClick={() => act('start', () => env.send('startMeeting', { meetingKey }))}
          >
            {busy === 'start' ? t('popup.meeting.starting') : t('recent.row.start')}
          </button>
          <button
            type="button"
            class="button secondary small"
            aria-describedby={topicId}
            disabled={busy !== undefined}
            onClick={join}
          >
            {busy === 'join' ? t('recent.row.opening') : t('recent.row.join')}
          </button>
          {startsAt !== undefined && (
            <CopyButton
              label={t('popup.meeting.copyInvitation')}
              text={() => invitation(startsAt)}
              class="button secondary small"
            />
          )}
          <RowCopyMenu
            meetingKey={meetingKey}
            meetingPassword={password.password}
            link={() => joinUrl('link')}
            topicId={topicId}
          />
          <button
            type="button"
            class="button quiet small"
            aria-describedby={topicId}
            disabled={busy !== undefined}
            onClick={() => setConfirming(true)}
          >
            {t('recent.row.delete')}
          </button>
        </div>
      )}
      {password.unknownBecause && (
        <p class="muted row-hint" role="status">
          {t('recent.row.passwordUnknown', { reason: password.unknownBecause.explanation.title })}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
    </li>
  );
}
