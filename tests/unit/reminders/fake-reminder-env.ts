import { fakeBrowser } from 'wxt/testing/fake-browser';
import type {
  Alarm,
  ReminderEnv,
  ReminderNotificationOptions,
} from '../../../lib/reminders/environment';
import {
  reminderMeetingsItem,
  settingsItem,
  shownRemindersItem,
  type AccountKey,
} from '../../../lib/storage';

export const ALICE: AccountKey = { siteOrigin: 'https://acme.webex.com', webExId: 'alice' };
export const NOW = Date.UTC(2025, 5, 2, 9, 0);

/**
 * Reminders' environment with in-memory alarms, notifications and badge over fakeBrowser's
 * storage: a second env over the same storage is a restarted worker.
 */
export function fakeReminderEnv(options: { buttons?: boolean } = {}) {
  const clock = { now: NOW };
  const alarms = new Map<string, Alarm>();
  const created: { id: string; options: ReminderNotificationOptions }[] = [];
  const showing = new Set<string>();
  const badge = { text: '', color: '' };
  const signedIn = { account: ALICE as AccountKey | null };
  const env: ReminderEnv = {
    alarms: {
      create(name, info) {
        const when = info.when ?? clock.now + (info.delayInMinutes ?? 0) * 60_000;
        alarms.set(name, {
          name,
          scheduledTime: when,
          ...(info.periodInMinutes ? { periodInMinutes: info.periodInMinutes } : {}),
        });
      },
      clear: async (name) => alarms.delete(name),
      getAll: async () => [...alarms.values()],
    },
    notifications: {
      async create(id, notification) {
        created.push({ id, options: notification });
        showing.add(id);
        return id;
      },
      clear: async (id) => showing.delete(id),
    },
    badge: {
      async setBadgeText({ text }) {
        badge.text = text;
      },
      async setBadgeBackgroundColor({ color }) {
        badge.color = color;
      },
    },
    now: () => clock.now,
    timeZone: () => 'Europe/Berlin',
    iconUrl: 'chrome-extension://test/icon/128.png',
    buttons: options.buttons ?? true,
    account: async () => signedIn.account,
    items: { meetings: reminderMeetingsItem, shown: shownRemindersItem, settings: settingsItem },
  };
  return { env, clock, alarms, created, showing, badge, signedIn };
}

/** fakeBrowser's storage emptied: the start of every test. */
export function resetStorage() {
  fakeBrowser.reset();
}
