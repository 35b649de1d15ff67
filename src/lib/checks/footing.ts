/**
 * Footings: every total and subtotal equals the sum of its components, in every period
 * column of its table. The table's structure says which rows add up and why
 * (./structure.ts); the company model states what the structure does not show, or
 * corrects it.
 *
 * The structure may allow several readings of a total (which lines it covers, a line's
 * sign); the one published is the first under which the figures tie in every column, else
 * the one they fit in most columns, whose other columns are then mismatches (corroborated by
 * the same rows). A reading the figures fit in no column is a mismatch only where the labels
 * make it certain; otherwise its checks are unverifiable and name the readings considered.
 *
 * Ids: `footing/<table>/<total row>/<period>`.
 */
import { Decimal, parseDecimal } from '../decimal.ts';
import { formatNumber } from '../format/index.ts';
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, columnLabel, isAdditive, isPerShare } from './context.ts';
import { namesAnAverage, weightedAverage } from './averaged-columns.ts';
import { evaluate, type Evaluation, inUnitsOf } from './evaluate.ts';
import { type Expression, leftChain, parseExpression, subexpressions } from './expression.ts';
import { type CheckSpec, checkWith, titleOf } from './make-check.ts';
import {
  averageNotSum,
  blankCountsAsZero,
  corroboratedElsewhere,
  inferredBecause,
  nilCountsAsZero,
  noReadingFits,
  notJudgedLead,
  notRead,
  readingsConsidered,
  restNilWhereItHolds,
  restsOnAMismatch,
  restsOnReading,
  statedByTheModel,
  twinCorroborated,
  twinReason,
} from './relation-messages.ts';
import { listNotEstablished } from './list-readings.ts';
import { tableScope } from './scopes.ts';
import { type Fit, holdsEverywhere, type InferredFooting, noFit, readStructure, type RowView, tallyFit, type Term } from './structure.ts';
import { chainTerms, type TwinCandidate, twinLabel, twinReading } from './twin-footings.ts';
import { pushTo } from '../grouped.ts';
import { type Judgement, judge } from './verdict.ts';
import { rowWords } from './words.ts';

/** One footing of a table: a total row and the expression of its components. */
export interface Footing {
  table: string;
  total: TableRow;
  expression: Expression;
  /** Whether the structure says so, or the model. */
  source: 'structure' | 'model';
  /** Why the structure says so; null for the model's. */
  reason: string | null;
  rule: InferredFooting['rule'] | null;
  certain: boolean;
  /** How the figures fit the reading: in every column, in most (the others are mismatches), or in none (then unverifiable unless certain). */
  fit: 'holds' | 'corroborated' | 'fails';
  /** The alternative reading taken, in words; "" for the first. */
  read: string;
  /** Every reading considered, in words, when there was more than one. */
  considered: string[];
  /**
   * The keys of the columns it is read and judged in, where the table prints columns of two units side by side (see
   * unitGroups); absent where it holds in every column.
   */
  columns?: readonly string[];
  /** The table whose block of the same lines established the reading, and in how many columns (./twin-footings.ts). */
  twin?: { table: string; title: string; columns: number };
}

/** Whether a footing is read in a column (by its key). */
export function footsIn(footing: Footing, key: string): boolean {
  return footing.columns === undefined || footing.columns.includes(key);
}

export function footingChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((table) => tableChecks(ctx, table, footingsOf(ctx, table)));
}

/** The table's footings: the inferred ones, less those the model switches off, with the model's in their place or added. */
export function footingsOf(ctx: CheckContext, table: Table): Footing[] {
  return readTable(ctx, table).footings;
}

/**
 * The table's footings, and the likely readings of its structure that did not hold (not published): its own reading,
 * with a block no reading of its layout fits read as another table prints the same block (./twin-footings.ts). Read
 * once a run.
 */
export function readTable(ctx: CheckContext, table: Table): { footings: Footing[]; rejected: Footing[] } {
  let read = tablesRead.get(ctx);
  if (!read) tablesRead.set(ctx, (read = new Map()));
  let out = read.get(table);
  if (!out) read.set(table, (out = withTwins(ctx, table, ownReading(ctx, table))));
  return out;
}
const tablesRead = new WeakMap<CheckContext, Map<Table, { footings: Footing[]; rejected: Footing[] }>>();
const ownRead = new WeakMap<CheckContext, Map<Table, { footings: Footing[]; rejected: Footing[] }>>();

/** The table's reading from its own layout and the model, once a run. */
function ownReading(ctx: CheckContext, table: Table): { footings: Footing[]; rejected: Footing[] } {
  let read = ownRead.get(ctx);
  if (!read) ownRead.set(ctx, (read = new Map()));
  let out = read.get(table);
  if (!out) read.set(table, (out = readOwn(ctx, table)));
  return out;
}

