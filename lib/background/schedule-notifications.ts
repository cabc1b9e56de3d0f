import { t } from '../i18n';
import type { ScheduleJob } from '../messaging';
import { formatInZone } from '../webex/time-zones';
import { formatMeetingNumber } from '../webex/url/meeting-number';
import type { BackgroundEnv } from './environment';

/** A browser notification about a schedule job. */
export interface JobNotification {
  id: string;
  title: string;
  message: string;
}

/** What to tell a host whose popup closed before the schedule job ended; null while running. */
export function jobNotification(job: ScheduleJob): JobNotification | null {
  const topic = job.request.topic;
  if (job.state === 'done' && job.meeting) {
    const when = formatInZone(job.meeting.startsAt, job.request.timeZone);
    const number = formatMeetingNumber(job.meeting.meetingKey);
    return {
      id: `meeting-ready:${job.requestId}`,
      title: t('account.meetingReady.title', { topic }),
      // The extra meeting of a resent CreateMeeting is deleted only from the popup, by the host.
      message: job.meeting.duplicates?.length
        ? t('schedule.duplicate.notification', { when, number })
        : t('account.meetingReady.message', { when, number }),
    };
  }
  if (job.state === 'failed' && job.error) {
    const { title, action } = job.error.explanation;
    return {
      id: `meeting-failed:${job.requestId}`,
      title: t('account.meetingFailed.title', { topic }),
      message: t('account.meetingFailed.message', { title, action }),
    };
  }
  return null;
}

/** Only when no popup can show the answer itself. A notification that fails is not worth failing the job. */
export async function notifyIfPopupClosed(env: BackgroundEnv, job: ScheduleJob): Promise<void> {
  const notification = jobNotification(job);
  if (!notification) return;
  try {
    if (await env.isPopupOpen()) return;
    await env.notifications.create(notification.id, {
      type: 'basic',
      iconUrl: env.iconUrl,
      title: notification.title,
      message: notification.message,
    });
  } catch {
    // The meeting is in Recent and in lastScheduleJob either way.
  }
}
