import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { CalendarMeeting } from '../../lib/meetings/calendar-links';
import { formatStartShort, zoneDisplayName } from '../../lib/meetings/display-time';
import { formatDuration } from '../../lib/meetings/durations';
import { invitationText } from '../../lib/meetings/invitation';
import { httpsLink } from '../../lib/meetings/safe-link';
import type { ScheduleJob } from '../../lib/messaging';
import { siteHost } from '../../lib/site-access';
import type { WebExErrorInfo } from '../../lib/webex/errors';
import { formatMeetingNumber } from '../../lib/webex/url/meeting-number';
import type { HostProfile, WebExSite } from '../../lib/webex/types';
import { CalendarItems } from './CalendarItems';
import { CopyButton } from './CopyButton';
import { DuplicateNotice } from './DuplicateNotice';
import { ErrorNotice } from '../ErrorNotice';
import { usePopupEnv } from './popup-env';
import { useInvitationTemplate } from './use-invitation-template';
import { useJoinUrl } from './use-join-url';
import type { TicketRenewal } from './use-ticket-renewal';

/** The card offers every calendar entry (a Recent row's menu offers the same three). */
const CALENDAR_ITEMS = ['calendarFile', 'googleCalendar', 'outlookWeb'] as const;

interface ScheduledCardProps {
  meeting: NonNullable<ScheduleJob['meeting']>;
  timeZone: string;
  site: WebExSite;
  profile: HostProfile;
  renewal: TicketRenewal;
  onScheduleAnother(): void;
}

/** What came back: number, password, link, and everything to do with them in one click. */
export function ScheduledCard({
  meeting,
  timeZone,
  site,
  profile,
  renewal,
  onScheduleAnother,
}: ScheduledCardProps) {
  const env = usePopupEnv();
  const { joinUrl: rawJoinUrl, error: linkError } = useJoinUrl(
    meeting.meetingKey,
    meeting.joinUrl,
    renewal,
  );
  const joinUrl = httpsLink(rawJoinUrl);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<WebExErrorInfo>();
  const template = useInvitationTemplate();
  // The card replaces the form: focus goes to its main action, not to the page.
  const startButton = useRef<HTMLButtonElement>(null);
  useEffect(() => startButton.current?.focus(), []);

  const invitation = invitationText({
    topic: meeting.topic,
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    timeZone,
    locale: env.locale,
    meetingKey: meeting.meetingKey,
    joinUrl,
    meetingPassword: meeting.meetingPassword,
    hostName: `${profile.firstName} ${profile.lastName}`.trim(),
    template,
  });
  const copyShort = (text: string, name: string) => (
    <CopyButton label={t('popup.copy.short')} name={name} text={text} class="button quiet small" />
  );
  // No password in a calendar entry (lib/meetings/calendar-links.ts): the same policy as Recent's.
  const calendarMeeting = useMemo<CalendarMeeting>(
    () => ({
      meetingKey: meeting.meetingKey,
      siteHost: siteHost(site),
      topic: meeting.topic,
      startsAt: meeting.startsAt,
      durationMinutes: meeting.durationMinutes,
      joinUrl,
    }),
    [meeting, joinUrl],
  );

  async function start() {
    setStarting(true);
    setStartError(undefined);
    const reply = await renewal.withRenewal(() =>
      env.send('startMeeting', { meetingKey: meeting.meetingKey }),
    );
    setStarting(false);
    if (!reply.ok) setStartError(reply.error);
  }

  return (
    <section class="card scheduled-card" aria-labelledby="scheduled-title">
      <p class="card-status" id="scheduled-title" role="status">
        {t('schedule.card.status')}
      </p>
      <h2 class="card-topic" dir="auto">
        {meeting.topic}
      </h2>
      <p class="muted">
        {formatStartShort(meeting.startsAt, env.now(), timeZone, env.locale)} ·{' '}
        {formatDuration(meeting.durationMinutes)}
        <br />
        {zoneDisplayName(meeting.startsAt, timeZone, env.locale)}
      </p>
      {meeting.duplicates && meeting.duplicates.length > 0 && (
        <DuplicateNotice duplicates={meeting.duplicates} renewal={renewal} />
      )}
      <dl class="facts">
        <dt>{t('schedule.card.meetingNumber')}</dt>
        <dd class="fact-with-copy">
          <span class="mono" data-testid="meeting-number">
            {formatMeetingNumber(meeting.meetingKey)}
          </span>
          {copyShort(meeting.meetingKey, t('popup.copy.meetingNumber'))}
        </dd>
        {meeting.meetingPassword && (
          <>
            <dt>{t('schedule.card.password')}</dt>
            <dd class="fact-with-copy">
              <span class="mono" data-testid="meeting-password">
                {meeting.meetingPassword}
              </span>
              {copyShort(meeting.meetingPassword, t('popup.copy.password'))}
            </dd>
          </>
        )}
        <dt>{t('schedule.card.joinLink')}</dt>
        <dd class="join-link">
          {joinUrl ? (
            <a href={joinUrl} target="_blank" rel="noreferrer">
              {joinUrl}
            </a>
          ) : linkError ? (
            t('schedule.card.linkUnavailable')
          ) : (
            t('schedule.card.askingForLink')
          )}
        </dd>
      </dl>
      <div class="actions">
        <button
          ref={startButton}
          type="button"
          class="button primary"
          onClick={start}
          disabled={starting}
        >
          {starting ? t('popup.meeting.starting') : t('schedule.card.startNow')}
        </button>
        <CopyButton label={t('popup.meeting.copyInvitation')} text={invitation} />
        {joinUrl && <CopyButton label={t('schedule.card.copyLink')} text={joinUrl} />}
      </div>
      <p class="muted calendar-label" id="card-calendar-label">
        {t('schedule.card.addToCalendar')}
      </p>
      <div class="actions" role="group" aria-labelledby="card-calendar-label">
        <CalendarItems meeting={calendarMeeting} items={CALENDAR_ITEMS} topicId="scheduled-title" />
      </div>
      {startError && <ErrorNotice error={startError} />}
      <button type="button" class="button link" onClick={onScheduleAnother}>
        {t('schedule.card.scheduleAnother')}
      </button>
    </section>
  );
}
