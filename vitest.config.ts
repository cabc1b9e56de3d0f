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
    mockReset: true,
    restoreMocks: true,
  },
});
