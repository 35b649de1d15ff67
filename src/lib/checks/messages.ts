/**
 * Every sentence the checks write, in one place: the explanations a reader
 * sees beside a verdict, and the errors a caller sees when it misuses the
 * arithmetic. Tests pin the exact text.
 *
 * Numbers in these sentences go through src/lib/format, the one place that
 * turns values into text; nothing here computes a value.
 */
import { Decimal, toPlain } from '../decimal.ts';
import { formatNumber } from '../format/index.ts';

// Errors of the interval arithmetic.

export const intervalReversed = (lo: string, hi: string): string =>
  `An interval needs lo ≤ hi, got [${lo}, ${hi}].`;

export const printedDecimalsNotInteger = (decimals: number): string =>
  `A printed precision is a whole number of decimals, got ${decimals}.`;

export const printedFinerThanDecimals = (value: string, decimals: number): string =>
  `"${value}" has digits beyond its stated ${decimals} decimals; the precision is wrong.`;

export const widenNegative = (by: string): string =>
  `An interval widens by a non-negative amount, got ${by}.`;

/** Said on each mismatched footing of a table most of whose totals do not foot (garbled-tables.ts). */
export const garbledTable = (failed: number, evaluated: number): string =>
  `${failed} of the ${evaluated} sums checked in this table do not foot as printed: a table this far off is more often a copy garbled on its way here (a scanned page read by OCR, columns shifted by a converter) than one printed so; compare it with the original before relying on it.`;

// Explanations of verdicts. `from` is the computation as the reader would
// write it with printed figures ("9,924 ÷ 60,525"); it is optional.

export interface Shown {
  /** The reported figure as printed. */
  reported: string;
  /** "±0.05", or "±0.05, plus 0.5 for “approximately”". */
  tolerance: string;
  /** The computed value, shortened with "…" where it runs on. */
  computed: string;
  from?: string;
}

export const explainExact = (s: Shown): string =>
  `Printed ${s.reported} and computed ${s.computed}${derivation(s.from)} agree exactly.`;

export const explainRounding = (s: Shown): string =>
  `Printed ${s.reported} (${s.tolerance}) and computed ${s.computed}${derivation(s.from)} agree within rounding.`;

/** Rounding that holds only because the inputs themselves were rounded. */
export const explainInputRounding = (s: Shown, lo: string, hi: string): string =>
  `Printed ${s.reported} (${s.tolerance}) and computed ${s.computed}${derivation(s.from)} agree within rounding, ` +
  `because the rounded inputs allow anything from ${lo} to ${hi}.`;

export const explainMismatch = (
  s: Shown,
  difference: string,
  reported: { lo: string; hi: string },
  computed: { lo: string; hi: string },
): string =>
  `Printed ${s.reported} (${s.tolerance}) and computed ${s.computed}${derivation(s.from)} differ by ${difference}, ` +
  `more than rounding allows: the printed figure stands for ${reported.lo} to ${reported.hi}` +
  (computed.lo === computed.hi
    ? '.'
    : ` and the rounded inputs allow ${computed.lo} to ${computed.hi}.`);

export const unverifiableNil = (): string =>
  'Cannot verify: the release prints no figure here (nil).';

export const unverifiableNotMeaningful = (): string =>
  'Cannot verify: the release marks this figure n/m (not meaningful).';

export const unverifiableInputs = (reason?: string): string =>
  `Cannot verify: ${reason ?? 'an input is nil or not meaningful'}.`;

export const unverifiableZeroDivisor = (from?: string): string =>
  `Cannot verify${from ? ` ${from}` : ''}: the divisor is zero, or could be zero within its rounding.`;

export const unverifiableApproximate = (printed: string, reported: boolean, differs: string): string =>
  `Cannot verify: ${JSON.stringify(printed)} is printed as approximate (“~”), so ${reported ? 'it' : 'what it enters'} need not tie exactly (the figures differ by ${differs}).`;

export const mismatchEvenApproximate = (printed: string): string =>
  `${JSON.stringify(printed)} is printed as approximate (“~”), and read as a whole unit of its last digit other than zero either way, as every approximate figure here is, the figures still differ.`;

export const unverifiableMisprint = (printed: string, reported: boolean, differs: string): string =>
  `Cannot verify: ${JSON.stringify(printed.replace(/<\/?u>/g, '').trim())} is doubted as printed (three decimals among whole figures: a full stop for a thousands separator, a problem located on its cell), so ${reported ? 'it' : 'what it enters'} is not judged (the figures as printed differ by ${differs}).`;

/** Wording that widens the tolerance, e.g. "approximately". */
export const toleranceShown = (half: string, wording?: { word: string; by: string }): string =>
  wording ? `±${half}, plus ${wording.by} for “${wording.word}”` : `±${half}`;

export const explainRoundsTo = (amount: string, rounded: string, reported: string, agrees: boolean): string =>
  agrees ? `${amount} rounds to ${reported}.` : `${amount} rounds to ${rounded}, not ${reported}.`;

// How a number appears in these sentences.

/**
 * `d` in full if it has at most `places` decimals, otherwise cut (not
 * rounded) to `places` with "…" after: "16.396…". Cutting keeps the shown
 * digits true, so "60.549…" can never read as if it rounded up.
 */
export function shown(d: Decimal, places: number): string {
  const p = Math.max(places, 0);
  if (d.decimalPlaces() <= p) return formatNumber(toPlain(d));
  return `${formatNumber(d.toFixed(p, Decimal.ROUND_DOWN), { decimals: p })}…`;
}

/**
 * An interval endpoint to `places` decimals, rounded outward (lo down, hi up)
 * so that the range a sentence states still holds the true one.
 */
export function shownBound(d: Decimal, places: number, side: 'lo' | 'hi'): string {
  const p = Math.max(places, 0);
  if (d.decimalPlaces() <= p) return formatNumber(toPlain(d));
  const rounded = d.toDecimalPlaces(p, side === 'lo' ? Decimal.ROUND_FLOOR : Decimal.ROUND_CEIL);
  return formatNumber(toPlain(rounded), { decimals: p });
}

/** " thousand", " million", … for a power of ten; "" for units. */
export function scaleWord(scale: number): string {
  return SCALE_WORDS[scale] ?? ` × 10^${scale}`;
}

const SCALE_WORDS: Record<number, string> = {
  0: '',
  3: ' thousand',
  6: ' million',
  9: ' billion',
  12: ' trillion',
};

function derivation(from: string | undefined): string {
  return from ? ` (from ${from})` : '';
}
