/**
 * Footings: every total and subtotal equals the sum of its components, in every period
 * column of its table. The table's structure says which rows add up and why
 * (./structure.ts); the company model states what the structure does not show, or
 * corrects it. A relation the structure only makes likely is published only when it
 * holds in every column: a reading that is not certain never becomes a false alarm.
 *
 * Ids: `footing/<table>/<total row>/<period>`.
 */
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, columnLabel, isAdditive } from './context.ts';
import { evaluate, inUnitsOf } from './evaluate.ts';
import { type Expression, parseExpression } from './expression.ts';
import { makeCheck, titleOf } from './make-check.ts';
import { blankCountsAsZero, inferredBecause, nilCountsAsZero, statedByTheModel } from './relation-messages.ts';
import { tableScope } from './scopes.ts';
import { type InferredFooting, readStructure, type RowView, type Term } from './structure.ts';
import { verdictOf } from './verdict.ts';
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
}

export function footingChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((table) => footingsOf(ctx, table).flatMap((f) => checksOf(ctx, table, f)));
}

/** The table's footings: the inferred ones, less those the model switches off, with the model's in their place or added. */
export function footingsOf(ctx: CheckContext, table: Table): Footing[] {
  return readTable(ctx, table).footings;
}

/** The table's footings, and the likely readings of its structure that did not hold (not published). */
export function readTable(ctx: CheckContext, table: Table): { footings: Footing[]; rejected: Footing[] } {
  const stated = ctx.relations.footings[table.id] ?? {};
  const reading = readStructure(rowViews(ctx, table), ctx.recognition.tables.get(table.id)!, table.title, (f) =>
    holdsEverywhere(ctx, table, fromStructure(table, f)),
  );
  const inferred = reading.footings.filter((f) => !(f.total.id in stated)).map((f) => fromStructure(table, f));
  const modelled: Footing[] = [];
  for (const [rowId, equals] of Object.entries(stated)) {
    const total = table.rows.find((r) => r.id === rowId);
    if (equals === false || !total) continue;
    modelled.push({ table: table.id, total, expression: parseExpression(equals), source: 'model', reason: null, rule: null, certain: true });
  }
  const order = new Map(table.rows.map((r, i) => [r.id, i]));
  return {
    footings: [...inferred, ...modelled].sort((a, b) => order.get(a.total.id)! - order.get(b.total.id)!),
    rejected: reading.rejected.map((f) => fromStructure(table, f)),
  };
}

function fromStructure(table: Table, f: InferredFooting): Footing {
  return { table: table.id, total: f.total, expression: expressionOf(f.terms), source: 'structure', reason: f.reason, rule: f.rule, certain: f.certain };
}

/** The rows of a table as the structure reader sees them: unit, printed values and what the base model reads in the label. */
export function rowViews(ctx: CheckContext, table: Table): RowView[] {
  const changes = new Set(ctx.release.periods.filter((p) => p.kind === 'change').map((p) => p.id));
  const columns = table.columns.map((c, i) => ({ i, change: changes.has(c.period) })).filter((c) => !c.change).map((c) => c.i);
  return table.rows.map((row) => {
    const facts = columns.map((i) => (row.cells[i] ? ctx.index.fact(row.cells[i]!) : undefined));
    const first = facts.find((f): f is Fact => f !== undefined);
    return {
      row,
      unit: first ? first.unit : null,
      values: facts.map((f) => (f && f.status === 'reported' ? f.value : null)),
      scale: first ? first.scale : null,
      nil: facts.map((f) => f?.status === 'nil'),
      concept: ctx.recognition.baseRows.get(`${table.id}/${row.id}`) ?? null,
    };
  });
}

/** Whether a footing holds, exactly or within rounding, in every column where it can be judged, and in one at least. */
function holdsEverywhere(ctx: CheckContext, table: Table, footing: Footing): boolean {
  let judged = 0;
  for (const column of footedColumns(ctx, table)) {
    const key = columnKey(column);
    const reported = ctx.index.cell(table.id, footing.total.id, key);
    if (!reported || !summable(footing, reported)) continue;
    const e = evaluate(footing.expression, tableScope(ctx, table.id, key));
    const verdict = verdictOf({ value: reported.value, decimals: reported.decimals, status: reported.status }, inUnitsOf(e, reported.scale));
    if (verdict === 'mismatch') return false;
    if (verdict !== 'unverifiable') judged++;
  }
  return judged > 0;
}

function checksOf(ctx: CheckContext, table: Table, footing: Footing): Check[] {
  const checks: Check[] = [];
  for (const column of footedColumns(ctx, table)) {
    const key = columnKey(column);
    const reported = ctx.index.cell(table.id, footing.total.id, key);
    // Percent and per-share cells (a summary's growth columns) are never sums.
    if (!reported || !summable(footing, reported)) continue;
    const e = evaluate(footing.expression, tableScope(ctx, table.id, key));
    const subject = rowWords(footing.total);
    const notes = [footing.reason ? inferredBecause(footing.reason, footing.certain) : statedByTheModel()];
    if (e.blanks.length > 0) notes.unshift(blankCountsAsZero(e.blanks, columnLabel(ctx, column)));
    if (e.nils.length > 0) notes.unshift(nilCountsAsZero(e.nils.map(rowWords)));
    checks.push(
      makeCheck({
        release: ctx.release,
        kind: 'footing',
        id: `footing/${table.id}/${footing.total.id}/${key}`,
        title: titleOf(subject, columnLabel(ctx, column)),
        formula: `${subject} = ${e.words}`,
        period: column.period,
        inputs: e.inputs,
        reported,
        computed: inUnitsOf(e, reported.scale),
        notes,
      }),
    );
  }
  return checks;
}

/**
 * The columns a table's footings are judged in: its period columns, whatever its title says
 * it is. A change ("Increase (decrease)", "$ Change", "Fav/(Unfav)") is checked against its
 * periods by growth.ts, and may print a cost's rise as unfavourable, so it is never summed as a
 * period is.
 */
function footedColumns(ctx: CheckContext, table: Table): TableColumn[] {
  const changes = new Set(ctx.release.periods.filter((p) => p.kind === 'change').map((p) => p.id));
  return table.columns.filter((c) => !changes.has(c.period));
}

/** Amounts add up; percentages only where a reconciliation adds points to a margin ("63.2% + 2.8% = 66.0%"). */
function summable(footing: Footing, reported: Fact): boolean {
  return isAdditive(reported.unit) || (reported.unit === 'percent' && footing.rule === 'reconciliation');
}

/** a + b − c, from the terms in printed order. */
function expressionOf(terms: Term[]): Expression {
  const [first, ...rest] = terms;
  const leaf = (t: Term): Expression => ({ type: 'name', name: t.row.id });
  const start: Expression = first.sign < 0 ? { type: 'negate', arg: leaf(first) } : leaf(first);
  return rest.reduce<Expression>((left, t) => ({ type: 'binary', op: t.sign < 0 ? '-' : '+', left, right: leaf(t) }), start);
}
