/**
 * Why a list's total is not judged as the sum of its lines in one column, where the printed lines do not establish
 * which figures the total counts:
 *
 * - a line among those it covers prints figures none of which could be read (a problem located on its line):
 *   CAC 2000's holders list, where a converter joined three holders into one row and their figures into one cell,
 *   "17,210,667 17,210,667 17,210,667". Such a line is not without figures; its figures are not known.
 * - in a table of no statement, one figure printed on three consecutive lines or more, each more than half the total, in
 *   a column of no negative figure: Everything Fresh's connected party's 624,000,000 printed against each of four
 *   directors and counted once in the total 624,675,000. No two such lines can both be parts of the total, and the
 *   lines do not say how it counts them.
 *
 * Null where neither holds: the sum's verdict stands.
 */
import { Decimal } from '../decimal.ts';
import type { Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey } from './context.ts';
import { listUnread, notRead, repeatedDownTheColumn } from './relation-messages.ts';
import { rowWords } from './words.ts';

export function listNotEstablished(ctx: CheckContext, table: Table, total: TableRow, terms: string[], column: TableColumn): string | null {
  const order = new Map(table.rows.map((r, i) => [r.id, i]));
  const at = terms.map((t) => order.get(t)).filter((i): i is number => i !== undefined);
  const end = order.get(total.id);
  if (at.length === 0 || end === undefined) return null;
  const first = Math.min(...at);
  const unread = table.rows.slice(first, end).filter((r) => r.kind === 'values' && r.cells.every((c) => c === null) && ctx.release.errors.some((e) => e.line === r.line));
  if (unread.length > 0) return listUnread(unread.map((r) => notRead(rowWords(r), r.line)).join('; '));
  if (ctx.recognition.tables.get(table.id)?.kind !== 'other') return null;
  // The lines of the block in the table's order, each with its figure in this column.
  const key = columnKey(column);
  const lines = table.rows.slice(first, end).map((row) => ({ row, fact: row.kind === 'values' ? ctx.index.cell(table.id, row.id, key) : undefined }));
  const reported = ctx.index.cell(table.id, total.id, key);
  const printedTotal = reported?.status === 'reported' && reported.value !== null ? new Decimal(reported.value) : null;
  const negative = lines.some((l) => l.fact?.status === 'reported' && l.fact.value !== null && new Decimal(l.fact.value).lt(0));
  const figure = (i: number) => {
    const f = lines[i]?.fact;
    return f && f.status === 'reported' && f.value !== null && new Decimal(f.value).gt(0) ? f.value : null;
  };
  for (let i = 0; i + 1 < lines.length; i++) {
    if (figure(i) === null || figure(i) !== figure(i + 1)) continue;
    let j = i + 1;
    while (figure(j + 1) === figure(i)) j++;
    // Two lines alike may be chance, or a converter's shift (JPG's "Own shares sold by ESOP" and the line under it, both
    // 16,116 in one column of its statement of changes in equity): three at least. And each more than half the total,
    // in a column of no negative figure: no two of them can both be parts of it, so the total does not count it on each
    // line. Three that fit in the total may be three items that agree (St. Joe's 1.2 on three lines of its corporate
    // expenses, 6.9 in all).
    const half = printedTotal ? printedTotal.abs().div(2) : null;
    if (j - i + 1 < 3 || !half || new Decimal(figure(i)!).lte(half) || negative) {
      i = j;
      continue;
    }
    return repeatedDownTheColumn(lines[i]!.fact!.raw.replace(/<\/?u>/g, '').trim(), lines.slice(i, j + 1).map((l) => rowWords(l.row)));
  }
  return null;
}
