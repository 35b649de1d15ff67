/**
 * A change column naming no pair, beside an amount column whose periods the captions over its lines name, each block
 * of lines printed again under the caption of the year before (Caterpillar's sales and revenues by region, 1Q22: each
 * region's "$ | % Chg" under "First Quarter 2022", then "$" alone under "First Quarter 2021"):
 *
 *     First Quarter 2022   Resource Industries   1,018   55%   …
 *     First Quarter 2021   Resource Industries     657         …
 *
 * The change of a line in a block is its amount there against the amount of the line of the same label in the block
 * of the year before, in the column just left of the change: 1,018 ÷ 657 − 1 = 54.9%, printed 55%. From a loss or
 * from nothing, or into a loss, no percentage is read.
 *
 * The pairing rests on the layout, not on the header, so the table's changes are judged together: a failing one is a
 * mismatch only where the reading holds in two at least and in as many as fail; else it is unverifiable.
 *
 * Ids: `growth/<table>/<row>/<change column key>`.
 */
import { parseDecimal } from '../decimal.ts';
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, isMoney, periodLabel } from './context.ts';
import { yearBefore } from './growth-rows.ts';
import { cellOf, isChange, judgedTogether, labelWords, term, termsCheck, valueRows } from './ratio-terms.ts';
import { captionChangeCorroborated, captionChangeRestsOn, captionChangeUncorroborated } from './relation-messages.ts';
import { rowWords } from './words.ts';
import { pushTo } from '../grouped.ts';

export function captionChangeChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((table) => {
    const found = pairs(ctx, table);
    if (found.length === 0) return [];
    // The table's lines by their label's words, read once: each line asks for its namesake a block above.
    const byWords = new Map<string, TableRow[]>();
    for (const r of valueRows(table)) pushTo(byWords, labelWords(r.label).join(' '), r);
    const checks = found.flatMap(({ change, amount }) => valueRows(table).flatMap((row) => {
      const c = lineCheck(ctx, table, row, change, amount, byWords);
      return c ? [c] : [];
    }));
    return judgedTogether(checks, captionChangeCorroborated, captionChangeUncorroborated);
  });
}

/** Each change column naming no pair, with the amount column just left of it whose periods its lines' captions name. */
function pairs(ctx: CheckContext, table: Table): { change: TableColumn; amount: TableColumn }[] {
  const out: { change: TableColumn; amount: TableColumn }[] = [];
  table.columns.forEach((change, i) => {
    const period = ctx.index.period(change.period);
    if (period?.kind !== 'change' || period.compare) return;
    const amount = table.columns[i - 1];
    if (amount && !amount.period && ctx.index.periodsByCaption(amount) && !isChange(ctx, amount)) out.push({ change, amount });
  });
  return out;
}

function lineCheck(ctx: CheckContext, table: Table, row: TableRow, change: TableColumn, amount: TableColumn, byWords: Map<string, TableRow[]>): Check | null {
  const reported = cellOf(ctx, table, row, change);
  const current = cellOf(ctx, table, row, amount);
  if (!reported || reported.value === null || !current || current.value === null || !isMoney(current.unit)) return null;
  const prior = yearBefore(current.period);
  const before = prior ? lineOf(ctx, table, row, amount, prior, byWords) : undefined;
  if (!before || before.value === null) return null;
  if (!parseDecimal(before.value).isPositive() || parseDecimal(current.value).isNegative()) return null;
  return termsCheck(ctx, {
    kind: 'growth',
    id: `growth/${table.id}/${row.id}/${columnKey(change)}`,
    subject: `${rowWords(row)} growth (%)`,
    expression: '( current / prior - 1 ) * 100',
    terms: [term('current', current, `${rowWords(row)} (${periodLabel(ctx, current.period)})`), term('prior', before, `${rowWords(row)} (${periodLabel(ctx, before.period)})`)],
    reported,
    column: change,
    restsOn: captionChangeRestsOn(change.header, amount.header, periodLabel(ctx, current.period), periodLabel(ctx, before.period)),
  });
}

/** The figure of the one line of the same label whose caption names the year before, in the amount column. */
function lineOf(ctx: CheckContext, table: Table, row: TableRow, amount: TableColumn, period: string, byWords: Map<string, TableRow[]>): Fact | undefined {
  const found = (byWords.get(labelWords(row.label).join(' ')) ?? [])
    .filter((r) => r !== row)
    .map((r) => cellOf(ctx, table, r, amount))
    .filter((f): f is Fact => f !== undefined && f.period === period);
  return found.length === 1 ? found[0] : undefined;
}
