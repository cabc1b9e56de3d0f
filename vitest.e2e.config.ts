import { defineConfig } from 'vitest/config';

// End-to-end: production build in real Chromium against the sandbox (tests/e2e/harness.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
