/**
 * A stock split no release states (issue 32): a later release prints an earlier release's
 * per-share figures and share counts again, scaled by a split's ratio, with no sentence that
 * ./comparatives.ts reads as a split. Read alone, each such figure is a difference across
 * releases; read together they are one sound reading, not an accusation.
 *
 * Between two releases (the earlier printing's and the later one's), with no split stated by
 * either or any between: the per-share figures and share counts printed otherwise are read as
 * `split-unstated` where one split ratio r (new shares per old) explains them — share counts × r,
 * per-share amounts ÷ r, within the rounding of both printings (the earlier figure's whole
 * interval scaled) — and
 * - r is read from those figures themselves, not from a list: each one's two printings bound the
 *   ratio they were printed at (a share count of millions to four figures, 516 then 10,324, puts it
 *   within 19.99 and 20.03), and the ratios a split can have inside those bounds (./split-ratios.ts)
 *   are its candidates. A figure whose bounds hold more than 20 such ratios (an EPS of a few cents)
 *   points to none; it is still judged against the others';
 * - at least two figures follow it (one figure differing is no evidence of a split), more than do
 *   not (the per-share figures and share counts printed the same, not zero, and those differing
 *   otherwise), and no other ratio as simple (its smaller number as small) explains as many: of
 *   20-for-1 and 81-for-4, both within an EPS's rounding, the simpler is the split;
 * - where those periods print both share counts and per-share figures, both kinds follow r;
 * - the money amounts of the same releases' comparisons are not rescaled: at least one is printed
 *   the same, and none that differs follows r or 1/r (that would be a change of scale, not a split).
 * A figure that does not follow r when the others do stays a mismatch: that is how an error
 * across a split looks. The reading is tieout's, shown as such, never quoted as the company's.
 */
import { Decimal, parseDecimal } from '../decimal.ts';
import type { SeriesComparison, SeriesPrinting } from '../types.ts';
import { pushTo } from '../grouped.ts';
import { magnitude, printedInterval, splitRatiosWithin } from './split-ratios.ts';

/** A figure whose bounds hold more split ratios than this is too coarse to point to one. */
const MOST_RATIOS = 20;

const perShare = (p: SeriesPrinting) => p.unit.endsWith('/share');
const scaled = (p: SeriesPrinting) => perShare(p) || p.unit === 'shares';

/** Whether the later printing is the earlier one with `factor` applied (the earlier figure's whole interval). */
function follows(c: SeriesComparison, factor: Decimal): boolean {
  const e = printedInterval(c.earlier);
  const l = printedInterval(c.later);
  const [a, b] = [e.lo.times(factor), e.hi.times(factor)];
  const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
  return lo.lte(l.hi) && l.lo.lte(hi);
}

/** What the split multiplies a line by: share counts × r, per-share amounts ÷ r. */
function factorOf(c: SeriesComparison, r: Decimal): Decimal {
  return perShare(c.later) ? new Decimal(1).div(r) : r;
}

/**
 * The split ratios [new, old] a figure printed otherwise can have been printed at: within the
 * bounds its two printings put on later ÷ earlier (a count) or earlier ÷ later (per share), over
 * both printings' rounding; none for a figure of zero, of two signs, or too coarse to tell.
 */
function ratiosOf(c: SeriesComparison): [number, number][] {
  const [e, l] = [printedInterval(c.earlier), printedInterval(c.later)];
  const [num, den] = perShare(c.later) ? [e, l] : [l, e];
  // A negative figure (a loss per share) printed negative both times: its magnitude.
  const [n, d] = [magnitude(num), magnitude(den)];
  if (!n.lo.gt(0) || !d.lo.gt(0)) return [];
  return splitRatiosWithin(n.lo.div(d.hi), n.hi.div(d.lo), MOST_RATIOS) ?? [];
}

/** The split ratios the figures printed otherwise point to, each once. */
function candidatesOf(differ: SeriesComparison[]): [number, number][] {
  const all = new Map<string, [number, number]>();
  for (const c of differ) for (const r of ratiosOf(c)) all.set(`${r[0]}/${r[1]}`, r);
  return [...all.values()];
}

