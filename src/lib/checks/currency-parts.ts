/**
 * A whole's change at constant currency read from its parts', where a table prints the whole and its parts as columns
 * (Pfizer's revenues, Q4 2021: "WORLDWIDE | UNITED STATES | TOTAL INTERNATIONAL", each "2021 | 2020 | % Change Total",
 * the whole and the international part also "% Change Oper.", operational variances being changes "that exclude the
 * impact of foreign exchange rates"):
 *
 *     Prevnar family   1,302  1,750  (26%)  (25%)  |  571  786  (27%)  |  731  964  (24%)  (24%)
 *
 * The whole is the sum of its parts in both periods (./column-footing.ts, holding or corroborated), so the effect of
 * currency on it is the sum of theirs. Two conventions compare at one rate, and the table does not say which:
 *
 * - the current period at the prior period's rates (`prior`): a part's amount at constant currency is its prior
 *   amount grown by its change on that basis (964 × (100 − 24) ÷ 100 = 732.6), and the whole's change is the sum of
 *   those, and of the current amounts of the parts printing no such change, against the whole's prior amount:
 *   (571 + 732.6) ÷ 1,750 × 100 − 100 = −25.5%, printed (25%);
 * - the prior period at the current period's rates (`current`): a part's prior amount at constant currency is its
 *   current amount over its change (731 × 100 ÷ 76), and the whole's change is its current amount against their sum.
 *
 * The parts may be a table of their own whose whole is a column of another (Pfizer's "INTERNATIONAL REVENUES BY
 * GEOGRAPHIC REGION": Developed Europe, Developed Rest of World and Emerging Markets, each with "% Change Oper.", under
 * the same lines as the revenues table's "TOTAL INTERNATIONAL"): read so where the lines of the same name add up to the
 * other table's column in both periods, in three lines at least and four times as many as fail.
 *
 * A part printing no change on that basis (the United States) is read as having no currency effect: the layout says
 * so, not the release, so nothing is certain. A column is read under the convention that holds in more of its lines;
 * a line that fails is a mismatch only where the other convention fails there too and the reading holds in three
 * lines at least and in four times as many as fail; else it is unverifiable, saying why. A line whose whole or part
 * prints no figure for the change ("*", not meaningful) is not read; a part printing nothing in both periods counts
 * as nothing.
 *
 * Ids are the growth check's of the whole's figure (`growth/<table>/<row>/<column>`), which they replace where no
 * reading of the column's own lines (./basis-footings.ts) does.
 */
import { parseDecimal } from '../decimal.ts';
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, columnLabel, isMoney } from './context.ts';
import { currencyBasis } from './basis-footings.ts';
import { columnFootingsOf } from './column-footing.ts';
import { qualifiedChangeColumns } from './growth.ts';
import { intersects, printedFigure, sum } from './interval.ts';
import { cellOf, holds, rowUnit, type Term, term, termsCheck, valueRows } from './ratio-terms.ts';
import { currencyPartsCorroborated, currencyPartsOtherConvention, currencyPartsRestsOn, currencyPartsUncorroborated } from './relation-messages.ts';
import { rowWords } from './words.ts';

type Convention = 'prior' | 'current';

/** A whole's columns and its parts', for the two periods one change column compares, each with its change at constant currency where printed. */
interface Layout {
  /** The whole's table, whose lines are read. */
  table: Table;
  whole: Side;
  /** The parts' table: the whole's, or another printing the same lines. */
  partsTable: Table;
  parts: Side[];
  definition: string;
  /** How the parts' table was found to sum to the whole, where it is another. */
  across?: string;
}

interface Side {
  current: TableColumn;
  prior: TableColumn;
  /** The change on the currency basis; undefined for a part that prints none. */
  change?: TableColumn;
}

export function currencyPartsChecks(ctx: CheckContext): Check[] {
  const checks: Check[] = [];
  for (const layout of layouts(ctx)) {
    const rows = valueRows(layout.table);
    const prior = rows.map((row) => lineCheck(ctx, layout, row, 'prior'));
    // The other convention is read only where the first fails somewhere: where it holds in every line it is taken.
    const held = prior.every((c) => c === null || holds(c));
    const lines = rows.flatMap((row, k) => {
      const both = { prior: prior[k], current: held ? prior[k] : lineCheck(ctx, layout, row, 'current') };
      return both.prior && both.current ? [both as { prior: Check; current: Check }] : [];
    });
    checks.push(...judged(lines));
  }
  return checks;
}

