/**
 * Whether a release establishes more than one class of its common stock: a listing of two tickers on one
 * exchange ("Kelly (Nasdaq: KELYA, KELYB)", "(NYSE: BF.A, BF.B)"), or two classes named as its shares or
 * stock ("Class A common stock" and "Class B …"). Earnings per share are then computed by the two-class
 * method, which allocates earnings between the classes and the securities that share in them: the
 * numerator is no longer net earnings alone (Kelly's 2023 diluted EPS is $0.98 on 36.4 of net earnings
 * over 36.3 million shares: 0.3 million allocated away, and nothing of the losses of 2024).
 */
import type { Release } from '../types.ts';

const EXCHANGE = String.raw`(?:NYSE(?:\s+American)?|Nasdaq|NASDAQ|AMEX|TSX(?:-?V)?|LSE|ASX)`;
const TICKER = String.raw`[A-Z][A-Z0-9]*(?:\.[A-Z])?`;
/** Two tickers after one exchange's name: "Nasdaq: KELYA, KELYB", "NYSE: BF.A and BF.B". */
// The second never an exchange's name: "NYSE: BAM, TSX: BAM" (Brookfield Asset Management) lists one class on two exchanges.
const LISTING = new RegExp(String.raw`\b${EXCHANGE}\s*:\s*(${TICKER})\s*(?:,|and|&)\s*(?!${EXCHANGE}\b)(${TICKER})\b`);
/** A class of common stock or shares named: "Class A common stock", "Class B shares". */
const CLASS = /\bclass\s+([A-Z])\b(?:\s+(?:and|or)\s+(?:class\s+)?[A-Z]\b)?\s+(?:common|ordinary|shares?|stock|stockholders?|shareholders?)\b/gi;

/** The words by which the release establishes more than one class of its common stock, or null. */
export function shareClasses(release: Release): string | null {
  let found = kept.get(release);
  if (found === undefined) kept.set(release, (found = classesOf(release)));
  return found;
}

// Read once a release: every table of per-share lines asks.
const kept = new WeakMap<Release, string | null>();

function classesOf(release: Release): string | null {
  const texts = [...release.prose.map((p) => p.text), ...release.tables.flatMap((t) => t.rows.map((r) => r.label))];
  for (const text of texts) {
    const m = LISTING.exec(text);
    if (m && m[1] !== m[2]) return `the listing "${m[0]}"`;
  }
  const classes = new Map<string, string>();
  for (const text of texts) for (const m of text.matchAll(CLASS)) classes.set(m[1]!.toUpperCase(), m[0]);
  return classes.size >= 2 ? `"${[...classes.values()].slice(0, 2).join('" and "')}"` : null;
}
