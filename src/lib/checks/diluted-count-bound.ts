/**
 * Dilution only adds shares. The diluted weighted average is the basic one plus the potential shares that dilute
 * (ASC 260, IAS 33): a security enters only where it lowers earnings per share (or deepens a loss per share), and
 * never with fewer shares than none. So in one column of a table:
 *
 * - a diluted count of shares is never below the basic count of the same line: under a loss or with nothing
 *   dilutive the two are equal, else the diluted count is larger (Ark Restaurants' "WEIGHTED AVERAGE NUMBER OF
 *   COMMON SHARES OUTSTANDING: Basic 3,604, Diluted 3,611": a basic count of 3,614 there, which earnings per share
 *   rounded to the cent cannot show, is above it);
 * - diluted earnings per share are never above basic earnings per share of the same line (Brookfield Asset
 *   Management's "Net income per share of common stock: Diluted $0.42, Basic $0.44"), a loss per share included
 *   (an anti-dilutive security is left out; one that deepens the loss goes in). The control number is income from
 *   continuing operations, so where continuing operations earn and discontinued ones lose, the diluted shares
 *   enter and the net loss per share diluted is above basic: a release printing discontinued operations is not
 *   bound so. Only earnings under GAAP or IFRS: an adjusted measure ("Adjusted", "Non-GAAP", "Core", FFO) may add
 *   back to its numerator what the release's own rule decides, so no bound is established for it.
 *
 * Either way two figures that break the bound beyond rounding cannot both be right, whichever is wrong.
 *
 * The two lines are one line's two bases only where their words are the same but for "basic" and "diluted" (a
 * line's words read with its sections: "Basic" and "Diluted" under "Weighted average shares outstanding", or
 * "Average Shares Outstanding - Basic" and "- Diluted"), each naming one basis, of one unit, the one pair in its
 * table so named; so never a class's basic figure against another class's diluted one, nor a count at a date
 * against an average. A column of a period only (not a change). Only a failure is said: a bound that holds is no
 * tie, and the figures are read by the checks that divide them. A pair another check already compares (./identity.ts,
 * diluted = basic under a loss) is left to it.
 *
 * Ids: `tie/<table>/<diluted row>/<column>/at-least-basic` (counts), `…/at-most-basic` (per share).
 */
import type { Check, Fact, Table, TableRow } from '../types.ts';
import { type CheckContext, columnKey, columnLabel, isPerShare } from './context.ts';
import { printedFigure, toJson } from './interval.ts';
import { checkWith, titleOf } from './make-check.ts';
import { shown } from './messages.ts';
import { cellOf, isChange, labelWords, rowUnit, valueRows } from './ratio-terms.ts';
import { dilutedAboveBasic, dilutedBelowBasic } from './relation-messages.ts';
import { toPlain } from '../decimal.ts';

const BASES = ['basic', 'diluted'] as const;
type Basis = (typeof BASES)[number];

/** Words of earnings under GAAP or IFRS, one of which a per-share line must name. */
const EARNINGS = new Set(['earnings', 'income', 'loss', 'profit', 'eps']);
/** Words of a measure of the release's own, or of what is paid or held per share, not earned: no bound for them. */
const OWN_MEASURE = new Set(['adjusted', 'non', 'core', 'pro', 'forma', 'operating', 'ffo', 'affo', 'funds', 'excluding', 'underlying', 'normalized', 'normalised', 'comparable', 'cash', 'distributable', 'dividend', 'dividends', 'distribution', 'distributions', 'book', 'value', 'tangible', 'headline', 'economic', 'recurring']);

/** Checks of diluted figures beyond their basic ones; `given` the checks so far, so a pair already compared is left. */
export function dilutedCountBoundChecks(ctx: CheckContext, given: readonly Check[]): Check[] {
  const compared = new Set(given.flatMap((c) => c.inputs.map((input) => `${c.reported.fact}|${input}`)));
  const already = (diluted: Fact, basic: Fact) => compared.has(`${diluted.id}|${basic.id}`);
  const discontinued = ctx.release.tables.some((t) => t.rows.some((r) => /\bdiscontinued\b/i.test(r.label)));
  return ctx.release.tables.flatMap((table) =>
    pairsOf(ctx, table, discontinued).flatMap(([basic, diluted, perShare]) => boundChecks(ctx, table, basic, diluted, perShare, already)),
  );
}

/**
 * A row's words with its sections', less the basis, and the one basis it names; null where it names none or both. The
 * label's basis first: "Net income per share—basic" under "Basic and diluted net income per share:".
 */
function basisOf(row: TableRow): { basis: Basis; rest: string[] } | null {
  const [section, label] = [row.section.flatMap(labelWords), labelWords(row.label)];
  const own = BASES.filter((b) => label.includes(b));
  if (own.length === 1) return { basis: own[0], rest: [...section, ...label.filter((w) => w !== own[0])] };
  const named = BASES.filter((b) => section.includes(b));
  if (own.length > 0 || named.length !== 1) return null;
  return { basis: named[0], rest: [...section.filter((w) => w !== named[0]), ...label] };
}