/** The blocks of every table that hold in every column, two at least, as twins for the others (./twin-footings.ts). */
function twinsOf(ctx: CheckContext): TwinCandidate[] {
  let out = twinCandidates.get(ctx);
  if (out) return out;
  out = [];
  for (const table of ctx.release.tables) {
    for (const f of ownReading(ctx, table).footings) {
      if (f.source !== 'structure' || f.fit !== 'holds' || f.columns !== undefined) continue;
      const terms = chainTerms(f.expression);
      if (!terms || terms.length < 2) continue;
      const printed = footedColumns(ctx, table).map((c) => ctx.index.cell(table.id, f.total.id, columnKey(c))).filter((x) => x?.status === 'reported');
      const unit = printed[0]?.unit;
      // Amounts and counts only: a growth in percent printed under the same labels is no sum of its lines.
      if (unit === undefined || !isAdditive(unit) || printed.some((x) => x!.unit !== unit)) continue;
      const nothing = (row: string) => footedColumns(ctx, table).some((c) => {
        const x = ctx.index.cell(table.id, row, columnKey(c));
        return x !== undefined && (x.status === 'nil' || (x.value !== null && parseDecimal(x.value).isZero()));
      });
      out.push({ table, total: f.total, terms, holdsIn: printed.length, unit, sometimesNil: new Set(terms.map((t) => t.row).filter(nothing)) });
    }
  }
  twinCandidates.set(ctx, out);
  return out;
}
const twinCandidates = new WeakMap<CheckContext, TwinCandidate[]>();

/** The twins by their total's label. */
function twinsByLabel(ctx: CheckContext): Map<string, TwinCandidate[]> {
  let out = twinLabels.get(ctx);
  if (!out) {
    out = new Map();
    for (const t of twinsOf(ctx)) pushTo(out, twinLabel(t.total.label), t);
    twinLabels.set(ctx, out);
  }
  return out;
}
const twinLabels = new WeakMap<CheckContext, Map<string, TwinCandidate[]>>();

/**
 * A table's reading with each block its layout leaves unread (no reading fits, none certain) read as a twin prints it:
 * published where the figures fit it here in every column, or fail in one column alone (a mismatch the twin
 * corroborates); left as it was where they fail in more, or where the block's lines taken the other way fit.
 */
function withTwins(ctx: CheckContext, table: Table, own: { footings: Footing[]; rejected: Footing[] }): { footings: Footing[]; rejected: Footing[] } {
  const twins = twinsByLabel(ctx);
  // A line read as no total at all, or as one no reading fits and no label makes certain (a model's stays as stated).
  const kept = new Set(own.footings.filter((f) => f.source === 'model' || f.fit !== 'fails' || f.certain || f.columns !== undefined).map((f) => f.total));
  const open = table.rows.filter((r) => r.kind === 'values' && !kept.has(r) && twins.has(twinLabel(r.label)));
  if (open.length === 0) return own;
  const unitOf = (row: TableRow) => footedColumns(ctx, table).map((c) => ctx.index.cell(table.id, row.id, columnKey(c))).find((x) => x !== undefined)?.unit;
  const replaced = new Map<TableRow, Footing>();
  for (const total of open) {
    // The lines of the total's unit: a margin printed among the amounts is no line of the block.
    const unit = unitOf(total);
    const twin = unit === undefined ? null : twinReading(table, total, unit, twins.get(twinLabel(total.label))!, (row) => unitOf(row) === unit);
    if (!twin) continue;
    const f = { total };
    const expression = expressionOf(twin.terms);
    const fit = fitOf(ctx, table, f.total, expression);
    if (fit.failed > 1 && fit.held === 0) continue;
    if (fit.failed > 0) {
      const flipped = expressionOf(twin.terms.map((t, k) => (k === 0 ? t : { ...t, sign: t.sign === 1 ? -1 : 1 })));
      if (holdsEverywhere(fitOf(ctx, table, f.total, flipped))) continue;
    }
    if (fit.held === 0 && fit.failed === 0) continue;
    const start = twin.terms[0]!.row;
    replaced.set(f.total, {
      table: table.id,
      total: f.total,
      expression,
      source: 'structure',
      reason: twinReason(f.total.label, start.label, twin.twin.table.title || twin.twin.table.id, twin.twin.holdsIn),
      rule: 'reconciliation',
      certain: false,
      fit: holdsEverywhere(fit) ? 'holds' : 'corroborated',
      read: '',
      considered: [],
      twin: { table: twin.twin.table.id, title: twin.twin.table.title || twin.twin.table.id, columns: twin.twin.holdsIn },
    });
  }
  if (replaced.size === 0) return own;
  const order = new Map(table.rows.map((r, i) => [r.id, i]));
  return {
    footings: [...own.footings.filter((f) => !replaced.has(f.total)), ...replaced.values()].sort((a, b) => order.get(a.total.id)! - order.get(b.total.id)!),
    rejected: own.rejected.filter((f) => !replaced.has(f.total)),
  };
}

