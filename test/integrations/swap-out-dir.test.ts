/**
 * The last good site stays until a new one is whole (src/integrations/swap-out-dir.ts, issue 30):
 * the build writes a new folder and puts it in place when done; a build that fails or is stopped
 * at any point leaves the output folder as it was, and the next build clears what it left.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { swapOutDir } from '../../src/integrations/swap-out-dir.ts';

let work = '';
afterEach(() => rmSync(work, { recursive: true, force: true }));

const PAGES = ['index.html', 'a/index.html', 'pagefind/pagefind.js'];
function write(dir: string, files: string[], text: string) {
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), text);
  }
}

/** The last build's site, with a deployment's .git. */
function lastSite(): string {
  work = mkdtempSync(path.join(tmpdir(), 'tieout-swap-'));
  const dist = path.join(work, 'dist');
  write(dist, [...PAGES, '.git/HEAD'], 'old');
  return dist;
}

/** Runs a build's hooks: setup, then `write` into the folder the build writes, then done (unless stopped). */
async function build(dist: string, pages: string[], done: boolean): Promise<string> {
  const integration = swapOutDir();
  let outDir = pathToFileURL(`${dist}/`);
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:config:setup']!({ config: { outDir, vite: {} }, command: 'build', updateConfig: (c: { outDir: URL }) => (outDir = c.outDir) });
  const building = fileURLToPath(outDir);
  expect(building).not.toBe(`${dist}/`);
  expect(readdirSync(building)).toEqual([]);
  write(building, pages, 'new');
  mkdirSync(path.join(building, '.prerender'));
  if (done) await hooks['astro:build:done']!({ logger: { warn: () => {} }, dir: outDir });
  return building;
}

test('a build that finishes puts its site in place of the last, .git kept, nothing written left beside it', async () => {
  const dist = lastSite();
  await build(dist, PAGES, true);
  for (const p of PAGES) expect(readFileSync(path.join(dist, p), 'utf8')).toBe('new');
  expect(readFileSync(path.join(dist, '.git/HEAD'), 'utf8')).toBe('old');
  expect(existsSync(path.join(dist, '.prerender'))).toBe(false);
  await new Promise((r) => setTimeout(r, 200));
  expect(readdirSync(work).filter((n) => n.endsWith('.new'))).toEqual([]);
});

test.each([0, 1, 2, 3])('a build that fails or is stopped after %i pages leaves the last site whole; the next build clears what it left', async (n) => {
  const dist = lastSite();
  const building = await build(dist, PAGES.slice(0, n), false);
  for (const p of PAGES) expect(readFileSync(path.join(dist, p), 'utf8')).toBe('old');
  // The stopped build's process has ended: its folder is named by a process no longer running.
  renameSync(building, building.replace(/\.\d+-/, '.999999-'));
  await build(dist, PAGES, true);
  for (const p of PAGES) expect(readFileSync(path.join(dist, p), 'utf8')).toBe('new');
  await new Promise((r) => setTimeout(r, 300));
  // Beside the output folder, only the site it links to.
  expect(readdirSync(work).filter((n) => n !== 'dist')).toEqual([path.basename(realpathSync(dist))]);
});

test('a build stopped between its two renames: the next build puts the last site back first', async () => {
  const dist = lastSite();
  renameSync(dist, path.join(work, '.dist.999999-0123abcd.old'));
  const building = await build(dist, PAGES.slice(0, 1), false);
  for (const p of PAGES) expect(readFileSync(path.join(dist, p), 'utf8')).toBe('old');
  rmSync(building, { recursive: true });
  expect(readdirSync(dist).sort()).toEqual(['.git', 'a', 'index.html', 'pagefind']);
});

/** Runs `astro preview`'s setup hook of the integration, as `npm start` and `npm run preview` do before serving. */
async function preview(dist: string): Promise<string[]> {
  const warned: string[] = [];
  const hooks = swapOutDir().hooks as Record<string, (options: unknown) => unknown>;
  await hooks['astro:config:setup']!({ config: { outDir: pathToFileURL(`${dist}/`), vite: {} }, command: 'preview', updateConfig: () => {}, logger: { warn: (m: string) => warned.push(m) } });
  return warned;
}

