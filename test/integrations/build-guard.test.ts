/**
 * The build guard (src/integrations/build-guard.ts): a page that awaits something that never
 * settles lets Node's event loop drain, and `astro build` used to exit 0 with the later pages
 * missing and `.prerender/` left behind. With the guard it exits 1 and says so. A page rendered
 * in a render thread (src/integrations/render-pool.ts) fails the build naming the page. Either
 * way the output folder is left as the last finished build left it (here: none).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixtures/stalled/', import.meta.url));
const CACHE = path.join(ROOT, 'node_modules/.cache/tieout-build-guard-test');
let work = '';
afterAll(() => rm(work, { recursive: true, force: true }));

/**
 * The folder the build was writing: a build that does not finish never replaces the output
 * folder (src/integrations/swap-out-dir.ts), so its pages are in the new folder beside it.
 */
function written(outDir: string): string {
  const news = readdirSync(path.dirname(outDir)).filter((n) => /^\.dist\.\d+-[0-9a-f]{8}\.new$/.test(n));
  expect(news).toHaveLength(1);
  return path.join(path.dirname(outDir), news[0]!);
}

async function buildStalled(threads: string): Promise<{ code: number | null; log: string; outDir: string }> {
  await mkdir(CACHE, { recursive: true });
  work = await mkdtemp(path.join(CACHE, 'stalled-'));
  const outDir = path.join(work, 'dist');
  // Astro's prerender chunks import packages by name, so the build runs inside the project.
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', FIXTURE, '--outDir', outDir], {
    cwd: work,
    env: { ...process.env, FIXTURE_CACHE_DIR: path.join(work, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0', TIEOUT_RENDER_THREADS: threads },
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, log, outDir };
}

test('a build whose page never settles exits 1, says why, and leaves no .prerender/', async () => {
  const { code, log, outDir } = await buildStalled('0');
  expect(code, log).toBe(1);
  expect(log).toContain('tieout: astro build ended before it finished rendering every page');
  // The output folder is not replaced by an unfinished build; what it wrote is beside it.
  expect(existsSync(outDir)).toBe(false);
  const building = written(outDir);
  expect(existsSync(path.join(building, 'a', 'index.html'))).toBe(true);
  // The stalled page is never written (pages after it may be: Astro builds a few at once).
  expect(existsSync(path.join(building, 'm', 'index.html'))).toBe(false);
  expect(existsSync(path.join(building, '.prerender'))).toBe(false);
});

test('rendered in a render thread, a page that never settles fails the build naming the page, and leaves no .prerender/', async () => {
  const { code, log, outDir } = await buildStalled('2');
  expect(code, log).toBe(1);
  expect(log).toContain('Caught error rendering /m: Error: tieout: the page awaited something that never settled');
  expect(log).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
  // Other pages may or may not be written when the build stops (they render at the same time, in other threads).
  expect(existsSync(outDir)).toBe(false);
  const building = written(outDir);
  expect(existsSync(path.join(building, 'm', 'index.html'))).toBe(false);
  expect(existsSync(path.join(building, '.prerender'))).toBe(false);
});
