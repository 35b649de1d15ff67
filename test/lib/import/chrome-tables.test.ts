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
