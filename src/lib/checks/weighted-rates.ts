/**
 * A total line's rate printed beside its amount, as the average of its lines' rates weighted by their
 * amounts: Σ(amount × rate) ÷ Σ amount. Two layouts establish it:
 *
 * - a column whose header says it is a weighted average ("Weighted Average Borrowing Rates") beside
 *   the one amount column of its date (Chimera's borrowings by maturity: "Principal | Weighted
 *   Average Borrowing Rates | Range of Borrowing Rates", its "Total" 6.48% over ten lines);
 * - a table of average balances and their rates, the rate column naming a yield or rate beside the
 *   one amount column of its period, the table's title or that column naming average balances
 *   (Timberland's "AVERAGE BALANCES, YIELDS, AND RATES": "Amount | Rate", its "Total interest-earning
 *   assets" 4.68% over loans, securities and deposits), where a total's yield is its interest over its
 *   balance and so the average of its lines' yields weighted by their balances. A table that prints the
 *   interest beside them is read by ./yields.ts instead.
 *
 * Which lines a total covers is its amount's footing, a sum that holds (./footing.ts): its lines'
 * amounts with the rates printed beside them. A line with a nil amount and no rate ("$ — | N/A")
 * counts as nothing; a line with an amount and no rate leaves the total unread. A total's columns are
 * judged together (./ratio-terms.ts `judgedByColumns`).
 *
 * Ids: `definition/<table>/<row>/<column>`.
 */
import { parseDecimal } from '../decimal.ts';
import type { Check, Fact, Table, TableColumn } from '../types.ts';
import { type CheckContext, columnKey, isMoney } from './context.ts';
import { holds, isChange, judgedByColumns, labelWords, type Term, term, termsCheck } from './ratio-terms.ts';
import { weightedAverageOf } from './ratio-messages.ts';
import { rowWords } from './words.ts';

const RATE_WORDS = ['rate', 'rates', 'yield', 'yields', 'cost', 'coupon'];

export function weightedRateChecks(ctx: CheckContext, footings: readonly Check[]): Check[] {
  const byRow = Map.groupBy(
    footings.filter((c) => c.kind === 'footing' && holds(c) && c.reported.fact !== null && ctx.index.fact(c.reported.fact) !== undefined),
    (c) => {
      const f = ctx.index.fact(c.reported.fact!)!;
      return `${f.table}|${f.row}`;
    },
  );
  const checks: Check[] = [];
  for (const row of byRow.values()) {
    const found = row.flatMap((c) => {
      const check = totalCheck(ctx, c);
      return check ? [check] : [];
    });
    checks.push(...judgedByColumns(found, false));
  }
  return checks;
}

/** The weighted average rate of the total a footing reads, where its amount column has a rate column beside it. */
function totalCheck(ctx: CheckContext, footing: Check): Check | null {
  const total = ctx.index.fact(footing.reported.fact!)!;
  if (!isMoney(total.unit) || total.value === null) return null;
  const table = ctx.index.table(total.table)!;
  const amount = table.columns.find((c) => total.id.endsWith(`/${columnKey(c)}`));
  if (!amount || isChange(ctx, amount)) return null;
  const rateColumn = rateBeside(ctx, table, amount, total.row);
  if (!rateColumn) return null;
  const rateOf = (f: Fact) => {
    const r = ctx.index.cell(table.id, f.row, columnKey(rateColumn));
    return r && r.origin === 'cell' && r.unit === 'percent' && r.status === 'reported' ? r : undefined;
  };
  const reported = rateOf(total);
  if (!reported) return null;
  const terms: Term[] = [];
  const parts: string[] = [];
  const weights: string[] = [];
  for (const id of footing.inputs) {
    const f = ctx.index.fact(id);
    if (!f) return null;
    if (f.status === 'nil' || (f.value !== null && parseDecimal(f.value).isZero())) continue;
    const rate = rateOf(f);
    if (f.status !== 'reported' || parseDecimal(f.value!).isNegative() || !rate) return null;
    const k = terms.length / 2 + 1;
    terms.push(term(`a${k}`, f), term(`r${k}`, rate, `${rowWords(rate)} (rate)`));
    parts.push(`a${k} * r${k}`);
    weights.push(`a${k}`);
  }
  if (weights.length < 2) return null;
  return termsCheck(ctx, {
    kind: 'definition',
    id: `definition/${table.id}/${total.row}/${columnKey(rateColumn)}`,
    subject: `${rowWords(total)}, weighted average rate`,
    expression: `(${parts.join(' + ')}) / (${weights.join(' + ')})`,
    terms,
    reported,
    column: rateColumn,
    restsOn: weightedAverageOf(rowWords(total), rateColumn.header, amount.header),
  });
}

/**
 * The one rate column of the amount's period that weights by it: a header saying "weighted average", or
 * in a table of average balances a yield or rate, where the period prints no interest and no other amount.
 */
function rateBeside(ctx: CheckContext, table: Table, amount: TableColumn, row: string): TableColumn | null {
  const same = table.columns.filter((c) => c.period === amount.period && (c.basis ?? '') === (amount.basis ?? ''));
  const words = (c: TableColumn) => labelWords(c.header.replace(/[/-]/g, ' '));
  const isRate = (c: TableColumn) => words(c).some((w) => RATE_WORDS.includes(w)) && !words(c).includes('range');
  const weighted = (c: TableColumn) => words(c).includes('weighted') && words(c).includes('average');
  const money = same.filter((c) => {
    const f = ctx.index.cell(table.id, row, columnKey(c));
    return f !== undefined && isMoney(f.unit);
  });
  if (money.length !== 1 || money[0] !== amount) return null;
  const rates = same.filter((c) => c !== amount && isRate(c));
  if (rates.length !== 1) return null;
  if (weighted(rates[0])) return rates[0];
  // A table of average balances: its title or the amount's header says so, and no column of the period prints interest.
  const averages = /\baverage balances?\b/i.test(table.title.replace(/\s+/g, ' ')) || (words(amount).includes('average') && words(amount).includes('balance'));
  const interest = same.some((c) => words(c).includes('interest') || (words(c).includes('income') && words(c).includes('expense')));
  return averages && !interest && ctx.index.period(amount.period)?.kind === 'duration' ? rates[0] : null;
}
