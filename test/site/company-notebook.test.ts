import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { chromiumArgs, chromiumPath } from '../support/browser.ts';
import { userBuildEnv } from '../support/build-env.ts';
import { importNvidiaFiscal2023 } from '../support/golden.ts';
import { projectRoot, serveSite } from '../support/site.ts';

/**
 * A company notebook (issue 32): the repository's notebook of NVIDIA's fiscal 2023
 * (src/notebooks/nvda/fiscal-2023.mdx, `company: nvda`) is built from a data folder holding
 * NVIDIA's four real releases, imported with only their ids, and the site's own notebooks (no
 * TIEOUT_NOTEBOOKS): the bundled release's notebooks are left out, said on stderr, as a site
 * without NVIDIA's releases leaves this one out. Its page draws a chart of a series and cites a
 * cross-release check by its permalink; the company page shows its key figures by quarter and
 * links its downloads and notebooks.
 */
const root = join(projectRoot, 'node_modules', '.cache', 'tieout-company-notebook');
const out = join(root, 'dist');
const screenshots = join(projectRoot, 'test-results', 'screenshots');

const landsOn = (link: string) => {
  const [path, anchor] = link.split('#');
  const file = path!.endsWith('/') ? join(out, path!, 'index.html') : join(out, path!);
  if (!existsSync(file)) return false;
  return !anchor || parseHTML(readFileSync(file, 'utf8')).document.getElementById(decodeURIComponent(anchor)) !== null;
};

