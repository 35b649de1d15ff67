/**
 * What a reader relies on, in Chromium: a figure that does not tie out is visibly marked as
 * such (not by colour alone) in both schemes and in print; provenance opens by keyboard and
 * touch without JavaScript; permalinks land on what they name, on a phone too, with the row
 * label and column header in view; the checks page filters by verdict without JavaScript;
 * search finds a figure, a check and a notebook.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchBrowser, type Browser } from '../support/browser.ts';
import { serveSite, type SiteServer } from '../support/site.ts';

const R = 'inap-2010-q2';

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
  return (x! + 0.05) / (y! + 0.05);
}

/** How a figure and its mark look: the computed styles a reader sees. */
async function looks(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((button) => {
    const mark = button.querySelector('.vm');
    const glyph = mark?.querySelector('.g');
    const s = getComputedStyle(button);
    return {
      color: s.color,
      weight: s.fontWeight,
      decoration: s.textDecorationStyle,
      mark: mark ? { label: mark.getAttribute('aria-label'), glyph: glyph?.textContent, background: getComputedStyle(glyph!).backgroundColor, color: getComputedStyle(mark).color } : null,
      page: getComputedStyle(document.body).backgroundColor,
    };
  });
}

describe('reading the site', () => {
  let site: SiteServer;
  let off: Browser;
  let on: Browser;
  beforeAll(async () => {
    site = await serveSite();
    [off, on] = await Promise.all([launchBrowser({ javaScript: false }), launchBrowser({ javaScript: true })]);
  });
  afterAll(async () => {
    await Promise.all([off?.close(), on?.close()]);
    await site?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const media of ['screen', 'print'] as const) {
      it(`a mismatch is marked unlike an exact figure (${scheme}, ${media}): colour, weight, underline and its own glyph and words`, async () => {
        const page = await off.newPage();
        await page.emulateMedia({ colorScheme: scheme, media });
        await page.goto(`${site.url}${R}/statements/financial-summary/`);
        const mismatch = await looks(page, '#adjusted-ebitda\\/2010-q2-vs-2009-q2 button.fv');
        const exact = await looks(page, '#total-revenues\\/2010-q2 button.fv');
        expect(mismatch.mark).toMatchObject({ label: 'does not tie', glyph: '✗' });
        expect(exact.mark).toMatchObject({ label: 'ties exactly', glyph: '✓' });
        // The figure itself: another colour, bolder, a wavy underline.
        expect(mismatch.color).not.toBe(exact.color);
        expect(Number(mismatch.weight)).toBeGreaterThan(Number(exact.weight));
        expect(mismatch.decoration).toBe('wavy');
        // The mark: a filled disc for a mismatch, none for an exact figure.
        expect(mismatch.mark!.background).not.toBe(exact.mark!.background);
        expect(exact.mark!.background).toBe('rgba(0, 0, 0, 0)');
        // Legible in either scheme.
        expect(contrast(mismatch.color, mismatch.page)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(mismatch.mark!.color, mismatch.page)).toBeGreaterThanOrEqual(4.5);
        expect(contrast(exact.mark!.color, exact.page)).toBeGreaterThanOrEqual(4.5);
        await page.close();
      });
    }
  }

  it('one meaning everywhere: a figure has the same mark on the overview, in its statement and in a notebook; the checks it feeds are listed apart', async () => {
    const page = await off.newPage();
    const markOf = async (url: string, selector: string) => {
      await page.goto(site.url + url);
      const figure = page.locator(selector).first();
      await expect(figure.count(), `${url} ${selector}`).resolves.toBe(1);
      const mark = figure.locator('.vm');
      return (await mark.count()) === 0 ? 'no mark' : mark.getAttribute('aria-label');
    };
    // Total revenues ties exactly, although its quarter-over-quarter growth (which it feeds) does not.
    for (const [url, selector] of [
      [`${R}/`, '#revenue button.fv >> nth=0'],
      [`${R}/statements/financial-summary/`, '#total-revenues\\/2010-q2 button.fv'],
      [`${R}/statements/`, '#financial-summary\\/total-revenues\\/2010-q2 .fv'],
    ]) {
      await expect(markOf(url, selector), url).resolves.toBe('ties exactly');
    }
    // Adjusted EBITDA for Q2 2010: one mark on the overview, in its statement and in its notebook.
    const marks = [
      await markOf(`${R}/`, '#adjusted-ebitda button.fv >> nth=0'),
      await markOf(`${R}/statements/financial-summary/`, '#adjusted-ebitda\\/2010-q2 button.fv'),
      await markOf(`${R}/adjusted-ebitda/`, 'p button.fv:has-text("9,924")'),
    ];
    expect(new Set(marks).size).toBe(1);
    await page.goto(`${site.url}${R}/statements/financial-summary/`);
    const button = page.locator('#total-revenues\\/2010-q2 button.fv');
    await button.click();
    const popover = page.locator(`#${await button.getAttribute('popovertarget')}`);
    await expect(popover.locator('.pv-c').first().textContent()).resolves.toMatch(/exact/);
    // Fed checks (its growth, a mismatch among them) are named, but apart from its own verdict.
    await expect(popover.locator('.pv-f').textContent()).resolves.toMatch(/Used by \d+ checks: .*Total revenues growth, Q2 2010 vs Q1 2010/);
    await page.close();
  });

  it('a figure opens its provenance by keyboard without JavaScript, next to the figure, and Escape closes it; focus is visible', async () => {
    const page = await off.newPage();
    await page.goto(`${site.url}${R}/statements/financial-summary/`);
    const button = page.locator('#adjusted-ebitda\\/2010-q2-vs-2009-q2 button.fv');
    // Keyboard: Tab from the cell's row anchor onto the figure.
    await page.locator('#adjusted-ebitda a.anchor').focus();
    for (let i = 0; i < 10 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(button.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await expect(button.evaluate((b) => b.matches(':focus-visible') && getComputedStyle(b).outlineStyle !== 'none')).resolves.toBe(true);
    await page.keyboard.press('Enter');
    const popover = page.locator(`#${await button.getAttribute('popovertarget')}`);
    await expect(popover.isVisible()).resolves.toBe(true);
    // Anchored beside its figure: its top edge within a line of the figure's bottom, and left-aligned text.
    const [b, p] = [await button.boundingBox(), await popover.boundingBox()];
    expect(Math.abs(p!.y - (b!.y + b!.height))).toBeLessThan(24);
    await expect(popover.evaluate((el) => getComputedStyle(el).textAlign)).resolves.toMatch(/left|start/);
    // Plain labels, the recomputed value and the source link.
    await expect(popover.textContent()).resolves.toMatch(/Adjusted EBITDA.*Q2 2010 vs Q2 2009.*Financial Summary.*printed “32%”.*recomputed 46\.45…% = \(9,924 ÷ 6,776 − 1\) × 100/s);
    await expect(popover.locator(`a[href$="/${R}/source/#L26C44"]`).count()).resolves.toBe(1);
    await page.keyboard.press('Escape');
    await expect(popover.isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('no statement uses a title tooltip for provenance', async () => {
    const page = await off.newPage();
    await page.goto(`${site.url}${R}/statements/`);
    await expect(page.locator('.statement [title]').count()).resolves.toBe(0);
    await page.close();
  });

  it('on a phone the label column stays in view while the figures scroll, with a cue that more columns follow', async () => {
    const page = await off.newPage({ width: 390, height: 844 });
    await page.goto(`${site.url}${R}/statements/financial-summary/`);
    const box = page.locator('.statement').first();
    const label = page.locator('#adjusted-ebitda th');
    expect(await box.evaluate((b) => b.scrollWidth > b.clientWidth)).toBe(true);
    await expect(page.locator('.statement-block .more').first().isVisible()).resolves.toBe(true);
    const before = await label.boundingBox();
    await box.evaluate((b) => b.scrollBy(400, 0));
    const after = await label.boundingBox();
    expect(after!.x).toBeCloseTo(before!.x, 0);
    await page.close();
  });

  it('on a phone a permalink to a cell shows the cell with its row label and column header', async () => {
    const page = await off.newPage({ width: 390, height: 844 });
    await page.goto(`${site.url}${R}/statements/financial-summary/#adjusted-ebitda/2010-q2-vs-2010-q1`);
    const cell = page.locator(':target');
    await expect(cell.evaluate((el) => el.tagName)).resolves.toBe('TD');
    const c = (await cell.boundingBox())!;
    const row = (await page.locator('#adjusted-ebitda th').boundingBox())!;
    const index = await cell.evaluate((el) => [...el.parentElement!.children].indexOf(el));
    const header = (await page.locator(`.statement thead tr > :nth-child(${index + 1})`).boundingBox())!;
    const view = { width: 390, height: 844 };
    for (const r of [c, row, header]) {
      expect(r.x).toBeGreaterThanOrEqual(-1);
      expect(r.x + r.width).toBeLessThanOrEqual(view.width + 1);
      expect(r.y).toBeGreaterThanOrEqual(-1);
      expect(r.y + r.height).toBeLessThanOrEqual(view.height + 1);
    }
    // The label is beside the cell, not over it; the header above it.
    expect(row.x + row.width).toBeLessThanOrEqual(c.x + 1);
    expect(header.y + header.height).toBeLessThanOrEqual(c.y + 1);
    // The header of the followed column is lit.
    await expect(page.locator(`.statement thead tr > :nth-child(${index + 1})`).evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.not.toBe(
      await page.locator('.statement thead tr > :nth-child(2)').evaluate((el) => getComputedStyle(el).backgroundColor),
    );
    await page.close();
  });

  it("a followed check permalink is the highlighted target on its kind's page, with its explanation", async () => {
    const page = await off.newPage();
    const id = 'growth/financial-summary/adjusted-ebitda/2010-q2-vs-2009-q2';
    await page.goto(`${site.url}${R}/checks/growth/#${id}`);
    const target = page.locator(':target');
    await expect(target.getAttribute('id')).resolves.toBe(id);
    await expect(target.evaluate((el) => getComputedStyle(el.firstElementChild!).backgroundColor)).resolves.not.toBe(
      await page.locator('tr.c:not(:target) > th').first().evaluate((el) => getComputedStyle(el).backgroundColor),
    );
    const detail = page.locator(':target + tr.detail');
    await expect(detail.isVisible()).resolves.toBe(true);
    await expect(detail.textContent()).resolves.toMatch(/Printed 32 \(±0\.5\) and computed 46\.45…/);
    await page.close();
  });

  it('a check permalink of the checks page itself (the address before kind pages) still lands on the check, whose title leads to its explanation', async () => {
    const page = await off.newPage();
    const id = 'growth/financial-summary/adjusted-ebitda/2010-q2-vs-2009-q2';
    await page.goto(`${site.url}${R}/checks/#${id}`);
    const target = page.locator(':target');
    await expect(target.getAttribute('id')).resolves.toBe(id);
    await expect(target.isVisible()).resolves.toBe(true);
    // The row cuts the recomputed value as its sentence does: 46.45… in both, never 46.46% beside 46.45….
    await expect(target.textContent()).resolves.toMatch(/32%.*46\.45…%.*−14\.45… pts/);
    await target.locator('th a').click();
    await page.waitForURL(`**/checks/growth/#${id}`);
    await expect(page.locator(':target + tr.detail').textContent()).resolves.toMatch(/Printed 32 \(±0\.5\) and computed 46\.45…/);
    await page.close();
  });

  it('the checks page filters by verdict without JavaScript, and no figure a reader sees has more than six decimals', async () => {
    const page = await off.newPage();
    await page.goto(`${site.url}${R}/checks/`);
    const visibleRows = () => page.locator('tr.c:visible').count();
    const all = await visibleRows();
    await page.locator('.filters a[href="#only-mismatch"]').click();
    expect(await visibleRows()).toBe(4);
    await expect(page.locator('tr.c:visible').evaluateAll((rows) => rows.every((r) => r.classList.contains('mismatch')))).resolves.toBe(true);
    await page.locator('.filters a[href="#all"]').click();
    expect(await visibleRows()).toBe(all);
    const text = await page.locator('main').innerText();
    expect(text.match(/\d\.\d{7,}/g)).toBeNull();
    await page.close();
  });

  it('on a phone the checks page shows the checks that do not tie out first; "Show all" and every permalink show the rest', async () => {
    const page = await off.newPage({ width: 390, height: 844 });
    await page.goto(`${site.url}${R}/checks/`);
    await expect(page.locator('.problems-note').isVisible()).resolves.toBe(true);
    await expect(page.locator('tr.c:visible').evaluateAll((rows) => rows.length > 0 && rows.every((r) => r.matches('.mismatch, .unverifiable')))).resolves.toBe(true);
    const problems = await page.locator('tr.c:visible').count();
    await page.locator('.problems-note a[href="#all"]').click();
    expect(await page.locator('tr.c:visible').count()).toBeGreaterThan(problems);
    await expect(page.locator('.problems-note').isVisible()).resolves.toBe(false);
    // A link to a check that ties out lands on it.
    await page.goto(`${site.url}${R}/checks/#footing/balance-sheet/total-assets/2010-06-30`);
    await expect(page.locator(':target').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('on a phone a provenance popover sits beside its figure, never over it, and within the screen', async () => {
    const page = await off.newPage({ width: 390, height: 844 });
    for (const path of [`${R}/statements/financial-summary/`, `${R}/statements/balance-sheet/`]) {
      await page.goto(`${site.url}${path}`);
      const buttons = page.locator('.statement button.fv');
      const n = await buttons.count();
      for (const i of [0, Math.floor(n / 2), n - 1]) {
        const button = buttons.nth(i);
        await button.scrollIntoViewIfNeeded();
        await button.click();
        const popover = page.locator(`#${await button.getAttribute('popovertarget')}`);
        await expect(popover.isVisible()).resolves.toBe(true);
        const [b, p] = [(await button.boundingBox())!, (await popover.boundingBox())!];
        const overlaps = b.x < p.x + p.width && p.x < b.x + b.width && b.y < p.y + p.height && p.y < b.y + b.height;
        expect(overlaps, `${path} figure ${i}`).toBe(false);
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x + p.width).toBeLessThanOrEqual(390);
        // Above its figure where below would run off the screen.
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y + p.height).toBeLessThanOrEqual(844);
        // Nothing inside runs past its edge.
        await expect(popover.evaluate((el) => el.scrollWidth <= el.clientWidth)).resolves.toBe(true);
        await page.keyboard.press('Escape');
      }
    }
    await page.close();
  });

  it('on paper a long statement starts under its title and runs on, and the checks page prints a line a check (A4 and Letter)', async () => {
    // Each sheet's printable box at 96 px to the inch: the paper less site.css's @page margins (12 mm a side, 14 mm top, 16 mm bottom).
    const SHEETS = { A4: { width: 703, height: 1009 }, Letter: { width: 725, height: 943 } } as const;
    const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
    for (const format of ['A4', 'Letter'] as const) {
      const page = await off.newPage(SHEETS[format]);
      for (const path of [`${R}/statements/cash-flows/`, `${R}/statements/balance-sheet/`]) {
        await page.goto(`${site.url}${path}`);
        await page.emulateMedia({ media: 'print' });
        const height = await page.evaluate(() => document.body.getBoundingClientRect().bottom);
        await page.emulateMedia({ media: null }); // page.pdf prints with print media unless another is emulated
        // As many sheets as the content needs (give or take a row kept whole at a sheet's foot): none left
        // with the title alone and the table moved to the next, which the balance sheet's three sheets were.
        expect(pdfPages(await page.pdf({ format })), `${path} on ${format}`).toBeLessThanOrEqual(Math.ceil(height / (SHEETS[format].height * 0.97)));
      }
      await page.goto(`${site.url}${R}/checks/`);
      await page.emulateMedia({ media: 'print' });
      const rows = page.locator('tr.c');
      const heights = await rows.evaluateAll((trs) => trs.map((tr) => tr.getBoundingClientRect().height));
      // A row a check (not a phone's block of four lines), on one or two lines but for the longest titles.
      expect(heights.filter((h) => h < 36).length / heights.length, `checks on two lines at most on ${format}`).toBeGreaterThan(0.75);
      await page.emulateMedia({ media: null }); // page.pdf prints with print media unless another is emulated
      // 210 checks on 9 sheets (23 before): some two dozen a sheet at least.
      expect(pdfPages(await page.pdf({ format }))).toBeLessThanOrEqual(Math.ceil(heights.length / 22));
      await page.close();
    }
  });

  it('a reconciliation row permalink lands on its row', async () => {
    const page = await off.newPage();
    await page.goto(`${site.url}${R}/adjusted-ebitda/#stock-based-compensation`);
    await expect(page.locator(':target').evaluate((el) => el.tagName)).resolves.toBe('TR');
    await page.close();
  });

  it("a figure's source link lands on the figure itself in the source page", async () => {
    const page = await off.newPage();
    await page.goto(`${site.url}${R}/source/#L26C44`);
    const target = page.locator(':target');
    await expect(target.textContent()).resolves.toBe('32%');
    await expect(target.evaluate((el) => el.closest('td') !== null)).resolves.toBe(true);
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/<u>|\\\$/);
    await page.close();
  });

  it('an anchor link appears when it gets keyboard focus', async () => {
    const page = await off.newPage();
    await page.goto(`${site.url}${R}/statements/cash-flows/`);
    const anchor = page.locator('tr .anchor').first();
    await expect(anchor.evaluate((el) => getComputedStyle(el).opacity)).resolves.toBe('0');
    await anchor.focus();
    await expect(anchor.evaluate((el) => getComputedStyle(el).opacity)).resolves.toBe('1');
    await page.close();
  });

  it('a skip link leads to the content, and the current page is marked in the navigation', async () => {
    const page = await off.newPage();
    await page.goto(`${site.url}${R}/checks/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip');
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(skip.isVisible()).resolves.toBe(true);
    await expect(page.locator('header nav a[aria-current="page"]').textContent()).resolves.toBe('Checks');
    await page.close();
  });

  it('a notebook can hide all its code without JavaScript', async () => {
    const page = await off.newPage();
    await page.goto(`${site.url}${R}/adjusted-ebitda/`);
    await expect(page.locator('pre.code').first().isVisible()).resolves.toBe(true);
    await page.locator('#hide-code').check();
    await expect(page.locator('pre.code:visible').count()).resolves.toBe(0);
    await expect(page.locator('.nb-output').first().isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('on paper a notebook leaves its code out and keeps its commentary, outputs, charts and cell labels, whatever the switch says', async () => {
    const page = await off.newPage();
    await page.goto(`${site.url}${R}/adjusted-ebitda/`);
    for (const hide of [false, true]) {
      await page.emulateMedia({ media: 'screen' });
      await page.locator('#hide-code').setChecked(hide);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('pre.code:visible').count()).resolves.toBe(0);
      await expect(page.locator('.nb-in:visible').count()).resolves.toBe(0);
      const outputs = await page.locator('.nb-out').count();
      expect(outputs).toBeGreaterThan(3);
      await expect(page.locator('.nb-out .nb-output:visible').count()).resolves.toBe(outputs);
      await expect(page.locator('.nb-out figure.chart:visible').count()).resolves.toBeGreaterThan(0);
      const labels = await page.locator('.nb-out .nb-prompt').evaluateAll((ps) => ps.map((p) => ({ text: p.textContent, visibility: getComputedStyle(p).visibility, shown: p.getBoundingClientRect().width > 0 })));
      expect(labels).toHaveLength(outputs);
      for (const l of labels) expect(l).toMatchObject({ text: expect.stringMatching(/^Out\s\[\d+\]$/), visibility: 'visible', shown: true });
      await expect(page.locator('main > p:visible, main .nb-cell ~ p:visible').count()).resolves.toBeGreaterThan(3);
    }
    // Back on screen, the code shows again unless the switch hides it.
    await page.emulateMedia({ media: 'screen' });
    await page.locator('#hide-code').setChecked(false);
    await expect(page.locator('pre.code').first().isVisible()).resolves.toBe(true);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      it(`a chart a cell draws with a bare Plot.plot is sized for the column and drawn in the site's type and colours (${scheme}, ${width} px)`, async () => {
        const page = await off.newPage({ width, height: 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${site.url}${R}/segment-profit/`);
        const chart = await page.locator('#margin-bars .nb-output').evaluate((output) => {
          const svg = [...output.querySelectorAll('svg[role="img"]')].find((s) => s.getBoundingClientRect().width > 0)!;
          const probe = document.createElement('span');
          probe.style.color = 'var(--chart-1)';
          output.append(probe);
          const series = getComputedStyle(probe).color;
          probe.remove();
          const bars = [...svg.querySelectorAll('[data-mark="bar"] rect')].map((r) => getComputedStyle(r).fill);
          const title = output.querySelector('.plot-figure h2');
          const box = svg.getBoundingClientRect();
          const column = output.getBoundingClientRect();
          return {
            bars,
            series,
            text: getComputedStyle(svg.querySelector('text')!).fill,
            fg: getComputedStyle(document.body).color,
            font: getComputedStyle(svg).fontFamily,
            bodyFont: getComputedStyle(document.body).fontFamily,
            titleSize: title ? Number.parseFloat(getComputedStyle(title).fontSize) : null,
            bodySize: Number.parseFloat(getComputedStyle(document.body).fontSize),
            left: box.left - column.left,
            width: box.width,
            column: column.width,
          };
        });
        // Bars in the site's first series colour of this scheme (not the text colour), axes in the text colour, the site's type.
        expect(chart.bars).toHaveLength(3);
        for (const fill of chart.bars) expect(fill).toBe(chart.series);
        expect(chart.series).not.toBe(chart.fg);
        expect(chart.text).toBe(chart.fg);
        expect(chart.font).toBe(chart.bodyFont);
        // Its title no larger than the text around it (Plot makes it an <h2>, which the page's headings would blow up).
        expect(chart.titleSize).not.toBeNull();
        expect(chart.titleSize!).toBeLessThanOrEqual(chart.bodySize);
        // Flush with the column (no figure margins), as wide as the column up to 40rem.
        expect(Math.abs(chart.left)).toBeLessThanOrEqual(1);
        expect(chart.width).toBeCloseTo(Math.min(chart.column, 40 * 16), 0);
        await page.close();
      });
    }
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`the company page's key figures look like the links they are (${scheme}): underlined as the site's figure links are, legible, and axe finds nothing`, async () => {
      const page = await on.newPage({ width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${site.url}company/inap/`);
      const links = await page.locator('.kf-table a.fv').evaluateAll((as) =>
        as.map((a) => {
          const s = getComputedStyle(a);
          return { line: s.textDecorationLine, style: s.textDecorationStyle, color: s.color, page: getComputedStyle(document.body).backgroundColor };
        }),
      );
      expect(links.length).toBeGreaterThan(5);
      // The dotted underline of a figure link in running text (a notebook's <Fig>, .fv).
      for (const l of links) {
        expect(l.line).toContain('underline');
        expect(l.style).toBe('dotted');
        expect(contrast(l.color, l.page)).toBeGreaterThanOrEqual(4.5);
      }
      expect(await axeViolations(page)).toEqual([]);
      // Under the pointer the underline turns solid, as a link's does.
      await page.locator('.kf-table a.fv').first().hover();
      expect(await page.locator('.kf-table a.fv').first().evaluate((a) => getComputedStyle(a).textDecorationStyle)).toBe('solid');
      await page.close();
    });
  }

  describe('search (JavaScript on)', () => {
    const results = async (page: Page, query: string) => {
      await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => /results? for|Nothing matches/.test(document.getElementById('search-status')!.textContent!));
      return page.locator('#search-results li a').evaluateAll((links) => links.map((a) => ({ text: a.textContent!, href: a.getAttribute('href')! })));
    };

    it('finds a figure, a check and a notebook, each at its permalink', async () => {
      const page = await on.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      expect(await results(page, '60,525')).toContainEqual(expect.objectContaining({ href: `/${R}/statements/financial-summary/#total-revenues/2010-q2` }));
      expect(await results(page, 'adjusted EBITDA growth')).toContainEqual(
        expect.objectContaining({ href: `/${R}/checks/growth/#growth/financial-summary/adjusted-ebitda/2010-q2-vs-2009-q2` }),
      );
      expect(await results(page, 'normalized net income bridge')).toContainEqual(expect.objectContaining({ href: `/${R}/normalized-net-income/` }));
      expect(errors).toEqual([]);
      await page.close();
    });

    it('finds a figure or a check once, at its own page, not again on the page of every table or every check', async () => {
      const page = await on.newPage();
      const hrefs = [...(await results(page, '60,525')), ...(await results(page, 'adjusted EBITDA growth'))].map((r) => r.href);
      expect(hrefs).toContain(`/${R}/statements/financial-summary/#total-revenues/2010-q2`);
      expect(hrefs).toContain(`/${R}/checks/growth/#growth/financial-summary/adjusted-ebitda/2010-q2-vs-2009-q2`);
      // A figure's or a check's id has a slash (`total-revenues/2010-q2`); the pages' own sections do not (`#growth`).
      const itemOn = (page: string) => (h: string) => h.startsWith(`/${R}/${page}/#`) && h.split('#')[1]!.includes('/');
      expect(hrefs.filter((h) => itemOn('statements')(h) || itemOn('checks')(h))).toEqual([]);
      await page.close();
    });

    it('the search box of every page submits to it', async () => {
      const page = await on.newPage();
      await page.goto(`${site.url}${R}/`);
      await page.locator('#site-search').fill('segment margin');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=segment/);
      await page.waitForFunction(() => /results? for/.test(document.getElementById('search-status')!.textContent!));
      expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
      await page.close();
    });
  });
});
