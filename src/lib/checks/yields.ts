/**
 * A yield or cost printed beside an average balance and its interest for the same period, as banks
 * and mortgage REITs print their average balance tables ("Average Balance | Interest | Average
 * Yield/Cost" under each quarter): the interest as a percentage of the balance, annualized for a
 * period shorter than a year. Companies annualize their own way, so each sound day count is tried
 * (./day-counts.ts) and the figure holds where one of them gives it within rounding: Chimera's
 * Agency RMBS, $10,505 on $682,811 in Q4 2024, is 6.1% over 366/92 (actual/actual), 6.2% times 4.
 *
 * The reading is established by the headers: one column of the period naming an average balance,
 * one naming interest (or "Income/Expense"), one naming a yield, rate or cost. A row's columns are
 * judged together: a yield put on a tax-equivalent basis while
 * its interest is not, or a yield of another period, holds in no column and is unverifiable; and as the
 * release does not say how it annualizes, a column where no day count gives the figure is a mismatch only
 * where the row holds in every other column, two at least (./ratio-terms.ts `corroboratedOrNot`), and
 * only where it misses every reading by more than a unit of its last digit.
 *
 * Ids: `definition/<table>/<row>/<column>`.
 */
import { type Decimal, parseDecimal } from '../decimal.ts';
import type { Check, Fact, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, isMoney } from './context.ts';
import { type Triple, triplesOf } from './average-balance-columns.ts';
import { dayCounts } from './day-counts.ts';
import { halfUnit } from './interval.ts';
import { corroboratedOrNot, holds, nonZero, term, termsCheck, valueRows } from './ratio-terms.ts';
import { annualizedOtherwise, noDayCountGives, offByADigit, yieldOfBalance } from './ratio-messages.ts';
import { rowWords } from './words.ts';

export function yieldChecks(ctx: CheckContext): Check[] {
  return ctx.release.tables.flatMap((table) => {
    const triples = triplesOf(ctx, table);
    if (triples.length === 0) return [];
    // The release does not say how it annualizes: a row's yield is a mismatch only where it holds in every other column, two at least.
    return valueRows(table).flatMap((row) => corroboratedOrNot(triples.flatMap((t) => cellChecks(ctx, table, row, t)), annualizedOtherwise()));
  });
}

function cellChecks(ctx: CheckContext, table: Table, row: TableRow, t: Triple): Check[] {
  const cell = (c: TableColumn) => {
    const f = ctx.index.cell(table.id, row.id, columnKey(c));
    return f && f.origin === 'cell' && f.status === 'reported' ? f : undefined;
  };
  const [balance, interest, reported] = [cell(t.balance), cell(t.interest), cell(t.rate)];
  if (!balance || !interest || !reported || !nonZero(balance) || !isMoney(balance.unit) || !isMoney(interest.unit) || reported.unit !== 'percent') return [];
  // A balance that is negative (an allowance) earns no yield.
  if (parseDecimal(balance.value!).isNegative()) return [];
  const period = ctx.index.period(t.rate.period)!;
  const readings = dayCounts(period);
  if (readings.length === 0) return [];
  const checks = readings.map((d) => oneCheck(ctx, table, row, t.rate, reported, balance, interest, d.factor, d.name));
  const held = checks.find(holds);
  if (held) return [held];
  // None gives the printed figure: the check of the nearest reading, saying what each gave.
  const nearest = checks.reduce((a, b) => nearer(a, b, reported));
  const said = noDayCountGives(checks.map((c, k) => ({ name: readings[k].name, computed: c.computed })), reported.decimals);
  // A yield a unit of its last digit beyond every reading may rest on figures the table rounds (a total's interest
  // with interest on cash, a day count between these): not an accusation.
  const gap = distance(nearest, reported);
  if (nearest.verdict === 'mismatch' && gap !== null && gap.lte(halfUnit(reported.decimals).times(3))) {
    return [{ ...nearest, verdict: 'unverifiable', difference: null, explanation: `${nearest.explanation} ${said} ${offByADigit()}` }];
  }
  return [{ ...nearest, explanation: `${nearest.explanation} ${said}` }];
}

function oneCheck(ctx: CheckContext, table: Table, row: TableRow, column: TableColumn, reported: Fact, balance: Fact, interest: Fact, factor: string, name: string): Check {
  const subject = rowWords(row);
  return termsCheck(ctx, {
    kind: 'definition',
    id: `definition/${table.id}/${row.id}/${columnKey(column)}`,
    subject: `${subject}, yield`,
    expression: `interest / balance${factor} * 100`,
    terms: [term('interest', interest, `${subject}, interest`), term('balance', balance, `${subject}, average balance`)],
    reported,
    column,
    restsOn: yieldOfBalance(name),
  });
}

/** How far a check's computed figure is from the printed one (a check with none is the farthest). */
function distance(c: Check, reported: Fact): Decimal | null {
  return c.computed === null ? null : parseDecimal(c.computed).minus(parseDecimal(reported.value!)).abs();
}

function nearer(a: Check, b: Check, reported: Fact): Check {
  const [da, db] = [distance(a, reported), distance(b, reported)];
  return db !== null && (da === null || db.lt(da)) ? b : a;
}
