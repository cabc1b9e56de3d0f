import { useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import {
  formatClockRange,
  formatStartAsWritten,
  formatStartShort,
} from '../../lib/meetings/display-time';
import { formatDuration } from '../../lib/meetings/durations';
import { invitationText } from '../../lib/meetings/invitation';
import { rowActions } from '../../lib/meetings/row-actions';
import { httpsLink } from '../../lib/meetings/safe-link';
import type { MeetingListItem, Reply } from '../../lib/messaging';
import type { WebExErrorInfo } from '../../lib/webex/errors';
import { formatMeetingNumber } from '../../lib/webex/url/meeting-number';
import { DeleteConfirm } from './DeleteConfirm';
import { ErrorNotice } from '../ErrorNotice';
import { usePopupEnv } from './popup-env';
import { RowMenu } from './RowMenu';
import { useMeetingPassword } from './use-meeting-password';
import type { TicketRenewal } from './use-ticket-renewal';

interface MeetingRowProps {
  meeting: MeetingListItem;
  hostName: string;
  /** The signed-in site's host ("acme.webex.com"), for calendar entries' ids. */
  siteHost: string;
  /** Under a day's heading the row shows start and end only; elsewhere the day too. */
  underDay: boolean;
  /** The host's invitation template, read once by the list (null: the default). */
  template: string | null;
  renewal: TicketRenewal;
  onDeleted(meeting: MeetingListItem): void;
}

type Busy = 'start' | 'delete' | undefined;

/** One compact agenda row: time, number, topic, one main action and a "More" disclosure. */
export function MeetingRow({
  meeting,
  hostName,
  siteHost,
  underDay,
  template,
  renewal,
  onDeleted,
}: MeetingRowProps) {
  const env = usePopupEnv();
  const [busy, setBusy] = useState<Busy>();
  const [menuOpen, setMenuOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<WebExErrorInfo>();
  const moreButton = useRef<HTMLButtonElement>(null);
  const linkAsked = useRef<Promise<string | undefined>>();
  const { meetingKey, startsAt } = meeting;
  const topicId = `topic-${meetingKey}`;
  const menuId = `more-${meetingKey}`;
  const password = useMeetingPassword(meetingKey, meeting.meetingPassword, renewal);
  // A password WebEx gave on asking counts as known from then on (copy, invitation).
  const known = { ...meeting, meetingPassword: password.password };
  const { main, menu } = rowActions(known);

  async function act<T>(kind: Busy, call: () => Promise<Reply<T>>) {
    setBusy(kind);
    setError(undefined);
    const reply = await renewal.withRenewal(call);
    setBusy(undefined);
    if (!reply.ok) setError(reply.error);
    return reply.ok ? reply.value : undefined;
  }

  /**
   * The join link: the one we have, else asked from WebEx once for this row (again after a
   * failure, which the row shows). Asking keeps the row's buttons usable.
   */
  function joinUrl(): Promise<string | undefined> {
    if (meeting.joinUrl) return Promise.resolve(httpsLink(meeting.joinUrl));
    linkAsked.current ??= renewal
      .withRenewal(() => env.send('joinLinks', { meetingKey }))
      .then((reply) => {
        if (reply.ok) return httpsLink(reply.value.joinMeetingUrl);
        linkAsked.current = undefined;
        setError(reply.error);
        return undefined;
      });
    return linkAsked.current;
  }

  async function join() {
    const url = await joinUrl();
    if (url) await env.openTab(url);
  }

  /** Undefined when WebEx gave no join link: the row then says why. */
  async function invitation(): Promise<string | undefined> {
    const url = await joinUrl();
    if (!url || startsAt === undefined) return undefined;
    // Not kept here (made elsewhere, or before a sign-out): WebEx gives the host the password.
    const passwordLine = await password.forInvitation();
    return invitationText({
      topic: meeting.topic,
      startsAt,
      durationMinutes: meeting.durationMinutes,
      timeZone: env.timeZone,
      locale: env.locale,
      meetingKey,
      joinUrl: url,
      ...passwordLine,
      hostName,
      template,
    });
  }

  /** Back from the menu or the delete question: the focus returns to "More", never to the page. */
  function backToMore() {
    setMenuOpen(false);
    setConfirming(false);
    moreButton.current?.focus();
  }

  async function remove() {
    const reply = await renewal.withRenewal(() => {
      setBusy('delete');
      return env.send('deleteMeeting', { meetingKey });
    });
    setBusy(undefined);
    if (reply.ok) onDeleted(meeting);
    else {
      backToMore();
      setError(reply.error);
    }
  }

  // No instant when WebEx's zone could not be placed: the time is shown as WebEx wrote it.
  const when =
    startsAt === undefined
      ? formatStartAsWritten(meeting.startAsWritten ?? { startDate: '' })
      : underDay
        ? formatClockRange(startsAt, meeting.durationMinutes, env.timeZone, env.locale)
        : `${formatStartShort(startsAt, env.now(), env.timeZone, env.locale)} · ${formatDuration(meeting.durationMinutes)}`;
  return (
    <li class="meeting-row" data-meeting-key={meetingKey}>
      <div class="row-line">
        <div class="row-text">
          <p class="meeting-topic" id={topicId} dir="auto">
            {meeting.topic}
          </p>
          <p
            class="muted meeting-when"
            title={startsAt === undefined ? t('meetings.zone.asWrittenHint') : undefined}
          >
            <span class="meeting-time">{when}</span>
            <span class="meeting-number mono">{formatMeetingNumber(meetingKey)}</span>
            {main === 'rejoin' && <span class="badge live">{t('recent.row.inProgress')}</span>}
            {main === undefined && <span class="badge ended">{t('recent.row.ended')}</span>}
          </p>
        </div>
        {main && (
          <button
            type="button"
            class="button primary small"
            aria-describedby={topicId}
            disabled={busy !== undefined}
            onClick={() => act('start', () => env.send('startMeeting', { meetingKey }))}
          >
            {busy === 'start'
              ? t('popup.meeting.starting')
              : main === 'rejoin'
                ? t('recent.row.rejoin')
                : t('recent.row.start')}
          </button>
        )}
        <button
          type="button"
          class="button quiet small"
          ref={moreButton}
          aria-expanded={menuOpen}
          aria-controls={menuOpen ? menuId : undefined}
          aria-describedby={topicId}
          onClick={() => {
            setConfirming(false);
            setMenuOpen(!menuOpen);
          }}
        >
          {t('recent.row.more')}
        </button>
      </div>
      {menuOpen && (
        <RowMenu
          id={menuId}
          meeting={known}
          items={menu}
          siteHost={siteHost}
          topicId={topicId}
          link={joinUrl}
          invitation={invitation}
          busy={busy !== undefined}
          onJoin={join}
          onDelete={() => {
            setMenuOpen(false);
            setConfirming(true);
          }}
          onClose={backToMore}
        />
      )}
      {confirming && (
        <DeleteConfirm
          topic={meeting.topic}
          deleting={busy === 'delete'}
          onConfirm={remove}
          onCancel={backToMore}
        />
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
