/**
 * A growth row excluding currency printed under the line it grows and the line's currency effect, in the line's own
 * period columns (Amazon's supplemental metrics, 1Q23):
 *
 *     Operating income                                          $ 3,460  …  $ 2,737  $ 4,774
 *     F/X impact -- favorable                                   $    57  …  $   213  $   139
 *     Operating income -- Y/Y growth (decline), excluding F/X     (50)%  …    (27)%      26%
 *
 * In a period's column the growth is the line's figure less the effect, against the line's figure a year before in
 * the same table: (4,774 − 139) ÷ 3,669 − 1 = 26.3%, printed 26%. The three rows are read together only in that
 * order, in one section: the layout is what says which line the effect belongs to. A growth excluding currency with
 * no effect printed for its line ("WW net sales -- Y/Y growth, excluding F/X") compares figures the release does not
 * print, and is not read.
 *
 * Read charitably, then accused, as ./constant-currency.ts reads its columns: the effect is taken away from the
 * current figure, or added to it (a release may print the adjustment rather than the effect), whichever holds in more
 * of the release's such figures; a figure that fails is a mismatch only where that reading holds in two figures at
 * least and in as many as it fails. A change from a loss (the year-before figure negative or nil) is printed by more
 * than one convention: where the computed change gives the printed one it holds, else it is unverifiable.
 *
 * Ids: `growth/<table>/<row>/<column>`.
 */
import { parseDecimal } from '../decimal.ts';
import type { Check, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, isMoney, periodLabel } from './context.ts';
import { yearBeforeByTrailing } from './trailing-sums.ts';
import { isCurrencyEffect } from './currency-columns.ts';
import { yearBefore } from './growth-rows.ts';
import { cellOf, holds, isChange, joinInitials, labelNames, labelWords, namesRow, rowUnit, term, termsCheck, valueRows } from './ratio-terms.ts';
import { currencyGrowthFromALoss, currencyGrowthRowCorroborated, currencyGrowthRowRestsOn, currencyGrowthRowUnread, currencyGrowthRowByTrailing } from './relation-messages.ts';
import { rowWords } from './words.ts';

type Op = '-' | '+';

/** "F/X" is one abbreviation: read as "FX", as the vocabulary of currency effects spells it. */
const fx = (label: string) => label.replace(/\bF\/X\b/gi, 'FX');

/** "Operating income y y growth decline excluding fx": the line's words, then growth, then the currency basis. */
const CURRENCY_GROWTH =
  /^(?<what>.+?)(?: y y| yoy| year over year)? (?:growth|change)(?: percent)?(?: year over year| yoy)? (?:(?:excluding|ex|excl) (?:foreign )?(?:currency|fx|exchange)(?: rates?)?(?: impacts?| effects?)?|(?:at |in |on an? )?constant currency(?: basis)?)$/;

interface Drafted {
  check: (op: Op) => Check;
  /** The year-before figure is a loss or nil: the check may confirm, never accuse. */
  fromALoss: boolean;
}

export function currencyGrowthRowChecks(ctx: CheckContext): Check[] {
  const drafted = ctx.release.tables.flatMap((table) => tableDrafts(ctx, table));
  if (drafted.length === 0) return [];
  const runs = (['-', '+'] as const).map((op) => ({ op, checks: drafted.map((d) => ({ d, c: d.check(op) })) }));
  const heldBy = (r: (typeof runs)[number]) => r.checks.filter(({ c }) => holds(c)).length;
  const best = heldBy(runs[1]) > heldBy(runs[0]) ? runs[1] : runs[0];
  const n = heldBy(best);
  const fails = best.checks.filter(({ d, c }) => c.verdict === 'mismatch' && !d.fromALoss).length;
  const published = n >= 2 && n >= fails;
  return best.checks.map(({ d, c }) => {
    if (c.verdict !== 'mismatch') return c;
    if (d.fromALoss) return { ...c, verdict: 'unverifiable' as const, difference: null, explanation: `${c.explanation} ${currencyGrowthFromALoss()}` };
    return published
      ? { ...c, explanation: `${c.explanation} ${currencyGrowthRowCorroborated(n)}` }
      : { ...c, verdict: 'unverifiable' as const, difference: null, explanation: `${c.explanation} ${currencyGrowthRowUnread(n)}` };
  });
}

