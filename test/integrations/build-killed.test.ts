/**
 * A build killed at any point leaves the last good site, never a mix and never none (issue 30;
 * src/integrations/swap-out-dir.ts). A real `astro build` of a one-release data folder is killed
 * (SIGKILL, with every process it started) as it reaches each stage of its run, from its first
 * line of output to its last, and the output folder is then compared, file by file and byte by
 * byte, with the two complete sites: the one there before and the one the build was making.
 * Each build makes the site the output folder does not hold, so that every kill could show a mix.
 * Builds take minutes on a loaded machine: one release, few kill points, each test its own time.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { userBuildEnv } from '../support/build-env.ts';
import { projectRoot } from '../support/site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'tieout-build-killed-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const data = path.join(work, 'data');
cpSync(path.join(projectRoot, 'test/fixtures/site-data/releases'), path.join(data, 'releases'), { recursive: true });
const out = path.join(work, 'dist');
const yaml = path.join(data, 'releases', 'widget-2010-q2', 'release.yaml');
const original = readFileSync(yaml, 'utf8');
// The two sites differ on every page that names the release.
const TITLES = { old: 'Widget Corp Reports Second Quarter 2010 Results', new: 'Widget Corp Reports Second Quarter 2010 Results, Restated' } as const;
type Which = keyof typeof TITLES;
const sites: Partial<Record<Which, Map<string, string>>> = {};

/**
 * Runs `astro build` of the data folder with `title`; kills it, and all it started, once its output matches `until`, or
 * once it stops itself at `stage` (TIEOUT_STOP_AT_STAGE, src/lib/write-atomic.ts writeStage).
 */
function build(which: Which, until?: RegExp | string): Promise<{ code: number | null; killed: boolean; log: string }> {
  const stage = typeof until === 'string' ? until : undefined;
  writeFileSync(yaml, original.replace(TITLES.old, TITLES[which]));
  const child = spawn(path.join(projectRoot, 'node_modules/.bin/node'), [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: projectRoot,
    // Its own process group, so that the kill reaches what the build started (Pagefind) too.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: userBuildEnv({ ...(stage ? { TIEOUT_STOP_AT_STAGE: stage } : {}), NO_COLOR: '1', FORCE_COLOR: '0', TIEOUT_DATA: data, TIEOUT_NOTEBOOKS: './test/fixtures/site-data/notebooks-none', TIEOUT_ASTRO_CACHE: path.join(work, 'astro-cache'), TIEOUT_CACHE: path.join(work, 'cache') }),
  });
  let log = '';
  let killed = false;
  const read = (chunk: Buffer) => {
    log += chunk.toString();
    if (until instanceof RegExp && !killed && until.test(log)) {
      killed = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Ended already.
      }
    }
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      if (stage) {
        killed = signal === 'SIGKILL';
        // What it started (Pagefind) goes with it, as with a kill from outside.
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // Ended already.
        }
      }
      resolve({ code, killed, log });
    }),
  );
}

/** Every file of the output folder with the hash of its bytes; null when there is no output folder. */
function site(): Map<string, string> | null {
  if (!existsSync(out)) return null;
  const files = (readdirSync(out, { recursive: true }) as string[]).filter((f) => statSync(path.join(out, f)).isFile()).sort();
  return new Map(files.map((f) => [f, createHash('sha256').update(readFileSync(path.join(out, f))).digest('hex')]));
}

/** Which complete site the output folder holds, or what it holds that is neither. */
function holds(): Which | string {
  const now = site();
  if (now === null) return 'no output folder';
  for (const which of ['old', 'new'] as const) {
    const whole = sites[which]!;
    if (now.size === whole.size && [...whole].every(([f, h]) => now.get(f) === h)) return which;
  }
  const old = sites.old!;
  const mixed = [...now].filter(([f, h]) => old.get(f) !== h).map(([f]) => f);
  return `a site that is neither (${now.size} files; ${mixed.length} differ from the old one: ${mixed.slice(0, 5).join(', ')})`;
}

const BUILD_MS = 900_000;

describe('a build killed at any point leaves the site that was there, or the whole new one', () => {
  test('the two complete sites', async () => {
    for (const which of ['new', 'old'] as const) {
      const { code, log } = await build(which);
      expect(code, log.slice(-3000)).toBe(0);
      sites[which] = site()!;
    }
    expect(sites.old!.size).toBeGreaterThan(10);
    expect(holds()).toBe('old');
    expect([...sites.old!.keys()].filter((f) => sites.new!.get(f) !== sites.old!.get(f)).length).toBeGreaterThan(5);
  }, 2 * BUILD_MS);

  // Stages in the order a build prints them, and the site each leaves: the search index is the last thing
  // written before the swap; "page(s) built" is said after it. A kill timed by the output lands some milliseconds
  // after the line is printed: the search index's own line ("search index: N pages…") comes as it ends, so a kill
  // on it raced the swap and found the new site as often as the old. The build is stopped inside the writing of
  // the index instead, by itself (a stage, not a line of output), where the old site must still be in place.
  test.each([
    ['as it starts, before any output of its own', 'the site there', /\S/],
    ['once it names the folder it writes', 'the site there', /\[build\] directory:/],
    ['while it bundles the pages\' code', 'the site there', /Building static entrypoints/],
    ['between bundling and rendering', 'the site there', /Rearranging server assets/],
    ['midway through writing pages', 'the site there', /├─ \/widget-2010-q2\/original\/index\.html/],
    ['at its last page', 'the site there', /├─ \/404\.html/],
    ['as it writes the search index', 'the site there', 'search-index'],
    ['as it says the pages are built', 'the new site', /page\(s\) built in/],
  ])('killed %s: %s, whole', async (_, expected, until) => {
    const before = holds();
    expect(['old', 'new']).toContain(before);
    const making: Which = before === 'old' ? 'new' : 'old';
    const { killed, log } = await build(making, until);
    expect(killed, `the build ended (or never printed the stage) before the kill:\n${log.slice(-2000)}`).toBe(true);
    expect(holds(), log.slice(-2000)).toBe(expected === 'the site there' ? before : making);
  }, BUILD_MS);

  test('the next build after them all puts its whole site in place and leaves no folder of the killed builds', async () => {
    const making: Which = holds() === 'old' ? 'new' : 'old';
    const { code, log } = await build(making);
    expect(code, log.slice(-3000)).toBe(0);
    expect(holds()).toBe(making);
    expect(readdirSync(work).filter((n) => n.endsWith('.new'))).toEqual([]);
  }, BUILD_MS);
});
