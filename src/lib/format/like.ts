/**
 * A value shown the way a printed figure looks: "$ (1,271)" makes 60.4 read "$60.4",
 * "46.5 percent" makes 46.458 read "46.46 percent", "(2.7) pts" makes −3.15 read "(3.15) pts".
 * Used to set a recomputed value beside the figure it checks, in the same dress.
 */
import { parseDecimal } from '../decimal.ts';
import { digits, joined, NOT_MEANINGFUL } from './digits.ts';

const PRINTED_MARKS = /[<\\$€£¥₹]/;

/** The printed text of a figure without the release's markup: `<u>…</u>` rules and `\$` escapes, "$ 9" as "$9". */
export function printedText(raw: string): string {
  // Most figures hold no markup, escape or currency symbol: nothing to replace.
  if (!PRINTED_MARKS.test(raw)) return raw.trim();
  return raw
    .replace(/<\/?u>/g, '')
    .replace(/\\([$%&*_#])/g, '$1')
    .replace(/([$€£¥₹])\s+(?=[\d(])/g, '$1')
    .trim();
}

const NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?|\.\d+/;

export interface LikeOptions {
  /** Places to show; default: as many as `value` has. Trailing zeros beyond `minDecimals` are dropped. */
  decimals?: number;
  /** Places always shown; default 0. */
  minDecimals?: number;
  /** Shown when the printed text holds no digits ("flat", "three"); default: the number alone. */
  fallback?: (number: string) => string;
}

/**
 * `value` (a decimal string) in the dress of `printed`: its currency sign, unit words and
 * negative style (parentheses or a minus) kept, its digits replaced. Null is "—".
 */
export function formatLike(printed: string, value: string | null, options: LikeOptions = {}): string {
  if (value === null) return '—';
  if (value === NOT_MEANINGFUL) return NOT_MEANINGFUL;
  const d = digits(value, options.decimals);
  let fraction = d.fraction;
  const min = options.minDecimals ?? 0;
  while (fraction.length > min && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const body = joined({ ...d, fraction });
  const text = printedText(printed);
  const m = NUMBER.exec(text);
  if (!m) {
    const plain = d.negative ? `−${body}` : body;
    return options.fallback ? options.fallback(plain) : plain;
  }
  const parens = /\(\s*[$€£¥₹]?\s*$/.test(text.slice(0, m.index)) || /^\s*\)/.test(text.slice(m.index + m[0].length));
  // The affixes without the printed sign: "$ (" → "$", ") pts" → " pts", "-" → "".
  const before = text.slice(0, m.index).replace(/[(\-−+]\s*$/, '').replace(/\(\s*([$€£¥₹])\s*$/, '$1').replace(/\($/, '');
  const after = text.slice(m.index + m[0].length).replace(/^\s*\)/, '');
  const prefix = before.replace(/[(\-−+]\s*$/, '');
  if (!d.negative) return `${prefix}${body}${after}`;
  if (parens || (/[$€£¥₹]$/.test(prefix) && !/%/.test(after))) return `${prefix}(${body})${after}`;
  return `${prefix}−${body}${after}`;
}

/** Digits after the point of a decimal string ("16.4" → 1); 0 for null or "n/m". */
export function placesOf(value: string | null): number {
  if (value === null || value === NOT_MEANINGFUL) return 0;
  parseDecimal(value);
  return value.split('.')[1]?.replace(/e.*$/i, '').length ?? 0;
}

/**
 * A recomputed value set beside a printed figure for comparison (a claim's candidates):
 * in the figure's dress, to two places beyond its printed precision, so "31%" shows a
 * growth of −16.5000703…% as "−16.5%" and "$3.83 billion" shows 5.931 as "$5.931 billion".
 */
export function shownBeside(printed: string, value: string | null): string {
  const m = NUMBER.exec(printedText(printed));
  const places = m?.[2] ? m[2].length - 1 : 0;
  return formatLike(printed, value, { decimals: places + 2, minDecimals: places });
}
