import { t } from '../../lib/i18n';
import { mayHaveScheduled, refusedAlternateHost } from '../../lib/meetings/schedule-failure';
import type { WebExErrorInfo } from '../../lib/webex/errors';
import type { ScheduleRequest } from '../../lib/webex/types';
import { ErrorNotice } from '../ErrorNotice';

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
        meaning={t('schedule.failure.notAHost', { email: refused, site: siteName })}
      >
        <button type="button" class="button primary" onClick={onInviteAsAttendee}>
          {t('schedule.failure.inviteAsAttendees')}
        </button>
      </ErrorNotice>
    );
  }
  if (mayHaveScheduled(error)) {
    return (
      <ErrorNotice error={error} lead={t('schedule.failure.mayHaveScheduled')}>
        <button type="button" class="button secondary" onClick={onShowRecent}>
          {t('schedule.failure.lookInRecent')}
        </button>
      </ErrorNotice>
    );
  }
  return <ErrorNotice error={error} lead={t('schedule.failure.nothingScheduled')} />;
}
