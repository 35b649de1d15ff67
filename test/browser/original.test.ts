/**
 * The release as published (issue 31): its page shows the original with every figure tieout
 * read marked by verdict, a click opens what was read and the checks on it, and a figure's
 * permalink on any other page lands on the figure inside the original; the page loads nothing
 * from elsewhere and runs no script.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../support/browser.ts';
import { serveSite, type SiteServer } from '../support/site.ts';
import { axeViolations } from '../support/axe.ts';

const R = 'inap-2010-q2';

describe('the original document', () => {
  let site: SiteServer;
  let off: Browser;
  beforeAll(async () => {
    site = await serveSite();
    // No JavaScript: popovers and permalinks are the browser's own.
    off = await launchBrowser({ javaScript: false });
  });
  afterAll(async () => {
    await off?.close();
    await site?.close();
  });

  it('marks every figure tieout read by its state, a mismatch unlike a tie, and requests nothing from elsewhere', async () => {
    const page = await off.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${site.url}${R}/original/`);
    const counts = await page.evaluate(() => {
      const n = (s: string) => document.querySelectorAll(`.original ${s}`).length;
      return { read: n('.of:not(.o-unread)'), mismatch: n('.of.o-mismatch'), exact: n('.of.o-exact'), unread: n('.of.o-unread'), scripts: document.querySelectorAll('script').length };
    });
    expect(counts.read).toBeGreaterThan(300);
    expect(counts.exact).toBeGreaterThan(50);
    expect(counts.mismatch).toBeGreaterThan(0);
    expect(counts.scripts).toBe(0);
    expect(requests.filter((u) => !u.startsWith(site.url))).toEqual([]);
    const [tie, miss] = await Promise.all(
      ['.of.o-exact', '.of.o-mismatch'].map((s) => page.locator(`.original ${s}`).first().evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, glyph: el.querySelector('.vm .g')?.textContent }))),
    );
    expect(miss!.background).not.toBe(tie!.background);
    expect([tie!.glyph, miss!.glyph]).toEqual(['✓', '✗']);
    await page.close();
  });

  it('clicking figures in the original shows what was read (line item, period, unit, scale, precision) and its checks with the recomputed value', async () => {
    const page = await off.newPage();
    await page.goto(`${site.url}${R}/original/`);
    const miss = page.locator('.original .of.o-mismatch button.fv').first();
    await miss.click();
    const popover = page.locator(`#${await miss.getAttribute('popovertarget')}`);
    await expect(popover.isVisible()).resolves.toBe(true);
    const text = (await popover.textContent())!;
    expect(text).toMatch(/Read as (USD|percent)[^,]*, printed (whole|to \d decimals?)/);
    expect(text).toMatch(/mismatch.*recomputed/);
    await page.keyboard.press('Escape');
    await expect(popover.isVisible()).resolves.toBe(false);
    // A figure of the income statement: its line item and period, in USD thousands.
    const revenue = page.locator('.original [id="statement-of-operations/total-revenues/2010-q2"] button.fv');
    await revenue.click();
    const second = page.locator(`#${await revenue.getAttribute('popovertarget')}`);
    await expect(second.textContent()).resolves.toMatch(/Total revenues.*Q2 2010.*Read as USD thousands, printed whole/);
    await page.close();
  });

  it('a figure\'s "as published" link on its statement lands on the figure inside the original, highlighted', async () => {
    const page = await off.newPage();
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${site.url}${R}/statements/financial-summary/`);
      const button = page.locator('#total-revenues\\/2010-q2 button.fv');
      await button.click();
      const popover = page.locator(`#${await button.getAttribute('popovertarget')}`);
      await popover.locator('a', { hasText: 'as published' }).click();
      await page.waitForURL(`**/${R}/original/#financial-summary/total-revenues/2010-q2`);
      const target = page.locator('.of:target');
      await expect(target.getAttribute('id')).resolves.toBe('financial-summary/total-revenues/2010-q2');
      await expect(target.textContent()).resolves.toContain('60,525');
      const box = (await target.boundingBox())!;
      expect(box.y, `in view at ${width} px`).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(800);
      await expect(target.evaluate((el) => getComputedStyle(el).outlineStyle)).resolves.toBe('solid');
    }
    await page.close();
  });

  it('has no WCAG 2.1 A/AA violation and is never wider than the screen, at 390 and 1280 px, light and dark', async () => {
    const on = await launchBrowser({ javaScript: true });
    try {
      for (const width of [390, 1280]) {
        for (const scheme of ['light', 'dark'] as const) {
          const page = await on.newPage({ width, height: 900 });
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(`${site.url}${R}/original/`);
          await expect(page.evaluate(() => document.documentElement.scrollWidth), `${width} ${scheme}`).resolves.toBeLessThanOrEqual(width);
          await expect(axeViolations(page), `${width} ${scheme}`).resolves.toEqual([]);
          await page.close();
        }
      }
    } finally {
      await on.close();
    }
  });

  it('every page of the release links the original', async () => {
    const page = await off.newPage();
    for (const path of ['', 'statements/', 'checks/', 'claims/', 'source/']) {
      await page.goto(`${site.url}${R}/${path}`);
      await expect(page.locator(`footer.site a[href="/${R}/original/"]`).count(), path).resolves.toBe(1);
      await expect(page.locator(`header.site nav a[href="/${R}/original/"]`).count(), path).resolves.toBe(1);
    }
    await page.close();
  });
});