function tableDrafts(ctx: CheckContext, table: Table): Drafted[] {
  const rows = valueRows(table);
  const out: Drafted[] = [];
  rows.forEach((row, i) => {
    const [line, effect] = [rows[i - 2], rows[i - 1]];
    if (!line || !effect || rowUnit(ctx, table, row) !== 'percent') return;
    const m = CURRENCY_GROWTH.exec(joinInitials(labelWords(fx(row.label))).join(' '));
    if (!m) return;
    const section = row.section.join('\u0000');
    if (line.section.join('\u0000') !== section || effect.section.join('\u0000') !== section) return;
    if (!isCurrencyEffect(fx(effect.label)) || !isMoney(rowUnit(ctx, table, effect) ?? '') || !isMoney(rowUnit(ctx, table, line) ?? '')) return;
    const what = m.groups!.what.split(' ');
    if (!labelNames(line.label).some((w) => namesRow(what, w))) return;
    for (const column of table.columns) {
      if (isChange(ctx, column)) continue;
      const prior = yearBefore(column.period);
      const priorColumn = prior ? table.columns.find((c) => c.period === prior && (c.dimension ?? null) === (column.dimension ?? null)) : undefined;
      if (!priorColumn) {
        const drafted = byTrailing(ctx, table, row, line, effect, column);
        if (drafted) out.push(drafted);
        continue;
      }
      const [reported, current, less, before] = [cellOf(ctx, table, row, column), cellOf(ctx, table, line, column), cellOf(ctx, table, effect, column), cellOf(ctx, table, line, priorColumn)];
      if (!reported || reported.value === null || !current || current.value === null || !less || less.value === null || !before || before.value === null) continue;
      const base = parseDecimal(before.value);
      const fromALoss = base.isNegative() || base.isZero();
      if (base.isZero()) continue;
      const lineName = rowWords(line);
      out.push({
        fromALoss,
        check: (op) =>
          termsCheck(ctx, {
            kind: 'growth',
            id: `growth/${table.id}/${row.id}/${columnKey(column)}`,
            subject: rowWords(row),
            expression: `( ( current ${op} effect ) / prior - 1 ) * 100`,
            terms: [
              term('current', current, `${lineName} (${periodLabel(ctx, column.period)})`),
              term('effect', less, `${rowWords(effect)} (${periodLabel(ctx, column.period)})`),
              term('prior', before, `${lineName} (${periodLabel(ctx, prior!)})`),
            ],
            reported,
            column,
            restsOn: currencyGrowthRowRestsOn(row.label, line.label, effect.label, op === '-', periodLabel(ctx, prior!)),
          }),
      });
    }
  });
  return out;
}

/**
 * The growth in a quarter whose year-before figure the table does not print, where its trailing twelve months give it
 * (./trailing-sums.ts `yearBeforeByTrailing`): the quarter less the change of the trailing sum over the quarter. A
 * year-before figure so derived that is a loss or nil, as a printed one, only confirms.
 */
function byTrailing(ctx: CheckContext, table: Table, row: TableRow, line: TableRow, effect: TableRow, column: TableColumn): Drafted | null {
  const derived = yearBeforeByTrailing(ctx, table, line, column);
  const [reported, less] = [cellOf(ctx, table, row, column), cellOf(ctx, table, effect, column)];
  if (!derived || !reported || reported.value === null || !less || less.value === null) return null;
  const base = parseDecimal(derived.current.value!).minus(parseDecimal(derived.trailing.value!)).plus(parseDecimal(derived.trailingBefore.value!));
  if (base.isZero()) return null;
  const lineName = rowWords(line);
  const ttmName = rowWords(derived.ttm);
  const when = periodLabel(ctx, column.period);
  return {
    fromALoss: base.isNegative(),
    check: (op) =>
      termsCheck(ctx, {
        kind: 'growth',
        id: `growth/${table.id}/${row.id}/${columnKey(column)}`,
        subject: rowWords(row),
        expression: `( ( current ${op} effect ) / ( current - trailing + before ) - 1 ) * 100`,
        terms: [
          term('current', derived.current, `${lineName} (${when})`),
          term('effect', less, `${rowWords(effect)} (${when})`),
          term('trailing', derived.trailing, `${ttmName} (${when})`),
          term('before', derived.trailingBefore, `${ttmName} (${derived.before})`),
        ],
        reported,
        column,
        restsOn: currencyGrowthRowByTrailing(row.label, line.label, effect.label, op === '-', derived.ttm.label, derived.before),
      }),
  };
}
