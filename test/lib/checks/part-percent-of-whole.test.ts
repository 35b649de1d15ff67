// A share named by its part and its whole (src/lib/checks/margins.ts): Cree's "Wolfspeed percent of revenue" printed
// under "Wolfspeed revenue" is that line over "Total revenue" (excerpt cree-fy2020-q3-segments, from
// ../shared/unseen-edgar-s13): the part's line is named by the share's own words and the whole's word after them.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const shares = (edits: [string, string][] = []) => excerpt('cree-fy2020-q3-segments', edits).checks.filter((c) => c.id.startsWith('definition/') && c.id.includes('-percent-of-revenue/'));

describe('"<part> percent of <whole>" is the line "<part> <whole>" over the whole', () => {
  test('both segments\' shares, the quarter and the nine months, both years, hold', () => {
    const checks = shares();
    expect(checks.length).toBe(8);
    expect(checks.filter((c) => c.verdict !== 'exact' && c.verdict !== 'rounding')).toEqual([]);
    const q3 = checks.find((c) => c.id.endsWith('/wolfspeed-percent-of-revenue/2020-q3'))!;
    expect(q3.formula).toContain('Wolfspeed revenue');
    expect(q3.formula).toContain('Total revenue');
  });

  test('a share altered beyond rounding is a mismatch (LED Products in the quarter of 2019, 48% printed 58%)', () => {
    const mismatches = shares([['LED Products percent of revenue\t47%\t48%', 'LED Products percent of revenue\t47%\t58%']]).filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => c.id.split('/').slice(-2).join('/'))).toEqual(['led-products-percent-of-revenue/2019-q3']);
  });
});
