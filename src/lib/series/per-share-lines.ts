/**
 * Per-share lines across a split the release prints as rows (issue 32). FosRich (Jamaica) prints
 * its earnings per stock unit of Q1 2022 as "Earning per stock unit 0.32" (dollars) before its
 * ten-for-one split, and a year later, under the caption "Earning per stock unit:", as
 * "Pre-split - As previously reported - Cents 31.6" and "Post-split - Cents 3.16"; its Q3 2023
 * report prints the Q3 2022 figure, first printed "Post-split - Cents 1.8", as "(Loss)/earning per
 * stock unit: Cents 2". One line each time, named otherwise:
 * - **its name** (perShareName): the sections and label less the words that say in what unit it is
 *   printed ("Cents"), that a loss may be shown ("(Loss)/"), or on which side of a split
 *   ("Pre-split", "Post-split", "As previously reported");
 * - **a quote** (quotesEarlier): a row "As previously reported" or "Pre-split" reprints the figure as
 *   it was printed before, as a column headed "As Previously Reported" does;
 * - **the split the rows state** (splitByRows): a period's pre-split and post-split figures printed
 *   side by side give the ratio (31.6 and 3.16: ten for one), where every such pair gives one
 *   simple ratio (./split-ratios.ts). The release states the split by printing both figures. One
 *   pair is one equation: an error in either figure would be read as another ratio (31.6 and 3.61:
 *   35 for 4), so a ratio read from one pair holds only where another pair, of this release or
 *   another of the company, gives it too (./comparatives.ts).
 */
import { Decimal } from '../decimal.ts';
import type { Fact, Release, SeriesStatement } from '../types.ts';
import { pushTo } from '../grouped.ts';
import { magnitude, printedInterval, splitRatiosWithin } from './split-ratios.ts';

const PRE = /\bpre[- ]?split\b|\bbefore (?:the )?(?:stock |share )?split\b/i;
const POST = /\bpost[- ]?split\b|\bafter (?:the )?(?:stock |share )?split\b|\b(?:adjusted|restated) for (?:the )?(?:stock |share )?split\b|\bsplit[- ]adjusted\b/i;
const PREVIOUSLY = /\bas previously reported\b/i;

/** Words of a per-share line's name that say which side of a split it is printed on, in what unit, or that it may be a loss. */
const NOT_THE_LINE = [
  new RegExp(`${PRE.source}|${POST.source}|${PREVIOUSLY.source}`, 'gi'),
  /\((?:in )?(?:cents|dollars|\$)\)|\b(?:in )?(?:cents|dollars)\b|\$/gi,
  /\(loss(?:es)?\)\s*\/?|\/\s*\(loss(?:es)?\)|\bloss(?:es)?\s*\/|\/\s*loss(?:es)?\b/gi,
];

const plain = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** The side of a split a row's label says it is printed on, or null. */
export function splitSide(label: string): 'pre' | 'post' | null {
  if (PRE.test(label)) return 'pre';
  if (POST.test(label)) return 'post';
  return null;
}

/** Whether a row reprints a figure as it was printed before ("As previously reported", "Pre-split"). */
export function quotesEarlier(f: Fact): boolean {
  return f.basis === 'previously-reported' || PREVIOUSLY.test(f.label) || splitSide(f.label) === 'pre';
}

/**
 * A per-share line's name: its sections and label less the words of NOT_THE_LINE, and whether any
 * were taken off (`stripped`); null for a figure not per share, or a name of no words left.
 */
export function perShareName(f: Fact): { name: string; stripped: boolean } | null {
  if (!f.unit.endsWith('/share')) return null;
  const text = [...f.section, f.label].join(' ');
  const name = plain(NOT_THE_LINE.reduce((t, re) => t.replace(re, ' '), text));
  if (!/[a-z]/.test(name)) return null;
  return { name, stripped: name !== plain(text) };
}

/** A reported figure's interval (facts without a value are left out before). */
const intervalOf = (f: Fact) => printedInterval({ value: f.value!, scale: f.scale, decimals: f.decimals });

/**
 * The split a release states by printing a per-share line of one period before and after it
 * ("Pre-split … 31.6", "Post-split … 3.16"): the ratio every such pair gives, with the rows of the
 * first pair as its statement and the number of pairs; null where no pair is printed, a pair is of
 * two signs or zero, or the pairs give no one simple ratio.
 */
export function splitByRows(release: Release): { statement: SeriesStatement; ratio: Decimal; pairs: number } | null {
  const groups = new Map<string, Fact[]>();
  for (const f of release.facts) {
    if (f.value === null || f.status !== 'reported' || !splitSide(f.label)) continue;
    const named = perShareName(f);
    if (named) pushTo(groups, `${f.table}|${f.period}|${f.dimension ?? ''}|${named.name}`, f);
  }
  let [lo, hi] = [new Decimal(0), new Decimal(Infinity)];
  let first: { pre: Fact; post: Fact } | null = null;
  let pairs = 0;
  for (const facts of groups.values()) {
    const pre = facts.filter((f) => splitSide(f.label) === 'pre');
    const post = facts.filter((f) => splitSide(f.label) === 'post');
    if (pre.length !== 1 || post.length !== 1) continue;
    const [a, b] = [intervalOf(pre[0]!), intervalOf(post[0]!)];
    // A loss per share printed before and after: its magnitude; zero or two signs give no ratio.
    const [p, q] = [magnitude(a), magnitude(b)];
    if (!p.lo.gt(0) || !q.lo.gt(0) || a.hi.lt(0) !== b.hi.lt(0)) return null;
    lo = Decimal.max(lo, p.lo.div(q.hi));
    hi = Decimal.min(hi, p.hi.div(q.lo));
    first ??= { pre: pre[0]!, post: post[0]! };
    pairs++;
  }
  if (!first || lo.gt(hi)) return null;
  const ratio = splitRatiosWithin(lo, hi)?.[0];
  if (!ratio) return null;
  const { pre, post } = first;
  const text = `${pre.label} ${pre.raw} and ${post.label} ${post.raw} (${pre.period}): ${ratio[0]} for ${ratio[1]}`;
  return { statement: { release: release.meta.id, line: post.line, text }, ratio: new Decimal(ratio[0]).div(ratio[1]), pairs };
}
