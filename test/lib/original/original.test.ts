import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { alignFigures, isFigureCell, markOf, originalHtml, originalText, safeDeclarations } from '../../../src/lib/original/index.ts';
import { importRelease } from '../../../src/lib/import/index.ts';
import { sharedReleases } from '../../support/golden.ts';

/** The page's HTML with every slot written as [digits]. */
const shown = (read: { parts: (string | number)[]; slotText: string[] }) => read.parts.map((p) => (typeof p === 'string' ? p : `[${read.slotText[p]}]`)).join('');

describe('isFigureCell: a cell whose whole text is a figure as printed', () => {
  test.each([
    ['5,931', true], ['$ (1,271)', true], ['(65', true], ['53.6%', true], ['Up 46%', true], ['Down 22.0 pts', true],
    ['$111.0 - $112.0', true], ['5% to 7%', true], ['390,000 (1)', true], ['2.61x', true],
    ['2022', false], ['Q2 FY23', false], ['Revenue', false], ['—', false], ['', false], ['May 1, 2022', false],
  ])('isFigureCell(%j) is %s', (text, expected) => {
    expect(isFigureCell(text)).toBe(expected);
  });
});

describe('safeDeclarations keeps layout and drops what could load, escape or recolour', () => {
  test.each([
    ['text-align: right; font-weight: bold', ['text-align:right', 'font-weight:bold']],
    ['padding-left: 10pt !important', ['padding-left:10pt']],
    ['border-bottom: 1px solid #000000', ['border-bottom:1px solid currentColor']],
    ['border-top: double 3px black', ['border-top:3px double currentColor']],
    ['width: 10%; max-width: 10%; min-width: 10%', ['width:10%']],
    ['width: 400px', []],
    ['background: url(https://evil.example/x.png)', []],
    ['background-image: url("x")', []],
    ['color: red; font-family: Arial; font-size: 8pt', []],
    ['padding-left: -4pt', []],
    ['text-indent: -9pt', ['text-indent:-9pt']],
    ['text-align: right}body{display:none', []],
    ['behavior: url(x.htc); x: expression(alert(1))', []],
    ['text-decoration: underline double', ['text-decoration:underline double']],
  ])('safeDeclarations(%j)', (style, expected) => {
    expect(safeDeclarations(style)).toEqual(expected);
  });
});

