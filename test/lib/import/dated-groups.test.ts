// Ferguson, Q4 and fiscal 2024 (company PDF, `pdftotext -layout`, unseen set s31; excerpt
// test/fixtures/import/real/ferg-fy2024-q4-adjusted-net-income.txt): "Three months ended" / "July 31," centred over
// "2024 | 2023", each year over an "amount | per share(1)" pair, the span's characters over the first pair's per-share
// column alone. Read so, the first amount column had the year alone and was read as the fiscal year: the quarter's
// net income 451 tied against the year's 1,735. A span phrase or month and day alone on its line, centred over the
// dates of a line below that each head a group of as many columns, heads every group, and each date its group
// (src/lib/import/text-table.ts, spanOverDatedGroups). Only where each group's other columns print a heading of their own:
// Ulta's "13 Weeks Ended" over "July 29, | July 30," and "2023 | 2022", each over an amount and its percentage of sales
// with no heading (2Q FY2023, pdftotext, unseen set s27; excerpt test/fixtures/import/real/ulta-fy2023-q2-income.txt),
// written with the year over both, read the percentages as a second column of the quarter's amounts.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkExcerpt, readExcerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/ferg-fy2024-q4-adjusted-net-income.txt', 'utf8');
const ULTA = readFileSync('test/fixtures/import/real/ulta-fy2023-q2-income.txt', 'utf8');
const ulta = { id: 'ulta-fy2023-q2', headline: 'Ulta Beauty Announces Second Quarter Fiscal 2023 Results', name: 'Ulta Beauty, Inc.', ticker: 'ULTA', fiscalPeriod: '2023-q2', releaseDate: '2023-08-24', fiscalYearEnd: '01-28', fiscalYearNamedBy: 'start' as const };
const meta = { id: 'ferg-fy2024-q4', headline: 'Ferguson Reports Fourth Quarter and Year End Results; Issues FY2025 Guidance', name: 'Ferguson', ticker: 'FERG', fiscalPeriod: '2024-q4', releaseDate: '2024-09-17', fiscalYearEnd: '07-31' };

describe('a span centred over dated groups heads them all (Ferguson, fiscal 2024)', () => {
  test.each([
    ['net-income', '451', '2024-q4', '2024-q4'],
    ['net-income', '2.23', '2024-q4', '2024-q4.per-share'],
    ['net-income', '584', '2023-q4', '2023-q4'],
    ['net-income', '2.85', '2023-q4', '2023-q4.per-share'],
    ['adjusted-net-income', '602', '2024-q4', '2024-q4'],
    ['net-income', '1735', '2024-fy', '2024-fy'],
    ['net-income', '8.53', '2024-fy', '2024-fy.per-share'],
    ['adjusted-net-income', '1972', '2024-fy', '2024-fy'],
    ['adjusted-net-income', '9.84', '2023-fy', '2023-fy.per-share'],
  ])('%s %s is of %s (column %s)', (row, value, period, column) => {
    const fact = readExcerpt(EXCERPT, meta).facts.find((f) => f.status === 'reported' && f.row === row && f.value === value);
    expect(fact?.period).toBe(period);
    expect(fact?.id.endsWith(`/${row}/${column}`)).toBe(true);
  });

  test('every column has its period, and no mismatch', () => {
    expect(readExcerpt(EXCERPT, meta).facts.filter((f) => f.status === 'reported' && !/^20\d\d-(?:q4|fy)$/.test(f.period)).map((f) => f.id)).toEqual([]);
    expect(checkExcerpt(EXCERPT, meta).filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    ['net-sales', '2529809', '2023-q2'],
    ['net-sales', '100.0', '2023-q2.percent'],
    ['cost-of-sales', '60.7', '2023-q2.percent'],
    ['cost-of-sales', '59.6', '2022-q2.percent'],
  ])('Ulta: a group whose second column has no heading is left as it was: %s %s in %s', (row, value, column) => {
    const fact = readExcerpt(ULTA, ulta).facts.find((f) => f.status === 'reported' && f.row === row && f.value === value);
    expect(fact?.id.endsWith(`/${row}/${column}`)).toBe(true);
  });
});

// Ferguson's summary tables (same release, lines 50–73; excerpt test/fixtures/import/real/ferg-fy2024-q4-summary.txt):
// "Three months ended July 31," centred over "2024 | 2023 | Change", each over a "Reported | Adjusted(1)" pair, the last
// pair's note mark dropped ("Adjusted"). The span's characters stood over the second and third columns, the year 2024
// between the first pair's columns: 2024's reported figures were read under the year alone, as the fiscal year's, and
// the adjusted ones had no period. The periods and the change each head their pair (text-heading-groups.ts, a note mark
// no part of a repeat), and the span the pairs of the years it is centred over (spanOverGroupedPeriods).
describe("a span centred over years that each head a pair heads both pairs (Ferguson's summary, fiscal 2024)", () => {
  const SUMMARY = readFileSync('test/fixtures/import/real/ferg-fy2024-q4-summary.txt', 'utf8');
  test.each([
    // row, figure as printed, period, column key
    ['operating-margin', '10.2%', '2024-q4', '2024-q4.reported'],
    ['operating-profit', '857', '2024-q4', '2024-q4.adjusted'],
    ['operating-profit', '782', '2023-q4', '2023-q4.reported'],
    ['earnings-per-share-diluted', '2.77', '2023-q4', '2023-q4.adjusted'],
    ['operating-profit', '+5.3%', '2024-q4-vs-2023-q4', '2024-q4-vs-2023-q4.adjusted'],
    ['operating-profit', '2,652', '2024-fy', '2024-fy.reported'],
    ['adjusted-ebitda', '3,015', '2024-fy', '2024-fy.adjusted'],
    ['operating-profit', '(3.2)%', '2024-fy-vs-2023-fy', '2024-fy-vs-2023-fy.adjusted'],
  ])('%s %s is of %s (column %s)', (row, raw, period, column) => {
    const facts = readExcerpt(SUMMARY, meta).facts.filter((f) => f.row === row && f.raw === raw);
    expect(facts.map((f) => [f.period, f.id.split('/').at(-1)])).toEqual([[period, column]]);
  });

  test('no figure of the quarter is read as the fiscal year, and none has no period', () => {
    const facts = readExcerpt(SUMMARY, meta).facts.filter((f) => f.status === 'reported');
    const quarterTable = facts.filter((f) => f.raw === '7,946' || f.raw === '811' || f.raw === '2.98');
    expect(quarterTable.map((f) => f.period)).toEqual(['2024-q4', '2024-q4', '2024-q4', '2024-q4']);
    expect(facts.filter((f) => f.period === '').map((f) => f.id)).toEqual([]);
  });
});
