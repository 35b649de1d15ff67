// eBay's "Second Quarter 2023 Financial Highlights (presented in millions, except per share data and percentages)",
// 2Q23 (its results PDF through `pdftotext -layout`, unseen set s27 ebay-2023-q2.txt lines 95–113; excerpt
// test/fixtures/import/real/ebay-2023-q2-highlights.txt): the table's name and unit statement on one line, from the
// stub across the columns (src/lib/import/text-table.ts `nameWithUnitStatement`); then "Second Quarter" over "2023 |
// 2022 | Change", the last column's "5%" under no heading of its own (src/lib/ingest/columns.ts `percentBesideChange`).
// Read as a heading spread over every column, the title made each column "Q2 2023 … Financial Highlights", the change
// a period of 2023 and the percentages a period named "second": no change of the table was ever judged.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkExcerpt, readExcerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/ebay-2023-q2-highlights.txt', 'utf8');
const excerpt = { id: 'ebay-2023-q2', headline: 'eBay Inc. Reports Better Than Expected Second Quarter 2023 Results', name: 'eBay Inc.', ticker: 'EBAY', fiscalPeriod: '2023-q2', releaseDate: '2023-07-26', fiscalYearEnd: '12-31' };
const planted = (from: string, to: string) => {
  expect(EXCERPT).toContain(from);
  return EXCERPT.replace(from, to);
};

describe("a table's name and unit statement on one line is its title (eBay, 2Q23)", () => {
  test.each([
    ['title', (t: { title: string }) => t.title, 'Second Quarter 2023 Financial Highlights'],
    ['unit statement', (t: { unitNote: string | null }) => t.unitNote, '(presented in millions, except per share data and percentages)'],
  ])('its %s', (_what, get, expected) => {
    expect(readExcerpt(EXCERPT, excerpt).tables.map(get)).toEqual([expected]);
  });

  test.each([
    // [column, its period, its measure]
    [0, '2023-q2', undefined],
    [1, '2022-q2', undefined],
    [2, '2023-q2-vs-2022-q2', 'difference'],
    [3, '2023-q2-vs-2022-q2', 'ratio'],
  ])('column %i reads %s', (i, period, measure) => {
    const column = readExcerpt(EXCERPT, excerpt).tables[0]!.columns[i]!;
    expect(column.period).toBe(period);
    if (measure === 'ratio') expect(column.header).toMatch(/% Change$/);
    if (measure === 'difference') expect(column.header).toMatch(/Change$/);
  });
});

describe('the percentages beside the change are its growth, judged (eBay, 2Q23)', () => {
  const verdict = (text: string, row: string) => checkExcerpt(text, excerpt).find((c) => c.kind === 'growth' && c.id.includes(`/${row}/`))?.verdict;
  test.each([
    // [what, row, verdict, excerpt]: 2,540 against 2,422 is 4.87%, printed 5%; EPS 1.03 against 0.99 is 3.0% to 5.1% within
    // the rounding of its cents; non-GAAP net income 555 against 554 is 0.18%, "**" ("Not meaningful") where the
    // column prints whole percentages: it would print 0%, and a release may call that not meaningful.
    ['as printed', 'ebay-inc-net-revenues', 'rounding', EXCERPT],
    ['as printed', 'earnings-per-diluted-share', 'rounding', EXCERPT],
    ['as printed', 'non-gaap-continuing-operations-net-income', 'unverifiable', EXCERPT],
    ['revenue growth planted 9%', 'ebay-inc-net-revenues', 'mismatch', planted('$    118        5%', '$    118        9%')],
    ['non-GAAP net income planted 455', 'non-gaap-continuing-operations-net-income', 'mismatch', planted('$    555       $    554', '$    455       $    554')],
  ])('%s: %s is %s', (_what, row, expected, text) => {
    expect(verdict(text, row)).toBe(expected);
  });
});
