/**
 * The page as a professional report lays it out, measured in Chromium (JavaScript off, as
 * the pages need none): chart text legible on a phone and not blown up on a desktop, axis
 * labels clear of each other; the overview's headline figures whole on a phone, its
 * mismatch on screen; on paper, table headers no larger than their figures, a hung
 * parenthesis clear of its verdict mark, and a table's title and unit kept with the table.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pages } from '../../scripts/permalinks.ts';
import { launchBrowser, type Browser } from '../support/browser.ts';
import { distDir, serveSite, type SiteServer } from '../support/site.ts';

const R = 'inap-2010-q2';
const PAGES = pages(distDir).map((p) => p.url.slice(1));

/**
 * Every chart drawing the reader sees: its text's size on screen and where its axis labels fall.
 * A notebook cell's own `Plot.plot` (a bare chart in `.nb-output`, as the README writes it) is
 * measured too, not only the charts the site's helpers put in a `figure.chart`.
 */
function visibleCharts(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure.chart svg[role="img"], .nb-output svg[role="img"]')]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) => {
        const s = svg as SVGSVGElement;
        const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
        const axis = (name: string) =>
          [...s.querySelectorAll(`g[aria-label="${name}"] text`)]
            .map((t) => t.getBoundingClientRect())
            .filter((r) => r.width > 0)
            .map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom }));
        return {
          title: s.getAttribute('aria-label') ?? '',
          fontPx: Number.parseFloat(getComputedStyle(s).fontSize) * scale,
          x: axis('x-axis tick label'),
          y: axis('y-axis tick label'),
        };
      }),
  );
}

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('layout of a professional report', () => {
  let site: SiteServer;
  let browser: Browser;
  beforeAll(async () => {
    site = await serveSite();
    browser = await launchBrowser({ javaScript: false });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const width of [360, 390, 1280]) {
    it(`charts at ${width} px: text between 10 and 13.5 px on screen, and no two labels of an axis overlap`, async () => {
      const page = await browser.newPage({ width, height: 800 });
      const failures: string[] = [];
      let seen = 0;
      const titles = new Set<string>();
      for (const url of PAGES) {
        await page.goto(site.url + url);
        for (const chart of await visibleCharts(page)) {
          seen++;
          titles.add(chart.title);
          if (chart.fontPx < 10 || chart.fontPx > 13.5) failures.push(`${url} ${chart.title}: text ${chart.fontPx.toFixed(1)} px`);
          for (const [name, labels] of [['x', chart.x], ['y', chart.y]] as const) {
            for (let i = 0; i < labels.length; i++) {
              for (let j = i + 1; j < labels.length; j++) {
                if (overlaps(labels[i]!, labels[j]!)) failures.push(`${url} ${chart.title}: ${name}-axis labels ${i + 1} and ${j + 1} overlap`);
              }
            }
          }
        }
      }
      expect(seen).toBeGreaterThanOrEqual(8);
      // A cell's bare Plot.plot (segment-profit's margin-bars) is among them.
      expect(titles).toContain('Total segment margin by quarter, percent');
      expect(failures).toEqual([]);
      await page.close();
    }, 120_000);
  }

  for (const width of [360, 390]) {
    it(`on a ${width} px phone the overview's headline figures show every column, the printed growth that does not tie out on screen`, async () => {
      const page = await browser.newPage({ width, height: 800 });
      await page.goto(`${site.url}${R}/`);
      const fit = await page.locator('table.headline').evaluate((table) => {
        const wrap = table.closest('.table-wrap')!;
        const marks = [...table.querySelectorAll('.printed-growth .vm.mismatch')].map((m) => m.getBoundingClientRect().right);
        return { scroll: wrap.scrollWidth - wrap.clientWidth, marks, screen: window.innerWidth };
      });
      expect(fit.scroll).toBeLessThanOrEqual(0);
      expect(fit.marks.length).toBeGreaterThan(0);
      for (const right of fit.marks) expect(right).toBeLessThanOrEqual(fit.screen);
      await page.close();
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`on a phone a check followed by its permalink is highlighted whole, the gaps between its labelled figures too (${scheme})`, async () => {
      const page = await browser.newPage({ width: 390, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${site.url}${R}/checks/growth/`);
      const id = await page.locator('table.checks tr.c.mismatch').first().getAttribute('id');
      await page.goto(`${site.url}${R}/checks/growth/#${id}`);
      const seen = await page.locator('table.checks tr.c:target').evaluate((row) => {
        // The colour a reader sees at a point: the first painted background from the element there up.
        const paint = (x: number, y: number) => {
          for (let e: Element | null = document.elementFromPoint(x, y); e; e = e.parentElement) {
            const bg = getComputedStyle(e).backgroundColor;
            if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
          }
          return 'none';
        };
        const cells = [...row.querySelectorAll('td.num')].map((td) => td.getBoundingClientRect());
        const title = row.querySelector('th')!.getBoundingClientRect();
        return {
          title: paint(title.left + 2, title.top + 2),
          gaps: cells.map((r) => paint(r.right + 4, r.top + r.height / 2)),
        };
      });
      expect(seen.gaps.length).toBeGreaterThan(0);
      for (const gap of seen.gaps) expect(gap).toBe(seen.title);
      await page.close();
    });
  }

  it('on a phone a wide statement’s cue says how many of its figures do not tie out, as they may be in the columns off screen', async () => {
    const page = await browser.newPage({ width: 390, height: 844 });
    await page.goto(`${site.url}${R}/statements/financial-summary/`);
    const cue = page.locator('.statement-block .more').first();
    expect(await cue.isVisible()).toBe(true);
    expect(await cue.textContent()).toBe('5 columns, 4 mismatches: scroll sideways →');
    // As many as the table marks.
    expect(await page.locator('.statement .fv.mismatch').count()).toBe(4);
    await page.close();
  });

  it('on a desktop a statement of two or three columns keeps its figures within reach of their labels; a wider one spans the page', async () => {
    const page = await browser.newPage({ width: 1280, height: 800 });
    const widths: Record<string, { table: number; columns: number; page: number }> = {};
    for (const table of ['statement-of-operations', 'balance-sheet', 'adjusted-ebitda', 'financial-summary']) {
      await page.goto(`${site.url}${R}/statements/${table}/`);
      widths[table] = await page.locator('.statement table').evaluate((t) => ({
        table: t.getBoundingClientRect().width,
        columns: t.querySelectorAll('thead th').length,
        page: document.querySelector('main')!.getBoundingClientRect().width,
      }));
    }
    for (const table of ['statement-of-operations', 'balance-sheet', 'adjusted-ebitda']) {
      expect(widths[table]!.columns).toBeLessThanOrEqual(3);
      // The last figure ends no more than 56rem from the label's start, although the page is wider.
      expect(widths[table]!.table).toBeLessThanOrEqual(56 * 16);
      expect(widths[table]!.page).toBeGreaterThan(56 * 16 + 100);
    }
    expect(widths['financial-summary']!.columns).toBe(5);
    expect(widths['financial-summary']!.table).toBeGreaterThan(56 * 16);
    await page.close();
  });

  const RELEASE_PAGES = [`${R}/`, `${R}/statements/`, `${R}/statements/balance-sheet/`, `${R}/adjusted-ebitda/`, `${R}/checks/`, `${R}/claims/`, `${R}/source/`];

  for (const width of [360, 390]) {
    it(`on a ${width} px phone the release's navigation is one line that scrolls sideways, fades at an edge with more behind it, and shows the current page`, async () => {
      const page = await browser.newPage({ width, height: 700 });
      for (const url of RELEASE_PAGES) {
        await page.goto(site.url + url);
        const nav = await page.evaluate(() => {
          const nav = document.querySelector('header.site nav')!;
          const ul = nav.querySelector('ul')!;
          const box = ul.getBoundingClientRect();
          const tops = new Set([...ul.children].map((li) => Math.round(li.getBoundingClientRect().top)));
          const current = ul.querySelector('[aria-current]')!.getBoundingClientRect();
          const fade = getComputedStyle(nav, '::after');
          return {
            lines: tops.size,
            header: document.querySelector('header.site')!.getBoundingClientRect().height,
            scrolls: ul.scrollWidth > ul.clientWidth,
            atEnd: ul.scrollLeft + ul.clientWidth >= ul.scrollWidth - 1,
            fade: fade.backgroundImage.includes('gradient') && Number.parseFloat(fade.width) > 8,
            current: { left: current.left - box.left, right: box.right - current.right },
            page: document.documentElement.scrollWidth,
          };
        });
        expect(nav.lines, url).toBe(1);
        expect(nav.header, url).toBeLessThan(110);
        expect(nav.page, url).toBeLessThanOrEqual(width);
        // More entries than the screen holds: the line scrolls, and a fade at the right edge says so.
        expect(nav.scrolls, url).toBe(true);
        expect(nav.fade, url).toBe(true);
        // The current entry is wholly in view (scrolled to where the page opens), clear of the fade unless the line is scrolled to its end.
        expect(nav.current.left, url).toBeGreaterThanOrEqual(0);
        expect(nav.current.right, url).toBeGreaterThanOrEqual(nav.atEnd ? 0 : 16);
      }
      await page.close();
    });
  }

  it('on a phone every entry of the navigation is reached by Tab and scrolled into view; on a desktop the navigation is one line that does not scroll', async () => {
    // Chromium scrolls a focused entry into view only when it is wholly outside the line's box less
    // its scroll-padding; one cut at the edge was left cut ('As published' at 390 px). The line's
    // padding leaves no box to be partly inside, so this holds for labels of any width, both ways.
    const page = await browser.newPage({ width: 390, height: 700 });
    for (const widen of [false, true]) {
      await page.goto(`${site.url}${R}/`);
      if (widen) await page.evaluate(() => document.querySelectorAll('header.site nav > ul > li > a').forEach((a) => (a.textContent = `${a.textContent} ${a.textContent}`)));
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement!;
          const ul = document.querySelector('header.site nav ul')!;
          if (!ul.contains(el)) return null;
          const r = el.getBoundingClientRect();
          const box = ul.getBoundingClientRect();
          return { text: el.textContent!.trim(), inView: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 };
        });
      const reached: string[] = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const focus = await focused();
        if (focus) {
          expect(focus.inView, `${focus.text}${widen ? ' (widened)' : ''}`).toBe(true);
          reached.push(focus.text);
        }
      }
      if (!widen) expect(reached).toEqual(['INAP Q2 2010', 'Statements', 'Notebooks', 'Checks', 'Claims', 'As published', 'Source']);
      const back: string[] = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Shift+Tab');
        const focus = await focused();
        if (focus) {
          expect(focus.inView, `${focus.text}, backwards${widen ? ' (widened)' : ''}`).toBe(true);
          back.push(focus.text);
        }
      }
      expect(back).toEqual([...reached].reverse());
    }
    await page.close();
    const desk = await browser.newPage({ width: 1280, height: 700 });
    await desk.goto(`${site.url}${R}/`);
    const line = await desk.evaluate(() => {
      const ul = document.querySelector('header.site nav ul')!;
      return { tops: new Set([...ul.children].map((li) => Math.round(li.getBoundingClientRect().top))).size, scrolls: ul.scrollWidth > ul.clientWidth };
    });
    expect(line).toEqual({ tops: 1, scrolls: false });
    await desk.close();
  });

  it('a statement’s column header wraps between periods, never inside one ("Q2 2009", "December 31,"), on a phone and a desktop', async () => {
    for (const width of [360, 1280]) {
      const page = await browser.newPage({ width, height: 800 });
      const broken: string[] = [];
      let periods = 0;
      for (const url of PAGES.filter((u) => u.startsWith(`${R}/statements/`))) {
        await page.goto(site.url + url);
        const spans = await page.evaluate(() =>
          [...document.querySelectorAll('.statement thead th')].flatMap((th) => {
            const lines = (node: Node) => {
              const range = document.createRange();
              range.selectNodeContents(node);
              return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size;
            };
            return [...th.querySelectorAll('.nw')].map((span) => ({ text: span.textContent!, lines: lines(span), header: th.textContent! }));
          }),
        );
        periods += spans.length;
        broken.push(...spans.filter((s) => s.lines > 1).map((s) => `${url} at ${width} px: "${s.text}" in "${s.header}"`));
      }
      expect(periods).toBeGreaterThan(10);
      expect(broken).toEqual([]);
      await page.close();
    }
  });

  it('on a phone a statement’s caption ("LIABILITIES AND STOCKHOLDERS’ EQUITY") wraps between words, never inside one', async () => {
    for (const width of [360, 390]) {
      const page = await browser.newPage({ width, height: 800 });
      const broken: string[] = [];
      let words = 0;
      for (const url of PAGES.filter((u) => u.startsWith(`${R}/statements/`))) {
        await page.goto(site.url + url);
        const found = await page.evaluate(() =>
          [...document.querySelectorAll('.statement tr.section > th')].flatMap((th) => {
            const text = th.firstChild;
            if (!text || text.nodeType !== Node.TEXT_NODE) return [];
            // Each word of the caption's text (a hyphen may end a line: "(non-" / "GAAP)"), and on how many lines it is drawn.
            return [...text.textContent!.matchAll(/[^\s\-‐–—]+/g)].map((m) => {
              const range = document.createRange();
              range.setStart(text, m.index);
              range.setEnd(text, m.index + m[0].length);
              const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size;
              return { word: m[0], lines, caption: text.textContent! };
            });
          }),
        );
        words += found.length;
        broken.push(...found.filter((w) => w.lines > 1).map((w) => `${url} at ${width} px: "${w.word}" in "${w.caption}"`));
      }
      expect(words).toBeGreaterThan(20);
      expect(broken).toEqual([]);
      await page.close();
    }
  });

  it('a list of tables in two columns leaves its second column’s numbers clear of the first column’s titles, on a desktop', async () => {
    // PNC's first-quarter 2022 release (../shared/corpus/pnc-2022-q1.htm) has 23 tables, the first titled by the
    // paragraph above it: its words ran under the "12." of the second column. The bundled release's titles are short, so
    // its list is given PNC's count and first title here, as its statements index lists them.
    const page = await browser.newPage({ width: 1280, height: 800 });
    for (const url of [`${R}/`, `${R}/statements/`]) {
      await page.goto(site.url + url);
      const found = await page.evaluate(() => {
        const ol = document.querySelector<HTMLOListElement>('ol.toc')!;
        const first = ol.querySelector('li')!;
        first.querySelector('a')!.textContent =
          'PNC REPORTS FIRST QUARTER 2022 NET INCOME OF $1.4 BILLION, $3.23 DILUTED EPS OR $3.29 AS ADJUSTED Grew loans; controlled expenses; maintained strong credit quality';
        while (ol.children.length < 23) ol.append(first.cloneNode(true));
        const items = [...ol.querySelectorAll('li')];
        const left = Math.min(...items.map((li) => li.getBoundingClientRect().left));
        const second = items.filter((li) => li.getBoundingClientRect().left > left + 1);
        // The first column's text reaches its right edge; the second's markers stand left of their items.
        const right = Math.max(...items.filter((li) => !second.includes(li)).flatMap((li) => [...li.getClientRects()].map((r) => r.right)));
        const probe = document.createElement('span');
        probe.textContent = '23.\u00a0';
        second.at(-1)!.append(probe);
        const marker = probe.getBoundingClientRect().width;
        return { columns: second.length > 0, gap: Math.min(...second.map((li) => li.getBoundingClientRect().left)) - right, marker };
      });
      expect(found.columns, url).toBe(true);
      expect(found.gap, `${url}: the numbers of the second column need ${found.marker} px`).toBeGreaterThanOrEqual(found.marker);
    }
    await page.close();
  });

  it('the claims page marks a linked number with the site’s verdict glyph at the size of the text beside it, not a superscript', async () => {
    const page = await browser.newPage({ width: 1280, height: 800 });
    await page.goto(`${site.url}${R}/claims/`);
    const marks = await page.evaluate(() =>
      [...document.querySelectorAll('.prose button.claim')].map((b) => {
        const mark = b.querySelector('.vm')!;
        const glyph = mark.querySelector('.g')!;
        const text = b.getBoundingClientRect();
        const g = glyph.getBoundingClientRect();
        return {
          verdict: [...b.classList].find((c) => ['exact', 'rounding', 'mismatch', 'unverifiable'].includes(c)),
          glyph: glyph.textContent,
          align: getComputedStyle(mark).verticalAlign,
          ratio: g.height / Number.parseFloat(getComputedStyle(b).fontSize),
          // The glyph sits on the line, beside the number: its middle within the number's line box.
          centred: g.top + g.height / 2 > text.top + text.height * 0.3 && g.top + g.height / 2 < text.bottom - text.height * 0.2,
        };
      }),
    );
    expect(marks.length).toBeGreaterThan(40);
    const GLYPH = { exact: '✓', rounding: '≈', mismatch: '✗', unverifiable: '?' } as Record<string, string>;
    for (const m of marks) {
      expect(m.glyph).toBe(GLYPH[m.verdict!]);
      expect(m.align).not.toBe('super');
      expect(m.ratio).toBeGreaterThanOrEqual(0.9);
      expect(m.centred).toBe(true);
    }
    await page.close();
  });

  describe('on paper', () => {
    let page: Page;
    beforeAll(async () => {
      page = await browser.newPage({ width: 720, height: 1000 });
      await page.emulateMedia({ media: 'print' });
    });
    afterAll(async () => {
      await page?.close();
    });

    it('every printed sheet has a running footer: the release (or the site) at the left, "page / pages" at the right', async () => {
      const footer = async (url: string) => {
        await page.goto(site.url + url);
        return page.evaluate(() => {
          const boxes: Record<string, string> = {};
          for (const sheet of [...document.styleSheets]) {
            if (sheet.media.mediaText && !sheet.media.mediaText.includes('print')) continue;
            const walk = (rules: CSSRuleList) => {
              for (const rule of [...rules]) {
                if (rule instanceof CSSMediaRule && !/print/.test(rule.conditionText)) continue;
                if (rule instanceof CSSPageRule || rule instanceof CSSMediaRule) walk(rule.cssRules);
                else if (rule.constructor.name === 'CSSMarginRule') {
                  // A margin box (@bottom-left…); TypeScript's DOM types do not have CSSMarginRule yet.
                  const { name, style } = rule as unknown as { name: string; style: CSSStyleDeclaration };
                  const content = style.getPropertyValue('content');
                  const important = style.getPropertyPriority('content') === 'important';
                  if (content && (important || !boxes[`${name}!`])) {
                    boxes[name] = content;
                    if (important) boxes[`${name}!`] = '1';
                  }
                }
              }
            };
            walk(sheet.cssRules);
          }
          return { left: boxes['bottom-left'], right: boxes['bottom-right'], link: document.querySelector('link[rel="stylesheet"][media="print"]')?.getAttribute('href') ?? null };
        });
      };
      const statements = await footer(`${R}/statements/`);
      expect(statements).toEqual({ left: '"INAP Q2 2010 · tieout"', right: 'counter(page) " / " counter(pages)', link: `/${R}/print.css` });
      expect(await footer(`${R}/adjusted-ebitda/`)).toEqual(statements);
      // A page of no release names the site.
      expect(await footer('')).toEqual({ left: '"tieout"', right: 'counter(page) " / " counter(pages)', link: null });
    });

    it('row labels on paper: a label of up to 30 characters keeps to one line, a longer one that wraps hangs its next lines under the first', async () => {
      const problems: string[] = [];
      let wrapped = 0;
      for (const url of PAGES.filter((u) => u.startsWith(`${R}/statements/`))) {
        await page.goto(site.url + url);
        const labels = await page.evaluate(() =>
          [...document.querySelectorAll('.statement tbody th[scope="row"]')].map((th) => {
            // The label's own words (not a footnote mark raised above them, nor the anchor link), line by line.
            const lines = new Map<number, number>();
            const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.parentElement!.closest('sup, .anchor')) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              for (const r of range.getClientRects()) if (r.width > 0) lines.set(Math.round(r.bottom), Math.min(lines.get(Math.round(r.bottom)) ?? Infinity, r.left));
            }
            const lefts = [...lines.entries()].sort((a, b) => a[0] - b[0]).map(([, left]) => left);
            return { text: th.textContent!.replace('#', '').trim(), lefts };
          }),
        );
        for (const l of labels) {
          if (l.lefts.length > 1) wrapped++;
          if (l.text.length <= 30 && l.lefts.length > 1) problems.push(`${url}: "${l.text}" wraps`);
          if (l.lefts.slice(1).some((left) => left < l.lefts[0]! + 5)) problems.push(`${url}: "${l.text}" wraps without a hanging indent`);
        }
      }
      expect(wrapped).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });

    it('a statement’s column headers are set no larger than its figures', async () => {
      await page.goto(`${site.url}${R}/statements/`);
      const sizes = await page.evaluate(() =>
        [...document.querySelectorAll('.statement table')].map((t) => ({
          head: Number.parseFloat(getComputedStyle(t.querySelector('thead th')!).fontSize),
          figure: Number.parseFloat(getComputedStyle(t.querySelector('td.num')!).fontSize),
        })),
      );
      expect(sizes.length).toBeGreaterThan(3);
      for (const s of sizes) expect(s.head).toBeLessThanOrEqual(s.figure);
    });

    it('a table’s title, its unit line and the heading above are kept with the table (no break after them)', async () => {
      await page.goto(`${site.url}${R}/statements/`);
      const breaks = await page.evaluate(() =>
        [...document.querySelectorAll('.statement-block > p:not(.more), main h2')].map((e) => getComputedStyle(e).breakAfter),
      );
      expect(breaks.length).toBeGreaterThan(7);
      expect(new Set(breaks)).toEqual(new Set(['avoid']));
    });

    for (const [media, width] of [['print', 720], ['screen', 1280], ['screen', 390]] as const) {
      it(`a hung closing parenthesis never touches the verdict mark beside it (${media}, ${width} px)`, async () => {
        const tab = await browser.newPage({ width, height: 1000 });
        await tab.emulateMedia({ media });
        const touching: string[] = [];
        let measured = 0;
        for (const url of PAGES.filter((u) => u.startsWith(`${R}/statements/`) && u !== `${R}/statements/`)) {
          await tab.goto(site.url + url);
          const gaps = await tab.evaluate(() =>
            [...document.querySelectorAll('.statement .fv')].flatMap((fv) => {
              const hang = fv.querySelector('.hang');
              const mark = fv.querySelector('.vm');
              if (!hang || !mark) return [];
              return [{ text: fv.textContent ?? '', gap: mark.getBoundingClientRect().left - hang.getBoundingClientRect().right }];
            }),
          );
          measured += gaps.length;
          touching.push(...gaps.filter((g) => g.gap < 2).map((g) => `${url}: ${g.text} (${g.gap.toFixed(1)} px)`));
        }
        expect(measured).toBeGreaterThan(5);
        expect(touching).toEqual([]);
        await tab.close();
      });
    }
  });
});
