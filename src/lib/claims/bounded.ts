/**
 * Verdicts for a one-sided wording, which the symmetric tolerance of
 * checks/verdict.ts cannot express:
 *
 * - "almost X": the value is below X and close to it: its magnitude lies in
 *   [X − h, X], h being half a unit of X's last printed digit. So "almost 7
 *   percent" stands for 6.5 to 7: a value that rounds to 7 from below.
 *   6.87 is consistent; 7.2 (above) and 6.4 (rounds to 6) are mismatches.
 * - "more than X": the magnitude is X or more; "less than X": X or less.
 *
 * A change in a falling direction mirrors the interval: "declined almost 7
 * percent" stands for −7 to −6.5. The verdict is 'rounding' when the interval
 * the inputs allow meets the stated one (touching counts, as everywhere), and
 * 'mismatch' otherwise; never 'exact', since such wording asserts a range.
 */
import { Decimal, parseDecimal, toPlain } from '../decimal.ts';
import { halfUnit, toJson, type Interval } from '../checks/interval.ts';
import type { Computed, Judgement } from '../checks/verdict.ts';
import { shown, shownBound } from '../checks/messages.ts';
import { formatNumber } from '../format/index.ts';
import { messages } from './messages.ts';

export interface Bound {
  lo: Decimal | null;
  hi: Decimal | null;
}

/** The range a one-sided wording gives a printed magnitude `x` with `decimals` places, signed by `negative`. */
export function boundFor(kind: 'almost' | 'more-than' | 'less-than', x: string, decimals: number, negative: boolean): Bound {
  const m = parseDecimal(x).abs();
  const magnitude: Bound =
    kind === 'almost'
      ? { lo: m.minus(halfUnit(decimals)), hi: m }
      : kind === 'more-than'
        ? { lo: m, hi: null }
        : { lo: new Decimal(0), hi: m };
  if (!negative) return magnitude;
  return { lo: magnitude.hi?.neg() ?? null, hi: magnitude.lo?.neg() ?? null };
}

/** Judges a computed value against a one-sided wording; see the module comment. */
export function judgeBounded(
  reported: { value: string; decimals: number; kind: 'almost' | 'more-than' | 'less-than'; phrase: string },
  computed: Computed,
): Judgement {
  const negative = parseDecimal(reported.value).isNeg();
  const bound = boundFor(reported.kind, reported.value, reported.decimals, negative);
  const places = Math.max(reported.decimals, 0);
  const show = (d: Decimal | null) => (d === null ? null : formatNumber(toPlain(d)));
  const lo = show(bound.lo);
  const hi = show(bound.hi);
  const stated = messages.bounded(reported.phrase, lo, hi);
  const tol = toPlain(halfUnit(reported.decimals));
  if (computed.value === null || computed.interval === null || !computed.value.isFinite()) {
    return {
      verdict: 'unverifiable',
      computed: computed.value?.isFinite() ? toPlain(computed.value) : null,
      computedInterval: computed.interval ? toJson(computed.interval) : null,
      tolerance: tol,
      difference: null,
      explanation: `${stated} ${messages.inputsUnverifiable(computed.missing ?? 'the divisor is zero, or could be zero within its rounding')}`,
    };
  }
  const within = meets(bound, computed.interval);
  const value = shown(computed.value, places + 2);
  return {
    verdict: within ? 'rounding' : 'mismatch',
    computed: toPlain(computed.value),
    computedInterval: toJson(computed.interval),
    tolerance: tol,
    difference: toPlain(parseDecimal(reported.value).minus(computed.value)),
    explanation: `${stated} ${
      within
        ? messages.boundedWithin(value, computed.from)
        : messages.boundedOutside(
            value,
            computed.from,
            shownBound(computed.interval.lo, places + 3, 'lo'),
            shownBound(computed.interval.hi, places + 3, 'hi'),
          )
    }`,
  };
}

function meets(b: Bound, i: Interval): boolean {
  return (b.lo === null || b.lo.lte(i.hi)) && (b.hi === null || i.lo.lte(b.hi));
}
