/**
 * The environment a test's `astro build` runs in: this process's, without what Vitest adds to it
 * (NODE_ENV=test, TEST and VITEST… in every process; MODE, DEV, PROD, SSR and BASE_URL, which are
 * import.meta.env's, in a test file's). Astro inlines into a module that names `import.meta.env`
 * bare the environment variables whose names occur in its source (astro.config.mjs), so a build
 * started from a test file ran code that a user's build does not: `import.meta.env?.MODE` read
 * "test" there, not "production".
 */
const ADDED_BY_VITEST = /^(NODE_ENV|TEST|VITEST(_\w+)?|MODE|DEV|PROD|SSR|BASE_URL)$/;

export function userBuildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !ADDED_BY_VITEST.test(key)));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