function readOwn(ctx: CheckContext, table: Table): { footings: Footing[]; rejected: Footing[] } {
  const stated = ctx.relations.footings[table.id] ?? {};
  const groups = unitGroups(ctx, table);
  const inferred: Footing[] = [];
  const rejected: Footing[] = [];
  // A statement in percentages of one of its lines is read as its amounts are: its shares add up as they do.
  const shares = sharesOfOneWhole(ctx, table);
  for (const only of groups) {
    const keys = only === null ? undefined : table.columns.filter((_, i) => only.has(i)).map(columnKey);
    const views = rowViews(ctx, table, only).map((v) => (shares && v.unit === 'percent' ? { ...v, unit: 'count' as const } : v));
    const reading = readStructure(views, ctx.recognition.tables.get(table.id)!, table.title, (total, terms) =>
      terms.length === 0 ? noFit() : fitOf(ctx, table, total, expressionOf(terms), keys),
    );
    // Pushed one by one: a spread of a long table's footings (80,000 lines) overflows the call stack. In a statement in
    // percentages, the line printing 100 is the whole its shares add up to (./distributions.ts), read there.
    for (const f of reading.footings) if (!(f.total.id in stated) && !(shares && printsTheWhole(ctx, table, f.total))) inferred.push(fromStructure(table, f, keys));
    for (const f of reading.rejected) rejected.push(fromStructure(table, f, keys));
  }
  const modelled: Footing[] = [];
  for (const [rowId, equals] of Object.entries(stated)) {
    const total = table.rows.find((r) => r.id === rowId);
    if (equals === false || !total) continue;
    modelled.push({ table: table.id, total, expression: parseExpression(equals), source: 'model', reason: null, rule: null, certain: true, fit: 'holds', read: '', considered: [] });
  }
  const order = new Map(table.rows.map((r, i) => [r.id, i]));
  return {
    footings: [...inferred, ...modelled].sort((a, b) => order.get(a.total.id)! - order.get(b.total.id)!),
    rejected,
  };
}

function fromStructure(table: Table, f: InferredFooting, columns?: readonly string[]): Footing {
  return {
    table: table.id, total: f.total, expression: expressionOf(f.terms), source: 'structure', reason: f.reason, rule: f.rule, certain: f.certain,
    fit: f.fit ?? 'holds', read: f.read ?? '', considered: f.considered ?? [], ...(columns ? { columns } : {}),
  };
}

/**
 * The columns of a table that prints columns of two units or more side by side, grouped by unit: Apple's summary data
 * (3Q FY2004) prints "CPU Units k" beside "Rev $m" for each quarter, "Americas 361 | $ 881", so that a line's figures
 * are counts in one column and dollars in the next. Each group's lines add up on their own ("Total Operating Segments"
 * 749 units and $1,909 million), and a line's unit is its figures' in the group's columns, not its first figure's. Only
 * where every column holds figures of one unit at most, two units adding at least; else one group of every column (null).
 */
function unitGroups(ctx: CheckContext, table: Table): (ReadonlySet<number> | null)[] {
  const footed = new Set(footedColumns(ctx, table));
  const unitOf = new Map<number, string>();
  for (let i = 0; i < table.columns.length; i++) {
    if (!footed.has(table.columns[i]!)) continue;
    const units = new Set<string>();
    for (const row of table.rows) {
      const f = row.cells[i] ? ctx.index.fact(row.cells[i]!) : undefined;
      if (f && f.status === 'reported' && f.unit !== 'reference') units.add(f.unit);
    }
    // A column of two units (amounts with a count of shares under them, Sears' "Earnings per share" beside "Pretax")
    // keeps the table whole, as read before, and so does a column of ratios. A column of percentages is in no group:
    // it sums nothing, and keeps no other column from its own (Vornado's "Projected Incremental Cash Yield" beside its square
    // feet and its budgets, 4Q24: read whole, each project's line was in square feet and its total in dollars).
    if (units.size > 1) return [null];
    if (units.size === 0) continue;
    const unit = [...units][0]!;
    if (isAdditive(unit)) unitOf.set(i, unit);
    // A column of shares that closes on 100 weighs the other columns' lines (Antero's "% by Destination" beside its
    // volumes and the blended premium they average to, 1Q20): the table is read whole, as before.
    else if (!PERCENTAGES.has(unit) || closesOn100(ctx, table, i)) return [null];
  }
  const units = new Set(unitOf.values());
  if (units.size < 2) return [null];
  return [...units].map((u) => new Set([...unitOf].filter(([, v]) => v === u).map(([i]) => i)));
}

/** Whether a column prints 100 on some line: a column of shares of a whole. */
function closesOn100(ctx: CheckContext, table: Table, i: number): boolean {
  return table.rows.some((row) => {
    const f = row.cells[i] ? ctx.index.fact(row.cells[i]!) : undefined;
    return f !== undefined && f.status === 'reported' && f.value !== null && parseDecimal(f.value).eq(100);
  });
}

