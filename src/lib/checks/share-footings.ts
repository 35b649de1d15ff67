/**
 * Share columns that foot: a column printing each line as a share of one whole beside the line's amount, the whole
 * printed as 100 (Horizon Financial's deposits: "Subtotal 349,870 | 43%", "Total CD's 464,878 | 57%", "Total
 * 814,748 | 100%"), adds up as its amounts do. Where the amounts' column foots a line over lines of the table, every
 * part added (no line taken away), the shares beside those lines add up to that line's share: a share is its amount
 * over the one whole, so the sum of shares is the share of the sum. Each share is rounded, so n of them allow n
 * half-units. The footing of the amounts and the 100 printed on the whole establish the reading; a column where the
 * shares fail is a mismatch only where two others at least bear it out and it fails in no other, else unverifiable.
 *
 * Ids: `footing/<table>/<row>/<share column key>/shares`.
 */
import type { Check, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, columnLabel } from './context.ts';
import { parseDecimal } from '../decimal.ts';
import { evaluate, inUnitsOf } from './evaluate.ts';
import type { Expression } from './expression.ts';
import { checkWith, titleOf } from './make-check.ts';
import { ColumnScope, signature } from './breakdowns.ts';
import { corroboratedOrNot } from './ratio-terms.ts';
import { shareFootingNotCorroborated, shareFootingRestsOn } from './relation-messages.ts';
import { judge } from './verdict.ts';
import { rowWords } from './words.ts';
import { pushTo } from '../grouped.ts';

/** A column of shares: "%" alone, "% of Net Revenues", "Total %" (beside "Total"). */
const SHARES = /^(percent|percent-of-.+|.+-percent)$/;

export function shareFootingChecks(ctx: CheckContext, given: Check[]): Check[] {
  const byId = new Map(given.map((c) => [c.id, c]));
  const evaluated = new Set(given.filter((c) => c.verdict !== 'unverifiable').map((c) => signature(c.reported.fact, c.inputs)));
  const byRow = new Map<string, Check[]>();
  for (const table of ctx.release.tables) {
    for (const column of table.columns) {
      if (!SHARES.test(column.dimension ?? '')) continue;
      const amounts = amountsOf(table, column);
      if (!amounts || !wholeOf(ctx, table, column)) continue;
      for (const row of table.rows) {
        const footing = byId.get(`footing/${table.id}/${row.id}/${columnKey(amounts)}`);
        if (row.kind !== 'values' || !footing || (footing.verdict !== 'exact' && footing.verdict !== 'rounding')) continue;
        const parts = partsOf(ctx, table, amounts, footing);
        const check = parts && shareCheck(ctx, table, column, row, parts, evaluated);
        if (!check) continue;
        const key = `${table.id}\0${row.id}`;
        pushTo(byRow, key, check);
      }
    }
  }
  // One line's shares judged over the share columns together: a column failing alone, two bearing it out, is accused.
  return [...byRow.values()].flatMap((checks) => corroboratedOrNot(checks, shareFootingNotCorroborated()));
}

/**
 * The line printing 100 in the share column, the whole every share is of; null unless exactly one does. A column
 * printing 100 on no line has the whole the table's other share columns of its kind print on one same line, two at
 * least and each on that line alone (Pegasystems' "Total revenue | 100%" in every period): its own figure there is
 * then judged as that whole's share, a misprint in it a mismatch the other columns bear out.
 */
function wholeOf(ctx: CheckContext, table: Table, column: TableColumn): TableRow | null {
  const own = hundreds(ctx, table, column);
  if (own.length > 0) return own.length === 1 ? own[0]! : null;
  // A change column may be headed "%" as well ("Change | %"): it shares out nothing.
  const others = table.columns.filter((c) => c !== column && c.dimension === column.dimension && c.period !== '' && !c.period.includes('-vs-')).map((c) => hundreds(ctx, table, c));
  const row = others[0]?.[0];
  if (others.length < 2 || !row || others.some((h) => h.length !== 1 || h[0] !== row)) return null;
  const f = ctx.index.cell(table.id, row.id, columnKey(column));
  return f && f.status === 'reported' && f.unit === 'percent' && f.value !== null ? row : null;
}

function hundreds(ctx: CheckContext, table: Table, column: TableColumn): TableRow[] {
  return table.rows.filter((r) => {
    const f = ctx.index.cell(table.id, r.id, columnKey(column));
    return f && f.status === 'reported' && f.unit === 'percent' && f.value !== null && parseDecimal(f.value).eq(100);
  });
}

/** The rows an amounts' footing adds, where it adds every one of them (its computed value their plain sum); else null. */
function partsOf(ctx: CheckContext, table: Table, amounts: TableColumn, footing: Check): TableRow[] | null {
  if (footing.computed === null || footing.inputs.length < 2) return null;
  const facts = footing.inputs.map((id) => ctx.index.fact(id));
  if (facts.some((f) => !f || f.table !== table.id || f.value === null || columnKey(amounts) !== keyOf(f.id))) return null;
  const sum = facts.reduce((a, f) => a.add(parseDecimal(f!.value!)), parseDecimal('0'));
  if (!sum.eq(parseDecimal(footing.computed))) return null;
  const rows = facts.map((f) => table.rows.find((r) => r.id === f!.row));
  return rows.every((r) => r !== undefined) ? (rows as TableRow[]) : null;
}

function keyOf(factId: string): string {
  return factId.split('/').at(-1)!;
}

function shareCheck(ctx: CheckContext, table: Table, column: TableColumn, row: TableRow, parts: TableRow[], evaluated: Set<string>): Check | null {
  const key = columnKey(column);
  const reported = ctx.index.cell(table.id, row.id, key);
  if (!reported || reported.status !== 'reported' || reported.unit !== 'percent') return null;
  // Every part prints its share, as a figure or a dash: a part left blank is no share the column gives.
  if (parts.some((r) => ctx.index.cell(table.id, r.id, key)?.unit !== 'percent')) return null;
  const sum = parts.slice(1).reduce<Expression>((left, r) => ({ type: 'binary', op: '+', left, right: { type: 'name', name: r.id } }), { type: 'name', name: parts[0].id });
  const e = evaluate(sum, new ColumnScope(ctx, table, key));
  if (e.value === null || evaluated.has(signature(reported.id, e.inputs.map((f) => f.id)))) return null;
  const subject = rowWords(row);
  const whole = hundreds(ctx, table, column).length === 0 ? wholeOf(ctx, table, column) : null;
  const restsOn = shareFootingRestsOn(column.header || '%', subject, parts.map((r) => rowWords(r)), whole ? rowWords(whole) : undefined);
  return checkWith(
    {
      release: ctx.release,
      kind: 'footing',
      id: `footing/${table.id}/${row.id}/${key}/shares`,
      title: titleOf(subject, columnLabel(ctx, column)),
      formula: `${subject} = ${e.words}`,
      period: column.period || null,
      inputs: e.inputs,
      reported,
      notes: [restsOn],
      restsOn,
    },
    judge({ value: reported.value, decimals: reported.decimals, status: reported.status }, inUnitsOf(e, reported.scale)),
  );
}

/** The column of amounts a share column stands beside: the same period's column that is no share, the nearest on its left. */
function amountsOf(table: Table, column: TableColumn): TableColumn | null {
  const i = table.columns.indexOf(column);
  const same = table.columns.filter((c, j) => j !== i && c.period === column.period && !SHARES.test(c.dimension ?? ''));
  const left = same.filter((c) => table.columns.indexOf(c) < i);
  return left.at(-1) ?? (same.length === 1 ? same[0] : null);
}
