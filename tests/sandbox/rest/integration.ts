import { createHash } from 'node:crypto';
import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The one OAuth integration the sandbox knows, as registered on developer.webex.com: its id,
 * secret, ticked scopes and redirect URIs (design.md, "The REST API (facts)").
 */
export const SANDBOX_INTEGRATION = {
  clientId: 'C-sandbox-webex-host-helper',
  clientSecret: 'sandbox-client-secret-7',
  scopes: [
    'meeting:schedules_read',
    'meeting:schedules_write',
    'meeting:preferences_read',
    'spark:people_read',
  ],
} as const;

/** Integration access tokens live 14 days, refresh tokens about 90, personal ones 12 hours. */
export const ACCESS_TOKEN_SECONDS = 14 * 24 * 3600;
export const REFRESH_TOKEN_SECONDS = 90 * 24 * 3600;
export const PERSONAL_TOKEN_SECONDS = 12 * 3600;
/** How long an authorization code may wait for its exchange. */
export const CODE_SECONDS = 10 * 60;

/** wxt.config.ts's `browser_specific_settings.gecko.id` (a unit test keeps the two equal). */
export const FIREFOX_ADDON_ID = 'webex-host-helper@example.org';

/** Where `npm run build` (and the e2e build) writes the Chrome extension. */
const CHROME_BUILD_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3');

/**
 * The id Chrome gives an unpacked extension loaded from `dir`: SHA-256 of its absolute path
 * (symbolic links resolved), the first 32 hex digits written with the letters a-p
 * (Chromium's crx_file::id_util::GenerateIdForPath).
 */
export function unpackedChromeId(dir: string): string {
  const path = existsSync(dir) ? realpathSync(dir) : resolve(dir);
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** Chrome's `identity.getRedirectURL()` for an extension id (launchWebAuthFlow's redirect). */
export function chromeRedirectUri(extensionId: string): string {
  return `https://${extensionId}.chromiumapp.org/`;
}

/**
 * Firefox's `identity.getRedirectURL()`: the SHA-1 of the add-on id in hex, under
 * extensions.allizom.org (Firefox's toolkit/components/extensions/child/ext-identity.js).
 */
export function firefoxRedirectUri(addonId: string): string {
  return `https://${createHash('sha1').update(addonId).digest('hex')}.extensions.allizom.org/`;
}

/** The Chrome redirect URI of this checkout's build, `.output/chrome-mv3` (registered). */
export function chromeBuildRedirectUri(): string {
  return chromeRedirectUri(unpackedChromeId(CHROME_BUILD_DIR));
}

/**
 * The redirect URIs registered on the sandbox integration, as a developer registers theirs on
 * developer.webex.com: Chrome's for this checkout's build (`.output/chrome-mv3`, and the copy
 * at E2E_EXTENSION_DIR when set) and Firefox's for the add-on id. Read at each request, so a
 * build made after the sandbox started counts.
 */
export function registeredRedirectUris(): string[] {
  const copy = process.env.E2E_EXTENSION_DIR;
  const extra = copy ? [copy] : [];
  return [
    chromeBuildRedirectUri(),
    ...extra.map((dir) => chromeRedirectUri(unpackedChromeId(dir))),
    firefoxRedirectUri(FIREFOX_ADDON_ID),
  ];
}

/** Whether `uri` is exactly one of the registered redirect URIs (Webex compares them whole). */
export function isRegisteredRedirect(uri: string): boolean {
  return registeredRedirectUris().includes(uri);
}
