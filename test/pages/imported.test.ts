/**
 * Releases imported as a new user imports them (excerpts of real ones, test/fixtures/site-imported/README.md and
 * test/fixtures/import/cover-pages/README.md), with no model and no notebook, built into a site of their own and
 * read as a reader reads them: the names of tables printed with no title, the release as published of a Markdown
 * copy that opens with front matter, an overview with no notebooks, an 8-K's cover page. Screenshots are saved to
 * test-results/screenshots/ (imported-*.png) to be looked at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importCommand } from '../../src/cli/import.ts';
import { projectRoot } from '../support/site.ts';
import { userBuildEnv } from '../support/build-env.ts';
import { launchBrowser, type Browser } from '../support/browser.ts';

const work = mkdtempSync(path.join(tmpdir(), 'tieout-imported-'));
const out = path.join(work, 'dist');
const SOURCES = [
  ['test/fixtures/site-imported/tap-2024-q4.md', 'tap-2024-q4'],
  ['test/fixtures/import/cover-pages/hrzb-fy2006-q3-8k.txt', 'hrzb-2006-q3'],
] as const;
const page = (id: string, p: string) => readFileSync(path.join(out, id, p), 'utf8');
const text = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

beforeAll(() => {
  const data = path.join(work, 'data');
  for (const [file, id] of SOURCES) {
    const err: string[] = [];
    const status = importCommand(path.join(projectRoot, file), { data, id, currency: 'USD', 'release-date': id.startsWith('hrzb') ? '2006-01-19' : undefined }, { out: () => {}, err: (t) => err.push(t) }, projectRoot);
    expect(status, err.join('')).toBe(0);
  }
  const build = spawnSync(path.join(projectRoot, 'node_modules/.bin/node'), [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: userBuildEnv({ NO_COLOR: '1', FORCE_COLOR: '0', TIEOUT_SITE: '', TIEOUT_DATA: data, TIEOUT_NOTEBOOKS: './test/fixtures/site-data/notebooks-none', TIEOUT_ASTRO_CACHE: path.join(work, 'astro-cache'), TIEOUT_CACHE: path.join(work, 'cache') }),
    timeout: 600_000,
  });
  expect(build.status, build.stdout.slice(-3000) + build.stderr.slice(-2000)).toBe(0);
}, 660_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('tables printed with no title of their own are named as printed (Molson Coors 4Q24)', () => {
  test.each([
    // shown, never shown
    ['EMEA&APAC', 'Emeaapac'],
    ['U.S. GAAP Income (loss) before income taxes', 'Us gaap income before income taxes'],
    ['Effective Tax Rate and Underlying Effective Tax Rate', '* Effective Tax Rate'],
  ])('the statements page lists %s, never %s', (shown, never) => {
    const list = text(page('tap-2024-q4', 'statements/index.html'));
    expect(list).toContain(shown);
    expect(list).not.toContain(never);
  });
});

describe('the release as published of a Markdown copy with front matter', () => {
  test('its front matter is the copy’s metadata, apart from the text; the text starts with the release', () => {
    const html = page('tap-2024-q4', 'original/index.html');
    const meta = /<details class="o-meta"[^>]*>([\s\S]*?)<\/details>/.exec(html)?.[1] ?? '';
    expect(text(meta)).toContain('front matter');
    expect(text(meta)).toContain('title Molson Coors Beverage Company Reports 2024 Fourth Quarter and Full Year Results');
    expect(text(meta)).toContain('date 2025-02-13 19:35:00');
    expect(text(meta)).toContain('widgets search, recent, taglist');
    const body = /<div class="original o-pre"[^>]*><pre>([\s\S]*?)<\/pre>/.exec(html)?.[1] ?? '';
    expect(body.trimStart().startsWith('**(11:30 GMT)**')).toBe(true);
    for (const key of ['title:', 'sidebar:', 'widgets:', 'mathjax:']) expect(body, key).not.toContain(key);
  });
});

describe('a release with no notebooks', () => {
  test.each(['tap-2024-q4', 'hrzb-2006-q3'])('%s: its overview shows no notebooks section', (id) => {
    const main = /<main[\s\S]*<\/main>/.exec(page(id, 'index.html'))?.[0] ?? '';
    expect(main).toContain('Statements and data');
    expect(main).not.toContain('id="notebooks"');
    expect(text(main)).not.toMatch(/notebooks?/i);
  });
});

describe('an 8-K’s cover page is no table (Horizon Financial)', () => {
  test('no table of the cover, no figure of its ZIP code, none marked unread on the release as published', () => {
    expect(text(page('hrzb-2006-q3', 'statements/index.html'))).not.toContain('Exact name of registrant');
    const facts = JSON.parse(page('hrzb-2006-q3', 'facts.json')) as { raw: string }[];
    expect(facts.filter((f) => /98,?225/.test(f.raw))).toEqual([]);
    expect(facts.some((f) => f.raw.includes('17,328'))).toBe(true);
    const original = page('hrzb-2006-q3', 'original/index.html');
    const zip = original.split('\n').find((l) => l.includes('98225')) ?? '';
    expect(zip).not.toContain('class="of');
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    const { createServer } = await import('node:http');
    const srv = createServer((req, res) => {
      let p = path.join(out, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (p.endsWith('/')) p = path.join(p, 'index.html');
      try {
        const body = readFileSync(p);
        const type = p.endsWith('.css') ? 'text/css' : p.endsWith('.js') ? 'text/javascript' : p.endsWith('.json') ? 'application/json' : p.endsWith('.svg') ? 'image/svg+xml' : 'text/html';
        res.writeHead(200, { 'content-type': type }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const address = srv.address() as { port: number };
    server = { url: `http://127.0.0.1:${address.port}`, close: () => new Promise((r) => srv.close(() => r())) };
    browser = await launchBrowser();
    mkdirSync(path.join(projectRoot, 'test-results/screenshots'), { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each([390, 1280])('at %i px: the front matter is closed above the text, and opens as a list of fields', async (width) => {
    const tab = await browser.newPage({ width, height: 900 });
    await tab.goto(`${server.url}/tap-2024-q4/original/`);
    const meta = tab.locator('details.o-meta');
    expect(await meta.getAttribute('open')).toBeNull();
    expect(await tab.locator('details.o-meta dl').isVisible()).toBe(false);
    const box = await meta.boundingBox();
    const pre = await tab.locator('.original pre').boundingBox();
    expect(box!.y).toBeLessThan(pre!.y);
    await tab.screenshot({ path: path.join(projectRoot, `test-results/screenshots/imported-original-${width}.png`) });
    await meta.locator('summary').click();
    expect(await tab.locator('details.o-meta dl').isVisible()).toBe(true);
    expect(await tab.locator('details.o-meta dt').first().textContent()).toBe('title');
    // Nothing overflows the page sideways.
    expect(await tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await tab.screenshot({ path: path.join(projectRoot, `test-results/screenshots/imported-original-open-${width}.png`) });
    await tab.goto(`${server.url}/tap-2024-q4/statements/`);
    await tab.screenshot({ path: path.join(projectRoot, `test-results/screenshots/imported-statements-${width}.png`) });
    await tab.goto(`${server.url}/tap-2024-q4/`);
    await tab.screenshot({ path: path.join(projectRoot, `test-results/screenshots/imported-overview-${width}.png`), fullPage: true });
    await tab.close();
  });
});
