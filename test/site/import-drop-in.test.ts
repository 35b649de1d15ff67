import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importCommand } from '../../src/cli/import.ts';
import { projectRoot } from '../support/site.ts';
import { sharedReleases } from '../support/golden.ts';
import { userBuildEnv } from '../support/build-env.ts';

const RELEASES = [
  ['nvda-fy2023-q1.html', 'nvda-2023-q1'],
  ['nvda-fy2023-q2.html', 'nvda-2023-q2'],
  ['nvda-fy2023-q3.html', 'nvda-2023-q3'],
  ['nvda-fy2023-q4.html', 'nvda-2023-q4'],
];

/**
 * The four real NVIDIA releases, imported with `tieout import` as published and dropped
 * into a data folder (TIEOUT_DATA) with nothing written for them, build into the site:
 * every release gets its overview, statements, checks, claims and source pages and its
 * downloads, and its facts download holds every fact the ingest reads.
 */
describe('releases imported from HTML and dropped in', () => {
  test('build into every generated page', () => {
    const root = join(projectRoot, 'node_modules', '.cache', 'tieout-import-drop-in');
    rmSync(root, { recursive: true, force: true });
    const data = join(root, 'data');
    const err: string[] = [];
    for (const [file] of RELEASES) {
      const status = importCommand(join(sharedReleases(), file), { data }, { out: () => {}, err: (t) => err.push(t) }, projectRoot);
      expect(status, err.join('')).toBe(0);
    }
    const out = join(root, 'dist');
    const build = spawnSync(join(projectRoot, 'node_modules', '.bin', 'node'), [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out], {
      cwd: projectRoot,
      encoding: 'utf8',
      // The site's own notebooks, as a user who imports releases into a clone has them: those of releases the
      // folder lacks are left out, and so is NVIDIA's company notebook, which reads releases by other ids.
      env: userBuildEnv({ TIEOUT_SITE: '', TIEOUT_DATA: data, TIEOUT_ASTRO_CACHE: join(root, 'astro-cache') }),
      timeout: 600_000,
    });
    expect(build.status, build.stdout.slice(-3000) + build.stderr.slice(-2000)).toBe(0);
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    for (const [, id] of RELEASES) {
      for (const page of ['index.html', 'statements/index.html', 'statements/statements-of-income/index.html', 'checks/index.html', 'claims/index.html', 'original/index.html', 'original.css', 'original.json', 'source/index.html', 'checks.json']) {
        expect(existsSync(join(out, id, page)), `${id}/${page}`).toBe(true);
      }
      // The release as published: every fact's figure placed in it (an anchor a fact's "as published" link lands on), none listed apart, and its newsroom address linked.
      const original = readFileSync(join(out, id, 'original', 'index.html'), 'utf8');
      expect(original, id).not.toContain('class="o-unplaced"');
      expect(original, id).toContain('href="https://nvidianews.nvidia.com/news/nvidia-announces-financial-results-for-');
      // Its one script is the site's own (public/original.js, which fills its one popover); nothing of the original runs or loads.
      const own = '<script type="module" src="/original.js"></script>';
      expect(original.split(own), id).toHaveLength(2);
      expect(original.replace(own, ''), id).not.toMatch(/<script|<img|<iframe|\ssrc=|\sstyle=/);
      const facts = JSON.parse(readFileSync(join(out, id, 'facts.json'), 'utf8')) as unknown[];
      expect(facts.length, id).toBeGreaterThan(300);
      expect(home).toContain(`/${id}/`);
    }
    // Readers see what the checks rest on in words for readers; instructions for authors (commands to
    // run, files to add) belong to the terminal and the dev server, never to a public page.
    const pages = (readdirSync(out, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    for (const page of pages) {
      const html = readFileSync(join(out, page), 'utf8');
      for (const instruction of ['tieout model init', 'tieout claims', '--suggest', 'src/notebooks', 'add MDX files', 'drafts one', 'claims.yaml', 'release.yaml', 'model.yaml']) {
        expect(html.includes(instruction), `${page} tells the reader "${instruction}"`).toBe(false);
      }
    }
    for (const [, id] of RELEASES) {
      const overview = readFileSync(join(out, id, 'index.html'), 'utf8');
      const checks = JSON.parse(readFileSync(join(out, id, 'checks.json'), 'utf8')) as { verdict: string }[];
      const unverifiable = checks.filter((c) => c.verdict === 'unverifiable').length;
      // "Every one ties out" only when every check does: unverifiable ones are counted, not hidden.
      expect(overview.includes('Every one ties out'), id).toBe(unverifiable === 0 && checks.every((c) => c.verdict !== 'mismatch'));
      if (unverifiable > 0) expect(overview, id).toContain(`${unverifiable} could not be verified`);
      // With no model, the overview still leads with the headline figures the base model recognizes.
      expect(overview, id).toMatch(/<h2 id="headline">Headline figures/);
      expect(overview, id).toContain('>Diluted earnings per share<');
    }
    // The example company notebook reads nvda-fy2023-q1…q4: with these ids it is left out, said on stderr, not a failed build.
    expect(build.stderr).toContain('lacks releases that 1 company notebook(s) read, not built: src/notebooks/nvda/fiscal-2023.mdx (releases: nvda-fy2023-q1');
    expect(build.stderr.split('lacks releases that 1 company notebook(s) read').length - 1, 'said once, though two routes ask').toBe(1);
    expect(existsSync(join(out, 'company', 'nvda', 'fiscal-2023'))).toBe(false);
    expect(readFileSync(join(out, 'company', 'nvda', 'index.html'), 'utf8')).not.toContain('/company/nvda/fiscal-2023/');
    // The build's list of pages is read a page a line, not run into one line of thousands of characters.
    // Read as a person sees it: Astro colours its lines when the environment asks for colour (CI=true does).
    const plain = build.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    const routes = plain.split('\n').filter((line) => line.includes('\u251c\u2500 '));
    expect(routes.length).toBeGreaterThan(100);
    expect(routes.filter((line) => line.split('\u251c\u2500 ').length !== 2 || line.length > 200)).toEqual([]);
    // Built with no published address: the build says so on stderr, once.
    expect(build.stderr.split('TIEOUT_SITE is unset').length - 1).toBe(1);
  }, 600_000);
});
