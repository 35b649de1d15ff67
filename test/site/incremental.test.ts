/**
 * Astro's incremental build (astro.config.mjs, keys in src/lib/site/page-keys.ts): a rebuild
 * copies the pages whose code and inputs did not change from the last build and renders the
 * rest, and its output is byte for byte what a cold build of the same inputs writes, so a copied
 * page is never stale. A site of two releases (the bundled one and a copy) is built, a notebook
 * of one and the release.yaml of the other are edited, it is built again, then built cold.
 * The rebuild is started as another command would start it (the shell's `_` differs, as between
 * `npm run build` and `npx astro build`), which must not make every page render again.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../support/site.ts';
import { userBuildEnv } from '../support/build-env.ts';

const root = join(projectRoot, 'node_modules', '.cache', 'tieout-incremental');
const data = join(root, 'data');
const notebooks = join(root, 'notebooks');
const COPY = 'inap-copy-2010-q2';

/** `_` is what the shell sets to the command it ran (astro.config.mjs). */
function build(outDir: string, cache: string, started = '/usr/bin/npm'): string {
  const run = spawnSync(join(projectRoot, 'node_modules', '.bin', 'node'), [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: userBuildEnv({ _: started, NO_COLOR: '1', TIEOUT_DATA: data, TIEOUT_NOTEBOOKS: notebooks, TIEOUT_CACHE: join(cache, 'tieout'), TIEOUT_ASTRO_CACHE: join(cache, 'astro') }),
    timeout: 300_000,
  });
  expect(run.status, run.stdout.slice(-3000) + run.stderr.slice(-2000)).toBe(0);
  return run.stdout;
}
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
const files = (dir: string) => walk(dir).map((f) => relative(dir, f)).sort();
/** Pages the build log says it copied from the last build. */
const restored = (log: string) => new Set([...log.matchAll(/(\/\S+) \(restored\)/g)].map((m) => m[1]!));

describe('a rebuild', () => {
  test('renders what changed, copies the rest, and writes what a cold build writes', () => {
    rmSync(root, { recursive: true, force: true });
    cpSync(join(projectRoot, 'data'), data, { recursive: true });
    cpSync(join(data, 'releases', 'inap-2010-q2'), join(data, 'releases', COPY), { recursive: true });
    cpSync(join(projectRoot, 'src', 'notebooks', 'inap-2010-q2'), join(notebooks, 'inap-2010-q2'), { recursive: true });
    mkdirSync(join(notebooks, COPY), { recursive: true });
    const segment = readFileSync(join(notebooks, 'inap-2010-q2', 'segment-profit.mdx'), 'utf8');
    writeFileSync(join(notebooks, COPY, 'segment-profit.mdx'), segment.replace(/^release: .*$/m, `release: ${COPY}`));

    const dist = join(root, 'dist');
    const first = build(dist, join(root, 'cache'));
    expect(restored(first).size).toBe(0);

    appendFileSync(join(notebooks, 'inap-2010-q2', 'adjusted-ebitda.mdx'), '\nA paragraph added after the first build.\n');
    const meta = join(data, 'releases', COPY, 'release.yaml');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace(/^ticker: .*$/m, 'ticker: INAQ'));
    const second = restored(build(dist, join(root, 'cache'), '/usr/bin/npx'));

    // The unchanged pages of the bundled release were copied; the edited notebook and every page of the edited release were rendered.
    for (const page of ['/inap-2010-q2/index.html', '/inap-2010-q2/checks/index.html', '/inap-2010-q2/statements/balance-sheet/index.html', '/inap-2010-q2/segment-profit/index.html', '/inap-2010-q2/facts.json']) {
      expect(second, page).toContain(page);
    }
    expect([...second].filter((p) => p === '/inap-2010-q2/adjusted-ebitda/index.html' || p.startsWith(`/${COPY}/`))).toEqual([]);
    expect(readFileSync(join(dist, 'inap-2010-q2', 'adjusted-ebitda', 'index.html'), 'utf8')).toContain('A paragraph added after the first build.');
    expect(readFileSync(join(dist, COPY, 'checks', 'index.html'), 'utf8')).toContain('INAQ');

    // A cold build of the edited inputs, with caches of its own, writes the same bytes.
    const cold = join(root, 'dist-cold');
    build(cold, join(root, 'cache-cold'));
    expect(files(dist)).toEqual(files(cold));
    expect(files(dist).filter((f) => !readFileSync(join(dist, f)).equals(readFileSync(join(cold, f))))).toEqual([]);
  }, 600_000);
});
