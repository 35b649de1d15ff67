/**
 * The last good site stays until a new one is whole (src/integrations/swap-out-dir.ts, issue 30):
 * the build writes a new folder and puts it in place when done; a build that fails or is stopped
 * at any point leaves the output folder as it was, and the next build clears what it left.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
  expect(readdirSync(work).sort()).toEqual(['dist']);
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
