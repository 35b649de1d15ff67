import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser and build tests share one built site; see test/site/setup.ts.
    testTimeout: 60_000,
    hookTimeout: 300_000,
    env: { TZ: 'UTC' },
  },
});
