import type { ScheduleJob } from '../messaging';
import { formatInZone } from '../webex/time-zones';
import { formatMeetingNumber } from '../webex/url/meeting-number';
import type { BackgroundEnv } from './environment';

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
    return {
      id: `meeting-ready:${job.requestId}`,
      title: `Meeting ready: ${topic}`,
      message: `${when} · meeting number ${formatMeetingNumber(job.meeting.meetingKey)}. Open WebEx Host Helper to copy the invitation.`,
    };
  }
  if (job.state === 'failed' && job.error) {
    return {
      id: `meeting-failed:${job.requestId}`,
      title: `Meeting not scheduled: ${topic}`,
      message: `${job.error.explanation.title}. ${job.error.explanation.action}`,
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
