/**
 * The columns of an average balance table, each period's "Average Balance | Interest | Average
 * Yield/Cost" (Chimera, Bridge Bancorp), "Average Outstanding Balance | Interest Income/ Expense |
 * Average Yield/Rate" (Equity Bancshares), "Average Balance | Income/ Expense | Yield/ Rate" (Cadence),
 * read from their headers: one column of the period naming an average balance, one naming interest
 * (or income and expense), one naming a yield, rate or cost.
 */
import type { Table, TableColumn } from '../types.ts';
import type { CheckContext } from './context.ts';
import { isChange, labelWords } from './ratio-terms.ts';

/** A period's three columns: its average balance, its interest and its yield. */
export interface Triple {
  balance: TableColumn;
  interest: TableColumn;
  rate: TableColumn;
}

/** What a column's header names; the words of its period ("Three Months Ended March 31, 2020") name none of these. */
function roleOf(column: TableColumn): 'balance' | 'interest' | 'rate' | null {
  const w = labelWords(column.header.replace(/\//g, ' '));
  const has = (x: string) => w.includes(x);
  if (has('variance') || has('change')) return null;
  const rate = has('yield') || has('rate') || has('cost') || has('yields') || has('rates');
  if (has('balance') && has('average') && !rate && !has('interest')) return 'balance';
  if (rate && !has('balance') && !has('income') && !has('interest')) return 'rate';
  if ((has('interest') || (has('income') && has('expense'))) && !rate && !has('balance')) return 'interest';
  return null;
}

/** The columns of each period that name its average balance, interest and yield, one of each. */
export function triplesOf(ctx: CheckContext, table: Table): Triple[] {
  const byPeriod = Map.groupBy(
    table.columns.filter((c) => !isChange(ctx, c) && ctx.index.period(c.period)?.kind === 'duration'),
    (c) => `${c.period}|${c.basis ?? ''}`,
  );
  const triples: Triple[] = [];
  for (const columns of byPeriod.values()) {
    const of = (role: string) => columns.filter((c) => roleOf(c) === role);
    const [b, i, r] = [of('balance'), of('interest'), of('rate')];
    if (b.length === 1 && i.length === 1 && r.length === 1) triples.push({ balance: b[0], interest: i[0], rate: r[0] });
  }
  return triples;
}

