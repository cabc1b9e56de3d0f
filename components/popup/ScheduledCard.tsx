import { useMemo, useState } from 'preact/hooks';
import { formatStartShort, zoneDisplayName } from '../../lib/meetings/display-time';
import { formatDuration } from '../../lib/meetings/durations';
import { invitationText } from '../../lib/meetings/invitation';
import { httpsLink } from '../../lib/meetings/safe-link';
import type { ScheduleJob } from '../../lib/messaging';
import type { WebExErrorInfo } from '../../lib/webex/errors';
import { formatMeetingNumber } from '../../lib/webex/url/meeting-number';
import type { HostProfile, WebExSite } from '../../lib/webex/types';
import { CalendarLink } from './CalendarLink';
import { CopyButton } from './CopyButton';
import { ErrorNotice } from './ErrorNotice';
import { usePopupEnv } from './popup-env';
import { useJoinUrl } from './use-join-url';
import type { Reauth } from './use-reauth';

interface ScheduledCardProps {
  meeting: NonNullable<ScheduleJob['meeting']>;
  timeZone: string;
  site: WebExSite;
  profile: HostProfile;
  reauth: Reauth;
  onScheduleAnother(): void;
}

/** What came back: number, password, link, and everything to do with them in one click. */
export function ScheduledCard({
  meeting,
  timeZone,
  site,
  profile,
  reauth,
  onScheduleAnother,
}: ScheduledCardProps) {
  const env = usePopupEnv();
  const { joinUrl: rawJoinUrl, error: linkError } = useJoinUrl(
    meeting.meetingKey,
    meeting.joinUrl,
    reauth,
  );
  const joinUrl = httpsLink(rawJoinUrl);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<WebExErrorInfo>();

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
  });
  const calendarEvent = useMemo(
    () => ({
      uid: `${meeting.meetingKey}@${new URL(site.origin).host}`,
      startsAt: meeting.startsAt,
      durationMinutes: meeting.durationMinutes,
      summary: meeting.topic,
      description: invitation,
      url: joinUrl,
      now: env.now(),
    }),
    [meeting, joinUrl, invitation],
  );

  async function start() {
    setStarting(true);
    setStartError(undefined);
    const reply = await reauth.withReauth(() =>
      env.send('startMeeting', { meetingKey: meeting.meetingKey }),
    );
    setStarting(false);
    if (!reply.ok) setStartError(reply.error);
  }

  return (
    <section class="card scheduled-card" aria-labelledby="scheduled-title">
      <p class="card-status" id="scheduled-title" role="status">
        Meeting scheduled
      </p>
      <h2 class="card-topic">{meeting.topic}</h2>
      <p class="muted">
        {formatStartShort(meeting.startsAt, env.now(), timeZone, env.locale)} ·{' '}
        {formatDuration(meeting.durationMinutes)}
        <br />
        {zoneDisplayName(meeting.startsAt, timeZone, env.locale)}
      </p>
      <dl class="facts">
        <dt>Meeting number</dt>
        <dd class="mono" data-testid="meeting-number">
          {formatMeetingNumber(meeting.meetingKey)}
        </dd>
        {meeting.meetingPassword && (
          <>
            <dt>Password</dt>
            <dd class="mono" data-testid="meeting-password">
              {meeting.meetingPassword}
            </dd>
          </>
        )}
        <dt>Join link</dt>
        <dd class="join-link">
          {joinUrl ? (
            <a href={joinUrl} target="_blank" rel="noreferrer">
              {joinUrl}
            </a>
          ) : linkError ? (
            'Not available right now: WebEx did not give the link. Copy the invitation later from Recent.'
          ) : (
            'Asking WebEx for the link…'
          )}
        </dd>
      </dl>
      <div class="actions">
        <button type="button" class="button primary" onClick={start} disabled={starting}>
          {starting ? 'Starting…' : 'Start now'}
        </button>
        <CopyButton label="Copy invitation" text={invitation} />
        {joinUrl && <CopyButton label="Copy link" text={joinUrl} />}
        <CalendarLink event={calendarEvent} />
      </div>
      {startError && <ErrorNotice error={startError} />}
      <button type="button" class="button link" onClick={onScheduleAnother}>
        Schedule another meeting
      </button>
    </section>
  );
}
