// A "Total" under a caption naming averages, read on the unseen set s12 (../shared/unseen-edgar-s12, review
// test/fixtures/corpus-review/unseen/edgar-s12.md, class B): Valaris's operating statistics, 1Q20 (excerpt
// val-2020-q1-day-rates), print "Average Day Rates(3)" over "Floaters", "Jackups" and "Other(2)", then "Total" $ 94,784:
// the fleet's average day rate, weighted by operating days the table does not print. Footed as the sum of the three
// (319,376) it was a mismatch in all three columns, three false accusations. Such a total is no certain sum: failing
// everywhere it is unverifiable; where the lines do add up in the other columns, a column that fails is still a mismatch.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const VAL = 'val-2020-q1-day-rates';
const COLUMNS = ['2020-q1', '2019-q1', '2019-q4'];
const dayRates = (column: string) => `footing/operating-statistics/average-day-rates--total/${column}`;
const TOTAL = '    Total\t<u>$ 94,784</u>\t<u>$ 118,733</u>\t<u>$ 101,472</u>';

describe('Valaris\'s "Total" of its fleets\' average day rates: an average, not a sum', () => {
  test.each(COLUMNS)('%s: never a mismatch', (column) => {
    expect(excerpt(VAL).check(dayRates(column)).verdict).not.toBe('mismatch');
  });

  test.each([
    ['2020-q1', '    Total\t<u>$ 319,376</u>\t<u>$ 395,298</u>\t<u>$ 331,950</u>', 'exact'],
    ['2019-q4', '    Total\t<u>$ 319,376</u>\t<u>$ 395,298</u>\t<u>$ 331,850</u>', 'mismatch'],
    ['2020-q1', '    Total\t<u>$ 319,476</u>\t<u>$ 395,298</u>\t<u>$ 331,950</u>', 'mismatch'],
  ] as const)('where the lines add up in the other columns, %s printed as in "%s" is %s', (column, line, verdict) => {
    expect(excerpt(VAL, [[TOTAL, line]]).check(dayRates(column)).verdict).toBe(verdict);
  });
});
