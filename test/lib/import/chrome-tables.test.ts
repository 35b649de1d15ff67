// Every table of the page kept (issue 29): an element the import takes for site chrome by its
// tag or name, or one hidden from screen readers only, still holds what a reader sees. The
// table is a real one (NVIDIA's outlook reconciliation, first quarter fiscal 2023); the
// wrappers are the ones newsroom pages put around a release's body (a platform's page-wide
// <form>, an aria-hidden wrapper, class names that happen to hold "share" or "ads").
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { messages } from '../../../src/lib/import/messages.ts';

const table = readFileSync('test/fixtures/import/real/nvda-fy2023-q1-outlook.html', 'utf8').replace(/^<!--.*-->\n/, '');
const page = (open: string, close: string) => `<!doctype html><html><body><h1>NVIDIA Announces Financial Results for First Quarter Fiscal 2023</h1>\n${open}\n${table}\n${close}\n</body></html>\n`;
const imported = (html: string) => importRelease({ text: html, file: 'page.html', kind: 'html' }, { ticker: 'NVDA', fiscalPeriod: '2023-q1', scale: 'millions' });
const bare = imported(page('', ''));
const tableLines = (text: string) => text.split('\n').filter((l) => l.includes('\t'));

describe('a table of figures inside what looks like chrome is kept', () => {
  test('the bare table imports with its figures', () => {
    expect(tableLines(bare.releaseText).length).toBeGreaterThan(5);
    expect(bare.releaseText).toContain('Q2 FY2023');
  });

  test.each([
    ['the page body inside a <form>', '<form method="post" action="./release.aspx" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="x">', '</form>'],
    ['an aria-hidden wrapper', '<div aria-hidden="true">', '</div>'],
    ['a class naming "share"', '<div class="share-price-release">', '</div>'],
    ['a class naming "ads"', '<div class="ads-wrapper">', '</div>'],
    ['a sidebar role', '<div role="complementary">', '</div>'],
    ['a class naming per-share data', '<div class="per-share-data">', '</div>'],
    ['a class naming related-party figures', '<div class="related-party-transactions">', '</div>'],
    ['a class naming per-ADS data (American Depositary Shares)', '<div class="per-ads-data">', '</div>'],
    ['a <nav>', '<nav>', '</nav>'],
    ['a page <footer>', '<footer>', '</footer>'],
    ['an <aside>', '<aside>', '</aside>'],
    ['a navigation role', '<div role="navigation">', '</div>'],
    ['a class naming a menu', '<div class="menu-results">', '</div>'],
    ['a modal that is open', '<div class="modal">', '</div>'],
    ['an <object> (its fallback is shown)', '<object>', '</object>'],
    ['an aria-hidden wrapper with a chrome class', '<div aria-hidden="true" class="footer widget">', '</div>'],
  ])('%s', (_, open, close) => {
    const result = imported(page(open, close));
    expect(tableLines(result.releaseText)).toEqual(tableLines(bare.releaseText));
    expect(result.issues).toEqual(bare.issues);
  });

  test('a table that is itself aria-hidden', () => {
    const result = imported(page('', '').replace('<table class=', '<table aria-hidden="true" class='));
    expect(tableLines(result.releaseText)).toEqual(tableLines(bare.releaseText));
  });

  test('a table hidden from every reader is left out, and the import says which element and how many figures', () => {
    const result = imported(page('<div id="mobile-copy" class="table-mobile" style="display:none">', '</div>'));
    expect(tableLines(result.releaseText)).toEqual([]);
    const figures = tableLines(bare.releaseText).filter((l) => !l.startsWith('\t')).flatMap((l) => l.split('\t').slice(1)).filter((c) => c !== '').length;
    expect(figures).toBe(6);
    expect(result.issues.map((i) => `${i.line}: ${i.message}`)).toContain(`2: ${messages.hiddenFigures('<div id="mobile-copy" class="table-mobile">', figures, 'display: none')}`);
  });
});

// A table kept from the page's layout (a template's content, or markup kept as text by a script,
// a <noscript>, a frame's fallback, a form field) is no table a reader sees: left out, never in
// silence. Each says which element and how many figures, wherever it sits.
describe('a table of figures the page keeps as text or in a template is left out, and said', () => {
  const figures = 6;
  test.each([
    ['a <template>', '<template>', '</template>', '<template>', 'a <template>, whose content no page shows'],
    ['a <noscript>', '<noscript>', '</noscript>', '<noscript>', 'shown only where scripts do not run'],
    ['a script of HTML', '<script type="text/html" id="t">', '</script>', '<script id="t">', 'the text of a script'],
    ["a frame's fallback", '<iframe src="x.html">', '</iframe>', '<iframe>', "a frame's fallback, which browsers do not show"],
    ['a form field', '<textarea>', '</textarea>', '<textarea>', 'a form field, which shows its markup as characters'],
    ['a <noscript> inside navigation', '<nav><noscript>', '</noscript></nav>', '<noscript>', 'shown only where scripts do not run'],
  ])('%s', (_, open, close, element, how) => {
    const result = imported(page(open, close));
    expect(tableLines(result.releaseText)).toEqual([]);
    expect(result.issues.map((i) => `${i.line}: ${i.message}`)).toContain(`2: ${messages.hiddenFigures(element, figures, how)}`);
  });

  test('a script or template holding no table of figures is said nowhere', () => {
    const result = imported(page('<script>var t = "<table><tr><td>a</td></tr></table>";</script><template><p>1,234</p></template><noscript><img src="x"></noscript>', ''));
    expect(result.issues).toEqual(bare.issues);
  });
});