/** The tables' whole-and-parts columns whose whole prints a change at constant currency and a part does too. */
function layouts(ctx: CheckContext): Layout[] {
  const out: Layout[] = [];
  const qualified = qualifiedChangeColumns(ctx).flatMap((q) => {
    const definition = currencyBasis(ctx, q.basis);
    return definition === null ? [] : [{ ...q, definition }];
  });
  const tables = new Set(qualified.map((q) => q.table));
  for (const table of tables) {
    const footings = columnFootingsOf(ctx, table).filter((f) => f.fit !== 'fails' && !(f.minus?.length));
    for (const q of qualified.filter((x) => x.table === table)) {
      const compare = ctx.index.period(q.column.period)?.compare;
      if (!compare) continue;
      const now = footings.find((f) => f.total.period === compare.current && startsWith(q.column, f.total));
      const dims = (f: (typeof footings)[number]) => [f.total, ...f.parts].map((c) => c.dimension ?? '').join('\u0000');
      const then = now && footings.find((f) => f.total.period === compare.prior && dims(f) === dims(now));
      if (!now || !then) continue;
      const side = (current: TableColumn): Side | null => {
        const prior = [then.total, ...then.parts].find((c) => c.dimension === current.dimension);
        if (!prior) return null;
        const change = qualified.find((x) => x.table === table && x.column.period === q.column.period && startsWith(x.column, current))?.column;
        return { current, prior, change };
      };
      const whole = side(now.total);
      const parts = now.parts.map(side);
      if (!whole || whole.change !== q.column || parts.some((p) => p === null)) continue;
      const sides = parts as Side[];
      if (!sides.some((p) => p.change)) continue;
      out.push({ table, whole, partsTable: table, parts: sides, definition: q.definition });
    }
  }
  for (const q of qualified) {
    if (out.some((l) => l.whole.change === q.column)) continue;
    const layout = acrossTables(ctx, q.table, q.column, q.definition, qualified.map((x) => x.column));
    if (layout) out.push(layout);
  }
  return out;
}

/**
 * A whole's change column whose parts are the period columns of another table, every one of them: the lines of the same
 * name add up to the whole's figure in both periods, in three lines at least and four times as many as fail.
 */
function acrossTables(ctx: CheckContext, table: Table, change: TableColumn, definition: string, qualified: TableColumn[]): Layout | null {
  const compare = ctx.index.period(change.period)?.compare;
  if (!compare) return null;
  const money = (t: Table, period: string) => t.columns.filter((c) => c.period === period && c.dimension);
  const current = money(table, compare.current).find((c) => startsWith(change, c));
  const prior = current && money(table, compare.prior).find((c) => c.dimension === current.dimension);
  if (!current || !prior) return null;
  for (const other of ctx.release.tables) {
    if (other === table) continue;
    const now = money(other, compare.current);
    const then = money(other, compare.prior);
    if (now.length < 2 || now.length !== then.length || columnFootingsOf(ctx, other).some((f) => f.total.period === compare.current)) continue;
    const parts: Side[] = [];
    for (const c of now) {
      const p = then.find((x) => x.dimension === c.dimension);
      if (!p) break;
      parts.push({ current: c, prior: p, change: other.columns.find((x) => x.period === change.period && startsWith(x, c) && qualified.includes(x)) });
    }
    if (parts.length !== now.length || !parts.some((p) => p.change)) continue;
    const tally = addsUp(ctx, table, other, [current, prior], parts);
    if (tally.held >= 3 && tally.held >= 4 * tally.failed) {
      return { table, whole: { current, prior, change }, partsTable: other, parts, definition, across: `the lines of "${other.title}" add up to its columns in ${tally.held} of ${tally.held + tally.failed} lines` };
    }
  }
  return null;
}

/** In how many lines the parts' table's columns add up to the whole's, within the rounding of the figures, in both periods. */
function addsUp(ctx: CheckContext, table: Table, other: Table, whole: TableColumn[], parts: Side[]): { held: number; failed: number } {
  let held = 0;
  let failed = 0;
  for (const row of valueRows(table)) {
    const theirs = other.rows.find((r) => r.id === row.id && r.kind === 'values');
    if (!theirs || !isMoney(rowUnit(ctx, table, row) ?? '')) continue;
    const verdicts = whole.map((w, k) => {
      const total = cellOf(ctx, table, row, w);
      const figures = parts.map((p) => cellOf(ctx, other, theirs, k === 0 ? p.current : p.prior));
      if (!total || total.value === null || figures.some((f) => !f || (f.value === null && f.status !== 'nil'))) return null;
      const printed = figures.filter((f): f is Fact => f!.value !== null).map((f) => printedFigure(f.value!, f.decimals, f.scale).interval);
      if (printed.length === 0) return null;
      return intersects(sum(printed), printedFigure(total.value, total.decimals, total.scale).interval);
    });
    if (verdicts.some((v) => v === null)) continue;
    if (verdicts.every(Boolean)) held++;
    else failed++;
  }
  return { held, failed };
}

