/**
 * Closed intervals of exact decimals and their arithmetic, the reasoning of
 * XBRL Calculations 1.1: a printed figure stands for every value that rounds to
 * it, and a relation computed from printed figures can be anywhere in the
 * interval their arithmetic yields.
 *
 * Every operation returns a true enclosure of the exact result: endpoints are
 * rounded outward (lo towards −∞, hi towards +∞) on the rare occasion a result
 * needs more than 40 significant digits. Sums, differences and products of
 * printed figures never do, so for them the endpoints are exact.
 */
import { Decimal, DecimalCeil, DecimalFloor, parseDecimal, powerOfTen, toPlain } from '../decimal.ts';
import type { IntervalJson } from '../types.ts';
import {
  intervalReversed,
  printedDecimalsNotInteger,
  printedFinerThanDecimals,
  widenNegative,
} from './messages.ts';
import { Kept } from '../kept.ts';

/** The closed interval [lo, hi], lo ≤ hi. */
export interface Interval {
  readonly lo: Decimal;
  readonly hi: Decimal;
}

/** [lo, hi]; throws a RangeError when lo > hi. */
export function interval(lo: Decimal, hi: Decimal): Interval {
  if (lo.gt(hi)) throw new RangeError(intervalReversed(toPlain(lo), toPlain(hi)));
  return { lo, hi };
}

/** The degenerate interval [x, x]: a value known exactly. */
export function point(x: Decimal): Interval {
  return { lo: x, hi: x };
}

/**
 * Half a unit of the last printed digit: 0.5 × 10^−decimals.
 *
 * A figure printed with `decimals` digits after the point was rounded to the
 * nearest multiple of 10^−decimals, so the amount it stands for lies at most
 * half of that unit away. Negative `decimals` count whole tens to the left of
 * the point, as in XBRL ("60.5 million" restated in thousands is 60,500 with
 * decimals −2, ±50).
 */
export function halfUnit(decimals: number): Decimal {
  if (!Number.isInteger(decimals)) throw new RangeError(printedDecimalsNotInteger(decimals));
  // Every verdict asks for its tolerance, in one of a few precisions: each is made once (a Decimal never changes).
  let half = halves.get(decimals);
  if (!half) halves.set(decimals, (half = powerOfTen(-decimals).div(2)));
  return half;
}

const halves = new Map<number, Decimal>();

/**
 * The interval a printed figure stands for: value ± halfUnit(decimals).
 * "31197" with 0 decimals → [31196.5, 31197.5]; "16.4" with 1 → [16.35, 16.45];
 * "-0.03" with 2 → [-0.035, -0.025].
 *
 * Both bounds are closed: we cannot know which way the printer broke a tie, so
 * either neighbour of a half must count. `value` must be a decimal string whose
 * digits stop at the printed precision; a finer value means the caller has the
 * wrong `decimals`, and is a RangeError rather than a silently wrong tolerance.
 */
export function printed(value: string, decimals: number): Interval {
  // A figure is read by every check that uses it (its footing, its ties, its growth, the claims):
  // its interval is made once. Intervals are never changed, only combined into new ones.
  return intervals.get(`${value}|${decimals}`, () => printedInterval(value, decimals));
}

const intervals = new Kept<Interval>(20_000);

/**
 * A printed figure in base units (× 10^power): its value and the interval it stands for. Every
 * evaluation reads its figures so, and the same figure is read by its footing, its ties, its
 * growth and the claims: each is scaled once rather than multiplied out every time.
 */
export function printedFigure(value: string, decimals: number, power: number): { readonly value: Decimal; readonly interval: Interval } {
  return figures.get(`${value}|${decimals}|${power}`, () =>
    Object.freeze({ value: parseDecimal(value).times(powerOfTen(power)), interval: scale(printed(value, decimals), power) }),
  );
}

const figures = new Kept<{ readonly value: Decimal; readonly interval: Interval }>(20_000);

/** A fact's printed figure in base units, its scale applied: its value and the interval it stands for. */
export function figureOf(f: { readonly value: string | null; readonly decimals: number; readonly scale: number }): { readonly value: Decimal; readonly interval: Interval } {
  return printedFigure(f.value!, f.decimals, f.scale);
}

function printedInterval(value: string, decimals: number): Interval {
  const x = parseDecimal(value);
  const half = halfUnit(decimals);
  if (!x.times(powerOfTen(decimals)).isInteger()) {
    throw new RangeError(printedFinerThanDecimals(value, decimals));
  }
  return { lo: new Decimal(new DecimalFloor(x).minus(half)), hi: new Decimal(new DecimalCeil(x).plus(half)) };
}

/**
 * The interval widened by `by` ≥ 0 on both sides: the rule for wording that
 * admits more than rounding ("almost", "approximately", "about").
 */
export function widen(i: Interval, by: Decimal): Interval {
  if (by.isNeg()) throw new RangeError(widenNegative(toPlain(by)));
  return { lo: new Decimal(new DecimalFloor(i.lo).minus(by)), hi: new Decimal(new DecimalCeil(i.hi).plus(by)) };
}

/** −i = [−hi, −lo]; exact. */
export function neg(i: Interval): Interval {
  return { lo: i.hi.neg(), hi: i.lo.neg() };
}

