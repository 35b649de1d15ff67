/**
 * A total's growth read from its lines' growths: where a table prints each line's amount and, in a block of its own, each
 * line's growth on the year before (./growth-rows.ts `growthRows`), the year before's amounts are not printed but each is
 * the line's amount ÷ (1 + its growth), and the lines' amounts a year before add up to the total's as this year's do. So
 * the total's growth is Σ amount ÷ Σ (amount × 100 ÷ (100 + growth)) × 100 − 100, whatever the year before's figures:
 * Oracle's FY2014 supplemental analysis, "Software and Cloud Revenues" of Q1 fiscal 2013 growing 4% from its four lines'
 * (3%), 138%, 13% and 3% on $1,371, $203, $119 and $4,140 million, the growth of a quarter whose year-ago quarter the
 * table does not print.
 *
 * Only where the total is a plain sum of its lines in that column (a footing that holds, every line added) and every line
 * prints a positive amount and a growth above −100%: a line of nothing says nothing of its year before. The growth is
 * the plain one, as reported; a basis (constant currency, organic) weighs its lines by figures the table does not print.
 * A row's columns are judged together (./ratio-terms.ts `judgedByColumns`).
 *
 * Ids: `growth/<table>/<growth row>/<column key>/parts`.
 */
import { parseDecimal } from '../decimal.ts';
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, isMoney } from './context.ts';
import { sumsTo } from './basis-footings.ts';
import { growthRows } from './growth-rows.ts';
import { growthFromParts } from './ratio-messages.ts';
import { cellOf, holds, isChange, judgedByColumns, term, termsCheck, type Term } from './ratio-terms.ts';
import { rowWords } from './words.ts';

export function growthPartChecks(ctx: CheckContext, footings: readonly Check[]): Check[] {
  const byTotal = new Map<string, Check>();
  for (const c of footings) if (c.kind === 'footing' && holds(c) && c.reported.fact) byTotal.set(c.reported.fact, c);
  return ctx.release.tables.flatMap((table) => {
    const rows = growthRows(ctx, table);
    if (rows.length < 3) return [];
    const growthOf = new Map(rows.map((g) => [g.line.id, g.row]));
    const columns = table.columns.filter((c) => c.period && !isChange(ctx, c));
    const checks: Check[] = [];
    for (const { row, line } of rows) {
      const row_checks = columns.flatMap((column) => {
        const c = totalCheck(ctx, table, { row, line }, column, growthOf, byTotal);
        return c ? [c] : [];
      });
      checks.push(...judgedByColumns(row_checks, false));
    }
    return checks;
  });
}

function totalCheck(
  ctx: CheckContext,
  table: Table,
  total: { row: TableRow; line: TableRow },
  column: TableColumn,
  growthOf: Map<string, TableRow>,
  byTotal: Map<string, Check>,
): Check | null {
  const amount = cellOf(ctx, table, total.line, column);
  const reported = cellOf(ctx, table, total.row, column);
  if (!amount || !positive(amount) || !reported || reported.status !== 'reported' || reported.value === null) return null;
  const footing = byTotal.get(amount.id);
  if (!footing) return null;
  const parts = footing.inputs.map((id) => ctx.index.fact(id));
  if (parts.length < 2 || parts.some((f) => !f || f.table !== table.id || f.period !== amount.period || (f.dimension ?? null) !== (amount.dimension ?? null))) return null;
  const lines = (parts as Fact[]).map((f) => f.row);
  if (!sumsTo(ctx, table, total.line.id, lines, columnKey(column))) return null;
  const terms: Term[] = [];
  const numerator: string[] = [];
  const denominator: string[] = [];
  for (const [k, part] of (parts as Fact[]).entries()) {
    const row = growthOf.get(part.row);
    const growth = row && cellOf(ctx, table, row, column);
    if (!growth || growth.status !== 'reported' || growth.value === null || growth.unit !== 'percent') return null;
    if (!isMoney(part.unit) || !positive(part) || parseDecimal(growth.value).lte(-100)) return null;
    terms.push(term(`c${k}`, part), term(`g${k}`, growth));
    numerator.push(`c${k}`);
    denominator.push(`c${k} * 100 / ( 100 + g${k} )`);
  }
  return termsCheck(ctx, {
    kind: 'growth',
    id: `growth/${table.id}/${total.row.id}/${columnKey(column)}/parts`,
    subject: rowWords(total.row),
    expression: `( ${numerator.join(' + ')} ) / ( ${denominator.join(' + ')} ) * 100 - 100`,
    terms,
    reported,
    column,
    restsOn: growthFromParts(rowWords(total.line), lines.length),
  });
}

const positive = (f: Fact): boolean => f.status === 'reported' && f.value !== null && parseDecimal(f.value).gt(0);
