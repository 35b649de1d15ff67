// The ratios a split can have between two printings of a figure. Figures of real releases: Amazon's
// weighted diluted shares of Q1 2022, 516 (millions) before its 20-for-1 split and 10,324 after
// and its diluted loss per share of Q1 2022, (7.56) then (0.38) (../shared/series/amzn/); FosRich's earnings per
// stock unit of Q1 2023 ten for one, "Pre-split … 31.6", "Post-split … 3.16" (test/fixtures/series/fosrich-*-excerpt.txt).
import { describe, expect, test } from 'vitest';
import { Decimal } from '../../../src/lib/decimal.ts';
import { magnitude, printedInterval, splitRatiosWithin } from '../../../src/lib/series/split-ratios.ts';

const bounds = (earlier: [string, number, number], later: [string, number, number], perShare: boolean) => {
  const [e, l] = [earlier, later].map(([value, scale, decimals]) => magnitude(printedInterval({ value, scale, decimals })));
  const [n, d] = perShare ? [e!, l!] : [l!, e!];
  return [n.lo.div(d.hi), n.hi.div(d.lo)] as const;
};

describe('split ratios within the bounds two printings put on them', () => {
  test.each([
    // earlier [value, scale, decimals], later, per share, ratios simplest first (null: too many to point to one)
    [['516', 6, 0], ['10324', 6, 0], false, [[20, 1]]],
    [['31.6', -2, 1], ['3.16', -2, 2], true, [[10, 1]]],
    // A loss per share printed negative both times: its magnitude. Rounded to the cent, 7.56 and 0.38 bound the
    // ratio within 19.62 and 20.17, where 59/3, 79/4 and 99/5 lie too: the simplest first.
    [['-7.56', 0, 2], ['-0.38', 0, 2], true, [[20, 1], [59, 3], [79, 4], [99, 5]]],
    // 3-for-2: 150 million shares then 225 million.
    [['150', 6, 0], ['225', 6, 0], false, [[3, 2]]],
    // A reverse split, one for twelve: 1,200 thousand shares then 100.
    [['1200', 3, 0], ['100', 3, 0], false, [[1, 12]]],
    // An 11-for-10 (a 10% stock dividend) is not a split: nothing.
    [['1000', 3, 0], ['1100', 3, 0], false, []],
    // An EPS of a few cents bounds the ratio loosely: too many ratios to point to one.
    [['0.05', 0, 2], ['0.01', 0, 2], true, null],
  ] as const)('%j then %j (per share %s): %j', (earlier, later, perShare, ratios) => {
    const [lo, hi] = bounds(earlier as unknown as [string, number, number], later as unknown as [string, number, number], perShare);
    expect(splitRatiosWithin(lo, hi, 20)).toEqual(ratios);
  });

  test('without a limit the simplest comes first: the smaller number, then the larger', () => {
    // Between 1.45 and 2.6: 2/1 (smaller 1), then 3/2, 5/2 (smaller 2), then 5/3, 7/3 (smaller 3), …
    const all = splitRatiosWithin(new Decimal('1.45'), new Decimal('2.6'))!;
    expect(all.slice(0, 5)).toEqual([[2, 1], [3, 2], [5, 2], [5, 3], [7, 3]]);
    expect(all.every(([a, b]) => Math.min(a, b) <= 5 && Math.max(a, b) <= 1000)).toBe(true);
  });

  test('no ratio for bounds that do not lie above zero', () => {
    expect(splitRatiosWithin(new Decimal(0), new Decimal(3))).toEqual([]);
  });
});
