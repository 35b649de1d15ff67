/**
 * The author's preview looks like the site: `astro dev` serves a page whose computed styles are
 * the built page's (the Content-Security-Policy, which blocks the dev server's inline styles and
 * scripts, is the build's only), and shows an error in the page, not a blank one.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../support/browser.ts';
import { projectRoot, serveSite, type SiteServer } from '../support/site.ts';
import { userBuildEnv } from '../support/build-env.ts';

const PAGE = 'inap-2010-q2/statements/balance-sheet/';
const SELECTORS = ['body', 'header.site', 'h1', '.statement table', '.statement tr.total th', '.statement tr.total td.num .fig', '.statement tr.grand td.num .fig', '.statement .fv', '.statement .vm'];
const PROPERTIES = ['font-family', 'font-size', 'font-weight', 'color', 'background-color', 'border-top-style', 'border-bottom-style', 'text-align', 'padding-top', 'max-width', 'font-variant-numeric'];

/** `astro dev` on a free port; resolves with its address once it serves. */
function startDev(): Promise<{ url: string; child: ChildProcess }> {
  const port = 4600 + Math.floor(Math.random() * 300);
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectRoot,
    env: userBuildEnv({ NO_COLOR: '1', TIEOUT_SITE: '' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start:\n${output.slice(-2000)}`)), 120_000);
    const look = (chunk: Buffer) => {
      output += chunk.toString();
      if (/watching for file changes|Local\s+http/.test(output)) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${port}/`, child });
      }
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output.slice(-2000)}`)));
  });
}

async function styles(browser: Browser, url: string, violations: string[]) {
  const page = await browser.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
  const out = await page.evaluate(
    ([selectors, properties]) =>
      Object.fromEntries(
        (selectors as string[]).map((sel) => {
          const el = document.querySelector(sel);
          const s = el ? getComputedStyle(el) : null;
          return [sel, s ? Object.fromEntries((properties as string[]).map((p) => [p, s.getPropertyValue(p)])) : null];
        }),
      ),
    [SELECTORS, PROPERTIES],
  );
  await page.close();
  return out;
}

describe('the author\'s preview (astro dev)', () => {
  let site: SiteServer;
  let dev: { url: string; child: ChildProcess };
  let browser: Browser;
  beforeAll(async () => {
    [site, dev, browser] = await Promise.all([serveSite(), startDev(), launchBrowser()]);
  }, 180_000);
  afterAll(async () => {
    dev?.child.kill('SIGTERM');
    await browser?.close();
    await site?.close();
  });

  it('renders a page as the build does: the same computed styles, and no policy blocking them', async () => {
    const violations: string[] = [];
    const built = await styles(browser, site.url + PAGE, violations);
    const previewed = await styles(browser, dev.url + PAGE, violations);
    expect(violations).toEqual([]);
    for (const sel of SELECTORS) expect(built[sel], sel).not.toBeNull();
    expect(previewed).toEqual(built);
  }, 180_000);
});
