import { t } from '../i18n';
import { formatStartShort } from '../meetings/display-time';
import type { ReminderMeeting } from '../storage';
import type { ReminderNotificationOptions } from './environment';

/**
 * A reminder: the topic in the title, the start in the host's zone ("Today, 14:30") and a
 * Start button where the browser has buttons; without them (Firefox) the text says to click.
 * Text only: the topic is the host's own, shown as typed.
 */
export function reminderNotification(
  meeting: Pick<ReminderMeeting, 'topic' | 'startsAt'>,
  context: { now: number; timeZone: string; iconUrl: string; buttons: boolean },
): ReminderNotificationOptions {
  const when = formatStartShort(meeting.startsAt, context.now, context.timeZone);
  return {
    type: 'basic',
    iconUrl: context.iconUrl,
    title: t('reminders.notification.title', { topic: meeting.topic }),
    ...(context.buttons
      ? {
          message: t('reminders.notification.message', { when }),
          buttons: [{ title: t('reminders.notification.start') }],
        }
      : { message: t('reminders.notification.messageClick', { when }) }),
  };
}
