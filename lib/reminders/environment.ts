import type { Item } from '../background/environment';
import type { AccountKey, ReminderMeetings, Settings } from '../storage';

/** An alarm as the browser reports it (`scheduledTime` in epoch ms). */
export interface Alarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}

/** The part of `browser.alarms` reminders use. */
export interface AlarmsApi {
  create(
    name: string,
    info: { when?: number; delayInMinutes?: number; periodInMinutes?: number },
  ): Promise<void> | void;
  clear(name: string): Promise<boolean>;
  getAll(): Promise<Alarm[]>;
}

/** A reminder notification; `buttons` only where the browser has them (not Firefox). */
export interface ReminderNotificationOptions {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
  buttons?: { title: string }[];
}

/** The part of `browser.notifications` reminders use. */
export interface ReminderNotificationsApi {
  create(id: string, options: ReminderNotificationOptions): Promise<string>;
  clear(id: string): Promise<boolean>;
}

/** The part of `browser.action` reminders use: the toolbar badge. */
export interface BadgeApi {
  setBadgeText(details: { text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { color: string }): Promise<void>;
}

/** Everything reminders touch, passed in so that tests fake each part. */
export interface ReminderEnv {
  alarms: AlarmsApi;
  notifications: ReminderNotificationsApi;
  badge: BadgeApi;
  /** Epoch ms. */
  now(): number;
  /** The host's IANA time zone, for the start time in the notification. */
  timeZone(): string;
  iconUrl: string;
  /** Whether notifications can carry a Start button (Chrome); elsewhere a click starts. */
  buttons: boolean;
  /** The signed-in account, or null. */
  account(): Promise<AccountKey | null>;
  items: {
    meetings: Item<ReminderMeetings | null>;
    shown: Item<string[]>;
    settings: Item<Settings>;
  };
}
