/**
 * Reconciliations across columns: a table that prints its measures as columns and its periods
 * (or lines) down the side reconciles left to right as a reconciliation's lines do top to bottom.
 * Chimera's "GAAP Interest Income | GAAP Interest Expense | Periodic Interest Cost of Interest Rate
 * Swaps | Economic Interest Expense | GAAP Net Interest Income | Periodic Interest Cost of Interest
 * Rate Swaps | Other | Economic Net Interest Income", one row a period:
 *
 * - a column naming an adjusted form of a measure ("Economic …", "Adjusted …", "Non-GAAP …",
 *   "Core …") is the nearest column before it naming the same measure ("GAAP Interest Expense",
 *   or the measure's bare words) plus the columns printed between them, each with its sign;
 * - a column naming a net of income and expense ("GAAP Net Interest Income") is the column of its
 *   income less the column of its expense, under the same qualifier ("GAAP Interest Income",
 *   "GAAP Interest Expense").
 *
 * The names make the reading, so it is judged as a footing is: published where it holds on every
 * line, or on most (the others then mismatches, corroborated by the same columns); where it holds
 * on none, unverifiable, naming the reading (an adjustment column may be printed with the other
 * sign, or the columns may mean otherwise).
 *
 * A table that prints each period as a group of such columns ("2022 GAAP | Adj. | 2022 Non-GAAP", Oracle) is read so
 * group by group.
 *
 * Ids: `footing/<table>/<row>/<result column key>/columns`, as a column total's.
 */
import { parseDecimal } from '../decimal.ts';
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, columnLabel, isAdditive, isPerShare } from './context.ts';
import { type Evaluation, evaluate, inUnitsOf } from './evaluate.ts';
import type { Expression } from './expression.ts';
import { type CheckSpec, checkWith, titleOf } from './make-check.ts';
import { adjustmentsTakenAway, columnTotalBecause, corroboratedByLines, nilCountsAsZero, noReadingFits, restsOnReading } from './relation-messages.ts';
import { columnWords, columnWordsOf, RowScope } from './column-footing.ts';
import { type Fit, corroborated, holdsEverywhere, namesARatio, noFit, tallyFit } from './structure.ts';
import { judge } from './verdict.ts';
import { rowWords } from './words.ts';

/** A result column and the columns it reconciles from, with their signs. */
export interface ColumnReconciliation {
  table: Table;
  result: TableColumn;
  terms: { column: TableColumn; sign: 1 | -1 }[];
  reason: string;
  fit: 'holds' | 'corroborated' | 'fails';
}

/** Words that qualify a measure as an adjusted form of it; "GAAP" qualifies it as reported. */
const ADJUSTED = /^(?:economic|adjusted|non gaap|core|underlying|normalized|comparable)\b\s*/;
const REPORTED = /^(?:gaap|reported|as reported)\b\s*/;

export function columnReconciliationChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((table) => columnReconciliationsOf(ctx, table).flatMap((r) => checksOf(ctx, r)));
}

/** The result columns of a table whose columns name measures, each with the columns it reconciles from. */
export function columnReconciliationsOf(ctx: CheckContext, table: Table): ColumnReconciliation[] {
  // Columns that name measures, all of one period (or none): the measures are read across.
  const named = table.columns.filter((c) => c.dimension && !c.dimension.startsWith('percent-of'));
  // The adjustments' columns may print no period where the period heads the measure's columns alone (J&J's "First
  // Quarter April 2, 2023 GAAP | Intangible asset amortization | … | First Quarter April 2, 2023 Non-GAAP", 1Q23):
  // they are the same period's, the columns between one reported and one adjusted.
  if (named.length >= 3 && named.length === table.columns.length && new Set(named.map((c) => c.period).filter((p) => p !== '')).size <= 1) return acrossColumns(ctx, table, named);
  // Each period printed as a group of measure columns side by side ("2022 GAAP | Adj. | 2022 Non-GAAP | 2021 GAAP |
  // Adj. | 2021 Non-GAAP | % change …", Oracle's reconciliations): each group read across as such a table is.
  return periodGroups(table).flatMap((group) => acrossColumns(ctx, table, group));
}

