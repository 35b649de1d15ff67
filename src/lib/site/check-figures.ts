import type { Check, Unit } from '../types.ts';
import { Decimal, parseDecimal } from '../decimal.ts';
import { formatLike, formatNumber, placesOf, printedText } from '../format/index.ts';

/**
 * A check's figures as a reader wants them beside the printed one: in the same dress
 * ("32%" → "46.46%", "$9.9 million" → "$9.924 million"), two places finer than printed so
 * a reader sees why a figure does or does not round to what was printed, never 40 digits.
 */

/** Places beyond the printed precision shown for a recomputed value. */
const EXTRA = 2;

/** The unit written after a bare number: "%", " bps", " pts"; nothing for money and counts. */
function unitSuffix(unit: Unit): string {
  return unit === 'percent' ? '%' : unit === 'basis-points' ? ' bps' : unit === 'percentage-points' ? ' pts' : unit === 'ratio' ? 'x' : '';
}
/** How a difference between two figures of a unit is read: percentages differ by points. */
function differenceSuffix(unit: Unit): string {
  return unit === 'percent' || unit === 'percentage-points' ? ' pts' : unit === 'basis-points' ? ' bps' : '';
}

function decimalsOf(check: Check): number {
  return placesOf(check.reported.value);
}

/**
 * A check's figures already dressed, per check: they are shown on the checks page, its kind's
 * page, and (the recomputed value) in the popover of every figure it reports or feeds. A check
 * is never changed once made, so what is kept for it stays true.
 */
function remembered(texts: WeakMap<Check, string>, check: Check, dress: (check: Check) => string): string {
  let text = texts.get(check);
  if (text === undefined) texts.set(check, (text = dress(check)));
  return text;
}
const reportedTexts = new WeakMap<Check, string>();
const computedTexts = new WeakMap<Check, string>();
const differenceTexts = new WeakMap<Check, string>();

/** The reported figure as printed ("$60,525", "32%", "46.5 percent", "flat"). */
export function reportedShown(check: Check): string {
  return remembered(reportedTexts, check, dressReported);
}

function dressReported(check: Check): string {
  return printedText(check.reported.text).replace(/(^|[\s($€£¥₹])-(?=\.?\d)/g, '$1−');
}

/** The recomputed value, dressed as the printed figure; "—" when nothing could be computed. */
export function computedShown(check: Check): string {
  return remembered(computedTexts, check, dressComputed);
}

/**
 * `value` cut (not rounded) to `places`, as the checks' sentences cut it ("differ by 0.51…"), so a
 * column and the sentence beside it never show different digits (0.51… against 0.52); `cut` says
 * whether digits were dropped.
 */
function cutTo(value: string, places: number): { value: string; cut: boolean } {
  const d = parseDecimal(value);
  if (d.decimalPlaces() <= places) return { value, cut: false };
  return { value: d.toFixed(places, Decimal.ROUND_DOWN), cut: true };
}

function dressComputed(check: Check): string {
  const d = decimalsOf(check);
  const { value, cut } = check.computed === null ? { value: null, cut: false } : cutTo(check.computed, d + EXTRA);
  const text = formatLike(check.reported.text, value, {
    decimals: d + EXTRA,
    minDecimals: d,
    fallback: (n) => `${n}${unitSuffix(check.unit)}`,
  });
  // "…" right after the last digit kept, where the sentence puts it: "46.45…%", "$9.924… million".
  return cut ? text.replace(/(\d)(?!.*\d)/, '$1…') : text;
}

/** Reported − recomputed, signed, in the unit's terms ("−14.46 pts", "+2"); "—" when there is none. */
export function differenceShown(check: Check): string {
  return remembered(differenceTexts, check, dressDifference);
}

function dressDifference(check: Check): string {
  if (check.difference === null) return '—';
  const d = decimalsOf(check) + EXTRA;
  const { value, cut } = cutTo(check.difference, d);
  const text = formatNumber(value, { decimals: d, signed: true });
  return `${cut ? `${text}…` : trimZeros(text, decimalsOf(check))}${differenceSuffix(check.unit)}`;
}

/** The tolerance rounding allows, "±0.5" (in the unit of the printed figure). */
export function toleranceShown(check: Check): string {
  if (check.tolerance === null) return '—';
  return `±${formatNumber(check.tolerance)}${differenceSuffix(check.unit)}`;
}

/**
 * How far off a check is, for ranking what does not tie out: percentages and basis points
 * by the points they are off (as a share of 100 percent), amounts by their share of the
 * recomputed figure. Null when nothing could be compared (ranked last).
 */
export function howFarOff(check: Check): Decimal | null {
  if (check.difference === null) return null;
  const gap = parseDecimal(check.difference).abs();
  if (check.unit === 'percent' || check.unit === 'percentage-points') return gap.div(100);
  if (check.unit === 'basis-points') return gap.div(10_000);
  const base = check.computed === null || check.computed === 'n/m' ? null : parseDecimal(check.computed).abs();
  return base === null || base.isZero() ? gap : gap.div(base);
}

/** Checks ordered furthest off first (stable for equal distances). */
export function byHowFarOff(checks: readonly Check[]): Check[] {
  const far = new Map(checks.map((c) => [c, howFarOff(c)]));
  return [...checks].sort((a, b) => {
    const x = far.get(a)!;
    const y = far.get(b)!;
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return y.comparedTo(x);
  });
}

function trimZeros(text: string, min: number): string {
  const m = /^(.*?\.\d*?)(0+)$/.exec(text);
  if (!m) return text;
  const kept = m[1]!.split('.')[1]!.length;
  const body = kept >= min ? m[1]! : text.slice(0, text.length - (m[2]!.length - (min - kept)));
  return body.endsWith('.') ? body.slice(0, -1) : body;
}

/** The computation with the printed figures, as the check's explanation writes it ("(9,924 ÷ 6,776 − 1) × 100"), or null. */
export function derivation(check: Check): string | null {
  const at = check.explanation.indexOf('(from ');
  if (at < 0) return null;
  let depth = 0;
  for (let i = at; i < check.explanation.length; i++) {
    const c = check.explanation[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return check.explanation.slice(at + 6, i);
  }
  return null;
}