/** A change column whose dimension is that of a period column with words added ("worldwide-oper" of "worldwide"). */
function startsWith(change: TableColumn, column: TableColumn): boolean {
  const d = column.dimension;
  return Boolean(d && change.dimension && change.dimension.startsWith(`${d}-`));
}

/** The whole's change at constant currency on one line, under one convention; null where the line prints too little. */
function lineCheck(ctx: CheckContext, layout: Layout, row: TableRow, convention: Convention): Check | null {
  const { table, whole } = layout;
  if (!isMoney(rowUnit(ctx, table, row) ?? '')) return null;
  const figure = (c: TableColumn | undefined) => (c ? cellOf(ctx, table, row, c) : undefined);
  const value = (f: Fact | undefined) => (f && f.value !== null ? parseDecimal(f.value) : null);
  const reported = figure(whole.change);
  const [current, prior] = [figure(whole.current), figure(whole.prior)];
  if (!reported || reported.value === null || value(current) === null || value(prior) === null || !value(prior)!.isPositive()) return null;
  const terms: Term[] = [term('wcur', current!, `${rowWords(row)} (${columnLabel(ctx, whole.current)})`), term('wprior', prior!, `${rowWords(row)} (${columnLabel(ctx, whole.prior)})`)];
  const atRate: string[] = [];
  const theirs = layout.partsTable === table ? row : layout.partsTable.rows.find((r) => r.id === row.id && r.kind === 'values');
  if (!theirs) return null;
  const partFigure = (c: TableColumn | undefined) => (c ? cellOf(ctx, layout.partsTable, theirs, c) : undefined);
  for (const [i, part] of layout.parts.entries()) {
    const [c, p, g] = [partFigure(part.current), partFigure(part.prior), partFigure(part.change)];
    const cv = value(c);
    const pv = value(p);
    // A part printing nothing in both periods adds nothing, whatever its change prints.
    if ((cv === null || cv.isZero()) && (pv === null || pv.isZero())) continue;
    if (cv === null || pv === null) return null;
    terms.push(term(`p${i}c`, c!, `${rowWords(row)} (${columnLabel(ctx, part.current)})`), term(`p${i}p`, p!, `${rowWords(row)} (${columnLabel(ctx, part.prior)})`));
    if (!part.change) {
      atRate.push(convention === 'prior' ? `p${i}c` : `p${i}p`);
      continue;
    }
    const gv = value(g);
    if (gv === null) return null;
    // A part at constant currency whose change leaves nothing (−100%) has no prior amount at the current rates.
    if (convention === 'current' && gv.lte(-100)) return null;
    terms.push(term(`p${i}g`, g!, `${rowWords(row)} (${columnLabel(ctx, part.change)})`));
    atRate.push(convention === 'prior' ? `p${i}p * ( 100 + p${i}g ) / 100` : `p${i}c * 100 / ( 100 + p${i}g )`);
  }
  const sum = atRate.length === 0 ? '0' : atRate.map((t) => `( ${t} )`).join(' + ');
  const expression = convention === 'prior' ? `( ${sum} ) / wprior * 100 - 100` : `wcur / ( ${sum} ) * 100 - 100`;
  const printing = layout.parts.filter((p) => p.change).map((p) => columnLabel(ctx, p.current));
  const none = layout.parts.filter((p) => !p.change).map((p) => columnLabel(ctx, p.current));
  return termsCheck(ctx, {
    kind: 'growth',
    id: `growth/${table.id}/${row.id}/${columnKey(whole.change!)}`,
    subject: `${rowWords(row)} growth (%)`,
    expression,
    terms,
    reported,
    column: whole.change,
    restsOn: currencyPartsRestsOn(whole.change!.header, layout.definition, printing, none, convention === 'prior', layout.across),
  });
}

/** Each line under the convention that holds in more lines; a failing one accused only where both fail and the reading holds widely. */
function judged(lines: { prior: Check; current: Check }[]): Check[] {
  if (lines.length === 0) return [];
  const heldBy = (k: Convention) => lines.filter((l) => holds(l[k])).length;
  const chosen: Convention = heldBy('current') > heldBy('prior') ? 'current' : 'prior';
  const other: Convention = chosen === 'prior' ? 'current' : 'prior';
  const n = heldBy(chosen);
  const m = lines.filter((l) => l[chosen].verdict === 'mismatch').length;
  const published = n >= 3 && n >= 4 * m;
  return lines.map((l) => {
    const c = l[chosen];
    if (c.verdict !== 'mismatch') return c;
    if (holds(l[other])) return { ...l[other], explanation: `${l[other].explanation} ${currencyPartsOtherConvention()}` };
    return published
      ? { ...c, explanation: `${c.explanation} ${currencyPartsCorroborated(n)}` }
      : { ...c, verdict: 'unverifiable' as const, difference: null, explanation: `${c.explanation} ${currencyPartsUncorroborated(n, m)}` };
  });
}