/** Runs of three or more adjacent columns of one period, each naming a measure within it. */
function periodGroups(table: Table): TableColumn[][] {
  const groups: TableColumn[][] = [];
  let run: TableColumn[] = [];
  for (const column of table.columns) {
    // A share of the revenue beside a measure, or a column of references to notes, neither ends the group nor joins it
    // (OpenText's "GAAP-based Measures | % of Total Revenue | Adjustments | Note | Non-GAAP-based Measures | % of Total
    // Revenue", its reconciliations of selected measures, fiscal 2024).
    if (run.length > 0 && (column.reference || (column.dimension?.startsWith('percent-of') && column.period === run[0]!.period))) continue;
    // A change column ("2014-q4-vs-2013-q4") compares periods: no measure of one.
    const fits = column.period !== '' && !column.period.includes('-vs-') && column.measure === undefined && !!column.dimension && !column.dimension.startsWith('percent-of');
    if (fits && run.length > 0 && run[0]!.period === column.period) run.push(column);
    else {
      if (run.length >= 3) groups.push(run);
      run = fits ? [column] : [];
    }
  }
  if (run.length >= 3) groups.push(run);
  return groups;
}

function acrossColumns(ctx: CheckContext, table: Table, named: TableColumn[]): ColumnReconciliation[] {
  const words = named.map((c) => columnWords(ctx, table, c).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
  const out: ColumnReconciliation[] = [];
  named.forEach((column, at) => {
    const own = words[at];
    const adjusted = adjustedFrom(words, at);
    if (adjusted) {
      const from = adjusted.from;
      if (from === at - 1) return;
      const between = named.slice(from + 1, at);
      out.push(judged(ctx, table, {
        result: column,
        terms: [{ column: named[from], sign: 1 }, ...between.map((c) => ({ column: c, sign: 1 as const }))],
        reason: `'${columnWords(ctx, table, column)}' reconciles from '${columnWords(ctx, table, named[from])}', the same measure, plus the ${between.length} column${between.length === 1 ? '' : 's'} printed between them.`,
      }));
      return;
    }
    // A net of income and expense: "GAAP Net Interest Income" = "GAAP Interest Income" − "GAAP Interest Expense".
    const net = /^((?:gaap |reported )?)net (.+) income$/.exec(own);
    if (!net) return;
    const income = words.indexOf(`${net[1]}${net[2]} income`);
    const expense = words.indexOf(`${net[1]}${net[2]} expense`);
    if (income < 0 || expense < 0 || income >= at || expense >= at) return;
    out.push(judged(ctx, table, {
      result: column,
      terms: [{ column: named[income], sign: 1 }, { column: named[expense], sign: -1 }],
      reason: `'${columnWords(ctx, table, column)}' is '${columnWords(ctx, table, named[income])}' less '${columnWords(ctx, table, named[expense])}', as its name says.`,
    }));
  });
  return out;
}

/**
 * The column an adjusted measure reconciles from: the nearest before it naming the same measure, bare or as reported,
 * under the same words first. A spanner's words head both ("GAAP to Non-GAAP Reconciliation" over "GAAP Results |
 * Less QSI | … | Non-GAAP Results", Qualcomm's 1Q22): the qualifier follows them.
 */
function adjustedFrom(words: string[], at: number): { from: number } | null {
  const tokens = words[at]!.split(' ');
  for (let cut = 0; cut < tokens.length - 1; cut++) {
    const lead = cut === 0 ? '' : `${tokens.slice(0, cut).join(' ')} `;
    const rest = tokens.slice(cut).join(' ');
    const adjusted = ADJUSTED.exec(rest);
    if (!adjusted) continue;
    // "Non-GAAP" alone beside "GAAP" (Oracle's "2014 GAAP | Adj. | 2014 Non-GAAP"): the measure is the rows'.
    const measure = rest.slice(adjusted[0].length);
    const from = findLastIndex(words.slice(0, at), (w) => {
      if (!w.startsWith(lead)) return false;
      const r = w.slice(lead.length);
      return r === measure || (r.replace(REPORTED, '') === measure && REPORTED.test(r));
    });
    if (from >= 0) return { from };
  }
  return null;
}

function judged(ctx: CheckContext, table: Table, r: Omit<ColumnReconciliation, 'table' | 'fit'>): ColumnReconciliation {
  const f = fitOf(ctx, table, r.result, r.terms);
  const fit = holdsEverywhere(f) ? 'holds' : corroborated(f) ? 'corroborated' : 'fails';
  return { table, ...r, fit };
}

/** The lines the reading is judged on: an amount in the result column, and a figure in one of its terms at least. */
function linesOf(ctx: CheckContext, table: Table, result: TableColumn, terms: ColumnReconciliation['terms']): { row: TableRow; reported: Fact }[] {
  const out: { row: TableRow; reported: Fact }[] = [];
  for (const row of table.rows) {
    if (row.kind !== 'values' || namesARatio(row.label)) continue;
    const reported = ctx.index.cell(table.id, row.id, columnKey(result));
    if (!reported || reported.status !== 'reported') continue;
    if (!isAdditive(reported.unit) && !(isPerShare(reported.unit) && oneCount(ctx, table, row, [result, ...terms.map((t) => t.column)]))) continue;
    const printed = terms.map((t) => ctx.index.cell(table.id, row.id, columnKey(t.column))).filter((f): f is Fact => f !== undefined);
    if (printed.length === 0 || printed.some((f) => f.unit !== reported.unit)) continue;
    // A count of shares printed again in the adjustment columns ("Diluted shares | 1,142 | 1,142 | …", Qualcomm) is the
    // denominator of the per-share line above it in each: no amount an adjustment moves (Oracle's "4,556 | — | 4,556" is).
    // So is one whose adjustments print the reported measure's count, whatever the result prints (./shared-counts.ts).
    if (reported.unit === 'shares' && printed.slice(1).some((f) => f.value !== null && (f.value === reported.value || f.value === printed[0]!.value) && !/^-?0*(?:\.0*)?$/.test(f.value))) continue;
    out.push({ row, reported });
  }
  return out;
}

/**
 * Whether a per-share line's block prints one count of shares in every column of the reconciliation (Qualcomm's
 * "Diluted shares | 1,142 | 1,142 | 1,142 | 1,142 | 1,142" under "Diluted EPS | $2.98 | $0.10 | ($0.27) | ($0.08) |
 * $3.23"): each column's figure is its amount over the same count, so the per-share figures add as the amounts do,
 * within their rounding. Where the counts differ (a loss's basic count beside the adjusted diluted one) they need not.
 */
function oneCount(ctx: CheckContext, table: Table, row: TableRow, columns: TableColumn[]): boolean {
  // The sections printing such a count, for these columns, found once (every line of the table asks).
  const key = columns.map(columnKey).join('\u0000');
  let byColumns = countedSections.get(table);
  if (!byColumns) countedSections.set(table, (byColumns = new Map()));
  let sections = byColumns.get(key);
  if (!sections) {
    sections = new Set();
    for (const r of table.rows) {
      const figures = r.kind === 'values' ? shareCounts(ctx, table, r, columns) : null;
      if (figures?.every((f) => f.value === figures[0]!.value)) sections.add(r.section.join('\u0000'));
    }
    byColumns.set(key, sections);
  }
  return sections.has(row.section.join('\u0000'));
}
const countedSections = new WeakMap<Table, Map<string, Set<string>>>();

/**
 * A line's counts of shares in the columns, where each prints one (reported, not nought): the counts a reconciliation
 * across columns divides its per-share lines by (`oneCount`) and ties to one another (./shared-counts.ts); else null.
 */
export function shareCounts(ctx: CheckContext, table: Table, row: TableRow, columns: readonly TableColumn[]): Fact[] | null {
  const figures = columns.map((c) => ctx.index.cell(table.id, row.id, columnKey(c)));
  return figures.every((f): f is Fact => f !== undefined && f.unit === 'shares' && f.status === 'reported' && f.value !== null && !parseDecimal(f.value).isZero()) ? figures : null;
}

function fitOf(ctx: CheckContext, table: Table, result: TableColumn, terms: ColumnReconciliation['terms']): Fit {
  const fit: Fit = noFit();
  for (const { row, reported } of linesOf(ctx, table, result, terms)) tallyFit(fit, reported, lineEvaluation(ctx, table, row, reported, terms).e);
  return fit;
}

/**
 * A line's evaluation: as printed, or, where that fails, with the columns between taken away (a
 * cost line may print the amount an adjustment removes, "100 | 10 | 90", where an income line
 * prints it signed): the reading under which the line ties is taken, saying so.
 */
function lineEvaluation(ctx: CheckContext, table: Table, row: TableRow, reported: Fact, terms: ColumnReconciliation['terms']) {
  const scope = new RowScope(ctx, table, row);
  const e = evaluate(expressionOf(terms), scope);
  if (terms.length < 2 || terms.slice(1).some((t) => t.sign < 0) || holdsOn(reported, e)) return { e, flipped: false };
  const other = evaluate(expressionOf([terms[0], ...terms.slice(1).map((t) => ({ ...t, sign: -1 as const }))]), scope);
  return holdsOn(reported, other) ? { e: other, flipped: true } : { e, flipped: false };
}

function holdsOn(reported: Fact, e: Evaluation): boolean {
  const j = judge({ value: reported.value, decimals: reported.decimals, status: reported.status }, inUnitsOf(e, reported.scale));
  return j.verdict === 'exact' || j.verdict === 'rounding';
}

function checksOf(ctx: CheckContext, r: ColumnReconciliation): Check[] {
  const drafted = linesOf(ctx, r.table, r.result, r.terms).map(({ row, reported }) => {
    const { e, flipped } = lineEvaluation(ctx, r.table, row, reported, r.terms);
    const subject = rowWords(row);
    const notes = [columnTotalBecause(r.reason, r.fit)];
    if (flipped) notes.push(adjustmentsTakenAway());
    if (e.nils.length > 0) notes.unshift(nilCountsAsZero(e.nils.map((n) => columnWordsOf(ctx, r.table, n))));
    const spec: Omit<CheckSpec, 'computed'> = {
      release: ctx.release,
      kind: 'footing',
      id: `footing/${r.table.id}/${row.id}/${columnKey(r.result)}/columns`,
      title: titleOf(subject, columnLabel(ctx, r.result)),
      formula: `${subject}, ${columnWords(ctx, r.table, r.result)} = ${e.words}`,
      period: reported.period || null,
      inputs: e.inputs,
      reported,
      notes,
      restsOn: restsOnReading(r.reason, ''),
    };
    return { row, spec, judgement: judge({ value: reported.value, decimals: reported.decimals, status: reported.status }, inUnitsOf(e, reported.scale)) };
  });
  const holding = drafted.filter((d) => d.judgement.verdict === 'exact' || d.judgement.verdict === 'rounding').map((d) => `'${d.row.label}'`);
  return drafted.map((d) => {
    if (d.judgement.verdict !== 'mismatch') return checkWith(d.spec, d.judgement);
    if (r.fit === 'fails') return checkWith({ ...d.spec, notes: [...(d.spec.notes ?? []), noReadingFits([r.reason])] }, { ...d.judgement, verdict: 'unverifiable', difference: null });
    return checkWith({ ...d.spec, notes: [...(d.spec.notes ?? []), corroboratedByLines(holding)] }, d.judgement);
  });
}

/** a ± b ± c over column keys, in printed order. */
function expressionOf(terms: ColumnReconciliation['terms']): Expression {
  const leaf = (c: TableColumn): Expression => ({ type: 'name', name: columnKey(c) });
  const [first, ...rest] = terms;
  return rest.reduce<Expression>((left, t) => ({ type: 'binary', op: t.sign < 0 ? '-' : '+', left, right: leaf(t.column) }), leaf(first.column));
}

function findLastIndex<T>(list: T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}
