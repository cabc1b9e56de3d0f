import type { ScheduleJob } from '../messaging';
import { createSecretStore, type SealedItem, type SecretEnv } from '../secrets/secret-store';
import {
  keptAccountItem,
  lastAccountItem,
  lastScheduleJobItem,
  plainKeptAccountItem,
  plainRecentMeetingsItem,
  recentMeetingsItem,
  sessionAccountItem,
  settingsItem,
  type LastAccount,
  type RecentMeeting,
  type Settings,
  type StoredAccount,
} from '../storage';
import type { MeetingsBackend } from '../webex/backend';
import type { RestMeetingsBackend } from '../webex/rest/client';
import type { WebexAuth } from '../webex/rest/grant';
import type { AccountSession } from '../webex/types';

/** The part of a WXT storage item the services use; tests pass the real items over fakeBrowser. */
export interface Item<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
}

export interface BackgroundItems {
  sessionAccount: Item<StoredAccount | null>;
  /** Sealed in local storage; `read` tells a box that did not open from nothing stored. */
  keptAccount: SealedItem<StoredAccount | null>;
  lastAccount: Item<LastAccount | null>;
  settings: Item<Settings>;
  /** Sealed in local storage: a tampered list reads as empty. */
  recentMeetings: SealedItem<RecentMeeting[]>;
  lastScheduleJob: Item<ScheduleJob | null>;
}

/**
 * The background's items over `lib/storage.ts`, the secrets in local storage sealed with the
 * key in `secrets.vault` (the extension origin's IndexedDB in the browser). Build it once per
 * worker: the sealed items share one key and one migration of the plain values of 0.1.0.
 */
export function storedItems(secrets: SecretEnv): BackgroundItems {
  const store = createSecretStore(secrets);
  return {
    sessionAccount: sessionAccountItem,
    keptAccount: store.item<StoredAccount | null>({
      box: keptAccountItem,
      label: 'local:account.sealed',
      fallback: null,
      legacy: plainKeptAccountItem,
    }),
    lastAccount: lastAccountItem,
    settings: settingsItem,
    recentMeetings: store.item<RecentMeeting[]>({
      box: recentMeetingsItem,
      label: 'local:meetings.recent.sealed',
      fallback: [],
      legacy: plainRecentMeetingsItem,
    }),
    lastScheduleJob: lastScheduleJobItem,
  };
}

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
  /** Both APIs, by the session's `api` (lib/webex/account-backend.ts). */
  backend: MeetingsBackend<AccountSession>;
  /** The REST client itself, for what only REST does (a first profile, the Personal Room). */
  restBackend: RestMeetingsBackend;
  /** Sign in with Webex (OAuth through identity.launchWebAuthFlow) and token renewal. */
  webexAuth: WebexAuth;
  /** True when a Webex integration's client ID is configured (build, Options, administrator). */
  webexSignInReady: () => Promise<boolean>;
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
