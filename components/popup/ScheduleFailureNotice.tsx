import { mayHaveScheduled, refusedAlternateHost } from '../../lib/meetings/schedule-failure';
import type { WebExErrorInfo } from '../../lib/webex/errors';
import type { ScheduleRequest } from '../../lib/webex/types';
import { ErrorNotice } from './ErrorNotice';

interface FailureNoticeProps {
  error: WebExErrorInfo;
  request: ScheduleRequest;
  siteName: string;
  onInviteAsAttendee(): void;
  onShowRecent(): void;
}

/** A failed schedule: the catalogue's words, plus the one-click fix where there is one. */
export function ScheduleFailureNotice({
  error,
  request,
  siteName,
  onInviteAsAttendee,
  onShowRecent,
}: FailureNoticeProps) {
  const refused = refusedAlternateHost(error, request);
  if (refused) {
    return (
      <ErrorNotice
        error={error}
        meaning={`${refused} has no host account on ${siteName}, and WebEx accepts only hosts as alternate host. Nothing was scheduled.`}
      >
        <button type="button" class="button primary" onClick={onInviteAsAttendee}>
          Invite them as attendees instead
        </button>
      </ErrorNotice>
    );
  }
  if (mayHaveScheduled(error)) {
    return (
      <ErrorNotice
        error={error}
        lead="WebEx may have scheduled the meeting anyway: look in Recent before you try again."
      >
        <button type="button" class="button secondary" onClick={onShowRecent}>
          Look in Recent
        </button>
      </ErrorNotice>
    );
  }
  return <ErrorNotice error={error} lead="Nothing was scheduled. Your form is kept below." />;
}
