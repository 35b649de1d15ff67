// Net interest spread = yield on interest-earning assets − cost of interest-bearing liabilities (src/lib/checks/spread.ts),
// on excerpts of the corpus: Horizon Financial's rates and ratios, two tables; Chimera's average balance table, one column.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CORPUS_EXCERPTS as CORPUS, excerpt } from './no-model.ts';


describe('net interest spread', () => {
  test.each([
    // Horizon Financial: 7.50% − 2.82% = 4.68%, the rates in the weighted-average table, the spread among the ratios
    ['hrzb-fy2006-q3-rates', 'definition/financial/net-interest-spread/2006-q3', 'exact', '4.68'],
    ['hrzb-fy2006-q3-rates', 'definition/financial/net-interest-spread/2005-9m', 'exact', '4.21'],
    // Chimera: the "Total" of interest-earning assets 6.0% less that of interest-bearing liabilities 4.5%, in the same column
    ['cim-2024-q4-average-balances', 'definition/chimera-investment-corporation-reports-4th-quarter/economic-net-interest-incomenet-interest-rate-spread/2024-q4.average-yield-cost', 'exact', '1.5'],
  ])('%s %s → %s (%s)', (id, check, verdict, computed) => {
    const c = excerpt(id).check(check);
    expect(c.verdict).toBe(verdict);
    expect(c.computed).toBe(computed);
  });

  test('a planted error: the spread of Q2 fiscal 2006, 4.52% printed 4.25%, is a mismatch corroborated by the other columns', () => {
    const c = excerpt('hrzb-fy2006-q3-rates', [['Net interest spread\t4.68%\t4.52%', 'Net interest spread\t4.68%\t4.25%']]).check('definition/financial/net-interest-spread/2006-q2');
    expect(c.verdict).toBe('mismatch');
  });

  test('a spread defined otherwise in every column, its rates read from another table, is left out: never a mismatch', () => {
    const text = readFileSync(`${CORPUS}/hrzb-fy2006-q3-rates/release.txt`, 'utf8');
    const spread = text.split('\n').find((l) => l.startsWith('Net interest spread'))!;
    const c = excerpt('hrzb-fy2006-q3-rates', [[spread, 'Net interest spread\t5.06%\t4.91%\t4.63%\t4.93%\t4.61%']]);
    const checks = c.checks.filter((x) => x.id.startsWith('definition/financial/net-interest-spread/'));
    expect(checks).toEqual([]);
  });
});
