import { storage } from 'wxt/utils/storage';
import type { ScheduleDraft } from './meetings/schedule-draft';
import type { ScheduleJob } from './messaging';
import type { SealedBox } from './secrets/crypto-box';
import { DEFAULT_SETTINGS, STORAGE_KEYS } from './storage-keys';
import type {
  HostProfile,
  KeptSiteTimeZones,
  ScheduledMeeting,
  AccountSession,
  WebExSite,
} from './webex/types';

/**
 * Every stored value of the extension, defined once, typed, with a fallback and a version.
 * Never store a password here: only the session ticket (session storage by default, local
 * only when the host asks to stay signed in).
 *
 * Content scripts can read and write `local:` (and `sync:`); `session:` is closed to them
 * (TRUSTED_CONTEXTS, stated at start-up by `lib/secrets/session-access-level.ts`). So every
 * secret in `local:` is a sealed box (`lib/secrets/secret-store.ts`): the kept ticket, and the
 * recent meetings with their passwords and join links. `lib/background/environment.ts` opens
 * them; read here directly they are ciphertext.
 */

// --- account & scheduling -----------------------------------------------------------------

/** What identifies a signed-in account: the site and the WebEx ID (compared case-insensitively). */
export interface AccountKey {
  siteOrigin: string;
  webExId: string;
}

/** A signed-in account: the session ticket (never the password) and what GetUser said. */
export interface StoredAccount {
  session: AccountSession;
  profile: HostProfile;
}

/** Prefills the sign-in form after sign-out or a browser restart. No secret in it. */
export interface LastAccount {
  site: WebExSite;
  webExId: string;
  /** How it signed in; absent before REST (then `xml`). */
  api?: 'xml' | 'rest';
}

export type Theme = 'system' | 'light' | 'dark';

/** Minutes before a meeting's start that its reminder shows; 0 is off (no reminder, no badge). */
export type ReminderLead = 0 | 1 | 5 | 10 | 15;

export interface Settings {
  defaultDurationMinutes: number;
  /** Email addresses invited to every new meeting unless the host removes them. */
  defaultInvitees: string[];
  keepSignedIn: boolean;
  theme: Theme;
  /** Settings stored before reminders existed lack it: read it with lib/reminders/lead.ts. */
  reminderLeadMinutes?: ReminderLead;
}

export { DEFAULT_SETTINGS };

/** A meeting scheduled from this extension, with what only its scheduler knows (password, link). */
export interface RecentMeeting extends ScheduledMeeting {
  owner: AccountKey;
  /** The schedule request that made it: a resend of the same request answers with this meeting. */
  requestId: string;
  scheduledAt: number;
  joinUrl?: string;
}

export const RECENT_MEETINGS_LIMIT = 20;

/** The signed-in account, in memory only: gone when the browser closes (the default). */
export const sessionAccountItem = storage.defineItem<StoredAccount | null>(
  STORAGE_KEYS.sessionAccount,
  {
    fallback: null,
    version: 1,
  },
);

/**
 * The signed-in account, kept on this device because the host ticked "Keep me signed in":
 * sealed (a `StoredAccount` inside).
 */
export const keptAccountItem = storage.defineItem<SealedBox | null>('local:account.sealed', {
  fallback: null,
  version: 1,
});

/** Before sealing (0.1.0): the kept account in clear. Read once, sealed, removed. */
export const plainKeptAccountItem = storage.defineItem<StoredAccount | null>('local:account', {
  fallback: null,
  version: 1,
});

export const lastAccountItem = storage.defineItem<LastAccount | null>('local:account.last', {
  fallback: null,
  version: 1,
});

