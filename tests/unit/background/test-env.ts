import { fakeBrowser } from 'wxt/testing/fake-browser';
import { signIn } from '../../../lib/background/account';
import { storedItems, type BackgroundEnv } from '../../../lib/background/environment';
import { memoryVault } from '../../../lib/secrets/key-vault';
import type { RestMeetingsBackend } from '../../../lib/webex/rest/client';
import type { ScheduleRequest } from '../../../lib/webex/types';
import type { OAuthClientValues } from '../../../lib/webex/rest/oauth/client-config';
import { ALICE_PASSWORD, FakeBackend } from './fake-backend';

export const START = Date.UTC(2025, 5, 2, 9, 0);
export const ACME = { name: 'acme', origin: 'https://acme.webex.com' };
/** The account key signInAlice signs in with. */
export const ALICE_OWNER = { siteOrigin: ACME.origin, webExId: 'alice' };
export const ICON = 'chrome-extension://test/icon/128.png';
/** `identity.getRedirectURL()` in Chrome for an extension with the id `abc…p`. */
export const REDIRECT_URL = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';

/** The background's environment over fakeBrowser, a fake WebEx and a hand-moved clock. */
export function testEnv(options: { granted?: string[] } = {}) {
  fakeBrowser.reset();
  const clock = { now: START };
  const backend = new FakeBackend(() => clock.now);
  const granted = new Set(['https://*.webex.com/*', ...(options.granted ?? [])]);
  const popup = { open: false };
  const vault = memoryVault();
  const managed: { values?: OAuthClientValues } = {};
  const env: BackgroundEnv = {
    backend,
    items: storedItems({ vault, crypto: globalThis.crypto }),
    now: () => clock.now,
    permissions: {
      async contains({ origins }) {
        return origins.every(
          (origin) =>
            granted.has(origin) ||
            (/^https:\/\/[^/]+\.webex\.com\/\*$/.test(origin) &&
              granted.has('https://*.webex.com/*')),
        );
      },
    },
    tabs: fakeBrowser.tabs,
    notifications: fakeBrowser.notifications,
    isPopupOpen: async () => popup.open,
    iconUrl: ICON,
    restBackend: unusedRestBackend(),
    webexAuth: {
      authorize: () => Promise.reject(new Error('no Webex sign-in in this test')),
      renew: () => Promise.reject(new Error('no Webex sign-in in this test')),
    },
    integration: {
      buildClientId: undefined as string | undefined,
      managed: async () => managed.values,
      redirectUrl: REDIRECT_URL,
    },
  };
  return { env, backend, clock, granted, popup, vault, managed };
}

/** A REST client for tests of the XML account: any call is a test error. */
function unusedRestBackend(): RestMeetingsBackend {
  const unused = () => Promise.reject(new Error('REST client called in an XML test'));
  return {
    getProfile: unused,
    getSiteProfile: unused,
    schedule: unused,
    list: unused,
    get: unused,
    hostUrl: unused,
    joinUrls: unused,
    remove: unused,
    personalRoomUrl: unused,
  };
}

export async function signInAlice(env: BackgroundEnv, keepSignedIn = false) {
  const answer = await signIn(env, {
    siteInput: 'acme',
    webExId: 'alice',
    password: ALICE_PASSWORD,
    keepSignedIn,
  });
  if (!answer.ok) throw new Error(`sign-in failed: ${answer.error.message}`);
  return answer.value;
}

export function meetingRequest(overrides: Partial<ScheduleRequest> = {}): ScheduleRequest {
  return {
    topic: 'Weekly sync',
    startsAt: START + 3_600_000,
    timeZone: 'Europe/Berlin',
    durationMinutes: 30,
    invitees: [{ email: 'carol@example.com', role: 'ATTENDEE' }],
    ...overrides,
  };
}

/** Everything in every storage area, as one string: to prove what is (not) stored. */
export async function allStorageText(): Promise<string> {
  const areas = await Promise.all([
    fakeBrowser.storage.local.get(null),
    fakeBrowser.storage.session.get(null),
    fakeBrowser.storage.sync.get(null),
  ]);
  return JSON.stringify(areas);
}