/** a + b = [a.lo + b.lo, a.hi + b.hi]. */
export function add(a: Interval, b: Interval): Interval {
  return { lo: sumRounded(a.lo, b.lo, DecimalFloor), hi: sumRounded(a.hi, b.hi, DecimalCeil) };
}

/**
 * x + y rounded by D (towards −∞ or +∞). A sum whose digits fit in the 40 the constructors keep
 * is exact whichever way it rounds, so it is added as it is, without copying x into D and the
 * result back: a footing adds every figure of its column. A zero is left to D, whose rounding
 * decides its sign (x + −x is −0 rounding towards −∞).
 */
function sumRounded(x: Decimal, y: Decimal, D: typeof Decimal): Decimal {
  if (x.constructor === Decimal && digitsOfSum(x, y) <= PRECISION) {
    const sum = x.plus(y);
    if (!sum.isZero()) return sum;
  }
  return new Decimal(new D(x).plus(y));
}

const PRECISION = 40;

/**
 * At most how many significant digits x + y has: it is a multiple of 10^−(decimal places) and
 * under 10^(exponent + 2) in size, with the larger of each.
 */
function digitsOfSum(x: Decimal, y: Decimal): number {
  if (!x.isFinite() || !y.isFinite()) return Infinity;
  return Math.max(x.e, y.e) + 2 + Math.max(x.decimalPlaces(), y.decimalPlaces());
}

/** a − b = [a.lo − b.hi, a.hi − b.lo]. */
export function sub(a: Interval, b: Interval): Interval {
  return add(a, neg(b));
}

/** The sum of every interval in the list; the empty sum is [0, 0]. */
export function sum(list: readonly Interval[]): Interval {
  return list.reduce(add, point(new Decimal(0)));
}

/** a × b = the smallest interval holding every product of a corner of a and a corner of b. */
export function mul(a: Interval, b: Interval): Interval {
  return {
    lo: new Decimal(DecimalFloor.min(...corners(a, b, DecimalFloor, 'times'))),
    hi: new Decimal(DecimalCeil.max(...corners(a, b, DecimalCeil, 'times'))),
  };
}

/** x ∘ y for each corner x of a and y of b, in D's rounding. */
function corners(a: Interval, b: Interval, D: typeof Decimal, op: 'times' | 'div'): Decimal[] {
  return [new D(a.lo)[op](b.lo), new D(a.lo)[op](b.hi), new D(a.hi)[op](b.lo), new D(a.hi)[op](b.hi)];
}

/**
 * a ÷ b, or null when b contains zero.
 *
 * A divisor interval that contains zero yields an unbounded (or undefined)
 * quotient: the inputs cannot bound the ratio at all. Returning null rather
 * than throwing makes every caller decide, under the type checker, what such a
 * check is (in practice: unverifiable).
 */
export function div(a: Interval, b: Interval): Interval | null {
  if (contains(b, ZERO)) return null;
  // With b on one side of zero, a ÷ b is monotone in each operand, so its least and greatest
  // values are at known corners: two divisions rather than eight (rounding towards −∞ or +∞
  // is monotone too, so the rounded corner is the least or greatest of the rounded corners).
  // A zero result is left to the search over every corner, which picks which zero (+0 or −0).
  const positive = b.lo.isPos();
  const loX = positive ? a.lo : a.hi;
  const loY = positive ? (loX.isNeg() ? b.lo : b.hi) : loX.isNeg() ? b.lo : b.hi;
  const hiX = positive ? a.hi : a.lo;
  const hiY = positive ? (hiX.isNeg() ? b.hi : b.lo) : hiX.isNeg() ? b.hi : b.lo;
  const lo = new DecimalFloor(loX).div(loY);
  const hi = new DecimalCeil(hiX).div(hiY);
  if (lo.isZero() || hi.isZero()) return divAtCorners(a, b);
  return { lo: new Decimal(lo), hi: new Decimal(hi) };
}

function divAtCorners(a: Interval, b: Interval): Interval {
  return {
    lo: new Decimal(DecimalFloor.min(...corners(a, b, DecimalFloor, 'div'))),
    hi: new Decimal(DecimalCeil.max(...corners(a, b, DecimalCeil, 'div'))),
  };
}

const ZERO = new Decimal(0);

/**
 * i × 10^powerOfTen: a change of printed units (thousands to units is +3,
 * a ratio to a percentage is +2). Exact, since it moves the point only.
 */
export function scale(i: Interval, power: number): Interval {
  const factor = powerOfTen(power);
  return { lo: i.lo.times(factor), hi: i.hi.times(factor) };
}

/** Whether the closed intervals share at least one point (touching counts). */
export function intersects(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

/** Whether lo ≤ x ≤ hi. */
export function contains(i: Interval, x: Decimal): boolean {
  return i.lo.lte(x) && x.lte(i.hi);
}

/** hi − lo. */
export function width(i: Interval): Decimal {
  return i.hi.minus(i.lo);
}

/** (lo + hi) ÷ 2. */
export function mid(i: Interval): Decimal {
  return i.lo.plus(i.hi).div(2);
}

/** The interval as plain decimal strings, for JSON and the Check type. */
export function toJson(i: Interval): IntervalJson {
  return { lo: toPlain(i.lo), hi: toPlain(i.hi) };
}
