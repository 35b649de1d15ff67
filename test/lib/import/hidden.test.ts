// Read what the reader sees, and only that (issue 30): text hidden from sight is left out and
// said, never part of a figure ("1" hidden before "2,460" must not make 12,460), and what
// hides from screen readers only (aria-hidden) or is no text at all (comments, templates,
// hidden inputs) changes nothing. The table is a real one (NVIDIA's outlook reconciliation,
// first quarter fiscal 2023); the hiding is each way a page can hide text.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { messages } from '../../../src/lib/import/messages.ts';

const source = readFileSync('test/fixtures/import/real/nvda-fy2023-q1-outlook.html', 'utf8').replace(/^<!--.*-->\n/, '');
const FIGURE = 'style="text-align: right;">2,460</td>';
const ROW = '<tr>\n\t\t\t<td class="gnw_align_right hugin gnw_vertical_align_bottom">&nbsp;</td>\n\t\t\t<td class="gnw_align_left hugin gnw_vertical_align_bottom">Stock-based';
/** The page with `table`, under the headline and `before` (prose, from line 2). */
const page = (table: string, style = '', before = '') =>
  `<!doctype html><html><head><style>${style}</style></head><body><h1>NVIDIA Announces Financial Results for First Quarter Fiscal 2023</h1>\n${before}${table}\n</body></html>\n`;
const imported = (html: string) => importRelease({ text: html, file: 'page.html', kind: 'html' }, { ticker: 'NVDA', fiscalPeriod: '2023-q1', scale: 'millions' });
/** The page with `before` printed in the 2,460 cell before the figure. */
const inCell = (before: string, style = '') => page(source.replace(FIGURE, `style="text-align: right;">${before}2,460</td>`), style);
const line = (text: string, label: string) => text.split('\n').find((l) => l.startsWith(label));
const bare = imported(page(source));

test('the bare table reads 2,460 with no problem', () => {
  expect(line(bare.releaseText, 'GAAP operating expenses')).toBe('GAAP operating expenses\t$ 2,460');
  expect(bare.issues).toEqual([]);
});

