import type { Settings } from './storage';

/**
 * Where lib/storage.ts keeps the values the popup reads before any library has loaded
 * (lib/popup-first-state.ts reads them straight from the browser's storage areas, without
 * `wxt/utils/storage`, so that the popup's first paint needs neither it nor the polyfill).
 * `area:key` as WXT writes them: `session:account` is key `account` in `storage.session`.
 * lib/storage.ts defines its items with these, so the two cannot drift apart.
 */
export const STORAGE_KEYS = {
  sessionAccount: 'session:account',
  settings: 'local:settings',
  lastScheduleJob: 'session:meetings.lastScheduleJob',
  seenScheduleJob: 'session:popup.seenScheduleJob',
} as const;

/** The settings until the host changes one in Options. */
export const DEFAULT_SETTINGS: Settings = {
  defaultDurationMinutes: 30,
  defaultInvitees: [],
  keepSignedIn: false,
  theme: 'system',
  reminderLeadMinutes: 5,
};

/** The storage area and the key in it of an `area:key` name, e.g. `['session', 'account']`. */
export function areaKey(key: `${'local' | 'session' | 'sync'}:${string}`): [string, string] {
  const colon = key.indexOf(':');
  return [key.slice(0, colon), key.slice(colon + 1)];
}