/** The rows of a table as the structure reader sees them: unit, printed values and what the base model reads in the label. */
export function rowViews(ctx: CheckContext, table: Table, only: ReadonlySet<number> | null = null): RowView[] {
  const changes = new Set(ctx.release.periods.filter((p) => p.kind === 'change').map((p) => p.id));
  const columns = table.columns.map((c, i) => ({ i, change: changes.has(c.period) })).filter((c) => !c.change && (only === null || only.has(c.i))).map((c) => c.i);
  return table.rows.map((row) => {
    const facts = columns.map((i) => (row.cells[i] ? ctx.index.fact(row.cells[i]!) : undefined));
    // A note reference in a "Note" column names the note, it does not say the row's unit ("Government grants1 | 24 | 1.8").
    const opening = facts.find((f): f is Fact => f !== undefined && f.unit !== 'reference') ?? facts.find((f): f is Fact => f !== undefined);
    // A dash among percentages is nothing in points or in percent alike: the line's printed figures give its unit (The
    // Hartford's ROE reconciliation prints "— | (0.5)", the dash read as points beside the percentages, 1Q20). A dash
    // in another unit stays (Sears' "$ - | $3.86": the pretax column's nothing beside a figure per share).
    const printed = facts.find((f): f is Fact => f !== undefined && f.status === 'reported' && f.unit !== 'reference');
    const first = opening?.status === 'nil' && printed && PERCENTAGES.has(opening.unit) && PERCENTAGES.has(printed.unit) ? printed : opening;
    return {
      row,
      unit: first ? first.unit : null,
      // A cell in another unit than the line's (a share printed beside its amounts) is none of its figures.
      values: facts.map((f) => (f && f.status === 'reported' && f.unit === first!.unit ? f.value : null)),
      scale: first ? first.scale : null,
      nil: facts.map((f) => f?.status === 'nil'),
      concept: ctx.recognition.baseRows.get(`${table.id}/${row.id}`) ?? null,
    };
  });
}

/** Units of percentages and their differences, in which a nil mark is the same nothing. */
const PERCENTAGES = new Set(['percent', 'percentage-points', 'basis-points']);

/**
 * How the figures fit a reading, column by column (see Fit): a column corroborates it when it
 * holds there with at least two of its figures (the total among them) printed non-zero.
 */
function fitOf(ctx: CheckContext, table: Table, total: TableRow, expression: Expression, keys?: readonly string[]): Fit {
  const fit: Fit = noFit();
  const percents = percentsOnly(ctx, table, total);
  for (const column of footedColumns(ctx, table)) {
    const key = columnKey(column);
    if (keys && !keys.includes(key)) continue;
    const reported = ctx.index.cell(table.id, total.id, key);
    // A share printed beside a line's amounts ("Variation $ | %") is no sum of the shares above it, and never judged as one.
    if (!reported || !(isAdditive(reported.unit) || (reported.unit === 'percent' && percents) || isPerShare(reported.unit))) continue;
    const e = evaluated(ctx, table, key, expression);
    // A column per share beside the amounts foots over the lines that print a figure in it, or not at all.
    if (companion(ctx, table, total, reported) && e.blanks.length > 0) continue;
    // A column printing the total and none of its lines, not even a dash, says nothing of them (Euronet's segments'
    // operating income beside the consolidated column's reconciliation from net income, 4Q24), as its checks are not made.
    if (e.inputs.length === 0 && e.blanks.length > 0) continue;
    tallyFit(fit, reported, e, measureOf(column));
  }
  return fit;
}

/**
 * What a column measures, for which columns bear out another (structure.ts bornOut): its name within its period, less
 * the words that say how final its figures are, or on what basis they are drawn up, not what they are. PNC's "Basel III
 * (a) March 31 2022 (estimated)" is the same measure as "Basel III (a) December 31 2021", a quarter later (1Q22);
 * Hasbro's "Pro Forma March 31, 2019 Post-tax Adjustments" the same as "March 29, 2020 Post-tax Adjustments" (1Q20):
 * the same lines, added the same way, a year earlier as if the acquisition had been made then.
 */
function measureOf(column: TableColumn): string {
  return (column.dimension ?? '').split('-').filter((w) => !UNSETTLED.has(w)).join('-');
}

const UNSETTLED = new Set(['estimated', 'estimate', 'preliminary', 'unaudited', 'audited', 'pro', 'forma', 'restated', 'reclassified', 'recast', 'revised']);

/** Whether a table is a statement in percentages of one of its lines (sharesOfOneWhole), asked once a table a run. */
const wholes = new WeakMap<CheckContext, WeakMap<Table, boolean>>();

/**
 * A statement printed in percentages of one of its lines (Salesforce's "Condensed Consolidated Statements of Operations
 * (As a percentage of total revenues)", 1Q FY24): every figure a percentage, one line printing 100 in every column. Its
 * lines are shares of one whole and add up as the amounts do, each rounded.
 */
