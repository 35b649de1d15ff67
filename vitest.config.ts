import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Every test is test/**/*.test.ts (the include is per project below:
    // projects that extend this config would append to, not replace, an
    // include set here). Browser and build tests share one built site; see
    // test/support/site.ts.
    testTimeout: 60_000,
    hookTimeout: 300_000,
    env: { TZ: 'UTC' },
    // Besides the console summary, write a machine-readable report that
    // .ci/run turns into its closing "N passed, N failed" line
    // (test-results/ is git-ignored).
    reporters: [
      'default',
      ['json', { outputFile: fileURLToPath(new URL('./test-results/vitest.json', import.meta.url)) }],
    ],
    // Two projects so that the site is built only when it is needed: Vitest
    // runs a project's globalSetup only when at least one of that project's
    // test files is selected, so `vitest run test/lib` never builds, while
    // any run that includes test/browser/** (or test/site/**) builds once,
    // in the main process, before any of those files start. Both projects
    // inherit every option above (extends: true).
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/site/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/browser/**/*.test.ts', 'test/site/**/*.test.ts'],
          globalSetup: ['test/support/site-setup.ts'],
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
