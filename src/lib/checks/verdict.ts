/**
 * The verdict of comparing a printed figure with the value recomputed from
 * other printed figures, by the interval reasoning of XBRL Calculations 1.1:
 *
 * - exact: the printed figure equals the computed value;
 * - rounding: they differ, but the interval the printed figure stands for
 *   (± half its last digit, widened by any wording tolerance) meets the
 *   interval the rounded inputs allow;
 * - mismatch: the two intervals are disjoint, so no choice of unrounded inputs
 *   explains the printed figure;
 * - unverifiable: the printed figure or an input is nil or not meaningful, or
 *   the relation is undefined (a divisor that is, or could be, zero).
 */
import { Decimal, parseDecimal, powerOfTen, toPlain } from '../decimal.ts';
import { formatNumber } from '../format/index.ts';
import type { FactStatus, IntervalJson, Verdict } from '../types.ts';
import { contains, halfUnit, intersects, type Interval, printed, toJson, widen } from './interval.ts';
import {
  explainExact,
  explainInputRounding,
  explainMismatch,
  explainRounding,
  explainRoundsTo,
  scaleWord,
  type Shown,
  shown,
  shownBound,
  toleranceShown,
  unverifiableInputs,
  unverifiableNil,
  unverifiableNotMeaningful,
  unverifiableZeroDivisor,
} from './messages.ts';

/** The figure the release printed. */
export interface Reported {
  /** Exact decimal string as printed ("16.4", "-0.03"); null when nil or n/m. */
  value: string | null;
  /** Digits after the printed point (Fact.decimals); negative for tens, hundreds, … */
  decimals: number;
  /** Why `value` is null; default 'nil'. */
  status?: FactStatus;
  /** Extra tolerance the wording allows ("almost", "approximately"), in the figure's units. */
  wording?: { word: string; tolerance: string };
}

/** The value recomputed from printed inputs. */
export interface Computed {
  /** Exact value from the printed inputs; null when an input is nil or n/m. */
  value: Decimal | null;
  /** The interval the inputs allow given their printed precision; null when undefined (see div). */
  interval: Interval | null;
  /** The computation in the reader's terms, e.g. "9,924 ÷ 60,525". */
  from?: string;
  /** Why `value` is null, in words, e.g. "net loss growth is n/m". */
  missing?: string;
}

/** The verdict and the fields of Check that justify it. */
export interface Judgement {
  verdict: Verdict;
  computed: string | null;
  computedInterval: IntervalJson | null;
  tolerance: string | null;
  difference: string | null;
  explanation: string;
}

/**
 * Compare a printed figure with its recomputation; see the module comment for
 * the rules. Never throws for nil, n/m, a zero divisor or a non-finite
 * computed value: those are verdicts ('unverifiable'), not errors.
 */
export function judge(reported: Reported, computed: Computed): Judgement {
  const tol = reported.value === null ? null : tolerance(reported);
  const unverifiable = (explanation: string): Judgement => ({
    verdict: 'unverifiable',
    computed: computed.value?.isFinite() ? toPlain(computed.value) : null,
    computedInterval: computed.interval ? toJson(computed.interval) : null,
    tolerance: tol === null ? null : toPlain(tol),
    difference: null,
    explanation,
  });

  if (reported.value === null) {
    return unverifiable(reported.status === 'not-meaningful' ? unverifiableNotMeaningful() : unverifiableNil());
  }
  if (computed.value === null) return unverifiable(unverifiableInputs(computed.missing));
  if (!computed.value.isFinite() || computed.interval === null) {
    return unverifiable(unverifiableZeroDivisor(computed.from));
  }

  const value = parseDecimal(reported.value);
  const stands = reportedInterval(reported);
  const difference = value.minus(computed.value);
  const places = reported.decimals + 2;
  const words: Shown = {
    reported: formatNumber(reported.value, { decimals: Math.max(reported.decimals, 0) }),
    tolerance: toleranceShown(
      toPlain(halfUnit(reported.decimals)),
      reported.wording && { word: reported.wording.word, by: reported.wording.tolerance },
    ),
    computed: shown(computed.value, places),
    from: computed.from,
  };
  const judgement = (verdict: Verdict, explanation: string): Judgement => ({
    verdict,
    computed: toPlain(computed.value as Decimal),
    computedInterval: toJson(computed.interval as Interval),
    tolerance: toPlain(tol as Decimal),
    difference: toPlain(difference),
    explanation,
  });

  if (isExact(value, computed.value)) return judgement('exact', explainExact(words));
  if (withinRounding(stands, computed.interval)) {
    if (contains(stands, computed.value)) return judgement('rounding', explainRounding(words));
    const i = computed.interval;
    return judgement(
      'rounding',
      explainInputRounding(words, shownBound(i.lo, places + 1, 'lo'), shownBound(i.hi, places + 1, 'hi')),
    );
  }
  return judgement(
    'mismatch',
    explainMismatch(
      words,
      shown(difference.abs(), places),
      { lo: formatNumber(toPlain(stands.lo)), hi: formatNumber(toPlain(stands.hi)) },
      separatedBounds(computed.interval, stands, places + 1),
    ),
  );
}

