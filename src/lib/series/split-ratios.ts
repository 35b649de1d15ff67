/**
 * The ratios a stock split can have, and the bounds two printings of a figure put on the ratio
 * between them. Both readings of a split across releases use them: the split no release states
 * (./unstated-split.ts) and the split a release states by printing a per-share line before and
 * after it (./per-share-lines.ts).
 *
 * A split gives a whole number of new shares for a whole number of old ones, written with small
 * numbers: a/b in lowest terms, the smaller at most SMALLER and the larger at most LARGER
 * (20-for-1, 3-for-2, 5-for-4, 7-for-4, 1-for-12, 1-for-35; an 11-for-10, a 10% stock dividend,
 * is not read as one).
 */
import { Decimal, parseDecimal, powerOfTen } from '../decimal.ts';

const SMALLER = 5;
const LARGER = 1_000;

export type Bounds = { lo: Decimal; hi: Decimal };

/** What a printed figure can have been before rounding: its value ± half a unit of its last printed digit. */
export function printedInterval(p: { value: string; scale: number; decimals: number }): Bounds {
  const value = parseDecimal(p.value).times(powerOfTen(p.scale));
  const half = powerOfTen(p.scale - p.decimals).div(2);
  return { lo: value.minus(half), hi: value.plus(half) };
}

/** A figure printed negative (a loss per share): its magnitude's interval. */
export function magnitude(x: Bounds): Bounds {
  return x.hi.lt(0) ? { lo: x.hi.neg(), hi: x.lo.neg() } : x;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * The split ratios [new, old] within [lo, hi] (lo > 0), the simplest first: by their smaller
 * number, then their larger. Null where there are more than `most` (bounds too loose to point to
 * a split), found without listing them all.
 */
export function splitRatiosWithin(lo: Decimal, hi: Decimal, most = Infinity): [number, number][] | null {
  if (!lo.gt(0)) return [];
  const found = new Map<string, [number, number]>();
  const add = (a: number, b: number) => {
    if (a !== b && gcd(a, b) === 1) found.set(`${a}/${b}`, [a, b]);
    return found.size <= most;
  };
  for (let small = 1; small <= SMALLER; small++) {
    // a/small and small/b: the other number found from the bounds.
    for (let a = Math.max(1, Math.ceil(lo.times(small).toNumber())); a <= Math.min(LARGER, Math.floor(hi.times(small).toNumber())); a++) {
      if (!add(a, small)) return null;
    }
    for (let b = Math.max(1, Math.ceil(new Decimal(small).div(hi).toNumber())); b <= Math.min(LARGER, Math.floor(new Decimal(small).div(lo).toNumber())); b++) {
      if (!add(small, b)) return null;
    }
  }
  const simplicity = (r: [number, number]) => [Math.min(...r), Math.max(...r)];
  return [...found.values()].sort((x, y) => simplicity(x)[0]! - simplicity(y)[0]! || simplicity(x)[1]! - simplicity(y)[1]!);
}
