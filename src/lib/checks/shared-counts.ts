/**
 * One count of shares across a reconciliation's columns: where a table reconciles across its columns ("GAAP Results |
 * Less QSI | Less Share-Based Compensation | Less Other Items | Non-GAAP Results", Qualcomm) and prints a count of
 * shares again in every column ("Diluted shares | 1,149 | 1,149 | 1,149 | 1,149 | 1,149"), the count is the divisor
 * of each column's per-share line, not an amount the adjustments move (./column-reconciliation.ts leaves it out of
 * the sum). Each column's count is then the count the others print: published where every column prints it, or all
 * but one.
 *
 * The one column that differs is a mismatch only where its own per-share line says which count it divides by: an
 * amount of its column over the others' count gives the printed per-share figure, and over its own does not (Qualcomm's
 * 751 ÷ 1,149 = 0.654 for "$0.65" beside a count misprinted 5,149). Else the column may print a count of its own (a
 * loss's basic count beside the adjusted diluted one), and the check is unverifiable, saying so.
 *
 * Ids: `tie/<table>/<row>/<column key>/count`.
 */
import { type Decimal, parseDecimal } from '../decimal.ts';
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { columnReconciliationsOf, shareCounts } from './column-reconciliation.ts';
import { type CheckContext, columnKey, columnLabel, isMoney, isPerShare } from './context.ts';
import { columnWords, RowScope } from './column-footing.ts';
import { evaluate, inUnitsOf } from './evaluate.ts';
import { div, figureOf, intersects, point } from './interval.ts';
import { checkWith } from './make-check.ts';
import { countDividesItsLine, countMayDiffer, oneCountRestsOn } from './relation-messages.ts';
import { judge } from './verdict.ts';
import { rowWords } from './words.ts';

export function sharedCountChecks(ctx: CheckContext): Check[] {
  const out: Check[] = [];
  const seen = new Set<string>();
  for (const table of ctx.release.tables) {
    for (const r of columnReconciliationsOf(ctx, table)) {
      if (r.fit === 'fails') continue;
      const columns = [r.terms[0]!.column, ...r.terms.slice(1).map((t) => t.column), r.result];
      for (const row of table.rows) {
        for (const check of countChecks(ctx, table, row, columns)) {
          if (seen.has(check.id)) continue;
          seen.add(check.id);
          out.push(check);
        }
      }
    }
  }
  return out;
}

function countChecks(ctx: CheckContext, table: Table, row: TableRow, columns: TableColumn[]): Check[] {
  if (row.kind !== 'values' || columns.length < 3) return [];
  const figures = shareCounts(ctx, table, row, columns);
  if (!figures) return [];
  const counts = new Map<string, number>();
  for (const f of figures) counts.set(inBase(f).toString(), (counts.get(inBase(f).toString()) ?? 0) + 1);
  const [shared, times] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  if (times < columns.length - 1) return [];
  const subject = rowWords(row);
  return columns.map((column, i) => {
    const reported = figures[i]!;
    // Compared with the first other column printing the count the others share.
    const at = figures.findIndex((f, j) => j !== i && inBase(f).toString() === shared);
    const reference = columns[at]!;
    const e = evaluate({ type: 'name', name: columnKey(reference) }, new RowScope(ctx, table, row));
    const judgement = judge({ value: reported.value, decimals: reported.decimals, status: reported.status }, inUnitsOf(e, reported.scale));
    const others = columns.filter((_, j) => j !== i).map((c) => columnWords(ctx, table, c));
    const spec = {
      release: ctx.release,
      kind: 'tie' as const,
      id: `tie/${table.id}/${row.id}/${columnKey(column)}/count`,
      title: `${subject}, ${columnLabel(ctx, column)}`,
      formula: `${subject}, ${columnWords(ctx, table, column)} = ${subject}, ${columnWords(ctx, table, reference)}`,
      period: reported.period || null,
      inputs: e.inputs,
      reported,
      restsOn: oneCountRestsOn(subject, others),
    };
    if (judgement.verdict !== 'mismatch') return checkWith(spec, judgement);
    const evidence = dividedBy(ctx, table, row, column, parseDecimal(shared), inBase(reported));
    return evidence
      ? checkWith({ ...spec, notes: [countDividesItsLine(evidence)] }, judgement)
      : checkWith({ ...spec, notes: [countMayDiffer()] }, { ...judgement, verdict: 'unverifiable', difference: null });
  });
}

const inBase = (f: Fact): Decimal => figureOf(f).value;

/**
 * A per-share line of the count's block whose figure in `column` is an amount of the same column over the shared
 * count, within the rounding of all three, and not over the column's own: the words saying so, or null.
 */
function dividedBy(ctx: CheckContext, table: Table, count: TableRow, column: TableColumn, shared: Decimal, own: Decimal): { perShare: string; amount: string; label: string } | null {
  const block = table.rows.filter((r) => r.kind === 'values' && r.section.join('\u0000') === count.section.join('\u0000'));
  const cell = (r: TableRow) => ctx.index.cell(table.id, r.id, columnKey(column));
  for (const line of block) {
    const perShare = cell(line);
    if (!perShare || !isPerShare(perShare.unit) || perShare.value === null || parseDecimal(perShare.value).isZero()) continue;
    for (const r of block) {
      const amount = cell(r);
      if (!amount || !isMoney(amount.unit) || amount.value === null || parseDecimal(amount.value).isZero()) continue;
      if (divides(amount, shared, perShare) && !divides(amount, own, perShare)) return { perShare: perShare.raw, amount: amount.raw, label: r.label };
    }
  }
  return null;
}

/** Whether amount ÷ count gives the per-share figure, within the rounding of the amount and of the figure. */
function divides(amount: Fact, count: Decimal, perShare: Fact): boolean {
  const quotient = div(figureOf(amount).interval, point(count));
  return quotient !== null && intersects(quotient, figureOf(perShare).interval);
}
