/**
 * Growth and change columns ("YoY Growth", "QoQ Growth"): every printed percentage
 * recomputed from the figures it compares, every basis-point change from the margins.
 *
 * - growth: (current ÷ prior − 1) × 100, over the intervals of both printed figures.
 *   When the prior figure is not a positive amount, or the current one is a loss, a
 *   percentage change is not meaningful: a printed number is unverifiable, and a
 *   printed n/m is justified (unverifiable, saying why). An n/m printed where both
 *   figures are positive is a mismatch: the release withholds a meaningful figure.
 * - change: (current − prior) × 100 basis points, from the margins as printed, since
 *   companies compute it from their printed margins: 16.4% − 10.5% = 590 bps.
 *
 * Ids: `growth/<table>/<row>/<change period>`, `change/<table>/<row>/<change period>`.
 */
import { parseDecimal } from '../decimal.ts';
import { formatNumber } from '../format/index.ts';
import type { Check, CheckKind, Fact, Period, Table, TableRow } from '../types.ts';
import { type CheckContext, periodLabel } from './context.ts';
import { evaluate, inUnitsOf, type Scope } from './evaluate.ts';
import { type Expression, parseExpression } from './expression.ts';
import { point } from './interval.ts';
import { checkWith, makeCheck, titleOf } from './make-check.ts';
import { shown } from './messages.ts';
import {
  growthOfALoss,
  notMeaningfulJustified,
  notMeaningfulUnjustified,
  printedMarginsTakenAsPrinted,
} from './relation-messages.ts';
import { judge } from './verdict.ts';
import { rowWords } from './words.ts';

const GROWTH: Expression = parseExpression('( current / prior - 1 ) * 100');
const CHANGE: Expression = parseExpression('( current - prior ) * 100');

export function growthChecks(ctx: CheckContext): Check[] {
  const checks: Check[] = [];
  for (const table of ctx.release.tables) {
    for (const column of table.columns) {
      const period = ctx.index.period(column.period);
      if (period?.kind !== 'change' || !period.compare) continue;
      for (const row of table.rows) {
        const check = changeCheck(ctx, table, row, period);
        if (check) checks.push(check);
      }
    }
  }
  return checks;
}

function changeCheck(ctx: CheckContext, table: Table, row: TableRow, period: Period): Check | null {
  const { current: cur, prior: pri } = period.compare!;
  const reported = ctx.index.cell(table.id, row.id, period.id);
  const current = ctx.index.cell(table.id, row.id, cur);
  const prior = ctx.index.cell(table.id, row.id, pri);
  if (!reported || !current || !prior) return null;

  const kind: CheckKind = reported.unit === 'basis-points' ? 'change' : 'growth';
  const subject = rowWords(row);
  const named = (p: string) => `${subject} ${periodLabel(ctx, p)}`;
  const scope: Scope = {
    lookup: (name) => ({ fact: name === 'current' ? current : prior }),
    label: (name) => named(name === 'current' ? cur : pri),
    range: () => [],
  };
  const e = evaluate(kind === 'growth' ? GROWTH : CHANGE, scope);
  // Percentages and basis points are printed in units: an n/m cell carries its row's unit and scale instead.
  const computed = inUnitsOf(e, 0);
  const spec = {
    release: ctx.release,
    kind,
    id: `${kind}/${table.id}/${row.id}/${period.id}`,
    title: titleOf(`${subject} ${kind === 'growth' ? 'growth' : 'change'}`, period.label),
    formula: `${subject} ${kind === 'growth' ? 'growth (%)' : 'change (basis points)'}, ${period.label} = ${e.words}`,
    period: period.id,
    inputs: e.inputs,
    reported,
    unit: kind === 'growth' ? ('percent' as const) : ('basis-points' as const),
  };

  if (kind === 'change') {
    return makeCheck({
      ...spec,
      computed: { ...computed, interval: computed.value && point(computed.value) },
      notes: [printedMarginsTakenAsPrinted()],
    });
  }

  const notPositive = [prior, current].find((f, i) => isLoss(f, i === 0 ? 'prior' : 'current'));
  if (reported.status === 'not-meaningful') {
    const j = judge({ value: null, decimals: reported.decimals, status: 'not-meaningful' }, computed);
    if (notPositive) {
      // No percentage is meaningful here, so none is shown.
      return checkWith(spec, {
        ...j,
        computed: null,
        computedInterval: null,
        explanation: notMeaningfulJustified(subject, formatNumber(notPositive.value), periodLabel(ctx, notPositive.period)),
      });
    }
    const growth = e.value === null ? '?' : shown(e.value, reported.decimals + 2);
    return checkWith(spec, {
      ...j,
      verdict: 'mismatch',
      explanation: notMeaningfulUnjustified(growth, formatNumber(current.value), formatNumber(prior.value)),
    });
  }
  if (notPositive) {
    return makeCheck({
      ...spec,
      computed: {
        value: null,
        interval: null,
        missing: growthOfALoss(subject, formatNumber(notPositive.value), periodLabel(ctx, notPositive.period)),
      },
    });
  }
  return makeCheck({ ...spec, computed });
}

/** A prior figure that is not a positive amount, or a current one that is a loss (nil counts as zero). */
function isLoss(f: Fact, role: 'prior' | 'current'): boolean {
  if (f.status !== 'reported' || f.value === null) return role === 'prior';
  const x = parseDecimal(f.value);
  return role === 'prior' ? x.lte(0) : x.isNeg();
}