describe('a company notebook of NVIDIA’s fiscal 2023', () => {
  let notebook: Document;
  let company: Document;
  let stderr: string;

  beforeAll(() => {
    rmSync(root, { recursive: true, force: true });
    importNvidiaFiscal2023(root);
    const build = spawnSync(join(projectRoot, 'node_modules', '.bin', 'node'), [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', out], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: userBuildEnv({ TIEOUT_SITE: '', TIEOUT_DATA: join(root, 'data'), TIEOUT_ASTRO_CACHE: join(root, 'astro-cache'), TIEOUT_CACHE: join(root, 'cache') }),
      timeout: 900_000,
    });
    expect(build.status, build.stdout.slice(-3000) + build.stderr.slice(-2000)).toBe(0);
    stderr = build.stderr + build.stdout;
    notebook = parseHTML(readFileSync(join(out, 'company', 'nvda', 'fiscal-2023', 'index.html'), 'utf8')).document;
    company = parseHTML(readFileSync(join(out, 'company', 'nvda', 'index.html'), 'utf8')).document;
  }, 900_000);

  test('it builds, and the release notebooks of releases the data folder lacks are left out, said so', () => {
    expect(notebook.querySelector('h1')?.textContent?.replace(/#$/, '')).toBe('Fiscal 2023, quarter by quarter');
    expect(stderr).toMatch(/holds no release for 4 notebook\(s\), not built: src\/notebooks\/inap-2010-q2\//);
    // Said once, though the notebooks' route and the sitemap (rendered apart) both ask.
    expect(stderr.match(/holds no release for 4 notebook\(s\)/g)).toHaveLength(1);
  });

  test('it charts a series: revenue by quarter as last printed, described, with its data', () => {
    const chart = notebook.querySelector('#revenue-series figure.chart, figure.chart')!;
    expect(chart.querySelector('svg[role="img"] title')?.textContent).toBe('Revenue by quarter, as last printed');
    const rows = [...chart.querySelectorAll('details table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows.map((r) => r[0])).toEqual(['Q1 FY2022', 'Q2 FY2022', 'Q3 FY2022', 'Q4 FY2022', 'Q1 FY2023', 'Q2 FY2023', 'Q3 FY2023', 'Q4 FY2023']);
    expect(rows[4]!.slice(2)).toEqual(['nvda-fy2023-q2']);
  });

  test('it cites a cross-release check by its permalink, and every link of the check lands', () => {
    const check = notebook.getElementById('across-revenue-2023-q1')!;
    expect(check).not.toBeNull();
    const cite = [...notebook.querySelectorAll('a')].find((a) => a.getAttribute('href') === '#across-revenue-2023-q1' && !a.classList.contains('permalink'));
    expect(cite?.textContent).toBe('the check');
    const rows = [...check.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));
    expect(rows).toEqual([
      ['nvda-fy2023-q1', '$8,288', 'first printed'],
      ['nvda-fy2023-q2', '$8,288', '✓ the same, within the precision printed'],
    ]);
    for (const a of check.querySelectorAll('a:not(.permalink)')) expect(landsOn(a.getAttribute('href')!), a.getAttribute('href')!).toBe(true);
    // <Fig> shows the latest printing, or a named release's.
    const figs = [...notebook.querySelectorAll('main p')].find((p) => p.textContent!.startsWith('Revenue for the fourth quarter of fiscal 2023'))!;
    expect([...figs.querySelectorAll('.fv, button')].length).toBeGreaterThan(0);
    // Computed in a cell, not written: how many figures are printed again, and how many differ.
    expect(notebook.querySelector('main')!.textContent).toContain('Of the 247 figures printed again, 0 differ');
  });

  test('the company page: key figures by quarter, each linked to its fact, the downloads and the notebook', () => {
    const table = company.querySelector('section.key-figures table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Q4 FY2023', 'Q3 FY2023', 'Q2 FY2023', 'Q1 FY2023', 'Q4 FY2022', 'Q3 FY2022', 'Q2 FY2022', 'Q1 FY2022']);
    const links = [...table.querySelectorAll('td a.fv')].map((a) => a.getAttribute('href')!);
    expect(links.length).toBe(12 * 8);
    for (const link of links) expect(landsOn(link), link).toBe(true);
    expect(company.getElementById('key-revenue/2023-q1')?.textContent?.trim()).toBe('8,288');
    const downloads = [...company.querySelectorAll('section.key-figures p a')].map((a) => a.getAttribute('href'));
    expect(downloads).toEqual(['/company/nvda/facts.csv', '/company/nvda/facts.json']);
    expect(readFileSync(join(out, 'company', 'nvda', 'facts.csv'), 'utf8').split('\n')[0]).toMatch(/^release,id,table,/);
    expect(readFileSync(join(out, 'company', 'nvda', 'facts.json'), 'utf8').split('\n')[1]).toMatch(/^\{"release":"nvda-fy2023-q1","id":/);
    const listed = company.querySelector('#company-notebooks + ul a');
    expect(listed?.getAttribute('href')).toBe('/company/nvda/fiscal-2023/');
  });

  describe('in a browser', () => {
    const seen: { page: string; width: number; scheme: string; status: number; heading: string; overflow: number; violations: string[] }[] = [];
    let close: () => Promise<void>;
    beforeAll(async () => {
      mkdirSync(screenshots, { recursive: true });
      const site = await serveSite({ root: out });
      const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
      close = async () => {
        await browser.close();
        await site.close();
      };
      for (const page of ['/company/nvda/', '/company/nvda/fiscal-2023/']) {
        for (const width of [390, 1280]) {
          for (const scheme of ['light', 'dark'] as const) {
            // The pages run with JavaScript off; axe needs it, so it runs in a second tab.
            const off = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, javaScriptEnabled: false });
            const tab = await off.newPage();
            const response = await tab.goto(new URL(page.slice(1), site.url).href);
            const status = response?.status() ?? 0;
            const heading = (await tab.textContent('h1'))?.trim() ?? '';
            const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            await tab.screenshot({ path: join(screenshots, `company-${page.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${width}-${scheme}.png`), fullPage: true });
            await off.close();
            const on = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
            const axeTab = await on.newPage();
            await axeTab.goto(new URL(page.slice(1), site.url).href);
            seen.push({ page, width, scheme, status, heading, overflow, violations: await axeViolations(axeTab) });
            await on.close();
          }
        }
      }
    }, 240_000);
    afterAll(async () => close?.());

    test('at 390 and 1280 px, light and dark: never wider than the screen, and axe finds no WCAG 2.1 A/AA violation', () => {
      expect(seen.length).toBe(8);
      for (const s of seen) {
        // The page itself, never the site's 404 page (whose axe and width would pass as well).
        expect(s.status, `${s.page} ${s.width} ${s.scheme}`).toBe(200);
        expect(s.heading, `${s.page} ${s.width} ${s.scheme}`).not.toMatch(/not found/i);
        expect(s.overflow, `${s.page} ${s.width} ${s.scheme}`).toBeLessThanOrEqual(0);
        expect(s.violations, `${s.page} ${s.width} ${s.scheme}`).toEqual([]);
      }
    });
  });

  afterAll(() => {
    if (existsSync(root)) rmSync(root, { recursive: true, force: true });
  });
});
