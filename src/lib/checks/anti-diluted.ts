/**
 * Diluted share counts of a loss period, on two bases. Under a net loss a statement's diluted count is its basic
 * one (potential shares are anti-dilutive); a table of a non-GAAP measure that is a profit in the same period may
 * count them (STAAR Surgical, 2024: the statements of income print 49,125 diluted shares, the basic count under a
 * net loss of 20,208, and the reconciliation to Adjusted EBITDA, 23,184 and $0.47 a diluted share, prints 49,597).
 * Two such counts are of different bases, not one line printed twice.
 */
import { parseDecimal } from '../decimal.ts';
import type { Fact } from '../types.ts';
import type { CheckContext } from './context.ts';

/** Whether a diluted count is its table's basic count in a column whose income line is a loss. */
export function dilutedAsBasicUnderALoss(ctx: CheckContext, fact: Fact): boolean {
  const table = ctx.index.table(fact.table);
  const row = table?.rows.find((r) => r.id === fact.row);
  const column = row?.cells.indexOf(fact.id) ?? -1;
  if (!table || column < 0 || fact.value === null) return false;
  const inColumn = new Map<string, Fact>();
  for (const r of table.rows) {
    const concept = ctx.recognition.baseRows.get(`${table.id}/${r.id}`)?.concept;
    const id = r.cells[column];
    const f = id ? ctx.index.fact(id) : undefined;
    if (concept && f && !inColumn.has(concept)) inColumn.set(concept, f);
  }
  // The loss is the income line's, or where none is recognized, the loss per share's.
  const income = inColumn.get('income-continuing') ?? inColumn.get('net-income-attributable') ?? inColumn.get('net-income') ?? inColumn.get('eps-diluted') ?? inColumn.get('eps-basic');
  const basic = inColumn.get('shares-basic');
  if (!income?.value || income.status !== 'reported' || !basic?.value || basic.status !== 'reported') return false;
  return parseDecimal(income.value).isNeg() && parseDecimal(basic.value).times(10 ** basic.scale).eq(parseDecimal(fact.value).times(10 ** fact.scale));
}

/**
 * Whether two printings of a diluted count differ only as a loss period's two bases: one is the basic count under
 * a loss in its table, and the other is larger (dilutive shares counted for a measure that is a profit).
 */
export function dilutedOnTwoBases(ctx: CheckContext, a: Fact, b: Fact): boolean {
  if (a.value === null || b.value === null) return false;
  const size = (f: Fact) => parseDecimal(f.value!).times(10 ** f.scale);
  const [basicFirst, basicSecond] = [dilutedAsBasicUnderALoss(ctx, a), dilutedAsBasicUnderALoss(ctx, b)];
  return (basicFirst && !basicSecond && size(b).gt(size(a))) || (basicSecond && !basicFirst && size(a).gt(size(b)));
}
