/**
 * The screen before a subtotal is evaluated (src/lib/checks/sum-screen.ts) may only rule out what
 * cannot hold: checked against exact interval arithmetic on random blocks, and on the cases a
 * release prints (nil lines, mixed precision, "Less:" lines, other scales).
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { sumScreen, type ScreenRow } from '../../../src/lib/checks/sum-screen.ts';

const row = (values: (string | null)[], sign: 1 | -1 = 1, scale: number | null = 3): ScreenRow => ({ values, scale, sign });

/** Whether line j = lines k … j−1 holds within the printed precision in every column where all are printed (interval overlap). */
function holds(rows: ScreenRow[], k: number, j: number): boolean {
  const columns = rows[0]!.values.length;
  for (let c = 0; c < columns; c++) {
    const block = rows.slice(k, j + 1);
    if (block.some((r) => r.values[c] == null)) continue;
    const half = (v: string) => new Decimal(0.5).div(new Decimal(10).pow(v.split('.')[1]?.length ?? 0));
    let sum = new Decimal(0);
    let slack = half(rows[j]!.values[c]!);
    for (const r of rows.slice(k, j)) {
      sum = sum.plus(new Decimal(r.values[c]!).times(r.sign));
      slack = slack.plus(half(r.values[c]!));
    }
    if (sum.minus(rows[j]!.values[c]!).abs().greaterThan(slack)) return false;
  }
  return true;
}

describe('the screen of a subtotal', () => {
  test.each<[string, ScreenRow[], number, number, boolean]>([
    ['a subtotal that ties', [row(['100']), row(['200']), row(['300'])], 0, 2, true],
    ['one far off', [row(['100']), row(['200']), row(['350'])], 0, 2, false],
    ['off by one unit across three rounded figures', [row(['100']), row(['200']), row(['301'])], 0, 2, true],
    ['a nil or n/m line: that column says nothing', [row(['100', null]), row([null, '5']), row(['999', '7'])], 0, 2, true],
    ['a nil line, the other column far off', [row(['100', '1']), row([null, '2']), row(['100', '9'])], 0, 2, false],
    ['a "Less:" line subtracts', [row(['100']), row(['30'], -1), row(['70'])], 0, 2, true],
    ['mixed precision', [row(['1.25']), row(['2']), row(['3.3'])], 0, 2, true],
    ['rows in another scale: the screen lets it through', [row(['1']), row(['2000'], 1, 0), row(['3'])], 0, 2, true],
    ['no scale known: lets it through', [row(['1'], 1, null), row(['2'], 1, null), row(['99'], 1, null)], 0, 2, true],
    ['a pair starting later in the block', [row(['999']), row(['10']), row(['20']), row(['30'])], 1, 3, true],
  ])('%s', (_, rows, k, j, expected) => {
    expect(sumScreen(rows)(k, j)).toBe(expected);
  });

  test.each<[string, ScreenRow[], number, boolean]>([
    ['one column off, one tolerated: let through', [row(['100', '10']), row(['200', '20']), row(['300', '90'])], 1, true],
    ['two columns off, one tolerated: ruled out', [row(['100', '10']), row(['200', '20']), row(['350', '90'])], 1, false],
    ['one column off, none tolerated: ruled out', [row(['100', '10']), row(['200', '20']), row(['300', '90'])], 0, false],
  ])('a run failing in a column tolerated (a reading one column\'s error would fail): %s', (_, rows, tolerate, expected) => {
    expect(sumScreen(rows)(0, 2, tolerate)).toBe(expected);
  });

  test('never rules out a subtotal that holds, on random blocks of printed figures', () => {
    const figure = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -50_000, max: 50_000 }).map(String),
      fc.tuple(fc.integer({ min: -5_000, max: 5_000 }), fc.integer({ min: 0, max: 99 })).map(([w, f]) => `${w < 0 ? '-' : ''}${Math.abs(w)}.${String(f).padStart(2, '0')}`),
    );
    let ruledOut = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(figure, figure, fc.constantFrom<1 | -1>(1, 1, -1)), { minLength: 3, maxLength: 12 }),
        fc.nat(),
        (cells, pick) => {
          const rows = cells.map(([a, b, sign]) => row([a, b], sign));
          // Make the last line the exact sum of a run above it, give or take a unit, in each column.
          const j = rows.length - 1;
          const k = pick % (j - 1);
          for (let c = 0; c < 2; c++) {
            if (rows.slice(k, j).some((r) => r.values[c] == null)) continue;
            const sum = rows.slice(k, j).reduce((s, r) => s.plus(new Decimal(r.values[c]!).times(r.sign)), new Decimal(0));
            rows[j]!.values[c] = sum.plus(pick % 3 - 1).toFixed(pick % 2 ? 2 : 0);
          }
          const screen = sumScreen(rows);
          for (let jj = 2; jj < rows.length; jj++) {
            for (let kk = 0; kk <= jj - 2; kk++) {
              if (holds(rows, kk, jj)) expect(screen(kk, jj)).toBe(true);
              else if (!screen(kk, jj)) ruledOut++;
            }
          }
        },
      ),
      { numRuns: 300, seed: 20101231 },
    );
    // It does rule out what cannot hold, or it would not be worth having.
    expect(ruledOut).toBeGreaterThan(100);
  });
});
