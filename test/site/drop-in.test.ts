import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../support/site.ts';
import { userBuildEnv } from '../support/build-env.ts';

/**
 * A release dropped into the data folder gets its overview, statements, checks, claims and
 * source pages and its downloads with no MDX written. The site is built from a fixture data
 * folder (TIEOUT_DATA) holding one small release with no claims.yaml, and its notebooks folder
 * (TIEOUT_NOTEBOOKS: every notebook must name a release of the data folder).
 */
describe('a dropped-in release', () => {
  test('gets every generated page, with nothing written for it', () => {
    const out = join(projectRoot, 'node_modules', '.cache', 'tieout-drop-in', 'dist');
    rmSync(join(out, '..'), { recursive: true, force: true });
    const build = spawnSync(join(projectRoot, 'node_modules', '.bin', 'node'), [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: userBuildEnv({ TIEOUT_SITE: 'https://reports.example.com/', TIEOUT_DATA: 'test/fixtures/site-data', TIEOUT_NOTEBOOKS: './test/fixtures/site-data/notebooks', TIEOUT_ASTRO_CACHE: join(out, '..', 'astro-cache') }),
      timeout: 300_000,
    });
    expect(build.status, build.stdout.slice(-3000) + build.stderr.slice(-2000)).toBe(0);
    for (const page of ['index.html', 'statements/index.html', 'statement-of-operations', 'checks/index.html', 'claims/index.html', 'source/index.html', 'facts.csv', 'facts.json', 'checks.csv', 'checks.json']) {
      const path = page.includes('.') ? join(out, 'widget-2010-q2', page) : join(out, 'widget-2010-q2', 'statements', page, 'index.html');
      expect(existsSync(path), path).toBe(true);
    }
    // With no claims.yaml, the prose is linked automatically: "Revenue of $1.5 million" is checked.
    const { document } = parseHTML(readFileSync(join(out, 'widget-2010-q2', 'claims', 'index.html'), 'utf8'));
    const revenue = [...document.querySelectorAll('.prose button.claim')].find((b) => b.textContent?.startsWith('$1.5 million'));
    expect(revenue?.textContent).toContain('linked by tieout, rounding');
    // Said in readers' words: the site's author linked none, and no file of theirs is named.
    expect(document.querySelector('.claims-page > p')!.textContent).toMatch(/are linked to the figures they assert and checked \(all by tieout\);/);
    expect(document.body.innerHTML).not.toContain('claims.yaml');
    // Its company has no model: the overview says, in words for readers, that the general reading alone
    // checked it (the author's instruction, `tieout model init`, is for the terminal and the dev server).
    const overview = readFileSync(join(out, 'widget-2010-q2', 'index.html'), 'utf8');
    const notice = parseHTML(overview).document.querySelector('.model-notice')?.textContent ?? '';
    expect(notice).toContain('no company model states this company’s own lines');
    expect(notice).not.toContain('tieout model init');
    // Its notebook runs over its facts.
    const { document: notebook } = parseHTML(readFileSync(join(out, 'widget-2010-q2', 'summary', 'index.html'), 'utf8'));
    expect(Number(notebook.querySelector('.nb-output output')!.textContent)).toBeGreaterThan(0);
    // The home page lists it; the bundled release is not in this data folder.
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).toContain('/widget-2010-q2/');
    expect(home).not.toContain('/inap-2010-q2/');
    // Built for a published address (TIEOUT_SITE): canonical links, og:url, the sitemap and robots.txt name it, and the build does not warn.
    const head = parseHTML(overview).document;
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://reports.example.com/widget-2010-q2/');
    expect(head.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe('https://reports.example.com/widget-2010-q2/');
    expect(readFileSync(join(out, 'sitemap.xml'), 'utf8')).toContain('<loc>https://reports.example.com/widget-2010-q2/statements/</loc>');
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain('Sitemap: https://reports.example.com/sitemap.xml');
    expect(build.stderr).not.toContain('TIEOUT_SITE is unset');
  }, 300_000);
});
