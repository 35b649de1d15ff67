/**
 * Footings: every total and subtotal equals the sum of its components, in every period
 * column of its table. The table's structure says which rows add up (./structure.ts);
 * the company model states what the structure does not show, or corrects it.
 *
 * Ids: `footing/<table>/<total row>/<period>`.
 */
import type { Check, Table, TableRow } from '../types.ts';
import { type CheckContext, isAdditive, periodLabel } from './context.ts';
import { evaluate, inUnitsOf } from './evaluate.ts';
import { type Expression, parseExpression } from './expression.ts';
import { makeCheck, titleOf } from './make-check.ts';
import { nilCountsAsZero } from './relation-messages.ts';
import { tableScope } from './scopes.ts';
import { inferFootings } from './structure.ts';
import { rowWords } from './words.ts';

/** One footing of a table: a total row and the expression of its components. */
export interface Footing {
  table: string;
  total: TableRow;
  expression: Expression;
  /** Whether the structure says so, or the model. */
  source: 'structure' | 'model';
}

export function footingChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((table) => footingsOf(ctx, table).flatMap((f) => checksOf(ctx, table, f)));
}

/** The table's footings: the inferred ones, less those the model switches off, with the model's in their place or added. */
export function footingsOf(ctx: CheckContext, table: Table): Footing[] {
  const stated = ctx.relations.footings[table.id] ?? {};
  const additive = (row: TableRow) => {
    const first = row.cells.find((id) => id !== null);
    const fact = first ? ctx.index.fact(first) : undefined;
    return fact !== undefined && isAdditive(fact.unit);
  };
  const inferred: Footing[] = inferFootings(table, additive)
    .filter((f) => !(f.total.id in stated))
    .map((f) => ({
      table: table.id,
      total: f.total,
      expression: sumOf(f.components.map((r) => r.id)),
      source: 'structure',
    }));
  const modelled: Footing[] = [];
  for (const [rowId, equals] of Object.entries(stated)) {
    const total = table.rows.find((r) => r.id === rowId);
    if (equals === false || !total) continue;
    modelled.push({ table: table.id, total, expression: parseExpression(equals), source: 'model' });
  }
  const order = new Map(table.rows.map((r, i) => [r.id, i]));
  return [...inferred, ...modelled].sort((a, b) => order.get(a.total.id)! - order.get(b.total.id)!);
}

function checksOf(ctx: CheckContext, table: Table, footing: Footing): Check[] {
  const checks: Check[] = [];
  for (const column of table.columns) {
    const reported = ctx.index.cell(table.id, footing.total.id, column.period);
    // Percent and per-share cells (a summary's growth columns) are never sums.
    if (!reported || !isAdditive(reported.unit)) continue;
    const e = evaluate(footing.expression, tableScope(ctx, table.id, column.period));
    const subject = rowWords(footing.total);
    checks.push(
      makeCheck({
        release: ctx.release,
        kind: 'footing',
        id: `footing/${table.id}/${footing.total.id}/${column.period}`,
        title: titleOf(subject, periodLabel(ctx, column.period)),
        formula: `${subject} = ${e.words}`,
        period: column.period,
        inputs: e.inputs,
        reported,
        computed: inUnitsOf(e, reported.scale),
        notes: e.nils.length > 0 ? [nilCountsAsZero(e.nils.map(rowWords))] : [],
      }),
    );
  }
  return checks;
}

function sumOf(rows: string[]): Expression {
  return rows
    .map((name): Expression => ({ type: 'name', name }))
    .reduce((left, right) => ({ type: 'binary', op: '+', left, right }));
}
