import type { ScheduleJob } from '../messaging';
import {
  keptAccountItem,
  lastAccountItem,
  lastScheduleJobItem,
  recentMeetingsItem,
  sessionAccountItem,
  settingsItem,
  type LastAccount,
  type RecentMeeting,
  type Settings,
  type StoredAccount,
} from '../storage';
import type { MeetingsBackend } from '../webex/backend';

/** The part of a WXT storage item the services use; tests pass the real items over fakeBrowser. */
export interface Item<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
}

export interface BackgroundItems {
  sessionAccount: Item<StoredAccount | null>;
  keptAccount: Item<StoredAccount | null>;
  lastAccount: Item<LastAccount | null>;
  settings: Item<Settings>;
  recentMeetings: Item<RecentMeeting[]>;
  lastScheduleJob: Item<ScheduleJob | null>;
}

export const storedItems: BackgroundItems = {
  sessionAccount: sessionAccountItem,
  keptAccount: keptAccountItem,
  lastAccount: lastAccountItem,
  settings: settingsItem,
  recentMeetings: recentMeetingsItem,
  lastScheduleJob: lastScheduleJobItem,
};

export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

export type TabUpdatedListener = (
  tabId: number,
  changeInfo: { url?: string; status?: string },
  tab: { url?: string },
) => void;
export type TabRemovedListener = (tabId: number) => void;

interface Listeners<T> {
  addListener(listener: T): void;
  removeListener(listener: T): void;
}

export interface TabsApi {
  create(properties: { url: string; active?: boolean }): Promise<{ id?: number }>;
  update(tabId: number, properties: { url: string }): Promise<unknown>;
  onUpdated: Listeners<TabUpdatedListener>;
  onRemoved: Listeners<TabRemovedListener>;
}

export interface NotificationsApi {
  create(
    notificationId: string,
    options: { type: 'basic'; iconUrl: string; title: string; message: string },
  ): Promise<string>;
}

/** Everything the background services touch, passed in so that tests can fake each part. */
export interface BackgroundEnv {
  backend: MeetingsBackend;
  items: BackgroundItems;
  now: () => number;
  permissions: PermissionsApi;
  tabs: TabsApi;
  notifications: NotificationsApi;
  /** True while the popup (or popup.html in a tab) is open to receive an answer. */
  isPopupOpen: () => Promise<boolean>;
  /** Extension icon for notifications. */
  iconUrl: string;
}
