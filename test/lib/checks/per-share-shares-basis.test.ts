// Which count of shares a figure per share divides (src/lib/checks/per-share-rows.ts `sharesOf`), where the counts do
// not all name their basis:
// - Farmers National Banc, 1Q20 (unseen set s14): "Basic and diluted earnings per share" over the table's
//   one weighted count, "Average diluted shares outstanding": a figure both basic and diluted rounds alike over either.
// - Standard Motor Products, 1Q20 (unseen set s13): "Weighted average number of common shares" (no basis) beside
//   "… of common and dilutive shares": the dilutive count is the diluted one, the other the basic one.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const eps = (id: string, row: string, edits: [string, string][] = []) => excerpt(id, edits).checks.filter((c) => c.id.split('/')[0] === 'definition' && c.id.split('/')[2] === row);

describe('a figure both basic and diluted over the table\'s one weighted count of shares', () => {
  const ROW = 'basic-and-diluted-earnings-per-share';
  test.each([
    // [column, computed to two places]
    ['2020-q1', '0.30'],
    ['2019-q4', '0.35'],
    ['2019-q1', '0.30'],
  ])('%s: net income over average diluted shares, %s', (column, computed) => {
    const c = eps('fmnb-2020-q1-highlights', ROW).find((x) => x.id.endsWith(`/${column}`))!;
    expect(c.formula).toBe('Basic and diluted earnings per share = Net income ÷ Average diluted shares outstanding');
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(Number(c.computed).toFixed(2)).toBe(computed);
  });

  test('earnings per share of the third quarter altered, 0.33 printed 0.38, is a mismatch there, corroborated', () => {
    const checks = eps('fmnb-2020-q1-highlights', ROW, [['Basic and diluted earnings per share\t0.30\t0.35\t0.33', 'Basic and diluted earnings per share\t0.30\t0.35\t0.38']]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/').at(-1))).toEqual(['2019-q3']);
  });

  test('a table of two weighted counts, neither naming both bases, gives the figure none', () => {
    const checks = eps('fmnb-2020-q1-highlights', ROW, [['Basic and diluted earnings per share\t', 'Average basic shares outstanding\t28,700\t27,800\t27,800\t27,900\t27,950\nBasic and diluted earnings per share\t']]);
    expect(checks).toEqual([]);
  });
});

describe('counts naming no basis beside a count of dilutive shares', () => {
  test.each([
    // [row, the count it divides]
    ['net-earnings-per-common-share-basic', 'WEIGHTED AVERAGE NUMBER OF COMMON SHARES'],
    ['net-earnings-per-common-share-diluted', 'WEIGHTED AVERAGE NUMBER OF COMMON AND DILUTIVE SHARES'],
  ])('%s divides %s', (row, shares) => {
    const checks = eps('smp-2020-q1-operations', row);
    expect(checks.map((c) => c.formula)).toEqual(Array(2).fill(`${row.startsWith('net-earnings-per-common-share-b') ? 'NET EARNINGS PER COMMON SHARE - BASIC' : 'NET EARNINGS PER COMMON SHARE - DILUTED'} = NET EARNINGS ÷ ${shares}`));
    // Under "(In thousands, except per share amounts)" its counts of shares, printed in full, are read in units, as the
    // figures per share beside them say (src/lib/ingest/shares-by-earnings.ts): 8,627 thousand ÷ 22,868,975 = 0.377.
    expect(checks.map((c) => c.verdict)).toEqual(['rounding', 'rounding']);
  });
});
