// J&J's statements of earnings recast to continuing operations (its 8-K of 2023-08-30, exhibit 99.1, through
// `pdftotext -layout`, unseen set s30; excerpt test/fixtures/import/real/jnj-2023-recast-earnings.txt): "2023" printed
// once, flush right on the unit statement's line, over "Q1 | Q2 | SIX MONTHS", each over an "Amount | Percent to Sales"
// pair. Read by their characters, the year stood over Q2 alone, "Q1" over its amounts alone and "SIX MONTHS" over its
// amounts alone: the first pair had no period, the six months' percentages none, and "Percent" spread over the amounts
// beside it. Now "Q1 | Q2 | SIX MONTHS", as many periods as the pairs the leaf repeats, head the pairs in turn
// (src/lib/import/text-heading-groups.ts); the one year the header prints heads every column the periods below it head
// (text-table.ts, yearOverPeriods); and headings each written over a run of columns show the import wrote the spans
// out (src/lib/ingest/columns.ts, writtenAcross), so "Percent" heads "to Sales" alone.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readExcerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/jnj-2023-recast-earnings.txt', 'utf8');
const release = () =>
  readExcerpt(EXCERPT, { id: 'jnj-2023-recast', headline: 'Johnson & Johnson recasts 2023 results to continuing operations', name: 'Johnson & Johnson', ticker: 'JNJ', fiscalPeriod: '2023-q2', releaseDate: '2023-08-30', fiscalYearEnd: '12-31' });

describe('one year over periods named without it heads them all (J&J, the 8-K recasting 2023)', () => {
  test.each([
    // The 2023 table: each pair under its period, the year over all three.
    ['sales-to-customers', '20894', '2023-q1', 'USD'],
    ['sales-to-customers', '21519', '2023-q2', 'USD'],
    ['sales-to-customers', '42413', '2023-h1', 'USD'],
    ['cost-of-products-sold', '32.0', '2023-q1', 'percent'],
    ['cost-of-products-sold', '31.0', '2023-h1', 'percent'],
    // The 2022 table of "Q3 | Q4 | FULL YEAR": the amounts are amounts, not percentages.
    ['sales-to-customers', '19939', '2022-q4', 'USD'],
    ['sales-to-customers', '79990', '2022-fy', 'USD'],
    ['cost-of-products-sold', '30.7', '2022-fy', 'percent'],
  ])('%s %s is %s, %s', (row, value, period, unit) => {
    const fact = release().facts.find((f) => f.status === 'reported' && f.row === row && f.value === value);
    expect(fact?.period).toBe(period);
    expect(fact?.unit).toBe(unit);
    // The column's meaning: its amount, or its percent to sales; never "Percent" spread over an amount.
    expect(fact?.id.endsWith(`/${row}/${period}.${unit === 'USD' ? 'amount' : 'percent-sales'}`)).toBe(true);
  });

  test('no column of either statement is left without a period', () => {
    const reported = release().facts.filter((f) => f.status === 'reported' && f.table.startsWith('statement-of-earnings'));
    expect(reported.length).toBeGreaterThan(100);
    expect(reported.filter((f) => !/^20\d\d-(?:q[1-4]|h1|fy)$/.test(f.period)).map((f) => `${f.id} ${f.period}`)).toEqual([]);
  });
});
