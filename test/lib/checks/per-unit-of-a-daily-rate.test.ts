// A figure per unit of a volume printed as a daily rate: PrairieSky Royalty's 4Q24 table of financial and operational
// information prints "Funds from operations per BOE" under "Royalty Production (BOE/d)": funds from operations ÷
// (BOE/d × the days of the column's period), 92 in a quarter of Q3 or Q4, 366 in 2024, 365 in 2023. Excerpt of the
// imported release (test/fixtures/checks/corpus/README.md), with no company model.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'psk-2024-q4-per-boe';
const row = 'definition/financial-and-operational-information/funds-from-operations-per-boe';

describe('Funds from operations per BOE: funds from operations over the daily production times the days of the period', () => {
  test.each([
    // [column, printed, computed (funds from operations ÷ (BOE/d × days))]
    ['2024-q4', '43.07', '43.0744'], // 99.0 ÷ (24,982 × 92)
    ['2024-q3', '41.12', '41.1247'], // 92.4 ÷ (24,422 × 92)
    ['2023-q4', '47.16', '47.1574'], // 111.1 ÷ (25,608 × 92)
    ['2024-fy', '41.28', '41.2775'], // 380.5 ÷ (25,186 × 366)
    ['2023-fy', '42.16', '42.1589'], // 382.5 ÷ (24,857 × 365)
  ])('%s: %s holds within rounding', (column, printed, computed) => {
    const c = excerpt(ID).check(`${row}/${column}`);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe('rounding');
    expect(c.computed).toMatch(new RegExp(`^${computed.replace('.', '\\.')}`));
  });

  test('no figure is a mismatch as printed', () => {
    expect(excerpt(ID).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // [as printed, as altered, the column accused]: holding in the four other columns, the one that fails is a mismatch
    ['Funds from operations per BOE\t43.07', 'Funds from operations per BOE\t48.07', '2024-q4'],
    ['41.28\t42.16\n', '41.28\t42.96\n', '2023-fy'],
    ['Royalty Production (BOE/d)(6)\t24,982\t24,422', 'Royalty Production (BOE/d)(6)\t24,982\t21,422', '2024-q3'],
    ['Funds from operations\t99.0\t92.4\t111.1', 'Funds from operations\t99.0\t92.4\t117.1', '2023-q4'],
  ])('%j altered to %j is a mismatch', (from, to, column) => {
    expect(excerpt(ID, [[from, to]]).check(`${row}/${column}`).verdict).toBe('mismatch');
  });

  test('altered in two columns, the reading is not corroborated: neither is accused, nor published', () => {
    const altered = excerpt(ID, [
      ['Funds from operations per BOE\t43.07\t41.12', 'Funds from operations per BOE\t48.07\t46.12'],
    ]);
    expect(altered.checks.filter((c) => c.id.startsWith(row)).map((c) => [c.id.split('/').at(-1), c.verdict])).toEqual([
      ['2023-q4', 'rounding'],
      ['2024-fy', 'rounding'],
      ['2023-fy', 'rounding'],
    ]);
  });
});
