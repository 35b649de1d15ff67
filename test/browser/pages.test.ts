/**
 * Every page of the built site in Chromium, as readers meet it: at desktop (1280 px) and
 * phone (390 px) widths, in the light and the dark scheme, with JavaScript on and off.
 *
 * - Every page loads cleanly (200, a title and an <h1>, no console error or failed request)
 *   and is never wider than the screen; axe-core finds no WCAG 2.1 A/AA violation on it.
 * - Full-page screenshots of every page in every width and scheme, the printed statements
 *   (PDF and print-media screenshot) and a printed notebook go to test-results/screenshots/,
 *   for people to look at.
 *
 * One browser per JavaScript setting, one tab per width and scheme, reused for every page.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { distDir, projectRoot, serveSite, type SiteServer } from '../support/site.ts';
import { pages } from '../../scripts/permalinks.ts';

export const screenshots = path.join(projectRoot, 'test-results', 'screenshots');
export const WIDTHS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
export const SCHEMES = ['light', 'dark'] as const;

/** Every HTML page of the build, as a path relative to the site's root ("inap-2010-q2/checks/"). */
const PAGES = pages(distDir).map((p) => p.url.slice(1));
const shotName = (url: string) => url.replace(/\/$/, '').replace(/\//g, '_') || 'home';

/** Everything that went wrong while a page loaded. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => {
    // Going on to the next page aborts what the last one still had in flight (its favicon): not a fault of either.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('response', (r) => {
    // The 404 page is served with its status on purpose.
    if (r.status() >= 400 && !r.url().endsWith('/404')) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

describe('every page, in every width and scheme', () => {
  let site: SiteServer;
  const contexts: BrowserContext[] = [];
  let closeBrowsers: () => Promise<void>;
  const tab = new Map<string, { page: Page; problems: string[] }>();

  beforeAll(async () => {
    site = await serveSite();
    await mkdir(screenshots, { recursive: true });
    const launch = () => chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
    const [on, off] = await Promise.all([launch(), launch()]);
    closeBrowsers = async () => {
      await Promise.all([on.close(), off.close()]);
    };
    for (const js of [true, false]) {
      for (const scheme of SCHEMES) {
        for (const w of WIDTHS) {
          const context = await (js ? on : off).newContext({ viewport: { width: w.width, height: w.height }, colorScheme: scheme, javaScriptEnabled: js });
          context.setDefaultTimeout(30_000);
          contexts.push(context);
          const page = await context.newPage();
          tab.set(`${js}/${scheme}/${w.name}`, { page, problems: watch(page) });
        }
      }
    }
  });
  afterAll(async () => {
    await closeBrowsers?.();
    await site?.close();
  });

  it('there are pages to test: home, a release overview, statements, notebooks, checks, claims, source, search, 404', () => {
    for (const url of ['', 'inap-2010-q2/', 'inap-2010-q2/statements/', 'inap-2010-q2/adjusted-ebitda/', 'inap-2010-q2/checks/', 'inap-2010-q2/claims/', 'inap-2010-q2/source/', 'search/', '404']) {
      expect(PAGES).toContain(url);
    }
  });

  for (const scheme of SCHEMES) {
    for (const w of WIDTHS) {
      // The four run side by side, each in its own tab: axe keeps the CPU busy, page loads wait on the network.
      it.concurrent(`JavaScript on, ${scheme}, ${w.name}: every page loads cleanly, fits the screen, and axe finds no WCAG 2.1 AA violation`, async () => {
        const { page, problems } = tab.get(`true/${scheme}/${w.name}`)!;
        const failures: string[] = [];
        for (const url of PAGES) {
          problems.length = 0;
          const response = await page.goto(site.url + url);
          if (response?.status() !== 200) failures.push(`${url}: HTTP ${response?.status()}`);
          if (!(await page.locator('h1').first().textContent())?.trim()) failures.push(`${url}: no <h1>`);
          if (!(await page.title()).trim()) failures.push(`${url}: no title`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 0) failures.push(`${url}: ${overflow} px wider than the ${w.width} px screen`);
          for (const v of await axeViolations(page)) failures.push(`${url}: ${v}`);
          // The whole page, up to a long page's first 6,000 px (the checks page runs to tens of thousands).
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.screenshot({ path: path.join(screenshots, `${shotName(url)}-${w.name}-${scheme}.png`), fullPage: true, clip: { x: 0, y: 0, width: w.width, height: Math.min(height, 6000) } });
          failures.push(...problems.map((p) => `${url}: ${p}`));
        }
        expect(failures).toEqual([]);
      }, 900_000);
    }
  }

  for (const w of WIDTHS) {
    it(`JavaScript off, ${w.name}: every page loads cleanly and fits the screen`, async () => {
      const { page, problems } = tab.get(`false/light/${w.name}`)!;
      const failures: string[] = [];
      for (const url of PAGES) {
        problems.length = 0;
        await page.goto(site.url + url);
        if (!(await page.locator('h1').first().textContent())?.trim()) failures.push(`${url}: no <h1>`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) failures.push(`${url}: ${overflow} px wider than the ${w.width} px screen`);
        failures.push(...problems.map((p) => `${url}: ${p}`));
      }
      expect(failures).toEqual([]);
    }, 120_000);
  }

  it('print: the statements page shows every column of every table on the paper, with its marks; PDFs of it and of a notebook', async () => {
    const { page } = tab.get('false/light/desktop')!;
    for (const [url, name] of [['inap-2010-q2/statements/', 'statements'], ['inap-2010-q2/adjusted-ebitda/', 'adjusted-ebitda']] as const) {
      await page.goto(site.url + url);
      await page.emulateMedia({ media: 'print' });
      // A Letter page less its margins, at 96 px to the inch.
      await page.setViewportSize({ width: 720, height: 1000 });
      if (name === 'statements') {
        const clipped = await page.evaluate(() =>
          [...document.querySelectorAll('.statement')].flatMap((box) => {
            const right = box.getBoundingClientRect().right;
            const cells = [...box.querySelectorAll('th, td')].filter((c) => c.getBoundingClientRect().right > Math.max(right, window.innerWidth) + 0.5);
            return cells.map((c) => `${box.closest('section')?.querySelector('h2')?.textContent?.trim()}: ${c.textContent?.trim()}`);
          }),
        );
        expect(clipped).toEqual([]);
        const widths = await page.evaluate(() => [...document.querySelectorAll('.statement')].map((b) => b.scrollWidth - b.clientWidth));
        expect(widths.every((d) => d <= 0)).toBe(true);
        // Navigation is not printed; the marks are.
        expect(await page.locator('header.site nav').isVisible()).toBe(false);
        expect(await page.locator('.statement .fv .vm.mismatch').first().isVisible()).toBe(true);
        // The page's address at the end (a path: this build has no published address, TIEOUT_SITE).
        expect(await page.locator('footer.site .print-only').textContent()).toMatch(/^\/inap-2010-q2\/statements\/( · built \d{4}-\d\d-\d\d)?$/);
      }
      await page.screenshot({ path: path.join(screenshots, `print-${name}.png`), fullPage: true });
      await page.pdf({ path: path.join(screenshots, `print-${name}.pdf`), format: 'Letter', printBackground: false });
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  }, 120_000);
});
