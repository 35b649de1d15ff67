// PepsiCo's 2Q23 (its results PDF through `pdftotext -layout`, unseen set s27 pep-2023-q2.txt lines 581–601 and
// 680–699; excerpt test/fixtures/import/real/pep-2023-q2-weeks-ended.txt): the one period a header names, "24 Weeks
// Ended 6/17/2023", printed alone on its line and off the table's centre, heads all ten columns of changes and impacts
// (src/lib/import/text-table.ts `onlyPeriod`); and "24 Weeks Ended 6/11/2022", whose "6/11" could be either order, is
// June 11: the release's own "6/17/2023" prints the month first (src/lib/ingest/dates.ts `numericDateOrder`). Read
// apart, the first spanned three columns, and the second dated none (a problem said on every column).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { numericDateOrder } from '../../../src/lib/ingest/dates.ts';
import { readExcerpt, type Excerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/pep-2023-q2-weeks-ended.txt', 'utf8');
const pep: Excerpt = { id: 'pep-2023-q2', headline: 'PepsiCo Reports Second Quarter 2023 Results', name: 'PepsiCo, Inc.', ticker: 'PEP', fiscalPeriod: '2023-q2', releaseDate: '2023-07-13', fiscalYearEnd: '12-30' };

describe('the one period of a header heads every column (PepsiCo, 2Q23)', () => {
  test.each([
    // [table's title, how many columns, the end of every column's period]
    ['Year over Year % Change', 10, '2023-06-17'],
    ['Reported, GAAP Measure', 12, '2022-06-11'],
  ])('%s: %i columns ending %s', (_title, width, end) => {
    const release = readExcerpt(EXCERPT, pep);
    const table = release.tables.find((t) => t.columns.length === width)!;
    const ends = table.columns.map((c) => release.periods.find((p) => p.id === c.period)?.end);
    expect(ends).toEqual(Array.from({ length: width }, () => end));
  });

  test('no column is left without a period', () => {
    expect(readExcerpt(EXCERPT, pep).errors.filter((e) => /cannot tell whether the day or the month/.test(e.message))).toEqual([]);
  });
});

describe('numericDateOrder: the order a release prints its numeric dates in, where its own dates settle it', () => {
  test.each([
    ['6/17/2023 and 6/11/2022', 'month-first'],
    ['17/06/2023 and 11/06/2022', 'day-first'],
    ['6/11/2022 alone', null],
    ['6/17/2023 and 17/06/2023', null],
  ])('%s: %s', (text, order) => expect(numericDateOrder(text)).toBe(order));
});

// HanesBrands' 4Q24 (corpus hbi-2024-q4.md lines 1060–1085; excerpt test/fixtures/import/text/hbi-2024-q4-tax-as-adjusted.txt):
// "Quarters Ended | Years Ended" over "December 28, 2024 | December 30, 2023 | …", the last date printed "December 30," /
// "2023". A date's day is no word of a heading: "30, 2023" does not repeat "2023" (src/lib/import/text-heading-groups.ts
// `repeats`); read so, the years ended spanned one column and the tax as adjusted of fiscal 2024 lost its period.
describe('HanesBrands: the years ended span both their columns', () => {
  const TEXT = readFileSync('test/fixtures/import/text/hbi-2024-q4-tax-as-adjusted.txt', 'utf8');
  const hbi: Excerpt = { id: 'hbi-2024-q4', headline: 'HanesBrands Reports Fourth-Quarter and Full-Year 2024 Results', name: 'Hanesbrands Inc.', ticker: 'HBI', fiscalPeriod: '2024-q4', releaseDate: '2025-02-13', fiscalYearEnd: '12-28', currency: 'USD' };
  test('each column its period', () => {
    const table = readExcerpt(TEXT, hbi).tables[0]!;
    expect(table.columns.map((c) => c.period)).toEqual(['2024-q4', '2023-q4', '2024-fy', '2023-fy']);
  });
});