/** Whether a per-share line's words are earnings under GAAP or IFRS (its sections' words too), of no measure of the release's own. */
function earnings(words: string[]): boolean {
  return words.some((w) => EARNINGS.has(w)) && !words.some((w) => OWN_MEASURE.has(w)) && !(words.includes('per') && words.at(-1) === 'unit');
}

/**
 * The table's pairs of one line on the two bases, counts of shares or earnings per share: the only basic and the only
 * diluted row of those words and unit, with whether they are per share.
 */
function pairsOf(ctx: CheckContext, table: Table, discontinued: boolean): [TableRow, TableRow, boolean][] {
  const byWords = new Map<string, Record<Basis, TableRow[]> & { perShare: boolean }>();
  for (const row of valueRows(table)) {
    const unit = rowUnit(ctx, table, row) ?? '';
    const perShare = isPerShare(unit);
    if (unit !== 'shares' && !perShare) continue;
    const b = basisOf(row);
    if (!b || (perShare && (discontinued || !earnings(b.rest)))) continue;
    const key = `${unit}|${b.rest.join(' ')}`;
    const entry = byWords.get(key) ?? { basic: [], diluted: [], perShare };
    entry[b.basis].push(row);
    byWords.set(key, entry);
  }
  return [...byWords.values()].flatMap((e) => (e.basic.length === 1 && e.diluted.length === 1 ? [[e.basic[0], e.diluted[0], e.perShare] as [TableRow, TableRow, boolean]] : []));
}

/** The words a reader knows a line by: its label, after its section where the label alone is only a basis. */
function wordsOf(row: TableRow): string {
  const own = labelWords(row.label);
  const bare = own.every((w) => (BASES as readonly string[]).includes(w));
  const section = row.section.at(-1);
  return bare && section ? `${section.replace(/:\s*$/, '')}: ${row.label.trim()}` : row.label.trim();
}

function boundChecks(ctx: CheckContext, table: Table, basicRow: TableRow, dilutedRow: TableRow, perShare: boolean, already: (d: Fact, b: Fact) => boolean): Check[] {
  return table.columns.flatMap((column) => {
    // A column of an adjusted measure ("Non-GAAP" beside "GAAP") is that measure's figures: no bound for its per-share lines.
    if (isChange(ctx, column) || (perShare && labelWords(column.header).some((w) => OWN_MEASURE.has(w)))) return [];
    const basic = cellOf(ctx, table, basicRow, column);
    const diluted = cellOf(ctx, table, dilutedRow, column);
    if (!basic || !diluted || basic.status !== 'reported' || diluted.status !== 'reported' || basic.value === null || diluted.value === null) return [];
    if (basic.unit !== diluted.unit || already(diluted, basic)) return [];
    // Both in the diluted figure's units: its scale is the one its figure is printed at.
    const b = printedFigure(basic.value, basic.decimals, basic.scale - diluted.scale);
    const d = printedFigure(diluted.value, diluted.decimals, 0);
    if (perShare ? !d.interval.lo.gt(b.interval.hi) : !d.interval.hi.lt(b.interval.lo)) return [];
    const [dWords, bWords] = [wordsOf(dilutedRow), wordsOf(basicRow)];
    const printed = (f: Fact) => f.raw.replace(/<\/?u>|\\/g, '').trim();
    const places = Math.max(diluted.decimals, 0) + 1;
    const why = perShare ? dilutedAboveBasic(dWords, printed(diluted), bWords, printed(basic)) : dilutedBelowBasic(dWords, printed(diluted), bWords, printed(basic));
    const bounds = perShare
      ? `The diluted figure stands for at least ${shown(d.interval.lo, places)}, the basic one for at most ${shown(b.interval.hi, places)}.`
      : `The diluted figure stands for at most ${shown(d.interval.hi, places)}, the basic one for at least ${shown(b.interval.lo, places)}.`;
    return [
      checkWith(
        {
          release: ctx.release,
          kind: 'tie',
          id: `tie/${table.id}/${dilutedRow.id}/${columnKey(column)}/${perShare ? 'at-most-basic' : 'at-least-basic'}`,
          title: titleOf(`${dWords}, ${perShare ? 'at most' : 'at least'} ${bWords}`, columnLabel(ctx, column)),
          formula: `${dWords} ${perShare ? '≤' : '≥'} ${bWords}`,
          period: diluted.period,
          inputs: [basic],
          reported: diluted,
          restsOn: why,
        },
        {
          verdict: 'mismatch',
          computed: toPlain(b.value),
          computedInterval: toJson(b.interval),
          tolerance: toPlain(d.interval.hi.minus(d.value)),
          difference: toPlain(d.value.minus(b.value)),
          explanation: `${why} ${bounds}`,
        },
      ),
    ];
  });
}
