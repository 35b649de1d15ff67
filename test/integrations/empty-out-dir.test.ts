/**
 * Emptying the output folder without waiting (src/integrations/empty-out-dir.ts): the folder is
 * empty (but for `.git`) as soon as the sweep returns, the old output is gone once its deletion
 * settles, and what an interrupted build left beside the folder goes with it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { sweepOutDir } from '../../src/integrations/empty-out-dir.ts';

let work = '';
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** A built site's shape: pages in folders, a search index, a file at the top, and a deployment's .git. */
function lastBuild(): string {
  work = mkdtempSync(path.join(tmpdir(), 'tieout-empty-'));
  const dist = path.join(work, 'dist');
  for (const page of ['index.html', 'a/index.html', 'a/b/index.html', 'pagefind/shard-01/fragment/en_1.pf_fragment', '.git/HEAD']) {
    mkdirSync(path.dirname(path.join(dist, page)), { recursive: true });
    writeFileSync(path.join(dist, page), page);
  }
  return dist;
}

test('the output folder is empty but for .git when the sweep returns, and the old output is deleted once it settles', async () => {
  const dist = lastBuild();
  const deleting = sweepOutDir(dist);
  expect(readdirSync(dist)).toEqual(['.git']);
  expect(readFileSync(path.join(dist, '.git/HEAD'), 'utf8')).toBe('.git/HEAD');
  // Moved beside it, not deleted yet, or already gone: never inside it.
  expect(readdirSync(work).filter((n) => n !== 'dist').every((n) => n.startsWith('.dist.emptied-'))).toBe(true);
  await deleting;
  expect(readdirSync(work)).toEqual(['dist']);
});

test('what a stopped build moved aside is deleted by the next build', async () => {
  const dist = lastBuild();
  const left = path.join(work, '.dist.emptied-12345-1');
  mkdirSync(path.join(left, 'a'), { recursive: true });
  writeFileSync(path.join(left, 'a/index.html'), 'old');
  // Another folder beside the output is not the build's to delete.
  mkdirSync(path.join(work, 'dist-other'));
  await sweepOutDir(dist);
  expect(readdirSync(work).sort()).toEqual(['dist', 'dist-other']);
});

test('an output folder that does not exist yet, or is empty, is left as it is', async () => {
  work = mkdtempSync(path.join(tmpdir(), 'tieout-empty-'));
  const missing = path.join(work, 'dist');
  await sweepOutDir(missing);
  expect(existsSync(missing)).toBe(false);
  mkdirSync(missing);
  await sweepOutDir(missing);
  expect(readdirSync(work)).toEqual(['dist']);
  expect(readdirSync(missing)).toEqual([]);
});
