// A trailing-twelve-month line beside its quarters (src/lib/checks/trailing-sums.ts): Amazon's supplemental metrics
// print "WW net sales -- TTM" under "Worldwide (WW) net sales" for six consecutive quarters (Q3 2020 to Q4 2021), and
// each segment's "Net sales -- TTM" and "Operating income -- TTM" under its quarters (excerpts amzn-2021-q4-quarters
// and amzn-2021-q4-segment-margins, from ../shared/series/amzn). Where the table prints a quarter and the three before
// it, the trailing line is their sum: 108,518 + 113,080 + 110,812 + 137,412 = 469,822 at Q4 2021.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const sums = (id: string, edits: [string, string][] = []) => excerpt(id, edits).checks.filter((c) => c.id.endsWith('/quarters'));
const tail = (id: string) => id.split('/').slice(-3, -1).join('/');

describe('a TTM line is the sum of the four quarters ending with its column', () => {
  const cases: [string, string, number][] = [
    ['amzn-2021-q4-quarters', 'ww-net-sales-ttm', 469822],
    ['amzn-2021-q4-quarters', 'operating-income-ttm', 24879],
    ['amzn-2021-q4-quarters', 'net-income-ttm', 33364],
    ['amzn-2021-q4-segment-margins', 'north-america-segment--net-sales-ttm', 279833],
    ['amzn-2021-q4-segment-margins', 'operating-income-loss-ttm', -924],
    ['amzn-2021-q4-segment-margins', 'aws-segment--operating-income-ttm', 18532],
  ];
  test.each(cases)('%s %s: Q2, Q3 and Q4 2021 hold exactly', (id, row, q4) => {
    const checks = sums(id).filter((c) => c.id.includes(`/${row}/`));
    expect(checks.map((c) => tail(c.id))).toEqual(['2021-q2', '2021-q3', '2021-q4'].map((q) => `${row}/${q}`));
    expect(checks.map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact']);
    expect(checks.at(-1)!.computed).toBe(String(q4));
  });

  test('no TTM figure per share is summed (its quarters are over different counts of shares)', () => {
    expect(sums('amzn-2021-q4-quarters').filter((c) => c.id.includes('per-diluted-share'))).toEqual([]);
  });

  test('a TTM figure altered beyond rounding is a mismatch (WW net sales at Q3 2021, 457,965 printed 458,965)', () => {
    const row = 'WW net sales -- TTM\t$ 347,946\t$ 386,064\t$ 419,130\t$ 443,298\t$ 457,965';
    const mismatches = sums('amzn-2021-q4-quarters', [[row, row.replace('457,965', '458,965')]]).filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => tail(c.id))).toEqual(['ww-net-sales-ttm/2021-q3']);
    expect(mismatches[0]!.explanation).toContain('sum of its four quarters in 2 other columns');
  });

  test('a quarter altered beyond rounding fails every TTM that sums it: none holds, so none is accused', () => {
    const row = 'Worldwide (WW) net sales\t$ 96,145\t$ 125,555\t$ 108,518';
    const checks = sums('amzn-2021-q4-quarters', [[row, row.replace('108,518', '118,518')]]).filter((c) => c.id.includes('/ww-net-sales-ttm/'));
    expect(checks.map((c) => c.verdict)).toEqual(['unverifiable', 'unverifiable', 'unverifiable']);
  });
});
