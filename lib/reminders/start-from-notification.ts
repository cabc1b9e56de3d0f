import type { BackgroundEnv } from '../background/environment';
import { startMeeting } from '../background/start-meeting';
import type { ReminderNotificationsApi } from './environment';
import { meetingKeyOfReminder } from './plan';

/**
 * The reminder's Start button (or, without buttons, a click on it): the existing start path,
 * GethosturlMeeting's one-time ticket link in a tab, never a password. When that cannot run
 * (signed out, ticket expired, WebEx unreachable) the popup opens in a tab to say why and to
 * ask for the password. Any other notification id is ignored.
 */
export async function startFromReminder(
  env: BackgroundEnv,
  notifications: ReminderNotificationsApi,
  notificationId: string,
  popupUrl: string,
): Promise<void> {
  const meetingKey = meetingKeyOfReminder(notificationId);
  if (meetingKey === undefined) return;
  await notifications.clear(notificationId).catch(() => false);
  const reply = await startMeeting(env, { meetingKey });
  if (!reply.ok) await env.tabs.create({ url: popupUrl, active: true });
}