export const settingsItem = storage.defineItem<Settings>(STORAGE_KEYS.settings, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Newest first, one per meeting key, at most RECENT_MEETINGS_LIMIT: sealed (`RecentMeeting[]`). */
export const recentMeetingsItem = storage.defineItem<SealedBox | null>(
  'local:meetings.recent.sealed',
  { fallback: null, version: 1 },
);

/** Before sealing (0.1.0): the recent meetings in clear. Read once, sealed, removed. */
export const plainRecentMeetingsItem = storage.defineItem<RecentMeeting[] | null>(
  'local:meetings.recent',
  { fallback: null, version: 1 },
);

/** So that a popup closed while WebEx was scheduling still learns the outcome. */
export const lastScheduleJobItem = storage.defineItem<ScheduleJob | null>(
  STORAGE_KEYS.lastScheduleJob,
  { fallback: null, version: 1 },
);

/**
 * Each site's own time zones (its LstTimeZone answer), by site origin: the truth for reading
 * and writing its times, asked once per site and refreshed at most daily (or for a zone ID the
 * kept list lacks). No secret in it.
 */
export const siteTimeZonesItem = storage.defineItem<Record<string, KeptSiteTimeZones>>(
  'local:webex.siteTimeZones',
  { fallback: {}, version: 1 },
);

/**
 * The host's invitation template (Options), or null for the default in the UI language
 * (lib/meetings/invitation-template.ts). Sync storage: it follows the host to other browsers,
 * and holds no secret (placeholders only, never a password).
 */
export const invitationTemplateItem = storage.defineItem<string | null>(
  'sync:meetings.invitationTemplate',
  { fallback: null, version: 1 },
);

// --- Webex integration ----------------------------------------------------------------------

/**
 * The Webex integration set in Options (`{clientId, clientSecret?}`, lib/webex/rest/oauth/
 * client-config.ts), overriding the build's client ID: sealed (`OAuthClientValues` inside),
 * since the secret is one. Never in sync storage. An administrator's values come from
 * `storage.managed` instead (public/managed_schema.json), and win.
 */
export const webexIntegrationItem = storage.defineItem<SealedBox | null>(
  'local:webex.integration.sealed',
  { fallback: null, version: 1 },
);

// --- reminders -------------------------------------------------------------------------------

/** One of the host's meetings as reminders know it: no secret (no password, no link). */
export interface ReminderMeeting {
  meetingKey: string;
  topic: string;
  /** Epoch ms. */
  startsAt: number;
  /** WebEx said it is in progress: no reminder, no badge. */
  started: boolean;
}

/** The host's meetings from the last list WebEx gave (kept in step by lib/reminders/). */
export interface ReminderMeetings {
  owner: AccountKey;
  meetings: ReminderMeeting[];
}

/** What reminders plan from; survives the worker sleeping and the browser restarting. */
export const reminderMeetingsItem = storage.defineItem<ReminderMeetings | null>(
  'local:reminders.meetings',
  { fallback: null, version: 1 },
);

/**
 * Reminders already shown, as `meetingKey@startsAt` (epoch ms), so that none shows twice, also
 * after a worker restart; a moved meeting has a new entry. Pruned once the start has passed.
 */
export const shownRemindersItem = storage.defineItem<string[]>('local:reminders.shown', {
  fallback: [],
  version: 1,
});

// --- popup -----------------------------------------------------------------------------------

/** The schedule job whose outcome the popup has shown (an id only), so it is shown once. */
export const seenScheduleJobItem = storage.defineItem<string | null>(STORAGE_KEYS.seenScheduleJob, {
  fallback: null,
  version: 1,
});

/**
 * The schedule form kept while the host signs in with Webex again (the popup closes meanwhile):
 * session storage only, never sync (it holds the meeting password); cleared once restored.
 */
export const scheduleDraftItem = storage.defineItem<ScheduleDraft | null>(
  'session:popup.scheduleDraft',
  { fallback: null, version: 1 },
);

// --- explainer -------------------------------------------------------------------------------

/** Fingerprints of back-URL results the host dismissed, newest last (pruned on write). */
export const dismissedResultsItem = storage.defineItem<string[]>(
  'local:explainer.dismissedResults',
  {
    fallback: [],
    version: 1,
  },
);

/** Origins besides WebEx (e.g. `https://intranet.example.test`) where results are explained. */
export const resultOriginsItem = storage.defineItem<string[]>('local:explainer.resultOrigins', {
  fallback: [],
  version: 1,
});

export { storage };