function sharesOfOneWhole(ctx: CheckContext, table: Table): boolean {
  let byTable = wholes.get(ctx);
  if (!byTable) wholes.set(ctx, (byTable = new WeakMap()));
  let known = byTable.get(table);
  if (known === undefined) {
    const columns = footedColumns(ctx, table);
    const percents = columns.length > 0 && table.rows.every((r) => columns.every((c) => {
      const f = ctx.index.cell(table.id, r.id, columnKey(c));
      return !f || f.status !== 'reported' || f.unit === 'percent';
    }));
    byTable.set(table, (known = percents && table.rows.some((r) => printsTheWhole(ctx, table, r))));
  }
  return known;
}

/** Whether a line prints 100 in every column footed. */
function printsTheWhole(ctx: CheckContext, table: Table, row: TableRow): boolean {
  return footedColumns(ctx, table).every((c) => {
    const f = ctx.index.cell(table.id, row.id, columnKey(c));
    return f?.status === 'reported' && f.value !== null && parseDecimal(f.value).eq(100);
  });
}

/** Whether a line prints percentages only (a reconciliation's margins), not amounts with a share beside them. */
function percentsOnly(ctx: CheckContext, table: Table, row: TableRow): boolean {
  return footedColumns(ctx, table).every((c) => {
    const f = ctx.index.cell(table.id, row.id, columnKey(c));
    return !f || f.unit === 'percent';
  });
}

/**
 * A reading's evaluation in one column, made once: the structure judges every reading it
 * considers in every column (./fitOf), and the one published is drafted from the same
 * evaluation instead of being evaluated again. Kept for one run of the checks (a context).
 */
function evaluated(ctx: CheckContext, table: Table, key: string, expression: Expression): Evaluation {
  let kept = evaluations.get(ctx);
  if (!kept) evaluations.set(ctx, (kept = new Map()));
  const id = `${table.id}\0${key}\0${expressionKey(expression)}`;
  let e = kept.get(id);
  if (!e) kept.set(id, (e = evaluate(expression, tableScope(ctx, table.id, key))));
  return e;
}

const evaluations = new WeakMap<CheckContext, Map<string, Evaluation>>();

/** An expression as a key: the row names and operators of a footing's chain, else its whole tree. */
function expressionKey(e: Expression): string {
  if (e.type === 'name' && e.period === undefined) return e.name;
  if (e.type === 'negate') return `-(${expressionKey(e.arg)})`;
  if (e.type === 'binary') {
    // Down the chain in a loop, as a footing of thousands of rows is a chain that deep; an operand
    // on the right that is itself an operation is bracketed, so no two trees share a key.
    const { first, ops } = leftChain(e);
    return `(${expressionKey(first)}${ops.map((op) => `${op.op}${expressionKey(op.right)}`).join('')})`;
  }
  return JSON.stringify(e);
}

/** A footing's check in one column, before its verdict is settled against the table's other footings. */
interface Drafted {
  footing: Footing;
  column: TableColumn;
  check: Check;
  spec: Omit<CheckSpec, 'computed'>;
  judgement: Judgement;
}

/**
 * The checks of a table's footings. A reading the figures fit in most columns makes the
 * others mismatches (corroborated by the same rows); a reading they fit in none is a mismatch
 * only when its labels make it certain, else unverifiable with the readings considered. A
 * corroborated mismatch that rests on a total of this table that does not foot in the same
 * column is that total's error seen again: it is unverifiable, and says so.
 */
