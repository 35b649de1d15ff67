// A bare "Per share" under its line, naming no basis, in a table whose every count of shares is one figure in each
// column: PrairieSky Royalty's 4Q24 financial and operational information, "Dividends declared" over "Per share", its
// "Shares outstanding at period end" and "Weighted average - basic and diluted" both 239.0 million in every column.
// Whichever count the figure divides, it is that one. Excerpt of the imported release
// (test/fixtures/checks/corpus/README.md), with no company model.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const ID = 'psk-2024-q4-per-share';
const row = 'definition/financial-and-operational-information/per-share';

describe('a figure per share naming no basis, over shares that agree on every basis', () => {
  test.each([
    // [column, printed, verdict, computed]
    ['2024-q4', '0.25', 'rounding', '0.2506'],
    ['2024-q3', '0.25', 'rounding', '0.2497'],
    ['2023-q4', '0.24', 'rounding', '0.2397'],
    ['2024-fy', '1.00', 'exact', '1'],
    ['2023-fy', '0.96', 'rounding', '0.9589'],
  ])('%s: %s is %s', (column, printed, verdict, computed) => {
    const c = excerpt(ID).check(`${row}/${column}`);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe(verdict);
    expect(c.computed).toMatch(new RegExp(`^${computed.replace('.', '\\.')}`));
    expect(c.formula).toBe('Per share = Dividends declared ÷ Shares outstanding at period end');
  });

  test('no figure of the table is a mismatch', () => {
    expect(excerpt(ID).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // [as printed, as altered, the column accused]
    ['Per share\t0.25\t0.25\t0.24\t1.00\t0.96', 'Per share\t0.25\t0.85\t0.24\t1.00\t0.96', '2024-q3'],
    ['Dividends declared(2)\t59.9\t59.7\t57.3\t239.0\t229.2', 'Dividends declared(2)\t59.9\t59.7\t57.3\t239.0\t209.2', '2023-fy'],
  ])('%j altered to %j is a mismatch', (from, to, column) => {
    alteredIsMismatch(ID, from, to, `${row}/${column}`);
  });

  test('shares that differ between bases leave the figure unread', () => {
    const c = excerpt(ID, [['Weighted average - basic and diluted\t239.0\t239.0', 'Weighted average - basic and diluted\t238.0\t239.0']]);
    expect(c.checks.filter((x) => x.id.startsWith(`${row}/`))).toEqual([]);
  });
});