/**
 * The verdict `judge` gives, without its figures and explanation: for a reading that is
 * only kept where it holds (a likely footing, the places of a tie that agree), which
 * judges far more relations than become checks. Same rules, in the same order.
 */
export function verdictOf(reported: Reported, computed: Computed): Verdict {
  if (reported.value === null || computed.value === null || !computed.value.isFinite() || computed.interval === null) return 'unverifiable';
  if (isExact(parseDecimal(reported.value), computed.value)) return 'exact';
  return withinRounding(reportedInterval(reported), computed.interval) ? 'rounding' : 'mismatch';
}

/**
 * Exact agreement: the printed figure equals the value computed from the
 * printed inputs, digit for digit (1.50 equals 1.5).
 */
export function isExact(reported: Decimal, computed: Decimal): boolean {
  return reported.eq(computed);
}

/**
 * The tolerance of a printed figure: half a unit of its last printed digit,
 * plus whatever its wording adds ("approximately 60 million" admits more
 * than ±0.5 million).
 */
export function tolerance(reported: Pick<Reported, 'decimals' | 'wording'>): Decimal {
  const half = halfUnit(reported.decimals);
  return reported.wording ? half.plus(parseDecimal(reported.wording.tolerance)) : half;
}

/**
 * The interval a reported figure stands for: its printed interval, widened
 * by any wording tolerance. Requires a non-null value.
 */
export function reportedInterval(reported: Reported): Interval {
  const stands = printed(reported.value as string, reported.decimals);
  return reported.wording ? widen(stands, parseDecimal(reported.wording.tolerance)) : stands;
}

/**
 * Agreement within rounding: some value the printed figure may stand for is
 * also a value the rounded inputs allow. Closed intervals, so touching counts.
 */
export function withinRounding(reported: Interval, computed: Interval): boolean {
  return intersects(reported, computed);
}

/**
 * Round half up (a tie goes away from zero: 0.05 → 0.1, −0.05 → −0.1) to
 * `decimals` places, negative for tens and beyond. The rule releases follow
 * when they restate a table figure in prose.
 */
export function roundHalfUp(value: Decimal, decimals: number): Decimal {
  // Shifting by a power of ten is exact, so only the one rounding happens.
  const shift = powerOfTen(decimals);
  return value.times(shift).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).div(shift);
}

/** An amount in printed units of 10^scale (60525 with scale 3 is 60,525 thousand). */
export interface Amount {
  value: Decimal;
  scale: number;
}

/** A figure as restated elsewhere: "$60.5 million" is value "60.5", decimals 1, scale 6. */
export interface Restated {
  value: string;
  decimals: number;
  scale: number;
}

export interface Restatement {
  /** The amount rounded half up to the restated figure's units and decimals, as a plain string. */
  rounded: string;
  /** Whether that equals the restated figure. */
  agrees: boolean;
  /** "60,525 thousand rounds to 60.5 million." or "… rounds to 64.4 million, not 64.3 million." */
  explanation: string;
}

/**
 * Whether `restated` is `amount` rounded half up to its printed decimals, in
 * its own scale: the stricter test for a prose figure that restates a table
 * figure. Interval agreement (judge) admits both neighbours of a tie; this
 * admits only the one roundHalfUp picks.
 */
export function roundsTo(amount: Amount, restated: Restated): Restatement {
  const inUnits = amount.value.times(powerOfTen(amount.scale - restated.scale));
  const rounded = roundHalfUp(inUnits, restated.decimals);
  const agrees = rounded.eq(parseDecimal(restated.value));
  const places = Math.max(restated.decimals, 0);
  const word = scaleWord(restated.scale);
  return {
    rounded: toPlain(rounded),
    agrees,
    explanation: explainRoundsTo(
      `${shown(amount.value, places + 2)}${scaleWord(amount.scale)}`,
      `${formatNumber(toPlain(rounded), { decimals: places })}${word}`,
      `${formatNumber(restated.value, { decimals: places })}${word}`,
      agrees,
    ),
  };
}

// Bounds of the computed interval for a mismatch sentence, with enough places
// that outward rounding does not make the two ranges appear to touch.
function separatedBounds(computed: Interval, stands: Interval, places: number): { lo: string; hi: string } {
  for (let p = places; p < places + 12; p++) {
    const lo = computed.lo.toDecimalPlaces(p, Decimal.ROUND_FLOOR);
    const hi = computed.hi.toDecimalPlaces(p, Decimal.ROUND_CEIL);
    if (!intersects({ lo, hi }, stands)) {
      return { lo: shownBound(computed.lo, p, 'lo'), hi: shownBound(computed.hi, p, 'hi') };
    }
  }
  return { lo: formatNumber(toPlain(computed.lo)), hi: formatNumber(toPlain(computed.hi)) };
}
