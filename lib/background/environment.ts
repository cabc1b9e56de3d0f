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
  webexIntegrationItem,
} from '../storage';
import type { OAuthClientValues } from '../webex/rest/oauth/client-config';
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
  /** Options' Webex integration override, sealed in local storage (it may hold the secret). */
  webexIntegration: SealedItem<OAuthClientValues | null>;
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
    webexIntegration: store.item<OAuthClientValues | null>({
      box: webexIntegrationItem,
      label: 'local:webex.integration.sealed',
      fallback: null,
    }),
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
  items: BackgroundItems;
  now: () => number;
  permissions: PermissionsApi;
  tabs: TabsApi;
  notifications: NotificationsApi;
  /** True while the popup (or popup.html in a tab) is open to receive an answer. */
  isPopupOpen: () => Promise<boolean>;
  /** Extension icon for notifications. */
  iconUrl: string;
  /** Where the Webex integration comes from besides Options (lib/background/webex-integration.ts). */
  integration: IntegrationSources;
}

/** The Webex integration's sources outside Options, and this browser's redirect URI. */
export interface IntegrationSources {
  /** The build's client ID (`WXT_WEBEX_CLIENT_ID` in `.env`), if any. */
  buildClientId?: string;
  /** An administrator's values from `storage.managed` (undefined where there is no policy). */
  managed(): Promise<OAuthClientValues | undefined>;
  /** `identity.getRedirectURL()`. */
  redirectUrl: string;
}
