import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
  }),
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'WebEx Host Helper',
    description:
      'Schedule, start and join WebEx meetings from the toolbar, and understand WebEx results in the page.',
    // scripting: the result explainer injects its panel and registers its detector on added origins.
    // notifications: "Meeting ready" when the popup closed before WebEx answered.
    permissions: ['storage', 'scripting', 'notifications'],
    host_permissions: ['https://*.webex.com/*'],
    // Granted one origin at a time from a click: sites outside webex.com, and pages where results land.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The result explainer's detector (entrypoints/result-detector.ts, a plain script so that a
    // WebEx page without a result pays next to nothing); the panel is injected only on a match.
    content_scripts: [
      { matches: ['https://*.webex.com/*'], js: ['result-detector.js'], run_at: 'document_idle' },
    ],
    action: { default_title: 'WebEx Host Helper' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+W' },
        description: 'Open WebEx Host Helper',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'webex-host-helper@example.org',
              strict_min_version: '140.0',
              // The extension sends nothing anywhere but the host's own WebEx site.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
