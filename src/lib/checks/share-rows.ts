/**
 * A row of shares: a line named a percentage of the total ("% of Total") printed right under a line of amounts,
 * printing 100 in one column alone, gives each other column's amount as a share of that column's (Pegasystems'
 * remaining performance obligations by product: "1,127,159 | 340,860 | … | 1,623,492" over "% of Total 70% | 21% | …
 * | 100%"). The label and the 100 establish the reading; the row's columns are judged together (./ratio-terms.ts
 * `judgedByColumns`): one failing where the others hold is a mismatch. Where the row's shares add up, as printed, to
 * exactly 100, each may have been rounded to make it so (69.4% printed 70%): a share within one unit of its last digit
 * of the exact one is read so, saying why.
 *
 * Ids: `definition/<table>/<row>/<column>`.
 */
import type { Check, Fact, Table, TableRow } from '../types.ts';
import { type CheckContext, columnKey, isMoney } from './context.ts';
import { parseDecimal, powerOfTen } from '../decimal.ts';
import { shareOfWholeRow, shareRowRoundedToFoot } from './ratio-messages.ts';
import { cellOf, judgedByColumns, labelWords, term, termsCheck, valueRows } from './ratio-terms.ts';
import { roundHalfUp } from './verdict.ts';
import { rowWords } from './words.ts';

export function shareRowChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((table) => {
    const rows = valueRows(table);
    return rows.flatMap((row, i) => (i > 0 && namesAShareOfTheTotal(row) ? rowChecks(ctx, table, row, rows[i - 1]) : []));
  });
}

/** "% of Total", "Percent of total", "Percentage of total": a share of the line's total, in words. */
function namesAShareOfTheTotal(row: TableRow): boolean {
  return /^percent(age)? of total$/.test(labelWords(row.label).join(' '));
}

function rowChecks(ctx: CheckContext, table: Table, row: TableRow, amounts: TableRow): Check[] {
  const cells = table.columns.map((column) => ({ column, share: cellOf(ctx, table, row, column), amount: cellOf(ctx, table, amounts, column) }));
  if (cells.some((c) => c.share && c.share.unit !== 'percent')) return [];
  const hundred = cells.filter((c) => c.share?.status === 'reported' && c.share.value !== null && parseDecimal(c.share.value).eq(100));
  if (hundred.length !== 1) return [];
  const whole = hundred[0];
  if (!whole.amount || whole.amount.value === null || !isMoney(whole.amount.unit) || parseDecimal(whole.amount.value).isZero()) return [];
  const wholeAmount = whole.amount;
  const header = whole.column.header || 'the total';
  const parts = cells.filter((c): c is typeof c & { share: Fact; amount: Fact } =>
    c !== whole && c.share?.value != null && c.share.status === 'reported' && c.amount?.value != null && c.amount.unit === wholeAmount.unit && c.amount.scale === wholeAmount.scale,
  );
  const checks = parts.map((c) =>
    termsCheck(ctx, {
      kind: 'definition',
      id: `definition/${table.id}/${row.id}/${columnKey(c.column)}`,
      subject: `${rowWords(amounts)}, ${c.column.header}, % of ${header}`,
      expression: 'amount / whole * 100',
      terms: [term('amount', c.amount, `${rowWords(amounts)}, ${c.column.header}`), term('whole', wholeAmount, `${rowWords(amounts)}, ${header}`)],
      reported: c.share,
      column: c.column,
      restsOn: shareOfWholeRow(rowWords(row), header, rowWords(amounts)),
    }),
  );
  return judgedByColumns(roundedToFoot(cells.filter((c) => c !== whole).map((c) => c.share), checks), false, 'row');
}

/**
 * Shares rounded so that the row adds up: where every share but the whole's is printed (a dash as nought) and they add
 * up to exactly 100, a share off its exact value by up to one unit of its last digit is read as rounded to make the row
 * foot; further off, it is still a mismatch. A share further off counts in the sum at its own amount's share, rounded
 * as printed, so that one misprint is blamed on its own cell and not on the shares rounded to foot beside it.
 */
function roundedToFoot(shares: (Fact | undefined)[], checks: Check[]): Check[] {
  if (!checks.some((c) => c.verdict === 'mismatch')) return checks;
  const printed = shares.filter((f): f is Fact => f !== undefined);
  if (printed.some((f) => f.status !== 'nil' && (f.status !== 'reported' || f.value === null))) return checks;
  const within = (c: Check, f: Fact | undefined) =>
    c.computed !== null && c.reported.value !== null && parseDecimal(c.computed).sub(parseDecimal(c.reported.value)).abs().lte(powerOfTen(-(f?.decimals ?? 0)));
  const asTheyShouldRead = printed.map((f) => {
    const own = checks.find((c) => c.reported.fact === f.id);
    if (own && own.verdict === 'mismatch' && own.computed !== null && !within(own, f)) return roundHalfUp(parseDecimal(own.computed), f.decimals);
    return f.value === null ? parseDecimal('0') : parseDecimal(f.value);
  });
  if (!asTheyShouldRead.reduce((a, v) => a.add(v), parseDecimal('0')).eq(100)) return checks;
  return checks.map((c) => {
    const fact = printed.find((f) => f.id === c.reported.fact);
    if (c.verdict !== 'mismatch' || !within(c, fact)) return c;
    return { ...c, verdict: 'rounding' as const, difference: null, explanation: `${c.explanation} ${shareRowRoundedToFoot()}` };
  });
}
