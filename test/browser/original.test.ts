/**
 * The release as published (issue 31): its page shows the original with every figure tieout
 * read marked by verdict, a click opens what was read and the checks on it, and a figure's
 * permalink on any other page lands on the figure inside the original; the page loads nothing
 * from elsewhere. Its figures share one popover, filled on a click by the site's own script from
 * the release's original.json; a figure is then the button it acts as (aria-expanded, focus
 * back on closing), its permalink a link inside the popover; without JavaScript a figure leads
 * to its cell on its statement.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type Browser } from '../support/browser.ts';
import { serveSite, type SiteServer } from '../support/site.ts';
import { axeViolations } from '../support/axe.ts';

const R = 'inap-2010-q2';

describe('the original document', () => {
  let site: SiteServer;
  let off: Browser;
  let on: Browser;
  beforeAll(async () => {
    site = await serveSite();
    // No JavaScript: permalinks are the browser's own, and a figure is a link to its cell.
    off = await launchBrowser({ javaScript: false });
    on = await launchBrowser({ javaScript: true });
  });
  afterAll(async () => {
    await off?.close();
    await on?.close();
    await site?.close();
  });

  it('marks every figure tieout read by its state, a mismatch unlike a tie, and requests nothing from elsewhere', async () => {
    const page = await off.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${site.url}${R}/original/`);
    const counts = await page.evaluate(() => {
      const n = (s: string) => document.querySelectorAll(`.original ${s}`).length;
      return { read: n('.of:not(.o-unread)'), mismatch: n('.of.o-mismatch'), exact: n('.of.o-exact'), unread: n('.of.o-unread'), popovers: document.querySelectorAll('[popover]').length };
    });
    expect(counts.read).toBeGreaterThan(300);
    expect(counts.exact).toBeGreaterThan(50);
    expect(counts.mismatch).toBeGreaterThan(0);
    // One popover for every figure: a popover each made the page weigh half again as much.
    expect(counts.popovers).toBe(1);
    expect(requests.filter((u) => !u.startsWith(site.url))).toEqual([]);
    const [tie, miss] = await Promise.all(
      ['.of.o-exact', '.of.o-mismatch'].map((s) => page.locator(`.original ${s}`).first().evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, glyph: el.querySelector('.vm .g')?.textContent }))),
    );
    expect(miss!.background).not.toBe(tie!.background);
    expect([tie!.glyph, miss!.glyph]).toEqual(['✓', '✗']);
    await page.close();
  });

  it('clicking figures in the original shows what was read (line item, period, unit, scale, precision) and its checks with the recomputed value, beside the figure', async () => {
    for (const width of [1280, 390]) {
      const page = await on.newPage({ width, height: 800 });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(new URL(r.url()).pathname));
      await page.goto(`${site.url}${R}/original/`);
      // The figures' data is asked for when a reader opens one, not with the page.
      expect(requests.filter((u) => u.endsWith('original.json'))).toEqual([]);
      const popover = page.locator('#o-pv');
      const miss = page.locator('.original .of.o-mismatch button.fv').first();
      await miss.click();
      await popover.waitFor({ state: 'visible' });
      expect(requests.filter((u) => u.endsWith('original.json'))).toEqual([`/${R}/original.json`]);
      expect(page.url(), 'the click opens the popover, it does not follow the link').toBe(`${site.url}${R}/original/`);
      const text = (await popover.textContent())!;
      expect(text).toMatch(/Read as (USD|percent)[^,]*, printed (whole|to \d decimals?)/);
      expect(text).toMatch(/mismatch.*recomputed/);
      // Beside its figure, never over it, within the screen.
      const [b, p] = [(await miss.boundingBox())!, (await popover.boundingBox())!];
      expect(p.y >= b.y + b.height - 1 || p.y + p.height <= b.y + 1, `${width}: beside the figure`).toBe(true);
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x + p.width).toBeLessThanOrEqual(width);
      await page.keyboard.press('Escape');
      await expect(popover.isVisible()).resolves.toBe(false);
      // A figure of the income statement: its line item and period, in USD thousands; its links lead on.
      const revenue = page.locator('.original [id="statement-of-operations/total-revenues/2010-q2"] button.fv');
      await revenue.click();
      await popover.waitFor({ state: 'visible' });
      await expect(popover.textContent()).resolves.toMatch(/Total revenues.*Q2 2010.*Read as USD thousands, printed whole.*recomputed \$?60,525 = 31,197 \+ 29,328/);
      // A second click on the same figure closes it, as a popover's own button does.
      await revenue.click();
      await expect(popover.isVisible()).resolves.toBe(false);
      // By keyboard: Enter opens it, Tab moves into it.
      await revenue.focus();
      await page.keyboard.press('Enter');
      await popover.waitFor({ state: 'visible' });
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.closest('#o-pv') !== null)).resolves.toBe(true);
      await popover.locator('a', { hasText: 'in its table' }).click();
      await page.waitForURL(`**/${R}/statements/statement-of-operations/#total-revenues/2010-q2`);
      await page.close();
    }
  });

  it('with JavaScript every figure is a button that says whether its popover is open, is pressed by keyboard, and takes the focus back; the permalink stays a link in the popover', async () => {
    const page = await on.newPage({ width: 1280, height: 800 });
    await page.goto(`${site.url}${R}/original/`);
    const figures = await page.evaluate(() => {
      const all = [...document.querySelectorAll('.of[id] > .fv')];
      return {
        buttons: all.filter((el) => el.tagName === 'BUTTON' && el.getAttribute('type') === 'button').length,
        links: all.filter((el) => el.tagName === 'A').length,
        collapsed: all.filter((el) => el.getAttribute('aria-expanded') === 'false' && el.getAttribute('aria-controls') === 'o-pv').length,
        all: all.length,
      };
    });
    expect(figures.all).toBeGreaterThan(300);
    expect(figures).toEqual({ buttons: figures.all, links: 0, collapsed: figures.all, all: figures.all });
    const popover = page.locator('#o-pv');
    const expanded = (anchor: string) => page.locator(`.original [id="${anchor}"] button.fv`).getAttribute('aria-expanded');
    const revenue = page.locator('.original [id="statement-of-operations/total-revenues/2010-q2"] button.fv');
    // The accessible name and role a screen reader announces: the figure, as a button.
    await expect(page.getByRole('button', { name: /^60,525/ }).first().isVisible()).resolves.toBe(true);
    // Space opens it, as it does any button.
    await revenue.focus();
    await page.keyboard.press('Space');
    await popover.waitFor({ state: 'visible' });
    await expect(expanded('statement-of-operations/total-revenues/2010-q2')).resolves.toBe('true');
    // The permalink to the fact and the link to its cell are links inside the popover.
    await expect(popover.locator('a', { hasText: 'permalink' }).getAttribute('href')).resolves.toBe('#statement-of-operations/total-revenues/2010-q2');
    await expect(popover.locator('a', { hasText: 'in its table' }).getAttribute('href')).resolves.toBe(await revenue.getAttribute('data-cell'));
    // Into it with Tab, out with Escape: closed, and the focus back on its figure.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('#o-pv') !== null)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(popover.isVisible()).resolves.toBe(false);
    await expect(expanded('statement-of-operations/total-revenues/2010-q2')).resolves.toBe('false');
    await expect(page.evaluate(() => document.activeElement?.closest('.of')?.id)).resolves.toBe('statement-of-operations/total-revenues/2010-q2');
    // Enter on the figure that has the focus opens it again; another figure's press moves it there.
    await page.keyboard.press('Enter');
    await popover.waitFor({ state: 'visible' });
    const other = page.locator('.original .of.o-mismatch button.fv').first();
    const otherAnchor = (await other.evaluate((el) => el.parentElement!.id))!;
    await other.click();
    await popover.waitFor({ state: 'visible' });
    await expect(popover.locator('a', { hasText: 'permalink' }).getAttribute('href')).resolves.toBe(`#${otherAnchor}`);
    await expect(expanded(otherAnchor)).resolves.toBe('true');
    await expect(expanded('statement-of-operations/total-revenues/2010-q2')).resolves.toBe('false');
    await expect(page.locator('.original button.fv[aria-expanded="true"]').count()).resolves.toBe(1);
    // A press outside closes it and leaves the focus where the press put it.
    await page.locator('h1').click();
    await expect(popover.isVisible()).resolves.toBe(false);
    await expect(page.locator('.original button.fv[aria-expanded="true"]').count()).resolves.toBe(0);
    await page.close();
  });

  it('without JavaScript a figure leads to its cell on its statement, whose popover tells its provenance', async () => {
    const page = await off.newPage();
    await page.goto(`${site.url}${R}/original/`);
    await page.locator('.original [id="financial-summary/total-revenues/2010-q2"] a.fv').click();
    await page.waitForURL(`**/${R}/statements/financial-summary/#total-revenues/2010-q2`);
    const button = page.locator('[id="total-revenues/2010-q2"] button.fv');
    await button.click();
    await expect(page.locator(`#${await button.getAttribute('popovertarget')}`).textContent()).resolves.toMatch(/Read as USD thousands, printed whole.*recomputed \$60,525/);
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

  it('has no WCAG 2.1 A/AA violation and is never wider than the screen, at 390 and 1280 px, light and dark, with a popover open', async () => {
    for (const width of [390, 1280]) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await on.newPage({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${site.url}${R}/original/`);
        await expect(page.evaluate(() => document.documentElement.scrollWidth), `${width} ${scheme}`).resolves.toBeLessThanOrEqual(width);
        await expect(axeViolations(page), `${width} ${scheme}`).resolves.toEqual([]);
        await page.locator('.original .of.o-mismatch button.fv').first().click();
        await page.locator('#o-pv').waitFor({ state: 'visible' });
        await expect(axeViolations(page), `${width} ${scheme}, popover open`).resolves.toEqual([]);
        await page.close();
      }
    }
  });

  it('on a phone a table of two periods shows its figures beside their labels, and a wider one scrolls under its labels', async () => {
    const page = await off.newPage({ width: 390, height: 844 });
    await page.goto(`${site.url}${R}/original/`);
    const tables = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.original .o-table')].map((box) => {
        const figureColumns = Math.max(...[...box.querySelectorAll('tr')].map((tr) => tr.querySelectorAll('td.num .of').length));
        return { figureColumns, fits: box.scrollWidth <= box.clientWidth };
      }),
    );
    // The balance sheet (two dates): a label with figures in its words ("net of allowance of $2,102") once kept to one line and pushed both columns off the screen.
    const twoColumns = tables.filter((t) => t.figureColumns === 2);
    expect(twoColumns.length).toBeGreaterThan(0);
    expect(twoColumns.filter((t) => !t.fits)).toEqual([]);
    // A wide table scrolled to its last column still shows each figure's line item.
    const wide = tables.findIndex((t) => !t.fits);
    expect(wide).toBeGreaterThanOrEqual(0);
    const seen = await page.evaluate((i) => {
      const box = document.querySelectorAll<HTMLElement>('.original .o-table')[i]!;
      box.scrollLeft = box.scrollWidth;
      const row = [...box.querySelectorAll('tr')].find((tr) => tr.querySelector('td.num .of'))!;
      const label = row.querySelector('td')!.getBoundingClientRect();
      const frame = box.getBoundingClientRect();
      return { scrolled: box.scrollLeft > 0, labelInView: label.left >= frame.left - 1 && label.right <= frame.right + 1 };
    }, wide);
    expect(seen).toEqual({ scrolled: true, labelInView: true });
    await page.close();
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