describe('a character hidden inside a figure is left out, and the figure is a located problem', () => {
  test.each([
    ['display: none !important', '<span style="display:none !important">1</span>'],
    ['visibility: hidden', '<span style="visibility: hidden">1</span>'],
    ['the hidden attribute', '<span hidden>1</span>'],
    ['opacity: 0', '<span style="opacity:0">1</span>'],
    ['font-size: 0', '<span style="font-size:0">1</span>'],
    ['font-size: 0px', '<span style="font-size: 0px">1</span>'],
    ['text coloured as its background (white on the white page)', '<span style="color:#ffffff">1</span>'],
    ['text coloured as its background (a stated background)', '<span style="background-color: rgb(0, 32, 91)"><span style="color:#00205b">1</span></span>'],
    ['an old <font color> as its background', '<font color="white">1</font>'],
    ['transparent text', '<span style="color: transparent">1</span>'],
    ['positioned off the page', '<span style="position:absolute; left:-9999px">1</span>'],
    ['indented off the page', '<span style="display:inline-block; text-indent:-999em">1</span>'],
    ['a box of no size', '<span style="display:inline-block; width:0; height:0; overflow:hidden">1</span>'],
    ['clipped to nothing', '<span style="position:absolute; clip:rect(0 0 0 0)">1</span>'],
    ['scaled to nothing', '<span style="display:inline-block; transform: scale(0)">1</span>'],
    ['font-size: 0 by the font shorthand', '<span style="font: 0/0 a">1</span>'],
    ['font-size: 0 by the font shorthand, after a weight', '<span style="font: bold 0 Arial">1</span>'],
    ['the glyphs filled transparent (-webkit-text-fill-color)', '<span style="-webkit-text-fill-color: transparent">1</span>'],
    ['the glyphs filled as the background', '<span style="color:#000; -webkit-text-fill-color: #fff">1</span>'],
    ['a box of one pixel whose overflow is hidden (the screen-reader-only box)', '<span style="position:absolute; width:1px; height:1px; overflow:hidden">1</span>'],
    ['a block of one pixel whose overflow is hidden', '<div style="width:1px; height:1px; overflow:hidden">1</div>'],
  ])('%s', (how, hidden) => {
    const result = imported(inCell(hidden));
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe('GAAP operating expenses\t$ 2,460');
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ file: 'page.html', line: 72 });
    expect(result.issues[0]!.message).toMatch(/^expected a cell to hold only what a reader sees; '1' here is hidden \(.+\) and left out, so the cell reads '2,460': check the figure against the page as shown$/);
    expect(how).toBeTruthy();
  });

  test.each([
    ['a class', '.hid { display: none }', '<span class="hid">1</span>', /display: none, by the stylesheet's rule for \.hid/],
    ['a tag and class under a cell', 'td span.x{font-size:0!important}', '<span class="x">1</span>', /font-size: 0, by the stylesheet's rule for td span\.x/],
    ['an id, child of a cell', '/* hide */ td > #n1 { visibility: hidden; }', '<b id="n1">1</b>', /visibility: hidden, by the stylesheet's rule for td > #n1/],
    ['a rule for screens', '@media screen { .off { position: absolute; left: -10000px } }', '<span class="off">1</span>', /positioned off the page, by the stylesheet's rule for \.off/],
  ])('hidden by the page\'s stylesheet: %s', (_, style, hidden, how) => {
    const result = imported(inCell(hidden, style));
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe('GAAP operating expenses\t$ 2,460');
    expect(result.issues.map((i) => i.message)).toEqual([expect.stringMatching(how)]);
  });
});

describe('more ways of hiding: each is left out and said (issue 30, probed)', () => {
  test.each([
    ['a colour as hsla() with no opacity', '<span style="color: hsla(0, 0%, 0%, 0)">1</span>', '', /transparent text/],
    ['white as hsl()', '<span style="color: hsl(0, 0%, 100%)">1</span>', '', /text coloured as its background/],
    ['a named colour no reader tells from white (whitesmoke)', '<span style="color: whitesmoke">1</span>', '', /text coloured as its background/],
    ['filter: opacity(0)', '<span style="filter: opacity(0)">1</span>', '', /filter: opacity\(0\)/],
    ['content-visibility: hidden', '<span style="display:inline-block; content-visibility: hidden">1</span>', '', /content-visibility: hidden/],
    ['the scale property', '<span style="display:inline-block; scale: 0">1</span>', '', /scale: 0/],
    ['scale3d to nothing', '<span style="display:inline-block; transform: scale3d(0, 0, 1)">1</span>', '', /transform: scale\(0\)/],
    ['translated off the page', '<span style="display:inline-block; transform: translateX(-9999px)">1</span>', '', /moved off the page/],
    ['the translate property', '<span style="display:inline-block; translate: -9999px 0">1</span>', '', /moved off the page/],
    ['a negative margin', '<span style="display:inline-block; margin-left:-9999px">1</span>', '', /moved off the page/],
    ['the margin shorthand', '<div style="margin: -9999px 0 0 0">1</div>', '', /moved off the page/],
    ['a relative offset', '<span style="position:relative; left:-9999px">1</span>', '', /moved off the page/],
    ['absolutely placed far right', '<span style="position:absolute; right:-9999px">1</span>', '', /positioned off the page/],
    ['a font of a hundredth of a pixel', '<span style="font-size: 0.01px">1</span>', '', /font-size: 0\.01px, too small to see/],
    ['a font of a tenth of a point', '<span style="font-size: .1pt">1</span>', '', /too small to see/],
    ['indented by its whole width in a box that hides its overflow', '<span style="display:inline-block; width:10px; text-indent:100%; white-space:nowrap; overflow:hidden">1</span>', '', /indented out of its box/],
    ['a comment inside the declaration', '<span style="display:/* x */none">1</span>', '', /display: none/],
    ['an escape in the value', '<span style="display: n\\6f ne">1</span>', '', /display: none/],
    ['an escape in the property', '<span style="dis\\70 lay: none">1</span>', '', /display: none/],
    ['a custom property on the element', '<span style="--d: none; display: var(--d)">1</span>', '', /display: none/],
    ['a custom property inherited from the root', '<span class="v">1</span>', ':root { --off: none } .v { display: var(--off) }', /display: none/],
    ['a custom property\'s fallback', '<span class="v">1</span>', '.v { color: var(--unset, #fff) }', /text coloured as its background/],
    ['a rule inside @supports', '<span class="s">1</span>', '@supports (display: grid) { .s { display: none } }', /display: none/],
    ['a rule inside @layer', '<span class="s">1</span>', '@layer base { .s { visibility: hidden } }', /visibility: hidden/],
    ['a nested rule (CSS nesting)', '<span class="s">1</span>', 'td { color: #000; & .s { display: none } }', /display: none/],
    ['a nested rule with no &', '<span class="s">1</span>', 'table { .s { font-size: 0 } }', /font-size: 0/],
    ['clipped by an inset meeting itself', '<span style="position:absolute; clip-path: inset(0 0 100% 0)">1</span>', '', /clipped to nothing/],
    ['clipped to an ellipse of no radius', '<span style="clip-path: ellipse(0 0)">1</span>', '', /clipped to nothing/],
    ['clipped to a polygon of one point', '<span style="clip-path: polygon(0 0, 0 0, 0 0)">1</span>', '', /clipped to nothing/],
    ['a <meter> gauge\'s fallback text', '<meter value="0.5">1</meter>', '', /inside a <meter> gauge, whose text is not shown/],
    ['a <progress> bar\'s fallback text', '<progress value="5" max="10">1</progress>', '', /inside a <progress> gauge/],
  ])('%s', (_, hidden, style, how) => {
    const result = imported(inCell(hidden, style));
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe('GAAP operating expenses\t$ 2,460');
    expect(result.issues.map((i) => i.message)).toEqual([expect.stringMatching(how)]);
  });

  test.each([
    ['light grey on white', '<span style="color: #ddd">1</span>', ''],
    ['transparent text drawn by its shadow', '<span style="color: transparent; text-shadow: 0 0 0 #000">1</span>', ''],
    ['white text outlined in black', '<span style="color: #fff; -webkit-text-stroke: 1px #000">1</span>', ''],
    ['clipped to a part of it', '<span style="clip-path: inset(10% 0 10% 0)">1</span>', ''],
    ['a small font', '<span style="font-size: 6px">1</span>', ''],
    ['centred by a translation of half its width', '<span style="display:inline-block; transform: translateX(-50%)">1</span>', ''],
    ['a small negative margin', '<span style="display:inline-block; margin-left:-12px">1</span>', ''],
    ['nudged by a relative offset', '<span style="position:relative; left:-2px">1</span>', ''],
    ['a custom property set to nothing that hides', '<span style="display: var(--unset)">1</span>', ''],
    ['a rule inside @supports not', '<span class="s">1</span>', '@supports not (display: grid) { .s { display: none } }'],
    ['a nested rule for a state the page is not read in', '<span class="s">1</span>', 'td { & .s:hover { display: none } }'],
    ['a nested rule matching nothing here', '<span class="s">1</span>', 'ul { .s { display: none } }'],
  ])('seen: %s', (_, before, style) => {
    const result = imported(inCell(before, style));
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe('GAAP operating expenses\t$ 12,460');
    expect(result.issues).toEqual([]);
  });
});

// EDGAR's spacer rows (Apple's FY2011 Q1 exhibit: '<TR STYLE="font-size:1px">' of empty cells whose borders rule the
// figures, its subtotals underlined) hold no character: a pixel's font hides no text there, and the rules they draw are read.
test('a row of a pixel\'s font holding no character is drawn: its rules are read (the total below it)', () => {
  const table = (spacer: string) =>
    `<table><tr><td></td><td>Q1 2024</td><td>Q1 2023</td></tr><tr><td>Revenue</td><td>$ 1,100</td><td>$ 1,000</td></tr>` +
    `<tr><td>Cost of revenue</td><td>600</td><td>550</td></tr><tr${spacer}><td></td><td style="border-top:1px solid #000000">&nbsp;</td>` +
    `<td style="border-top:1px solid #000000">&nbsp;</td></tr><tr><td>Gross profit</td><td>$ 500</td><td>$ 450</td></tr></table>`;
  const tiny = imported(page(table(' style="font-size:1px"')));
  expect(tiny.releaseText).toBe(imported(page(table(''))).releaseText);
  expect(tiny.releaseText).toContain('Gross profit\t<u>$ 500</u>\t<u>$ 450</u>');
  expect(tiny.issues).toEqual([]);
});

describe('what a reader sees is read, whatever hides it from something else', () => {
  test.each([
    ['aria-hidden (hidden from screen readers, not from sight)', '<span aria-hidden="true">1</span>', '12,460'],
    ['font-size: 0 on a wrapper whose text sets its own size (inline blocks without gaps)', '<span style="font-size:0"><span style="font-size:10pt">1</span></span>', '12,460'],
    ['white text on a dark cell', '<span style="background:#00205b"><span style="color:#fff">1</span></span>', '12,460'],
    ['a rule for small windows only', '<span class="wide">1</span>', '12,460'],
    ['a rule for print only', '<span class="onpaper">1</span>', '12,460'],
    ['a comment', '<!-- 1 -->', '2,460'],
    ['a template', '<template>1</template>', '2,460'],
    ['a hidden input', '<input type="hidden" value="1">', '2,460'],
    ['a font shorthand of a size', '<span style="font: 700 10pt/12pt Arial">1</span>', '12,460'],
    ['a font shorthand of a system font (no size of its own)', '<span style="font: caption">1</span>', '12,460'],
    ['white text filled black', '<span style="color:#fff; -webkit-text-fill-color:#000">1</span>', '12,460'],
    ['an inline span given a width (which an inline box does not take)', '<span style="width:0; overflow:hidden">1</span>', '12,460'],
    ['a box of some size whose overflow is hidden', '<span style="display:inline-block; width:20px; overflow:hidden">1</span>', '12,460'],
  ])('%s', (_, before, figure) => {
    const style = '@media (max-width: 600px) { .wide { display: none } } @media print { .onpaper { display: none } }';
    const result = imported(inCell(before, style));
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe(`GAAP operating expenses\t$ ${figure}`);
    expect(result.issues).toEqual([]);
  });
});

describe('hidden rows are left out, said with how many figures', () => {
  test.each([
    ['style="display:none"', '<tr style="display:none">'],
    ['the hidden attribute', '<tr hidden>'],
    ['a class the stylesheet hides', '<tr class="collapsed">'],
  ])('%s', (_, open) => {
    const result = imported(page(source.replace(ROW, ROW.replace('<tr>', open)), 'tr.collapsed { visibility: collapse }'));
    expect(result.releaseText).not.toContain('Stock-based compensation expense and acquisition-related costs');
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe('GAAP operating expenses\t$ 2,460');
    expect(result.issues.map((i) => [i.line, i.message])).toEqual([
      [76, expect.stringMatching(/^expected every row of the table to be seen; this row is hidden from the reader \(.+\), so it is left out with its 1 figure$/)],
    ]);
  });

  test('a whole table hidden says how', () => {
    const result = imported(page(`<div style="opacity: 0">${source}</div>`));
    expect(result.releaseText).not.toContain('2,460');
    expect(result.issues.map((i) => i.message)).toContainEqual(expect.stringMatching(/^expected every table of figures on the page to be read; <div> is hidden from the reader \(opacity: 0\), so its 6 figures in tables are left out$/));
  });
});

describe('the page\'s stylesheet rules are weighed as the cascade weighs them', () => {
  test.each([
    ['its own style shows what a rule hides', '.x { display: none }', '<span class="x" style="display: inline">1</span>', '12,460', null],
    ['an !important rule over its own style', '.x { display: none !important }', '<span class="x" style="display: inline">1</span>', '2,460', /display: none, by the stylesheet's rule for \.x\)/],
    ['a more specific rule shows it', '.x { display: none } span.x.show { display: inline }', '<span class="x show">1</span>', '12,460', null],
    ['a later rule of the same weight shows it', '.x { visibility: hidden } .y { visibility: visible }', '<span class="x y">1</span>', '12,460', null],
    ['an id rule over a class rule', '#n1 { display: none } .x { display: inline }', '<span id="n1" class="x">1</span>', '2,460', /display: none, by the stylesheet's rule for #n1\)/],
    ['text coloured as the page by a class', '.w { color: #fff }', '<span class="w">1</span>', '2,460', /text coloured as its background, by the stylesheet's rule for \.w\)/],
    ['white text on a background a rule gives the page', 'body { background: #00205b } .w { color: #fff }', '<span class="w">1</span>', '12,460', null],
    ['an attribute selector', '[data-h] { display: none }', '<span data-h="1">1</span>', '2,460', /by the stylesheet's rule for \[data-h\]\)/],
    ['an attribute\'s value', 'span[data-kind~="note"] { font-size: 0 }', '<span data-kind="x note">1</span>', '2,460', /font-size: 0/],
    ['everything inside a class', '.hid * { visibility: hidden }', '<span class="hid"><b>1</b></span>', '2,460', /by the stylesheet's rule for \.hid \*\)/],
    ['a rule for a state the page is not read in', 'span:hover { display: none }', '<span>1</span>', '12,460', null],
  ])('%s', (_, style, hidden, figure, how) => {
    const result = imported(inCell(hidden, style));
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe(`GAAP operating expenses\t$ ${figure}`);
    expect(result.issues.map((i) => i.message)).toEqual(how ? [expect.stringMatching(how)] : []);
  });

  test.each([
    ['a structural pseudo-class', 'td span:first-child { display: none }', '<span>1</span>', messages.ruleUnread('td span:first-child', 'display: none')],
    ['a sibling combinator', 'b + span { display: none }', '<b></b><span>1</span>', messages.ruleUnread('b + span', 'display: none')],
    ['text added by a rule', 'td span::before { content: "1" }', '<span></span>', messages.ruleAddsText('td span::before', '"1"')],
  ])('a rule the import cannot follow is said where the stylesheet is: %s', (_, style, before, message) => {
    const result = imported(inCell(before, style));
    expect(result.issues.map((i) => [i.line, i.message])).toContainEqual([1, message]);
  });
});

describe('a name pages hide text by hides it; any other name does not', () => {
  test.each([
    ['sr-only', '2,460', /^expected a cell to hold only what a reader sees; '1' here is hidden \(class 'sr-only', a name pages hide from sight by\)/],
    ['visually-hidden', '2,460', /class 'visually-hidden'/],
    ['screen-reader-text', '2,460', /class 'screen-reader-text'/],
    ['govuk-visually-hidden', '2,460', /class 'govuk-visually-hidden'/],
    ['print-only', '2,460', /class 'print-only'/],
    ['d-none', '2,460', /class 'd-none'/],
    ['print', '12,460', null],
    ['screen-value', '12,460', null],
    ['sr', '12,460', null],
    ['share-price', '12,460', null],
    ['nav-amount', '12,460', null],
    ['ads-figure', '12,460', null],
  ])('class="%s"', (name, figure, how) => {
    const result = imported(inCell(`<span class="${name}">1</span>`));
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe(`GAAP operating expenses\t$ ${figure}`);
    expect(result.issues.map((i) => i.message)).toEqual(how ? [expect.stringMatching(how)] : []);
  });

  test.each(['print', 'screen', 'sr', 'nav', 'share', 'related', 'widget'])('a figure wholly in an element of class "%s" is read', (name) => {
    const result = imported(page(source.replace(FIGURE, `style="text-align: right;"><span class="${name}">2,460</span></td>`)));
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe('GAAP operating expenses\t$ 2,460');
    expect(result.issues).toEqual([]);
  });

  test('a name shows when the page\'s own style places the element', () => {
    const result = imported(inCell('<span class="sr-only" style="position: static">1</span>'));
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe('GAAP operating expenses\t$ 12,460');
  });

  test('a cell hidden from sight prints nothing, said with what it held', () => {
    const result = imported(page(source.replace(FIGURE, 'style="text-align: right; display: none">2,460</td>')));
    expect(result.releaseText).not.toContain('2,460');
    expect(result.issues.map((i) => i.message)).toContainEqual(messages.hiddenInCell('2,460', 'display: none', ''));
  });
});

// Issue 30, the other way round: text a reader sees inside an element the import never reads as
// text (a formula, a drawing, a form control) was left out of the figure in silence, so
// "<math>1</math>2,460", which shows 12,460, read 2,460 with no word. It is said where it is.
describe('a digit a reader sees in an element the import does not read is a located problem', () => {
  test.each([
    ['a <math> formula', '<math><mn>1</mn></math>'],
    ['an <svg> drawing', '<svg width="8" height="12"><text x="0" y="10">1</text></svg>'],
    ["an <object>'s fallback content", '<object><span>1</span></object>'],
    ['a <button>', '<button type="button">1</button>'],
    ['a form <label>', '<label>1</label>'],
    ['a <form>', '<form action="#"><b>1</b></form>'],
    ['an open <dialog>', '<dialog open>1</dialog>'],
  ])('%s', (how, before) => {
    const result = imported(inCell(before));
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe('GAAP operating expenses\t$ 2,460');
    expect(result.issues.map((i) => i.message)).toEqual([messages.unreadInCell('1', how, '2,460')]);
    expect(result.issues[0]).toMatchObject({ file: 'page.html', line: 72 });
  });

  test.each([
    ['a closed <dialog>, which is not shown', '<dialog>1</dialog>'],
    ['a <button> with no digit (a control beside the figure)', '<button type="button">▸</button>'],
    ['a hidden <math> formula', '<math style="display:none"><mn>1</mn></math>'],
    ['a frame, whose fallback browsers do not show', '<iframe>1</iframe>'],
  ])('%s: no problem', (_, before) => {
    const result = imported(inCell(before));
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe('GAAP operating expenses\t$ 2,460');
    expect(result.issues.filter((i) => /import does not read/.test(i.message))).toEqual([]);
  });
});

// Issue 30: text hidden by a stylesheet the page links to (<link rel="stylesheet">, @import) was read
// in silence, as the import reads no file but the one given. A sheet written into its href (data:)
// is the page's own and is read; one the caller reads (the CLI: a file in the release's folder) is
// read like a <style>; any other is said, once a page, as a warning: what it hides could not be checked.
describe('a stylesheet the page links to is read where it can be, and said where it cannot', () => {
  const linked = (head: string, before = '<span class="x">1</span>') =>
    page(source.replace(FIGURE, `style="text-align: right;">${before}2,460</td>`)).replace('<head>', `<head>${head}`);
  const beside: Record<string, string> = { 'style.css': '.x { display: none }', 'css/all.css': '@import "more.css";', 'css/more.css': '.x { font-size: 0 }' };
  const readLinked = (href: string) => beside[href] ?? null;
  const warned = /^(?:a stylesheet|(\d+) stylesheets) the page links to (?:is|are) not read \('([^']*)'(?: and \d+ more)?: (.*)\), so text (?:it hides|they hide) \(a hidden digit in a figure, a hidden row\) could not be checked and is read as shown/;
  test.each([
    ['a sheet beside the release hides the digit', '<link rel="stylesheet" href="style.css">', '2,460', /display: none, by the stylesheet's rule for \.x/, null],
    ['a sheet it imports, named from the sheet\'s own folder, too', '<link rel="stylesheet" href="css/all.css">', '2,460', /font-size: 0, by the stylesheet's rule for \.x/, null],
    ['a sheet in a data: URL is the page\'s own', `<link rel="stylesheet" href="data:text/css,${encodeURIComponent('.x{display:none}')}">`, '2,460', /display: none/, null],
    ['a sheet on the web is never fetched, and said', '<link rel="stylesheet" href="https://cdn.example.com/site.css">', '12,460', null, 'elsewhere on the web, which the import never fetches'],
    ['a sheet from the site\'s root is not in the folder, and said', '<link rel="stylesheet" href="/css/site.css">', '12,460', null, "not a file in the release's folder, outside which it reads nothing"],
    ['a sheet out of the folder is not read', '<link rel="stylesheet" href="../style.css">', '12,460', null, "not a file in the release's folder"],
    ['an @import of a <style> on the web, said', '<style>@import url("https://cdn.example.com/a.css") screen;</style>', '12,460', null, 'elsewhere on the web'],
    ['three sheets, said once, at the first', '<link rel="stylesheet" href="https://a.example/1.css"><link rel="stylesheet" href="/2.css"><link rel="stylesheet" href="https://a.example/3.css">', '12,460', null, '2 elsewhere on the web, which the import never fetches; 1 not a file'],
    ['a sheet for print only is not the page as read, and not said', '<link rel="stylesheet" media="print" href="https://a.example/print.css">', '12,460', null, null],
    ['an alternate sheet is not the page as read', '<link rel="alternate stylesheet" href="https://a.example/alt.css">', '12,460', null, null],
  ])('%s', (_, head, figure, hidden, said) => {
    const result = importRelease({ text: linked(head), file: 'page.html', kind: 'html', readLinked }, { ticker: 'NVDA', fiscalPeriod: '2023-q1', scale: 'millions' });
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe(`GAAP operating expenses\t$ ${figure}`);
    expect(result.issues.map((i) => i.message)).toEqual(hidden ? [expect.stringMatching(hidden)] : []);
    const warnings = result.warnings.map((w) => warned.exec(w.message));
    if (said === null) expect(result.warnings).toEqual([]);
    else {
      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.slice(1).join(' ')).toContain(said);
      // At the first sheet not read, where the page names it.
      expect(result.warnings[0]!.line).toBe(1);
    }
  });
});

// Issue 30: a struck-through figure is seen, but as deleted ("<s>1</s>2,460" shows a 1 crossed out
// before 2,460). Its characters are no part of the figure: left out, and said as struck, never
// glued in (12,460) in silence. An element whose style takes the line off (as EDGAR generators
// write <strike style="text-decoration:none"> around addresses: Cadence Bancorporation 1Q20) is read.
describe('struck-through text is left out and said, never glued into a figure', () => {
  test.each([
    ['<s>', '<s>1</s>', /struck through \(<s>\)/],
    ['<strike>', '<strike>1</strike>', /struck through \(<strike>\)/],
    ['<del>', '<del>1</del>', /struck through \(<del>\)/],
    ['text-decoration: line-through', '<span style="text-decoration: line-through">1</span>', /struck through \(text-decoration: line-through\)/],
    ['text-decoration-line', '<span style="text-decoration-line: line-through">1</span>', /struck through \(text-decoration: line-through\)/],
    ['the shorthand with a colour and a second line', '<span style="text-decoration: underline line-through red">1</span>', /struck through \(text-decoration: underline line-through red\)/],
    ['a class the stylesheet strikes', '<span class="gone">1</span>', /struck through \(text-decoration: line-through\)/],
    ['a struck wrapper whose inside takes the line off (the line is drawn over it all the same)', '<s><span style="text-decoration: none">1</span></s>', /struck through \(<s>\)/],
  ])('%s', (_, struck, how) => {
    const result = imported(inCell(struck, '.gone { text-decoration: line-through }'));
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe('GAAP operating expenses\t$ 2,460');
    expect(result.issues.map((i) => [i.line, i.message])).toEqual([[72, expect.stringMatching(how)]]);
    expect(result.issues[0]!.message).toMatch(/^expected a cell to hold only what a reader sees; '1' here is struck through \(.+\), as deleted, and left out, so the cell reads '2,460': check the figure against the page as shown$/);
  });

  test.each([
    ['a <strike> whose style takes the line off', '<strike style="text-decoration:none;">1</strike>'],
    ['an <s> underlined instead', '<s style="text-decoration: underline">1</s>'],
    ['an underline', '<span style="text-decoration: underline">1</span>'],
    ['inserted text', '<ins>1</ins>'],
    ['a rule that takes the line off a <del>', '<del class="plain">1</del>'],
  ])('%s is read as printed', (_, before) => {
    const result = imported(inCell(before, 'del.plain { text-decoration: none }'));
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe('GAAP operating expenses\t$ 12,460');
    expect(result.issues).toEqual([]);
  });

  test('a figure struck whole leaves its cell empty, said with what it held', () => {
    const result = imported(page(source.replace(FIGURE, 'style="text-align: right;"><del>2,460</del></td>')));
    expect(result.releaseText).not.toContain('2,460');
    expect(result.issues.map((i) => i.message)).toEqual([messages.hiddenInCell('2,460', 'struck through (<del>)', '')]);
  });

  test('a struck row is left out with its figures, said as struck', () => {
    const result = imported(page(source.replace(ROW, ROW.replace('<tr>', '<tr style="text-decoration: line-through">'))));
    expect(result.releaseText).not.toContain('Stock-based compensation expense and acquisition-related costs');
    expect(result.issues.map((i) => [i.line, i.message])).toEqual([
      [76, messages.hiddenRows(1, 1, 'struck through (text-decoration: line-through)')],
    ]);
    expect(result.issues[0]!.message).toBe('expected every row of the table to be seen; this row is struck through (text-decoration: line-through), as deleted, so it is left out with its 1 figure');
  });

  test('a struck figure in a Markdown table (~~1~~) is left out and said', () => {
    const md = '# NVIDIA Announces Financial Results\n\n| ($ in millions) | Q2 FY2023 Outlook |\n|---|---:|\n| GAAP operating expenses | $ ~~1~~2,460 |\n| Stock-based compensation | (710) |\n| Non-GAAP operating expenses | $ 1,750 |\n';
    const result = importRelease({ text: md, file: 'page.md', kind: 'text' }, { ticker: 'NVDA', fiscalPeriod: '2023-q1', scale: 'millions' });
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe('GAAP operating expenses\t$ 2,460');
    expect(result.issues.map((i) => [i.line, i.message])).toEqual([[5, messages.hiddenInCell('1', 'struck through (<del>)', '$ 2,460')]]);
  });
});

// Issue 30: what a closed <details> holds beside its summary is not shown until the reader opens
// it, so it is hidden content: left out and said, as hidden tables and text are; an open one is read.
describe('a closed <details> shows its summary only', () => {
  const outlook = (open: string) => page(`<details${open}><summary>Outlook reconciliation</summary>\n${source}\n</details>`);
  test('its table is left out, said with its figures; its summary is read', () => {
    const result = imported(outlook(''));
    expect(result.releaseText).not.toContain('2,460');
    expect(result.releaseText).toContain('Outlook reconciliation');
    expect(result.issues.map((i) => [i.line, i.message])).toContainEqual([3, messages.hiddenFigures('<table class="gnw_table_border_collapse hugin">', 6, 'inside a closed <details>, shown only when the reader opens it')]);
  });

  test('an open one is read whole', () => {
    const result = imported(outlook(' open'));
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe('GAAP operating expenses\t$ 2,460');
    expect(result.issues).toEqual([]);
  });

  test.each([
    ['an element', '<details><summary>2,460</summary><span>1</span></details>', '1'],
    ['text directly inside', '<details><summary>2,460</summary>1</details>', '1'],
  ])('in a cell, the figure is its summary; %s beside it is left out and said', (_, cell, hidden) => {
    const result = imported(page(source.replace(FIGURE, `style="text-align: right;">${cell}</td>`)));
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe('GAAP operating expenses\t$ 2,460');
    expect(result.issues.map((i) => [i.line, i.message])).toEqual([[72, messages.hiddenInCell(hidden, 'inside a closed <details>, shown only when the reader opens it', '2,460')]]);
  });

  test.each([
    ['a paragraph', '<details><summary>More</summary><p>Revenue was $9.9 billion, up 12%.</p></details>', '<p>', 'Revenue was $9.9 billion, up 12%.'],
    ['text directly inside', '<details><summary>More</summary>Revenue was $9.9 billion, up 12%.</details>', '<details>', 'Revenue was $9.9 billion, up 12%.'],
    ['with no summary (the browser shows its own "Details")', '<details><div>Revenue was $9.9 billion.</div></details>', '<div>', 'Revenue was $9.9 billion.'],
    ['a second summary, which is not the one shown', '<details><summary>More</summary><summary>Revenue was $9.9 billion.</summary></details>', '<summary>', 'Revenue was $9.9 billion.'],
  ])('%s is left out and said', (_, details, element, text) => {
    const result = imported(page(source, '', `${details}\n`));
    expect(result.releaseText).not.toContain('9.9 billion');
    expect(line(result.releaseText, 'GAAP operating expenses')).toBe('GAAP operating expenses\t$ 2,460');
    expect(result.issues.map((i) => i.message)).toEqual([messages.hiddenText(element, 'inside a closed <details>, shown only when the reader opens it', text)]);
  });
});

// Issue 30: hidden rows and tables were said; a hidden paragraph (or a phrase hidden inside one)
// was left out in silence, although a claim in it is as much the release's. Said where it holds a
// digit; hidden chrome (a menu, a script) stays chrome.
describe('hidden prose is left out and said', () => {
  test.each([
    ['a paragraph not displayed', '<p style="display:none">Revenue was $9.9 billion, up 12%.</p>', '<p>', 'display: none', 'Revenue was $9.9 billion, up 12%.'],
    ['a section with the hidden attribute', '<div hidden><p>Revenue was $9.9 billion.</p></div>', '<div>', 'the hidden attribute', 'Revenue was $9.9 billion.'],
    ['a paragraph of a class the stylesheet hides', '<p class="later">Revenue was $9.9 billion.</p>', '<p class="later">', "visibility: hidden, by the stylesheet's rule for .later", 'Revenue was $9.9 billion.'],
    ['a figure hidden inside a sentence', '<p>Revenue was $<span style="font-size:0">1</span>9.9 billion.</p>', '<span>', 'font-size: 0', '1'],
    ['a struck paragraph', '<p><del>Revenue was $9.9 billion.</del></p>', '<del>', 'struck through (<del>)', 'Revenue was $9.9 billion.'],
    ['a struck figure in a sentence', '<p>Revenue was <s>$1.2 billion</s> $9.9 billion.</p>', '<s>', 'struck through (<s>)', '$1.2 billion'],
  ])('%s', (_, prose, element, how, text) => {
    const result = imported(page(source, '.later { visibility: hidden }', `${prose}\n`));
    expect(result.releaseText).not.toMatch(/\$1[.9]|Revenue was \$9\.9 billion, up/);
    expect(result.issues.map((i) => [i.line, i.message])).toEqual([[2, messages.hiddenText(element, how, text)]]);
  });

  test.each([
    ['a hidden menu', '<nav style="display:none"><a href="/q1">Q1 2023</a></nav>'],
    ['a hidden script', '<script style="display:none">var year = 2023;</script>'],
    ['hidden text with no digit', '<span class="sr-only">(opens in a new window)</span>'],
    ['a hidden sidebar', '<div class="sidebar" hidden>Stock quote 123.45</div>'],
  ])('%s is left out as before, with nothing said', (_, prose) => {
    const result = imported(page(source, '', `${prose}\n`));
    expect(result.issues).toEqual([]);
  });

  test('prose as shown is read with the hidden or struck part left out', () => {
    const result = imported(page(source, '', '<p>Revenue was <s>$1.2 billion</s> $9.9 billion, up <span hidden>1</span>12%.</p>\n'));
    expect(result.releaseText).toContain('Revenue was $9.9 billion, up 12%.');
    expect(result.issues).toHaveLength(2);
  });
});
