import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import {
  FIREFOX_ADDON_ID,
  firefoxRedirectUri,
  registeredRedirectUris,
} from '../../sandbox/rest/integration';

type ManifestFn = (env: { browser: string; manifestVersion: 3; mode: string; command: string }) => {
  permissions?: string[];
  host_permissions?: string[];
  browser_specific_settings?: { gecko?: { id?: string } };
};

function manifestFor(browser: string) {
  const manifest = config.manifest as ManifestFn;
  return manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
}

// "Sign in with Webex" needs launchWebAuthFlow and webexapis.com in both browsers, and the
// sandbox integration must register the Firefox redirect URI of the add-on id the build ships.
describe('the manifest for Sign in with Webex', () => {
  it.each(['chrome', 'firefox'])(
    '%s: identity permission and https://webexapis.com/*',
    (browser) => {
      const manifest = manifestFor(browser);
      expect(manifest.permissions).toContain('identity');
      expect(manifest.host_permissions).toContain('https://webexapis.com/*');
    },
  );

  it("Firefox's add-on id is the one whose redirect URI the sandbox integration registers", () => {
    const id = manifestFor('firefox').browser_specific_settings?.gecko?.id;
    expect(id).toBe(FIREFOX_ADDON_ID);
    expect(registeredRedirectUris()).toContain(firefoxRedirectUri(FIREFOX_ADDON_ID));
  });
});