/** A line of shareholders' equity a split's par value moves between: paid-in capital, common stock, retained earnings. */
export function namesEquityLine(label: string): boolean {
  return /\b(?:paid-in capital|capital in excess of par|common stock|retained earnings)\b/i.test(label);
}

/**
 * The comparisons of one company with the differences an unstated split explains read so
 * (`split-unstated`, with the reading). `stated(earlier, later)` says whether a release from the
 * earlier printing's to the later one's states a split: then the stated split is the reading.
 */
export function readUnstatedSplits(comparisons: SeriesComparison[], stated: (earlier: string, later: string) => boolean): SeriesComparison[] {
  const pairs = new Map<string, SeriesComparison[]>();
  for (const c of comparisons) {
    const key = `${c.earlier.release}\u0000${c.later.release}`;
    pushTo(pairs, key, c);
  }
  const read = new Map<SeriesComparison, SeriesComparison>();
  for (const group of pairs.values()) {
    const { earlier, later } = { earlier: group[0].earlier.release, later: group[0].later.release };
    const differ = group.filter((c) => c.verdict === 'mismatch' && scaled(c.later) && scaled(c.earlier));
    if (differ.length < 2 || stated(earlier, later)) continue;
    const alike = (c: SeriesComparison) => c.verdict === 'same' || c.verdict === 'rounding';
    const sameScaled = group.filter((c) => alike(c) && scaled(c.later) && !parseDecimal(c.later.value).isZero()).length;
    const money = group.filter((c) => !scaled(c.later) && !scaled(c.earlier));
    if (!money.some(alike)) continue;
    // The simpler of two ratios explaining as many first: its smaller number, then its larger.
    const simplicity = (x: { a: number; b: number }) => [Math.min(x.a, x.b), Math.max(x.a, x.b)] as const;
    const fits = candidatesOf(differ)
      .map(([a, b]) => {
        const r = new Decimal(a).div(b);
        return { a, b, r, fit: differ.filter((c) => follows(c, factorOf(c, r))) };
      })
      .sort((x, y) => y.fit.length - x.fit.length || simplicity(x)[0] - simplicity(y)[0] || simplicity(x)[1] - simplicity(y)[1]);
    const best = fits[0];
    if (!best || best.fit.length < 2) continue;
    const rival = fits[1];
    if (rival && rival.fit.length === best.fit.length && simplicity(rival)[0] === simplicity(best)[0]) continue;
    if (best.fit.length <= differ.length - best.fit.length + sameScaled) continue;
    const rescaled = money.some((c) => c.verdict === 'mismatch' && (follows(c, best.r) || follows(c, new Decimal(1).div(best.r))));
    if (rescaled) continue;
    const periods = [...new Set(best.fit.map((c) => c.period))].sort();
    // A split moves both: where these periods print share counts and per-share figures, both kinds follow it
    // (per-share figures alone a hundred times larger, the share counts unchanged, are cents read as dollars).
    const printed = group.filter((c) => periods.includes(c.period) && scaled(c.later) && !parseDecimal(c.later.value).isZero());
    const kinds = (cs: SeriesComparison[]) => new Set(cs.map((c) => perShare(c.later)));
    if (kinds(printed).size > kinds(best.fit).size) continue;
    const reading =
      `consistent with an unstated ${best.a}-for-${best.b} split: every per-share figure and share count of ` +
      `${periods.length === 1 ? `this period (${periods[0]})` : `these periods (${periods.join(', ')})`} that ${later} prints otherwise than ${earlier} ` +
      `differs by the same ratio${best.fit.length < differ.length ? ` except ${differ.length - best.fit.length}, left ${differ.length - best.fit.length === 1 ? 'a difference' : 'differences'} across releases` : ''}; the releases state no split`;
    for (const c of best.fit) read.set(c, { ...c, verdict: 'split-unstated', reading });
    // The split moves the par value of the new shares between the lines of equity, as a stated one does.
    for (const c of money) {
      if (c.verdict === 'mismatch' && namesEquityLine(c.later.label)) read.set(c, { ...c, verdict: 'unverifiable', reading: `a line of equity printed across the split the figures show (${best.a}-for-${best.b}, unstated), which moves the par value of the new shares between the lines of equity` });
    }
  }
  return comparisons.map((c) => read.get(c) ?? c);
}
