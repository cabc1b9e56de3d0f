import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'tests/unit/**/*.test.{ts,tsx}',
      'tests/sandbox/**/*.test.ts',
      'tests/integration/**/*.test.ts',
    ],
    // After WXT's own setup (the fake browser): browser.i18n answers in English.
    setupFiles: ['tests/support/i18n-setup.ts'],
    mockReset: true,
    restoreMocks: true,
  },
});
