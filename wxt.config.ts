import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { writePopupShellPages } from './scripts/build/popup-shell-pages';
import { preloadStaticImports } from './scripts/build/preload-static-imports';

/** Chrome's version for CSS light-dark(), the newest feature the extension relies on. */
export const MINIMUM_CHROME_VERSION = '123';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  imports: false,
  vite: () => ({
    plugins: [preact(), preloadStaticImports()],
    // No modulepreload polyfill nor dynamic-import preload helper: every supported browser
    // follows module imports itself, and they cost the popup's first load ~0.7 kB gzip. The
    // pages' own static imports are still preloaded (preloadStaticImports).
    build: { modulePreload: false },
  }),
  hooks: {
    // The popup pages a signed-in host opens, with the form's first field in the HTML.
    'build:done': (wxt) =>
      writePopupShellPages(
        wxt.config.outDir,
        resolve(import.meta.dirname, 'entrypoints/popup/shell.html'),
      ),
  },
  manifestVersion: 3,
  // `npm run zip:firefox` also writes the sources zip AMO asks for (build: `npm ci`, then
  // `npm run build:firefox`); screenshots and coverage from test runs are not sources.
  zip: { excludeSources: ['tests/e2e/artifacts/**', 'coverage/**'] },
  manifest: ({ browser }) => ({
    // Text a person reads comes from locales/*.yml (@wxt-dev/i18n); the browser's language picks one.
    default_locale: 'en',
    name: '__MSG_app_name__',
    description: '__MSG_app_description__',
    // scripting: the result explainer injects its panel and registers its detector on added origins.
    // notifications: "Meeting ready" when the popup closed before WebEx answered, and reminders.
    // alarms: reminders and the badge wake the sleeping service worker at their time and survive
    // a browser restart (a timer in the worker would die with it).
    // identity: "Sign in with Webex" (OAuth through identity.launchWebAuthFlow).
    permissions: ['storage', 'scripting', 'notifications', 'alarms', 'identity'],
    // webexapis.com: the Webex REST API and its OAuth token endpoint.
    host_permissions: ['https://*.webex.com/*', 'https://webexapis.com/*'],
    // Granted one origin at a time from a click: sites outside webex.com, and pages where results land.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The result explainer's detector (entrypoints/result-detector.ts, a plain script so that a
    // WebEx page without a result pays next to nothing); the panel is injected only on a match.
    content_scripts: [
      { matches: ['https://*.webex.com/*'], js: ['result-detector.js'], run_at: 'document_idle' },
    ],
    action: { default_title: '__MSG_app_name__' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+W' },
        description: '__MSG_app_openCommand__',
      },
    },
    // The newest thing the code needs: CSS light-dark() (Chrome 123), every colour of the popup,
    // options page and panel. Below it the pages would render without colours.
    // tests/unit/setup/minimum-browser.test.ts keeps this the maximum of what the code uses.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // Fixed: identity.getRedirectURL() (the Webex redirect URI) derives from it.
              id: 'webex-host-helper@example.org',
              strict_min_version: '140.0',
              // The extension sends nothing anywhere but the host's own WebEx site.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on (web-ext lint).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          minimum_chrome_version: MINIMUM_CHROME_VERSION,
          // An administrator may set the Webex integration (clientId, clientSecret) by policy;
          // Firefox reads managed storage from a native manifest instead, without a schema.
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
