import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// End-to-end: production build in real Chromium against the sandbox (tests/e2e/harness.ts).
// WxtVitest resolves WXT's aliases (#i18n) for the lib/ helpers the tests share, with English text.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    setupFiles: ['tests/support/i18n-setup.ts'],
    // Two files at a time, each with its own browser and sandbox (port 0): much of a test is
    // waiting on a real clock (alarms, injected latency), which the other file fills.
    fileParallelism: true,
    maxWorkers: 2,
    minWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
