import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// End-to-end in real Firefox: the production Firefox build in Debian's firefox-esr against the
// sandbox on port 443 (tests/e2e-firefox/harness.ts). `npm run test:e2e:firefox`.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    globalSetup: ['tests/e2e-firefox/global-setup.ts'],
    setupFiles: ['tests/support/i18n-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