describe('a build stopped between its two renames (issue 30): the preview puts the last site back before serving it', () => {
  test.each([
    // what is beside the output folder when the preview starts, and what it should find after
    ['only the last site, moved aside by a process no longer running', ['.dist.999999-0123abcd.old'], 'old', ['dist']],
    ['the last site moved aside and the new one, whole, not yet renamed', ['.dist.999999-0123abcd.old', '.dist.999999-89abcdef.new'], 'old', ['.dist.999999-89abcdef.new', 'dist']],
  ])('%s', async (_, beside, restored, after) => {
    const dist = lastSite();
    renameSync(dist, path.join(work, beside[0]!));
    for (const name of beside.slice(1)) write(path.join(work, name), PAGES, 'new');
    expect(existsSync(dist)).toBe(false);
    const warned = await preview(dist);
    for (const p of PAGES) expect(readFileSync(path.join(dist, p), 'utf8')).toBe(restored);
    expect(readFileSync(path.join(dist, '.git/HEAD'), 'utf8')).toBe('old');
    expect(readdirSync(work).sort()).toEqual(after);
    expect(warned.join('')).toContain('the last site is back');
  });

  test('a folder moved aside by a build still running (this process) is its own: the preview leaves it alone', async () => {
    const dist = lastSite();
    const aside = path.join(work, `.dist.${process.pid}-0123abcd.old`);
    renameSync(dist, aside);
    expect(await preview(dist)).toEqual([]);
    expect(existsSync(dist)).toBe(false);
    expect(existsSync(aside)).toBe(true);
  });

  test('an output folder in place is served as it is, a leftover beside it untouched', async () => {
    const dist = lastSite();
    write(path.join(work, '.dist.999999-0123abcd.old'), PAGES, 'older');
    expect(await preview(dist)).toEqual([]);
    for (const p of PAGES) expect(readFileSync(path.join(dist, p), 'utf8')).toBe('old');
    expect(readdirSync(work).sort()).toEqual(['.dist.999999-0123abcd.old', 'dist']);
  });
});

