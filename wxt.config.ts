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
    permissions: ['storage'],
    host_permissions: ['https://*.webex.com/*'],
    action: { default_title: 'WebEx Host Helper' },
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
