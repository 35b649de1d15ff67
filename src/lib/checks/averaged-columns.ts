/**
 * A column of averages beside a column of amounts. Where a total's lines add up in a column of
 * amounts (Capstead's amortized cost by ARM type, Antero's barrels a day by pricing point), they
 * are parts of a whole, and a column beside them that prints a rate, a price per unit or a length
 * of time per line ("Net WAC", "Average Net Margins", "Months To Roll", "Premium (Discount) To
 * Mont Belvieu ($/Gal)") prints at that total the parts' average weighted by those amounts, not
 * their sum. The footing reads it so where its header names such a figure and the weighted
 * average, not the sum, explains the printed total; elsewhere the sum's verdict stands.
 */
import { Decimal, parseDecimal } from '../decimal.ts';
import { formatNumber } from '../format/index.ts';
import type { Fact } from '../types.ts';
import type { Computed } from './verdict.ts';
import { type Interval, interval, printed } from './interval.ts';

/**
 * A header naming an average, a rate, a price per unit of a measure or a time per line: "Average
 * …", "Weighted …", "Net WAC" (weighted average coupon), "($/Gal)", "per barrel", "Yield",
 * "Months To Roll", "Remaining term". Words run together where a header's lines were joined
 * ("AverageNet Margins") are split first. An average of an amount ("Average balance") is an
 * amount, and a figure per share is over the one count of the company's shares, so it adds up
 * in a reconciliation: neither names an average here.
 */
export function namesAnAverage(header: string): boolean {
  const h = header.replace(/([a-z])([A-Z])/g, '$1 $2');
  if (AVERAGE_AMOUNT.test(h) || /\bper\s+(?:\w+\s+)?shares?\b|\bEPS\b/i.test(h)) return false;
  return (
    /\b(?:average|weighted|mean)\b|\bWA(?:C|L|M|LT|RT)\b/i.test(h) ||
    /[$€£¥]\s*\/\s*[A-Za-z]|\bper\s+(?!cent\b)[A-Za-z]/i.test(h) ||
    /\b(?:yields?|rates?|coupons?)\b/i.test(h) ||
    /\b(?:months?|years?|days?)\s+(?:to|until|remaining)\b|\bremaining\s+(?:term|life)\b|\bduration\b/i.test(h)
  );
}

/**
 * An average of an amount ("Average Balance", "Average daily balances", "Weighted average shares
 * outstanding"): amounts, whose total is their sum (an average balance sheet's).
 */
const AVERAGE_AMOUNT =
  /\b(?:average|weighted)\s+(?:[\w-]+\s+){0,2}(?:balances?|outstanding|assets|liabilit\w*|deposits?|loans?|equity|capital|volumes?|amounts?|invest\w*|borrowings?|shares|units)\b/i;

/**
 * The lines' figures averaged with their amounts as weights, Σ wᵢxᵢ ÷ Σ wᵢ, in the figures'
 * printed units, with the interval their printed precision allows. Null unless every line
 * prints both, the weights are never negative and at least two of them are not zero (one
 * line alone is no average of parts).
 */
export function weightedAverage(figures: Fact[], weights: Fact[]): Computed | null {
  if (figures.length !== weights.length || figures.length < 2) return null;
  if (![...figures, ...weights].every((f) => f.status === 'reported' && f.value !== null)) return null;
  if (weights.some((w) => w.unit !== weights[0].unit || w.scale !== weights[0].scale)) return null;
  if (weights.some((f) => parseDecimal(f.value!).isNegative()) || weights.filter((f) => !parseDecimal(f.value!).isZero()).length < 2) return null;
  // A weight stands for an amount never below zero, though its rounding interval may reach there.
  const w = weights.map((f) => printed(f.value!, f.decimals)).map((i) => (i.lo.isNegative() ? interval(i.lo.times(0), i.hi) : i));
  const x = figures.map((f) => printed(f.value!, f.decimals));
  const value = average(
    figures.map((f) => parseDecimal(f.value!)),
    weights.map((f) => parseDecimal(f.value!)),
  );
  if (value === null) return null;
  return {
    value,
    interval: bounds(x, w, value),
    from: `(${figures.map((f, k) => `${shown(weights[k])} × ${shown(f)}`).join(' + ')}) ÷ (${weights.map(shown).join(' + ')})`,
  };
}

function average(x: Decimal[], w: Decimal[]): Decimal | null {
  const total = w.reduce((a, b) => a.plus(b));
  if (total.isZero()) return null;
  return x.reduce((a, xi, k) => a.plus(xi.times(w[k])), new Decimal(0)).div(total);
}

/**
 * The interval of the weighted average the printed figures allow: at its low end each figure at
 * its least, and the weights shifted toward the lines below the average (the least weight on a
 * line above it, the greatest on a line below); at its high end the reverse. Decided against
 * the exact average, which the ends do not cross by more than the figures' rounding.
 */
function bounds(x: Interval[], w: Interval[], at: Decimal): Interval {
  const lo = average(
    x.map((i) => i.lo),
    w.map((i, k) => (x[k].lo.greaterThan(at) ? i.lo : i.hi)),
  )!;
  const hi = average(
    x.map((i) => i.hi),
    w.map((i, k) => (x[k].hi.lessThan(at) ? i.lo : i.hi)),
  )!;
  return interval(Decimal.min(lo, at), Decimal.max(hi, at));
}

function shown(f: Fact): string {
  return formatNumber(f.value, { decimals: f.decimals });
}
