/**
 * A line of percentages that its label names as the rate of a change printed right above it: "% decrease in same store
 * NOI at share" under "Decrease in same store NOI at share", itself under "Same store NOI at share for the three months
 * ended December 31, 2024" and "… 2023" (Vornado's same store reconciliations, 4Q24). The rate is the change over the
 * line of the earlier period, the one whose label names the earlier year: −12,503 ÷ 275,211 × 100 = −4.5%.
 *
 * The labels state the relation whole: the rate's words are the change's, the change's the two lines' own words, each
 * line's year said in its label. A rate of a decrease printed as a positive figure states its size. A row's columns are
 * judged together: a failing column is a mismatch where another column holds and as many hold as fail
 * (./ratio-terms.ts `judgedTogether`).
 *
 * Ids: `growth/<table>/<rate row>/<column key>/rate`.
 */
import { parseDecimal } from '../decimal.ts';
import type { Check, Table, TableRow } from '../types.ts';
import { type CheckContext, columnKey, isAdditive } from './context.ts';
import { cellOf, isChange, judgedTogether, labelWords, term, termsCheck, valueRows } from './ratio-terms.ts';
import { corroboratedByColumns, holdsInNoColumn } from './ratio-messages.ts';
import { changeRateRestsOn } from './relation-messages.ts';
import { rowWords } from './words.ts';

/** "percent decrease in <what>": a rate of a change, and the change's word. */
const RATE = /^percent (?<change>increase|decrease|change|decline|growth) in (?<what>.+)$/;
/** The lines read above a rate for its change, and above the change for the two lines it is the change of. */
const NEAR = 2;
const BLOCK = 24;

export function changeRateChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((table) => {
    const rows = valueRows(table);
    return rows.flatMap((row, i) => rateChecks(ctx, table, rows, i));
  });
}

function rateChecks(ctx: CheckContext, table: Table, rows: TableRow[], at: number): Check[] {
  const rate = rows[at]!;
  if (unitOf(ctx, table, rate) !== 'percent') return [];
  const m = RATE.exec(labelWords(rate.label).join(' '));
  if (!m) return [];
  const { change: word, what } = m.groups!;
  const changeAt = rows.slice(Math.max(0, at - NEAR), at).findLastIndex((r) => labelWords(r.label).join(' ') === `${word} in ${what}`);
  if (changeAt < 0) return [];
  const c = Math.max(0, at - NEAR) + changeAt;
  const change = rows[c]!;
  const unit = unitOf(ctx, table, change);
  if (!unit || !isAdditive(unit)) return [];
  const prior = earlierLine(ctx, table, rows.slice(Math.max(0, c - BLOCK), c), what.split(' '), unit);
  if (!prior) return [];
  const decrease = word === 'decrease' || word === 'decline';
  const checks = table.columns.flatMap((column) => {
    // The rate and its lines are figures of one column, whatever its period: a column of no period (a segment's) too.
    if (column.period && isChange(ctx, column)) return [];
    const reported = cellOf(ctx, table, rate, column);
    const amount = cellOf(ctx, table, change, column);
    const base = cellOf(ctx, table, prior, column);
    if (!reported?.value || !amount?.value || !base?.value || reported.status !== 'reported' || parseDecimal(base.value).lte(0)) return [];
    // A decrease's rate printed as a positive figure beside a negative change states its size.
    const size = decrease && parseDecimal(reported.value).gt(0) && parseDecimal(amount.value).lt(0);
    return [
      termsCheck(ctx, {
        kind: 'growth',
        id: `growth/${table.id}/${rate.id}/${columnKey(column)}/rate`,
        subject: rowWords(rate),
        expression: size ? '-change / prior * 100' : 'change / prior * 100',
        terms: [term('change', amount), term('prior', base)],
        reported,
        column,
        restsOn: changeRateRestsOn(rate.label, change.label, prior.label),
      }),
    ];
  });
  return judgedTogether(checks, corroboratedByColumns, holdsInNoColumn, new Set(), 1);
}

/**
 * Of the lines above the change whose labels open with the rate's words and name a year ("Same store NOI at share for
 * the three months ended December 31, 2023"), the one of the earlier year, where two such lines name two years; else
 * null: which line is the base the labels do not say.
 */
function earlierLine(ctx: CheckContext, table: Table, above: TableRow[], what: string[], unit: string): TableRow | null {
  const dated = above
    .filter((r) => unitOf(ctx, table, r) === unit)
    .map((r) => {
      const words = labelWords(r.label);
      const opens = what.every((w, k) => words[k] === w) && words.length > what.length;
      const years = words.slice(what.length).filter((w) => /^(?:19|20)\d\d$/.test(w));
      // Four digits each: compared as text, no value is made a float.
      return opens && years.length === 1 ? { row: r, year: years[0]! } : null;
    })
    .filter((x): x is { row: TableRow; year: string } => x !== null)
    .slice(-2);
  if (dated.length !== 2 || dated[0]!.year === dated[1]!.year) return null;
  return dated[0]!.year < dated[1]!.year ? dated[0]!.row : dated[1]!.row;
}

/** A line's unit, from its first figure in a column that is no change (a column of no period, a segment's, counts). */
function unitOf(ctx: CheckContext, table: Table, row: TableRow): string | undefined {
  for (const c of table.columns) {
    if (c.period && isChange(ctx, c)) continue;
    const f = cellOf(ctx, table, row, c);
    if (f) return f.unit;
  }
  return undefined;
}