function tableChecks(ctx: CheckContext, table: Table, footings: Footing[]): Check[] {
  const drafted = footings.flatMap((f) => draftChecks(ctx, table, f));
  // A total that fails as a sum may hold as an average of its lines: then it fails nowhere.
  const averages = new Map(drafted.map((d) => [d, d.judgement.verdict === 'mismatch' ? averageReading(ctx, table, d, drafted) : null]));
  // A total that fails where its own reading fits no column is not judged there (unverifiable): it reports no error
  // that a relation resting on it would see again, so that relation, corroborated, is judged.
  const failing = new Set(
    drafted.filter((d) => d.judgement.verdict === 'mismatch' && !averages.get(d) && (d.footing.fit !== 'fails' || d.footing.certain)).map((d) => `${d.footing.total.id}|${columnKey(d.column)}`),
  );
  // Not judged: the lead says what the reading gives, without the words of an accusation ("differ by …, more than rounding allows").
  const unverifiable = (d: Drafted, note: string): Check =>
    checkWith(
      { ...d.spec, notes: [...(d.spec.notes ?? []), note] },
      {
        ...d.judgement,
        verdict: 'unverifiable',
        difference: null,
        explanation: notJudgedLead(d.spec.reported.raw.replace(/<\/?u>/g, '').trim(), d.judgement.computed === null ? '?' : formatNumber(d.judgement.computed, { decimals: d.spec.reported.decimals })),
      },
    );
  return drafted.map((d) => {
    const f = d.footing;
    if (d.judgement.verdict !== 'mismatch') return d.check;
    const averaged = averages.get(d);
    if (averaged) return averaged;
    // A list whose lines do not establish what its total counts: a line's figures unread, one figure repeated down the column.
    const list = listNotEstablished(ctx, table, f.total, termRows(f.expression), d.column);
    if (list) return unverifiable(d, list);
    if (f.fit === 'fails' && !f.certain) return unverifiable(d, noReadingFits(f.considered.length > 0 ? f.considered : [f.reason ?? '']));
    if (f.fit !== 'corroborated') return d.check;
    const echoed = termRows(f.expression).find((row) => row !== f.total.id && failing.has(`${row}|${columnKey(d.column)}`));
    if (echoed && !f.certain) return unverifiable(d, restsOnAMismatch(rowWords(table.rows.find((r) => r.id === echoed)!)));
    const others = drafted.filter((o) => o.footing === f && o !== d && (o.judgement.verdict === 'exact' || o.judgement.verdict === 'rounding'));
    // A column where every line after the first prints nothing (a nil, a nought) holds under any sign of them: it
    // corroborates no reading of those lines (Chesapeake Utilities' adjusted net income, 2Q26, under its statement of
    // income: the FCG expenses "—" in 2026, 0.4 added in 2025, read as taken away from "Net Income").
    if (others.length > 0 && others.every((o) => restPrintsNothing(ctx, table, f, o.column)) && holdsWithRestFlipped(ctx, table, f, d)) return unverifiable(d, restNilWhereItHolds());
    if (others.length === 0 && f.twin) return checkWith({ ...d.spec, notes: [...(d.spec.notes ?? []), twinCorroborated(f.twin.title, f.twin.columns)] }, d.judgement);
    return checkWith({ ...d.spec, notes: [...(d.spec.notes ?? []), corroboratedElsewhere(others.map((o) => columnLabel(ctx, o.column)))] }, d.judgement);
  });
}

/**
 * A total that does not foot as a sum, read as the average of its lines weighted by their
 * amounts (./averaged-columns.ts): where the footing only adds, the column's header names an
 * average, the same lines add up to the same total in a column of amounts of the same period,
 * and that average, not the sum, explains the printed figure. Null otherwise: the sum's verdict stands.
 */
function averageReading(ctx: CheckContext, table: Table, d: Drafted, drafted: Drafted[]): Check | null {
  const f = d.footing;
  if (!namesAnAverage(d.column.header) || !plainSum(f.expression)) return null;
  const rows = termRows(f.expression);
  const cells = (column: TableColumn) => rows.map((row) => ctx.index.cell(table.id, row, columnKey(column)));
  const figures = cells(d.column);
  if (figures.some((x) => x === undefined)) return null;
  for (const o of drafted) {
    if (o.footing !== f || o === d || (o.judgement.verdict !== 'exact' && o.judgement.verdict !== 'rounding')) continue;
    if (o.column.period !== d.column.period || (o.column.dimension ?? '') === (d.column.dimension ?? '')) continue;
    if (!isAdditive(o.spec.reported.unit) || namesAnAverage(o.column.header)) continue;
    const weights = cells(o.column);
    if (weights.some((x) => x === undefined)) continue;
    const computed = weightedAverage(figures as Fact[], weights as Fact[]);
    if (!computed) continue;
    const r = d.spec.reported;
    const judgement = judge({ value: r.value, decimals: r.decimals, status: r.status }, computed);
    if (judgement.verdict !== 'exact' && judgement.verdict !== 'rounding') continue;
    const subject = rowWords(f.total);
    const spec = {
      ...d.spec,
      formula: `${subject} = (${rows.map((row) => rowWords(table.rows.find((x) => x.id === row)!)).join(', ')}) averaged, weighted by ${columnLabel(ctx, o.column)}`,
      inputs: [...(figures as Fact[]), ...(weights as Fact[])],
      notes: [...(d.spec.notes ?? []), averageNotSum(d.column.header, columnLabel(ctx, o.column))],
    };
    return checkWith(spec, judgement);
  }
  return null;
}

/** An expression that only adds rows: a + b + c. */
function plainSum(e: Expression): boolean {
  if (e.type === 'name') return true;
  return e.type === 'binary' && e.op === '+' && plainSum(e.left) && plainSum(e.right);
}

