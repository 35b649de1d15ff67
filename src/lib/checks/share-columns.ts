/**
 * Share columns: a column headed "% of Net Revenues" or "% of Revenues" beside each period's
 * amounts prints every line as a percentage of the line its header names, in the same period:
 * SunLink's "Cost of goods sold 4,618 | 58.2%" is 4,618 ÷ "Net revenues" 7,935 × 100. Where no
 * line carries the header's words but a section does ("Revenues:" over each segment's revenue,
 * then "Gross profit (loss):" over each segment's gross profit, Martin Marietta's), a line's
 * share is of the line of the same name in that section. The amounts are the period's column
 * that is not a share. A column's lines are judged together (./ratio-terms.ts
 * `judgedByColumns`): one that fails where the others hold is a mismatch.
 *
 * Ids: `definition/<table>/<row>/<column>`.
 */
import type { Check, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, isMoney } from './context.ts';
import { shareOfColumn } from './ratio-messages.ts';
import { cellOf, isChange, judgedByColumns, labelWords, namesRow, rowUnit, term, termsCheck, valueRows } from './ratio-terms.ts';
import { rowWords } from './words.ts';

const SHARE = /^percent-of-(?<of>.+)$/;

export function shareColumnChecks(ctx: CheckContext): Check[] {
  const checks: Check[] = [];
  for (const table of ctx.release.tables) {
    for (const column of table.columns) {
      const m = SHARE.exec(column.dimension ?? '');
      if (!m || isChange(ctx, column)) continue;
      const amounts = amountsOf(table, column);
      if (!amounts) continue;
      const of = m.groups!.of.split('-');
      const column_checks = valueRows(table).flatMap((row) => {
        const reported = cellOf(ctx, table, row, column);
        const amount = cellOf(ctx, table, row, amounts);
        const base = denominatorOf(ctx, table, row, of);
        if (!reported || reported.value === null || !amount || amount.value === null || !isMoney(amount.unit) || !base) return [];
        const whole = cellOf(ctx, table, base, amounts);
        if (!whole || whole.value === null || whole === amount) return [];
        return [
          termsCheck(ctx, {
            kind: 'definition',
            id: `definition/${table.id}/${row.id}/${columnKey(column)}`,
            subject: `${rowWords(row)}, % of ${of.join(' ')}`,
            expression: 'amount / whole * 100',
            terms: [term('amount', amount, inWords(row)), term('whole', whole, inWords(base))],
            reported,
            column,
            restsOn: shareOfColumn(column.header, inWords(base)),
          }),
        ];
      });
      checks.push(...judgedByColumns(column_checks, false, 'column'));
    }
  }
  return checks;
}

/** A line with its outermost section where that is not its label's ("Revenues: Building Materials — Aggregates"). */
function inWords(row: TableRow): string {
  const outer = row.section[0];
  return outer && row.section.length > 1 ? `${outer.replace(/:$/, '')}: ${rowWords(row)}` : rowWords(row);
}

/** The column of amounts a share column stands beside: the same period's column that is not a share, the nearest on its left. */
function amountsOf(table: Table, column: TableColumn): TableColumn | null {
  const i = table.columns.indexOf(column);
  const same = table.columns.filter((c, j) => j !== i && c.period === column.period && !SHARE.test(c.dimension ?? ''));
  const left = same.filter((c) => table.columns.indexOf(c) < i);
  return left.at(-1) ?? (same.length === 1 ? same[0] : null);
}

/** The line a share is of: the one line the header names, else the line of the same name in the section the header names. */
function denominatorOf(ctx: CheckContext, table: Table, row: TableRow, of: string[]): TableRow | null {
  const rows = valueRows(table).filter((r) => isMoney(rowUnit(ctx, table, r) ?? ''));
  const named = rows.filter((r) => namesRow(of, labelWords(r.label)));
  if (named.length === 1) return named[0];
  if (named.length > 1) return null;
  const own = labelWords(row.label).join(' ');
  const inSection = rows.filter((r) => r !== row && labelWords(r.label).join(' ') === own && r.section.some((s) => namesRow(of, labelWords(s))));
  return inSection.length === 1 ? inSection[0] : null;
}