// The output folder is the old site or the new one at every instant (issue 30): it is a link, replaced in one rename.
// Before, the build moved the old folder aside and renamed the new one in: for the instant between, a server reading
// the output folder found nothing.
describe('the output folder is never missing, never a mix', () => {
  const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'swap-builds.ts');
  const node = process.execPath;
  /** What the output folder holds: one label on every page, 'missing', or 'a mix'. */
  const holds = (dist: string): string => {
    let texts: string[];
    try {
      texts = PAGES.map((p) => readFileSync(path.join(dist, p), 'utf8'));
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : String(error);
    }
    return new Set(texts).size === 1 ? texts[0]! : `a mix: ${texts.join(', ')}`;
  };

  test('read from another process while 60 builds put their sites in place, every page is always there', async () => {
    const dist = lastSite();
    await build(dist, PAGES, true);
    const builds = spawn(node, [child, dist, '60', 'b'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    builds.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    let ended = false;
    builds.on('close', () => (ended = true));
    // Each page read alone (a reader reading three pages across a swap reads two sites, as with any server).
    const seen = new Map<string, number>();
    while (!ended) {
      for (let i = 0; i < 200; i++) {
        let what: string;
        try {
          what = readFileSync(path.join(dist, PAGES[i % PAGES.length]!), 'utf8');
        } catch (error) {
          what = (error as NodeJS.ErrnoException).code ?? String(error);
        }
        seen.set(what, (seen.get(what) ?? 0) + 1);
      }
      await new Promise((r) => setImmediate(r));
    }
    expect(stderr).toBe('');
    expect(holds(dist)).toBe('b-60');
    const wrong = [...seen.keys()].filter((w) => !/^(new|b-\d+)$/.test(w));
    expect(wrong, `read ${[...seen.values()].reduce((a, b) => a + b, 0)} times`).toEqual([]);
    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    // Each build deleted the site before it: one site folder is left, the one the link names.
    await new Promise((r) => setTimeout(r, 300));
    expect(readdirSync(work).filter((n) => n !== 'dist')).toEqual([path.basename(realpathSync(dist))]);
  }, 120_000);

  test('a build stopped at each step of its write leaves the last site or the new one, and the next build clears what it left', () => {
    const dist = lastSite();
    const run = (label: string, step: number) =>
      spawnSync(node, [child, dist, '1', label], { env: { ...process.env, TIEOUT_STOP_AT_WRITE_STEP: String(step) }, encoding: 'utf8' });
    // The first build replaces a real folder (a site built before links); the rest replace a link.
    expect(run('first', 0).status).toBe(0);
    expect(holds(dist)).toBe('first-1');
    let last = 'first-1';
    const stops: string[] = [];
    for (let step = 1; step < 20; step++) {
      const result = run(`s${step}`, step);
      const now = holds(dist);
      stops.push(`${step}: ${result.signal ?? result.status} ${now}`);
      expect([last, `s${step}-1`], stops.join('\n')).toContain(now);
      if (result.status === 0) break;
      expect(result.signal).toBe('SIGKILL');
      last = now;
    }
    expect(stops.at(-1)).toMatch(/: 0 s\d+-1$/);
    expect(stops.length).toBeGreaterThan(3);
    expect(run('after', 0).status).toBe(0);
    expect(holds(dist)).toBe('after-1');
    // The deployment's .git, carried from site to site, was never left in a folder a build deleted.
    expect(readFileSync(path.join(dist, '.git/HEAD'), 'utf8')).toBe('old');
    expect(readdirSync(work).filter((n) => n !== 'dist' && !n.endsWith('.site'))).toEqual([]);
  }, 120_000);

  // Issue 30, the first swap: an output folder that is a real folder (a site built before links, or the user's, with a
  // deployment's .git) is replaced by the link once. Stopped at each step of that swap, the last site survives: in place,
  // or (for the instant between the two renames) aside, where the preview and the next build put it back; and the .git
  // the build carries over is never left in a folder a later build deletes.
  test('the first swap of a real output folder, stopped at each step: the last site and its .git survive, the next build puts its own in place', async () => {
    const stops: string[] = [];
    for (let step = 1; step < 20; step++) {
      if (work) rmSync(work, { recursive: true, force: true });
      const dist = lastSite();
      const stopped = spawnSync(node, [child, dist, '1', 'new'], { env: { ...process.env, TIEOUT_STOP_AT_WRITE_STEP: String(step) }, encoding: 'utf8' });
      const now = holds(dist);
      stops.push(`${step}: ${stopped.signal ?? stopped.status} ${now}`);
      if (stopped.status === 0) break;
      expect(stopped.signal, stops.join('\n')).toBe('SIGKILL');
      expect(['old', 'new-1', 'missing'], stops.join('\n')).toContain(now);
      // What a reader is served after the stop: the preview puts a site moved aside back.
      await preview(dist);
      expect(['old', 'new-1'], stops.join('\n')).toContain(holds(dist));
      // The .git is in the site shown, or (stopped after the swap, before it moved) in the last site beside it.
      const gits = [dist, ...readdirSync(work).map((n) => path.join(work, n)).filter((d) => d !== dist && d !== realpathSync(dist))].filter((d) => existsSync(path.join(d, '.git/HEAD')));
      expect(gits.length, stops.join('\n')).toBe(1);
      const next = spawnSync(node, [child, dist, '1', 'next'], { encoding: 'utf8' });
      expect(next.status, next.stderr).toBe(0);
      expect(holds(dist), stops.join('\n')).toBe('next-1');
      expect(readFileSync(path.join(dist, '.git/HEAD'), 'utf8'), stops.join('\n')).toBe('old');
      await new Promise((r) => setTimeout(r, 100));
      expect(readdirSync(work).filter((n) => n !== 'dist' && !n.endsWith('.site')), stops.join('\n')).toEqual([]);
    }
    expect(stops.at(-1)).toMatch(/: 0 new-1$/);
    expect(stops.length).toBeGreaterThan(3);
  }, 120_000);
});
