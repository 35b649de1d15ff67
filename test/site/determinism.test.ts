import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir, projectRoot, requireBuiltSite } from '../support/site.ts';
import { ownPages, renderThreads } from '../../src/integrations/render-pool.ts';
import { userBuildEnv } from '../support/build-env.ts';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
const files = (dir: string) => walk(dir).map((f) => relative(dir, f)).sort();

describe('the build', () => {
  // The second build renders the other way from the first (which took the machine's default):
  // in the build's own thread, or in render threads (src/integrations/render-pool.ts). By default
  // the build renders a site as small as the bundled one in its own thread (fewer pages than
  // OWN_PAGES), so the second renders every page in threads, as TIEOUT_RENDER_THREADS=2 asks.
  const other = renderThreads() > 0 && ownPages() === 0 ? '0' : '2';
  test(`two builds of the same input are byte-identical, the second with TIEOUT_RENDER_THREADS=${other}`, () => {
    requireBuiltSite();
    // Inside the project, so the build's own chunks still find node_modules.
    const second = join(projectRoot, 'node_modules', '.cache', 'tieout-determinism', 'dist');
    rmSync(join(second, '..'), { recursive: true, force: true });
    const build = spawnSync(join(projectRoot, 'node_modules', '.bin', 'node'), [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', second], {
      cwd: projectRoot,
      encoding: 'utf8',
      // Astro's caches of its own, empty: the second build renders every page (no incremental build copies the first's).
      env: userBuildEnv({ TIEOUT_ASTRO_CACHE: join(second, '..', 'astro-cache'), TIEOUT_RENDER_THREADS: other }),
      timeout: 300_000,
    });
    expect(build.status, build.stderr.slice(-2000)).toBe(0);
    const first = files(distDir);
    expect(files(second)).toEqual(first);
    const differing = first.filter((f) => !readFileSync(join(distDir, f)).equals(readFileSync(join(second, f))));
    expect(differing).toEqual([]);
  }, 300_000);
});
