/**
 * Constant-currency columns printed beside their currency effect (`currency-columns.ts` reads
 * which columns they are):
 *
 * - an amount: constant currency = as reported − the effect of currency, in one period
 *   (HanesBrands' net sales $888,469 as reported, $(9,241) impact from foreign currency, $897,710
 *   in constant currency), `footing/<table>/<row>/<constant column>/constant-currency`;
 * - a change: the change of the current figure less the effect, against the prior figure, judged
 *   as `growth.ts` judges a change (Molson Coors' Americas net sales $2,173.9 against $2,231.1 with
 *   an FX impact of $(8.4): (2,173.9 + 8.4) ÷ 2,231.1 − 1 = (2.2)%), under the change column's id.
 *
 * Read charitably, then accused: the effect is taken away from the reported figure, or added to it
 * (a company may print the adjustment rather than the effect), whichever holds in more lines of the
 * column; the column is published where that reading holds in at least as many lines as it fails,
 * two of them at least, the other lines mismatches corroborated by them. Where no reading does, the
 * columns' meaning is not established: every line is unverifiable, saying so.
 */
import type { Check, Table } from '../types.ts';
import { type CheckContext, columnKey, columnLabel } from './context.ts';
import { type CurrencyReading, currencyReading } from './currency-columns.ts';
import { evaluate, inUnitsOf, type Scope } from './evaluate.ts';
import { parseExpression } from './expression.ts';
import { adjustedChangeCheck } from './growth.ts';
import { makeCheck, titleOf } from './make-check.ts';
import { constantCurrencyCorroborated, constantCurrencyRestsOn, constantCurrencyUnread } from './relation-messages.ts';
import { rowWords } from './words.ts';

type Op = '-' | '+';

export function constantCurrencyChecks(ctx: CheckContext): Check[] {
  const checks: Check[] = [];
  for (const table of ctx.release.tables) {
    for (const column of table.columns) {
      const reading = currencyReading(ctx, table, column);
      if (reading) checks.push(...columnChecks(ctx, table, reading));
    }
  }
  return checks;
}

/** The column's lines under the reading that holds in more of them; mismatches only where that reading is borne out. */
function columnChecks(ctx: CheckContext, table: Table, reading: CurrencyReading): Check[] {
  const runs = (['-', '+'] as const).map((op) => ({ op, checks: linesOf(ctx, table, reading, op) }));
  const holds = (cs: Check[]) => cs.filter((c) => c.verdict === 'exact' || c.verdict === 'rounding').length;
  const fails = (cs: Check[]) => cs.filter((c) => c.verdict === 'mismatch').length;
  const best = runs.reduce((a, b) => (holds(b.checks) > holds(a.checks) ? b : a));
  const n = holds(best.checks);
  const restsOn = constantCurrencyRestsOn(reading.constant.header, reading.effect.header, best.op === '-', reading.form === 'amount' ? reading.reported.header : reading.change.header);
  if (n >= 2 && n >= fails(best.checks)) {
    return best.checks.map((c) => ({ ...c, restsOn, ...(c.verdict === 'mismatch' ? { explanation: `${c.explanation} ${constantCurrencyCorroborated(n)}` } : {}) }));
  }
  const lines = best.checks.filter((c) => c.verdict !== 'unverifiable').length;
  return best.checks.map((c) =>
    c.verdict === 'mismatch'
      ? { ...c, verdict: 'unverifiable' as const, difference: null, restsOn, explanation: `${c.explanation} ${constantCurrencyUnread(reading.constant.header, n, lines)}` }
      : { ...c, restsOn },
  );
}

function linesOf(ctx: CheckContext, table: Table, reading: CurrencyReading, op: Op): Check[] {
  const checks: Check[] = [];
  for (const row of table.rows) {
    const check = reading.form === 'amount' ? amountCheck(ctx, table, row, reading, op) : changeCheckOf(ctx, table, row, reading, op);
    if (check) checks.push(check);
  }
  return checks;
}

function changeCheckOf(ctx: CheckContext, table: Table, row: Table['rows'][number], reading: Extract<CurrencyReading, { form: 'change' }>, op: Op): Check | null {
  const period = ctx.index.period(reading.constant.period);
  if (!period) return null;
  const label = `${columnLabel(ctx, reading.current)} vs ${columnLabel(ctx, reading.prior)}`;
  return adjustedChangeCheck(ctx, table, row, period, reading.constant, {
    current: columnKey(reading.current),
    prior: columnKey(reading.prior),
    label: `${label}, ${reading.constant.header}`,
    from: 'layout',
    measure: 'ratio',
    adjust: { key: columnKey(reading.effect), op, label: reading.effect.header },
  });
}

const LESS = parseExpression('reported - effect');
const PLUS = parseExpression('reported + effect');

function amountCheck(ctx: CheckContext, table: Table, row: Table['rows'][number], reading: Extract<CurrencyReading, { form: 'amount' }>, op: Op): Check | null {
  const key = columnKey(reading.constant);
  const reportedFact = ctx.index.cell(table.id, row.id, key);
  const asReported = ctx.index.cell(table.id, row.id, columnKey(reading.reported));
  const effect = ctx.index.cell(table.id, row.id, columnKey(reading.effect));
  if (!reportedFact || !asReported || !effect || reportedFact.status === 'nil') return null;
  // One unit across the three figures, and never a percentage or a ratio.
  if (asReported.unit !== reportedFact.unit || (effect.status === 'reported' && effect.unit !== reportedFact.unit) || /percent|points|ratio/.test(reportedFact.unit)) return null;
  const subject = rowWords(row);
  const scope: Scope = {
    lookup: (name) => ({ fact: name === 'reported' ? asReported : effect }),
    label: (name) => `${subject} ${name === 'reported' ? reading.reported.header : reading.effect.header}`,
    range: () => [],
  };
  const e = evaluate(op === '-' ? LESS : PLUS, scope);
  return makeCheck({
    release: ctx.release,
    kind: 'footing',
    id: `footing/${table.id}/${row.id}/${key}/constant-currency`,
    title: titleOf(`${subject} in constant currency`, columnLabel(ctx, reading.constant)),
    formula: `${subject} ${reading.constant.header} = ${e.words}`,
    period: reading.constant.period,
    inputs: e.inputs,
    reported: reportedFact,
    computed: inUnitsOf(e, reportedFact.scale),
  });
}