function draftChecks(ctx: CheckContext, table: Table, footing: Footing): Drafted[] {
  const out: Drafted[] = [];
  for (const column of footedColumns(ctx, table)) {
    const key = columnKey(column);
    if (!footsIn(footing, key)) continue;
    const reported = ctx.index.cell(table.id, footing.total.id, key);
    // Percent and per-share cells (a summary's growth columns) are never sums.
    if (!reported) continue;
    const e = withUnreadLines(ctx, table, footing, key, reported, evaluated(ctx, table, key, footing.expression));
    if (!(summable(ctx, table, footing, reported) || (companion(ctx, table, footing.total, reported) && e.blanks.length === 0))) continue;
    // A reconciliation whose column prints its start and no adjustment at all, not even a dash, reconciles nothing there:
    // Pfizer's "Earnings per common share … diluted" column beside the amounts, $1.73 "GAAP reported" and $2.04 "Non-GAAP
    // adjusted", the adjustments printed in the amounts' columns only (2Q22). Blanks are no zeros then.
    if (footing.rule === 'reconciliation' && e.inputs.length === 1 && e.blanks.length > 0) continue;
    // A column printing the total and none of its parts, not even a dash, foots nothing: Pfizer's "$ (551) (7)", the
    // note's mark set in a column of its own, was a total of (7) against 0 (2Q23).
    if (e.inputs.length === 0 && e.blanks.length > 0) continue;
    const subject = rowWords(footing.total);
    const notes = [footing.reason ? inferredBecause(footing.reason, footing.certain, footing.fit) : statedByTheModel()];
    if (footing.considered.length > 1 && footing.fit !== 'fails') notes.push(readingsConsidered(footing.read, footing.considered));
    if (e.blanks.length > 0) notes.unshift(blankCountsAsZero(e.blanks, columnLabel(ctx, column)));
    if (e.nils.length > 0) notes.unshift(nilCountsAsZero(e.nils.map(rowWords)));
    const spec: Omit<CheckSpec, 'computed'> = {
      release: ctx.release,
      kind: 'footing',
      id: `footing/${table.id}/${footing.total.id}/${key}`,
      title: titleOf(subject, columnLabel(ctx, column)),
      formula: `${subject} = ${e.words}`,
      period: column.period,
      inputs: e.inputs,
      reported,
      notes,
      restsOn: footing.reason ? restsOnReading(footing.reason, footing.read) : statedByTheModel(),
      readings: footing.considered.length > 1 ? footing.considered : undefined,
    };
    const judgement = judge({ value: reported.value, decimals: reported.decimals, status: reported.status }, inUnitsOf(e, reported.scale));
    out.push({ footing, column, spec, judgement, check: checkWith(spec, judgement) });
  }
  return out;
}

/**
 * A line among those a total covers whose figures could not be read (a problem located on it) and that prints nothing
 * in this column may hold the figure the column misses: Chipotle's "Stock-based compensation forfeiture (6) | - | - |
 * (27,863)" printed three cells for four columns (4Q25), so the structure reads the total without it. Where the total
 * fails without it, its figure is not known, so neither is the sum; where it ties, the line holds nothing there.
 */
function withUnreadLines(ctx: CheckContext, table: Table, footing: Footing, key: string, reported: Fact, e: Evaluation): Evaluation {
  const verdict = judge({ value: reported.value, decimals: reported.decimals, status: reported.status }, inUnitsOf(e, reported.scale)).verdict;
  if (verdict !== 'mismatch') return e;
  const terms = new Set(termRows(footing.expression));
  const at = table.rows.findIndex((r) => r.id === footing.total.id);
  const first = table.rows.findIndex((r) => terms.has(r.id));
  if (first < 0 || first > at) return e;
  const unread = new Set(ctx.release.errors.map((x) => x.line));
  const lines = table.rows.slice(first, at).filter((r) => !terms.has(r.id) && r.kind === 'values' && unread.has(r.line) && !ctx.index.cell(table.id, r.id, key));
  if (lines.length === 0) return e;
  return { ...e, value: null, interval: null, missing: [...e.missing, ...lines.map((r) => notRead(rowWords(r), r.line))] };
}

/** The row ids an expression names. */
/** Whether every line of a footing after its first prints no figure but nil or nought in a column. */
function restPrintsNothing(ctx: CheckContext, table: Table, f: Footing, column: TableColumn): boolean {
  const key = columnKey(column);
  const rows = termRows(f.expression).filter((row) => row !== f.total.id);
  if (rows.length < 2) return false;
  return rows.slice(1).every((row) => {
    const cell = ctx.index.cell(table.id, row, key);
    return !cell || cell.status === 'nil' || (cell.value !== null && /^-?0*(?:\.0*)?$/.test(cell.value));
  });
}

/**
 * Whether the column holds with every line after the first taken with the other sign: only then is the reading, not the
 * figure, in doubt (a figure planted in such a line, or in the total, fails under either sign and stays a mismatch).
 */
function holdsWithRestFlipped(ctx: CheckContext, table: Table, f: Footing, d: Drafted): boolean {
  const e = f.expression;
  if (e.type !== 'binary' || d.judgement.computed === null || d.judgement.tolerance === null || d.spec.reported.value === null) return false;
  const { ops } = leftChain(e);
  let rest = new Decimal(0);
  for (const op of ops) {
    if ((op.op !== '+' && op.op !== '-') || op.right.type !== 'name') return false;
    const cell = ctx.index.cell(table.id, op.right.name, columnKey(d.column));
    if (!cell || cell.value === null) continue;
    rest = op.op === '+' ? rest.plus(cell.value) : rest.minus(cell.value);
  }
  if (rest.isZero()) return false;
  const flipped = new Decimal(d.judgement.computed).minus(rest.times(2));
  return flipped.minus(d.spec.reported.value).abs().lte(new Decimal(d.judgement.tolerance).times(2));
}