describe('originalHtml: the published HTML made safe, a slot on every figure of a table', () => {
  test('scripts, handlers, styles, images, frames, forms and links out are gone; text stays', () => {
    const read = originalHtml(
      '<html><head><style>td{color:red}</style><script>alert(1)</script><link rel=stylesheet href="https://x.example/a.css"></head>' +
        '<body onload="alert(1)"><p id="top" class="x" style="font-weight:bold;background:url(https://x.example/t.png)">Acme <a href="javascript:alert(1)">reports</a><img src="https://x.example/logo.png" alt="logo"></p>' +
        '<iframe src="https://x.example/"></iframe><svg><script>alert(2)</script></svg><form action="https://x.example"><input value="x"></form>' +
        '<table border=1 cellpadding=4 onclick="alert(3)"><tr><td align=right valign=bottom style="border-bottom:1px solid black">Revenue</td><td>$ 6,704</td></tr></table></body></html>',
    );
    const html = shown(read);
    expect(html).not.toMatch(/script|alert|onload|onclick|iframe|<img|<form|<input|<a |href|src=|url\(|x\.example|id="top"|class="x"|<style|<link/i);
    expect(html).toContain('Acme <span>reports</span>');
    expect(html).toContain('$ [6,704]');
    expect(read.figures).toEqual(['6704']);
    const css = read.css('.original');
    expect(css).toContain('font-weight:bold');
    expect(css).toContain('text-align:right;vertical-align:bottom;border-bottom:1px solid currentColor');
    expect(css).not.toMatch(/url|red/);
  });

  test('a cell printing a figure alone keeps it on one line (o-fc); a label with figures in its words wraps as words do', () => {
    // Internap's balance sheet prints its allowance inside the label: kept to one line, it pushed both dates' figures off a phone's screen.
    const html = shown(
      originalHtml(
        '<table><tr><td>Accounts receivable, net of allowance for doubtful accounts of $2,102 and $1,953, respectively</td><td>18,551</td><td>$ (1,271)</td></tr></table>',
      ),
    );
    const cells = [...html.matchAll(/<td([^>]*)>/g)].map((m) => /\bo-fc\b/.test(m[1]!));
    expect(cells).toEqual([false, true, true]);
  });

  test.each<[string, string, string[], RegExp | null]>([
    ['a class rule of the page\'s <style>', '<style>.rule-top { border-top: 1px solid #000 }</style><table><tr><td class="rule-top">5</td></tr></table>', ['border-top:1px solid currentColor'], null],
    ['a tag.class rule and a descendant rule', '<style>td.tot{border-bottom:3px double black} table.fin td{text-align:right}</style><table class="fin"><tr><td class="tot">5</td></tr></table>', ['border-bottom:3px double currentColor;text-align:right'], null],
    ['an id rule, in screen media', '<style>@media screen { #t1 td { padding-left: 0 } }</style><table id="t1"><tr><td>5</td></tr></table>', ['padding-left:0'], null],
    ['a rule for print only, or for a narrow window, is not the page as read', '<style>@media print{td{border-top:1px solid}} @media (max-width:600px){td{border-top:1px solid}}</style><table><tr><td>5</td></tr></table>', [], /border/],
    ['a hostile rule keeps nothing that loads, recolours or escapes', '<style>td.x{background:url(https://x.example/a.png);color:red;text-align:right}body{}</style><style>td.y{border-top:1px solid black}</style><table><tr><td class="x y">5</td></tr></table>', ['text-align:right;border-top:1px solid currentColor'], /url|red|x\.example/],
    // One reader with the import's (import/stylesheet.ts): what it cannot match, pseudo-classes and siblings, is left out.
    ['a selector this reader cannot match is left out', '<style>td:first-child{border-top:1px solid} b + td{border-top:1px solid} td:hover{border-left:1px solid}</style><table><tr><td class="a">5</td></tr></table>', [], /border/],
    // Attributes and the universal selector, which the import matches, are matched here too; a later rule wins.
    ['attribute and universal selectors, as the import matches them', '<style>td[class]{border-left:1px solid} * {border-right:1px solid} td[class="a"] { border-right: 2px solid }</style><table><tr><td class="a">5</td></tr></table>', ['border-left:1px solid currentColor;border-right:1px solid currentColor;border-right:2px solid currentColor'], null],
    // A brace or a semicolon inside a string ends no rule and no declaration (the two scanners each broke here).
    ['a brace inside a string in a selector or a value', '<style>td[title="{"]{border-left:1px solid} td.a{font-family:"x;}";border-right:1px solid}</style><table><tr><td class="a" title="{">5</td></tr></table>', ['border-left:1px solid currentColor;border-right:1px solid currentColor'], null],
    // Real NVIDIA (GlobeNewswire) cells: the classes spell out the rules their stylesheet draws.
    [
      'class names that spell out their style (a wire service\'s stylesheet, not in the file)',
      '<table class="gnw_table_border_collapse hugin"><tr><td class="gnw_border_top_solid gnw_border_right_solid gnw_border_bottom_solid gnw_border_left_solid gnw_align_center hugin gnw_vertical_align_middle"><strong>Q2 FY23</strong></td><td class="gnw_border_bottom_double gnw_align_right hugin gnw_vertical_align_bottom gnw_padding_left_none">6,704</td></tr></table>',
      ['border-collapse:collapse', 'border-top:1px solid currentColor;border-right:1px solid currentColor;border-bottom:1px solid currentColor;border-left:1px solid currentColor;text-align:center;vertical-align:middle', 'border-bottom:3px double currentColor;text-align:right;vertical-align:bottom;padding-left:0'],
      /hugin|gnw/,
    ],
  ])('styles drawn through classes: %s', (_name, source, expected, never) => {
    const read = originalHtml(source);
    const css = read.css('.o');
    for (const e of expected) expect(css).toContain(`{${e}}`);
    if (never) expect(css).not.toMatch(never);
    // Only tieout's own classes: o<n> for the page's safe styles, o-table, o-fc (a figure's cell).
    expect(shown(read)).not.toMatch(/<style|class="(?!o\d|o-table"|o-fc")/);
  });

  test("a table's align places the table; a cell's aligns its text", () => {
    const css = originalHtml('<table align="center"><tr><td align="right">Revenue</td><td>5</td></tr></table>').css('.o');
    expect(css).toBe('.o .o1{margin-left:auto;margin-right:auto}\n.o .o2{text-align:right}\n');
  });

  test('a figure cell gets one slot round its digits; footnote marks, years, labels and prose numbers get none', () => {
    const read = originalHtml(
      '<p>Revenue was $6.70 billion in 2022.</p><table><tr><td></td><td>2022</td><td>Q2 FY23</td></tr>' +
        '<tr><td>Revenue<sup>1</sup></td><td>(1,271<sup>(2)</sup></td><td>)</td></tr><tr><td>Margin</td><td>Up 46%</td><td>—</td></tr></table>',
    );
    expect(read.figures).toEqual(['1271', '46', 'mark:-']);
    expect(shown(read)).toContain('Revenue was $6.70 billion in 2022.');
    expect(shown(read)).toContain('([1,271]<sup>(2)</sup>');
    expect(shown(read)).toContain('Up [46]%');
  });

  test('text in attributes and markup-like text is escaped, never markup', () => {
    const html = shown(originalHtml('<table><tr><td>&lt;script&gt;alert(1)&lt;/script&gt; &amp; "q"</td><td>5</td></tr></table>'));
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;');
    expect(html).not.toContain('<script');
  });

  test('each top-level table scrolls in a focusable, named region', () => {
    const html = shown(originalHtml('<table><tr><td>A</td><td>1</td></tr></table><table><tr><td>B<table><tr><td>2</td></tr></table></td></tr></table>'));
    expect(html.match(/<div class="o-table" role="region" tabindex="0" aria-label="Table \d of the release">/g)).toHaveLength(2);
  });

  test('site chrome is left out as the import leaves it out; a table of figures in it is kept', () => {
    const html = shown(originalHtml('<nav>Home Products</nav><div class="share-widget">Tweet</div><div class="sidebar"><table><tr><td>Revenue</td><td>6,704</td></tr></table></div><p>Body</p>'));
    expect(html).not.toMatch(/Home|Tweet/);
    expect(html).toContain('[6,704]');
    expect(html).toContain('Body');
  });

  // The original page hides what the import leaves out as hidden, by the page's own stylesheet
  // too (issue 30): a class a rule hides was shown here while import left it out, and the reverse.
  test.each([
    ['a class a rule hides', '.x { display: none }', '<p class="x">Hidden 999</p>', false],
    ['a class a rule colours as the page', '.w { color: #ffffff }', '<p class="w">Hidden 999</p>', false],
    ['a rule with an attribute selector', '[data-h] { visibility: hidden }', '<p data-h>Hidden 999</p>', false],
    ['a name pages hide by', '', '<p class="sr-only">Hidden 999</p>', false],
    ['a rule its own style overrides', '.x { display: none }', '<p class="x" style="display: block">Shown 999</p>', true],
    ['a rule for print only', '@media print { .x { display: none } }', '<p class="x">Shown 999</p>', true],
  ])('what the page\'s stylesheet hides is hidden as the import reads it: %s', (_, css, paragraph, seen) => {
    const source = `<html><head><style>${css}</style></head><body>${paragraph}<p>Body</p><table><tr><td class="x">Revenue</td><td>6,704</td></tr></table></body></html>`;
    const html = shown(originalHtml(source));
    expect(html.includes('999')).toBe(seen);
    expect(html).toContain('Body');
    const imported = importRelease({ text: source, file: 'p.html', kind: 'html' }, { fiscalPeriod: '2023-q1' });
    expect(imported.releaseText.includes('999')).toBe(seen);
  });

  test('a figure cell a stylesheet hides is not shown, and the table keeps its other figures', () => {
    const read = originalHtml('<html><head><style>td.gone { display: none }</style></head><body><table><tr><td>Revenue</td><td class="gone">1</td><td>6,704</td></tr></table></body></html>');
    expect(read.figures).toEqual(['6704']);
  });

  test('markup nested far deeper than any page is shown without overflowing the stack', () => {
    const deep = `${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}`;
    expect(shown(originalHtml(deep))).toContain('deep');
  });
});

describe('markOf: a cell printing a mark instead of a figure', () => {
  test.each([
    ['—', 'mark:-'], ['$ —', 'mark:-'], ['--', 'mark:-'], ['-', 'mark:-'], ['n/m', 'mark:nm'], ['NM', 'mark:nm'], ['N/A', 'mark:na'],
    ['Revenue', null], ['5', null], ['', null],
  ])('markOf(%j) is %j', (text, expected) => {
    expect(markOf(text)).toBe(expected);
  });
});

describe('originalText: a text release preformatted, a slot on every figure of its tables', () => {
  test('pipe tables and columns set apart by two spaces; prose numbers and an EDGAR header are not slots', () => {
    const read = originalText(
      ['<SEC-HEADER>', 'CONFORMED PERIOD OF REPORT:  20051215', '</SEC-HEADER>', 'Revenue rose 5% in 2024.', '| Revenue | $ 1,234 | 2024 |', '|---|---|---|', 'Net income          (65)      1,002', '<b>'].join('\n'),
    );
    expect(read.figures).toEqual(['1234', '65', '1002']);
    const html = shown(read);
    expect(html).toContain('| Revenue | $ [1,234] | 2024 |');
    expect(html).toContain('Net income          ([65])      [1,002]');
    expect(html).toContain('&lt;b&gt;');
  });

  // Molson Coors' 4Q24 Dow Jones copy (../shared/corpus/tap-2024-q4.md, lines 158–163): a rule under the
  // table and a footnote's text opening with its marker print no figure; a row of nil marks still does.
  test.each([
    ['a rule under a table', '----------------   --------   --------  -----    ---  ------------  ---------------   ', []],
    ['a footnote opening with its marker', '(1)   Represents income (loss) before income taxes and net income (loss)   ', []],
    ['a footnote numbered without parentheses', '2   During the third quarter of 2024, we recorded 36.6', []],
    ['a row of figures', 'Brand volume(3)      78.816     80.857   (2.5)%   ', ['78.816', '80.857', '2.5']],
    ['a row of nil marks on its own line, its label wrapped above', '                      --        --      83.8', ['mark:-', 'mark:-', '83.8']],
    ['a wrapped label\'s mark then a figure', '   (1)        18.585', ['1', '18.585']],
  ])('%s', (_name, line, figures) => {
    expect(originalText(line).figures).toEqual(figures);
  });
});

// Coherent's Q3 FY2026 exhibit as " | "-joined text (../shared/unseen-s20/cohr-fy2026-q3.txt): each paragraph on one line
// of 300–900 characters, shown preformatted, ran off a phone's screen.
describe('originalText: a line of prose wraps, a line of a table keeps its columns', () => {
  const para = 'SAXONBURG, Pa., May 6, 2026 (GLOBE NEWSWIRE) – Coherent Corp. (NYSE: COHR), a global leader in photonics, reported revenue of $1.81 billion for the quarter.';
  test.each([
    ['a paragraph on one line', para, true],
    ['a table line of " | "-joined cells', 'Revenues | $1,806 | $1,686 | $1,498 | 7.1% | 20.5% | $5,073 | $4,281 | 18.5% and more words to make it long enough', false],
    ['a fixed-width table line', 'Net income attributable to the company                 (65)         1,002        2,000        3,000    4,000', false],
    ['a short line', 'CONSOLIDATED STATEMENTS OF INCOME', false],
    ['a rule', '-'.repeat(100), false],
  ])('%s', (_name, line, wraps) => {
    const html = originalText(line).parts.filter((p) => typeof p === 'string').join('');
    expect(html.includes('<span class="o-wrap">')).toBe(wraps);
    // Nothing of the line is lost either way.
    expect(html.replace(/<[^>]+>/g, '')).toContain(line.replace(/&/g, '&amp;').slice(0, 40));
  });
});

describe('alignFigures: facts to the original figures they were read from', () => {
  test.each([
    ['the same sequence', ['1', '2', '3'], ['1', '2', '3'], [0, 1, 2]],
    ['a figure the import left out', ['1', '3'], ['1', '2', '3'], [0, -1, 1]],
    ['a repeated copy of a section: the first copy', ['1', '2'], ['1', '2', '1', '2'], [0, 1, -1, -1]],
    ['a fact not in the original stays unplaced', ['1', '9', '2'], ['1', '2'], [0, 2]],
    ['nothing to align', [], ['1'], [-1]],
  ])('%s', (_name, facts, figures, expected) => {
    expect([...alignFigures(facts, figures)]).toEqual(expected);
  });

  test('the four NVIDIA releases: every fact with a printed figure finds its cell in the page as published', () => {
    for (const q of [1, 2, 3, 4]) {
      const file = join(sharedReleases(), `nvda-fy2023-q${q}.html`);
      const html = readFileSync(file, 'utf8');
      const text = importRelease({ text: html, file, kind: 'html' }).releaseText;
      // The release text's value cells, each as its figure's digits or its mark (nil, not meaningful).
      const cells = text.split('\n').filter((l) => l.includes('\t')).flatMap((l) => l.split('\t').slice(1)).map((c) => c.replace(/<\/?u>/g, '').replace(/\\\$/g, '$').trim());
      const digits = cells.map((c) => (isFigureCell(c) ? /\d[\d,]*(?:\.\d+)?/.exec(c)![0].replace(/,/g, '') : markOf(c))).filter((d): d is string => d !== null);
      const read = originalHtml(html);
      const at = alignFigures(digits, read.figures);
      const placed = [...at].filter((i) => i >= 0).length;
      expect(placed, `nvda-fy2023-q${q}`).toBe(digits.length);
      expect(read.figures.length, `nvda-fy2023-q${q}: no figure of the page is left unread`).toBe(digits.length);
    }
  });
});
