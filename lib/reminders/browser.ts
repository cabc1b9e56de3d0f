import type { browser } from 'wxt/browser';
import { accountKeyOf, loadAccount } from '../background/account-store';
import type { BackgroundEnv } from '../background/environment';
import { reminderMeetingsItem, settingsItem, shownRemindersItem } from '../storage';
import type { ReminderEnv } from './environment';
import { REFRESH_ALARM, ALARM_PREFIX } from './plan';
import { refreshReminders } from './refresh';
import { createReminderService, type ReminderService } from './service';
import { startFromReminder } from './start-from-notification';

/** Reminders' environment in the browser: alarms, notifications, the action's badge, storage. */
export function browserReminderEnv(api: typeof browser, background: BackgroundEnv): ReminderEnv {
  return {
    alarms: api.alarms,
    notifications: api.notifications,
    badge: api.action,
    now: background.now,
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    iconUrl: background.iconUrl,
    // Firefox's notifications have no buttons (and refuse the option): a click starts there.
    // Only Firefox has runtime.getBrowserInfo.
    buttons: !('getBrowserInfo' in api.runtime),
    account: async () => {
      const found = await loadAccount(background.items);
      return found ? accountKeyOf(found.account.session) : null;
    },
    items: { meetings: reminderMeetingsItem, shown: shownRemindersItem, settings: settingsItem },
  };
}

/**
 * Listens for what moves reminders: their alarms (a reminder's time, the badge's next change,
 * the 15-minute refresh), a click on a reminder or its Start button, the browser starting and
 * the lead time changing in Options. Registered at the worker's top level, so that an alarm
 * wakes a sleeping worker into them.
 */
export function watchReminders(api: typeof browser, background: BackgroundEnv): ReminderService {
  const env = browserReminderEnv(api, background);
  const reminders = createReminderService(env);
  // getURL's generated typing does not reach here (as in lib/background/browser-env.ts).
  const runtime = api.runtime as unknown as { getURL(path: string): string };
  const popupUrl = runtime.getURL('/popup.html');
  const start = (id: string) =>
    void startFromReminder(background, env.notifications, id, popupUrl).catch(() => undefined);
  api.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refreshReminders(background, reminders);
    else if (alarm.name.startsWith(ALARM_PREFIX)) void reminders.sync();
  });
  api.notifications.onClicked.addListener(start);
  api.notifications.onButtonClicked?.addListener((id, index) => index === 0 && start(id));
  api.runtime.onStartup.addListener(() => void reminders.sync());
  api.runtime.onInstalled.addListener(() => void reminders.sync());
  settingsItem.watch(() => void reminders.sync());
  return reminders;
}