function termRows(e: Expression): string[] {
  return subexpressions(e).flatMap((x) => (x.type === 'name' ? [x.name] : []));
}

/**
 * The columns a table's footings are judged in: its period columns, whatever its title says
 * it is. A change ("Increase (decrease)", "$ Change", "Fav/(Unfav)") is checked against its
 * periods by growth.ts, and may print a cost's rise as unfavourable, so it is never summed as a
 * period is.
 */
function footedColumns(ctx: CheckContext, table: Table): TableColumn[] {
  const changes = new Set(ctx.release.periods.filter((p) => p.kind === 'change').map((p) => p.id));
  return table.columns.filter((c, i) => !changes.has(c.period) && !namesAPrice(headerWords(c.header)) && !namesABalance(headerWords(c.header)) && !changeAmount(c, table.columns[i + 1], changes));
}

/**
 * A header's words as a reader takes them where the line breaks of a header printed over several
 * lines were lost and its words run together ("AveragePrice PaidPer Share", "(b)AveragePrice",
 * "Shares thatMay Yet BePurchased"): a word is taken to start at a capital that follows a small
 * letter, and after a closing parenthesis.
 */
function headerWords(header: string): string {
  return header.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/\)(?=[A-Za-z])/g, ') ');
}

/**
 * A column whose header names what is left at each line's date ("Approximate Dollar Value of Shares that
 * May Yet Be Purchased Under the Plans or Programs", "Maximum Number of Shares that May Yet Be
 * Purchased"): a balance, whose total row prints the balance at the end (or nothing), never a sum of
 * the lines.
 */
function namesABalance(header: string): boolean {
  return /\bmay\s+yet\s+be\b|\byet\s+to\s+be\s+(?:re)?purchased\b/i.test(header);
}

/**
 * A column that names no period, headed by a currency sign alone, just before a change column
 * ("$ | %" under "Change", the spanner printed over the second only): the amount of that change,
 * whose sign may say favourable or not, never a period's figures to foot.
 */
function changeAmount(column: TableColumn, next: TableColumn | undefined, changes: Set<string>): boolean {
  return column.period === '' && next !== undefined && changes.has(next.period) && /(^|\s)[$€£¥]$/.test(column.header.trim());
}

/**
 * A column whose header names a price ("Average Price Paid per Share" beside "Total Number of Shares
 * Purchased", "Weighted average exercise price"): its total row prints the average over its lines,
 * never their sum. (Earnings per share add up in a reconciliation, and an average balance is an
 * amount: their headers name no price.)
 */
function namesAPrice(header: string): boolean {
  return /\bprices?\b/i.test(header) && /\b(average|per)\b/i.test(header);
}

/**
 * Amounts add up; percentages and figures per share only where a reconciliation adds points to a
 * margin ("63.2% + 2.8% = 66.0%") or cents to earnings per share ("$ 0.13 + 0.01 + … = $ 0.17").
 */
function summable(ctx: CheckContext, table: Table, footing: Footing, reported: Fact): boolean {
  if (isAdditive(reported.unit)) return true;
  if (reported.unit === 'percent') return (footing.rule === 'reconciliation' || sharesOfOneWhole(ctx, table)) && percentsOnly(ctx, table, footing.total);
  return isPerShare(reported.unit) && (footing.rule === 'reconciliation' || footing.rule === 'block-subtotal');
}

/**
 * A figure per share printed beside the line's amounts, in a column of its period named per share (PNC's "Per Common
 * Share" beside each quarter's "Adjusted Diluted Earnings per Common Share" lines): the amounts' figures divided by one
 * count of shares, so the column adds up as the amounts do over the lines that print a figure in it (3.23 + 0.06 =
 * 3.29 beside 1,355 + 24 = 1,379), each figure rounded (the verdict allows each its half-unit). A line that prints
 * nothing in it (the allocation to restricted shares above net income for diluted shareholders) is no line of that sum,
 * so a footing over it is not judged there.
 */
function companion(ctx: CheckContext, table: Table, total: TableRow, reported: Fact): boolean {
  if (!isPerShare(reported.unit)) return false;
  const own = table.columns.map((c) => ctx.index.cell(table.id, total.id, columnKey(c))).find((f) => f && f.status === 'reported' && ctx.index.period(f.period)?.kind !== 'change');
  return own !== undefined && isAdditive(own.unit);
}

/** a + b − c, from the terms in printed order. */
function expressionOf(terms: Term[]): Expression {
  const [first, ...rest] = terms;
  const leaf = (t: Term): Expression => ({ type: 'name', name: t.row.id });
  const start: Expression = first.sign < 0 ? { type: 'negate', arg: leaf(first) } : leaf(first);
  return rest.reduce<Expression>((left, t) => ({ type: 'binary', op: t.sign < 0 ? '-' : '+', left, right: leaf(t) }), start);
}
