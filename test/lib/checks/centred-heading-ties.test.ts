// Anywhere Real Estate's financial highlights, 4Q24 (unseen wire set s10): "Three Months Ended December
// 31," printed once, centred over all four columns of a fixed-width table, its characters over two.
// Before the import read the heading over every column, the first column was dated FY 2024 and its
// revenue 1,362 was tied to the year's Net revenues 5,692: a false mismatch. Now the quarter's figures
// tie to the quarter's statement, and a figure printed wrong there is still a mismatch.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

describe('the highlights\' quarter ties to the statements\' quarter (Anywhere, 4Q24)', () => {
  // [check, verdict]
  const cases: [string, string][] = [
    ['tie/revenue/2024-q4', 'exact'],
    ['tie/net-income-attributable/2024-q4', 'exact'],
    ['tie/net-income-attributable/2023-q4', 'exact'],
  ];
  test.each(cases)('%s is %s', (id, verdict) => {
    expect(excerpt('hous-2024-q4-highlights').check(id).verdict).toBe(verdict);
  });

  test('no tie of the highlights rests on a full year', () => {
    // The statements print the year too; the highlights' quarter block does not, so no tie of revenue or net loss is a year's.
    const ids = excerpt('hous-2024-q4-highlights').checks.map((c) => c.id);
    expect(ids.filter((id) => /^tie\/(revenue|net-income-attributable)\/2024-fy/.test(id))).toEqual([]);
  });

  test('a figure altered beyond rounding is still a mismatch: revenue 1,362 printed 1,462 in the highlights', () => {
    alteredIsMismatch('hous-2024-q4-highlights', 'Revenue\t$ 1,362', 'Revenue\t$ 1,462', 'tie/revenue/2024-q4');
  });
});
