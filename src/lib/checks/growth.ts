/**
 * Growth and change columns ("YoY Growth", "Q/Q", "Y/Y", "% Change", "$ Change",
 * "Variance", "bps change"): every printed change recomputed from the two period columns
 * of its row that it compares, whatever the table.
 *
 * - growth, a printed percentage of an amount: (current ÷ prior − 1) × 100, over the
 *   intervals of both printed figures. When the prior figure is not a positive amount,
 *   or the current one is a loss, a printed n/m is justified (unverifiable, saying why); a
 *   printed number is judged by its size, since its sign depends on how the company
 *   computes a change from a negative figure (current ÷ prior − 1, or over the prior's
 *   size): either sign that fits is taken, a size that fits neither is a mismatch; a prior
 *   of zero or nil leaves it unverifiable. An n/m
 *   printed where both figures are positive is a mismatch: the release withholds a
 *   meaningful figure.
 * - change, a difference: basis points of a percentage are (current − prior) × 100,
 *   percentage points ("Down 22.0 pts") current − prior, an amount ("$ Change") current −
 *   prior in the row's units; from the figures as printed, as companies compute them
 *   (16.4% − 10.5% = 590 bps). Points and basis points are never ratios.
 * - a percentage printed for a percentage row without saying which it is ("5.2%" beside
 *   margins) may be either: the reading that holds is published; when neither does, the
 *   check is unverifiable and says why, never a mismatch.
 * - a nil mark ("--", "—") in a change column: NVIDIA prints "--" where the change rounds
 *   to zero at the column's precision (operating expenses $2,576 against $2,576; revenue
 *   $26,974 against $26,914, +0.22%). Read so, it is checked; where the change does not
 *   round to zero, the mark may mean "not meaningful" instead, and the check is
 *   unverifiable with both readings explained: never a false alarm.
 * - a column printed as favourable or unfavourable ("Fav/(Unfav)", "Better/(Worse)") prints a
 *   cost that rises as negative, and the table does not say which lines are costs: the change is
 *   read as the rise (current − prior) or the fall (prior − current), whichever holds; when
 *   neither does, it is unverifiable, never a mismatch.
 *
 * Each change column is read on its own: "Change Amount" and "Change %" under one pair of
 * periods are two checks, a difference and a growth.
 *
 * Ids: `growth/<table>/<row>/<change column>`, `change/<table>/<row>/<change column>`: the
 * column's key, its change period (`2010-q2-vs-2009-q2`), or `<period>.<name>` where two columns
 * compare the same periods (`2026-q2-vs-2025-q2.percent`).
 */
import { Decimal, parseDecimal, powerOfTen } from '../decimal.ts';
import { formatNumber, printedText } from '../format/index.ts';
import type { Check, CheckKind, Fact, Period, Table, TableColumn, TableRow, Unit } from '../types.ts';
import { type CheckContext, columnKey, columnLabel, isMoney, periodLabel } from './context.ts';
import { evaluate, inUnitsOf, type Scope } from './evaluate.ts';
import { type Expression, parseExpression } from './expression.ts';
import { point } from './interval.ts';
import { checkWith, makeCheck, titleOf } from './make-check.ts';
import { shown } from './messages.ts';
import {
  ambiguousChangeUnit, ambiguousPercentChange, readingOfTheColumn,
  boundFails,
  boundHolds,
  boundWithinRounding,
  columnCorroborates,
  failsInEveryLine,
  favourableAsDown,
  favourableAsUp,
  favourableNeither,
  favourableSizeFails,
  outflowAsFavourable,
  growthOfALoss,
  growthOfNegative,
  growthOfNegativeFails,
  nilChangeIsZero,
  nilChangeNotZero,
  nilChangeOfNils,
  nilRoundsToNothing,
  notMeaningfulJustified,
  notMeaningfulToNil,
  notApplicable,
  notMeaningfulUnjustified,
  notMeaningfulAcross,
  notMeaningfulBeyond,
  notMeaningfulDoubled,
  notMeaningfulByBlock,
  notMeaningfulNil,
  notMeaningfulFlows,
  onlyLineByHeader,
  pairBySearch,
  pairOfOtherKinds,
  currentOnBasis,
  repeatedPeriodPair,
  printedMarginsTakenAsPrinted,
  printedPointsTakenAsPrinted,
  pointsOfUnroundedPercentages,
  qualifiedChange,
  qualifiedBesideChange,
  unroundedMargins,
} from './relation-messages.ts';
import { judge, type Judgement } from './verdict.ts';
import { rowWords, tableWords } from './words.ts';
import { daysOf } from '../ingest/release-periods.ts';
import { namesAQuotient } from '../ingest/ratio-lines.ts';
import { currencyReading } from './currency-columns.ts';
import { noteText } from './note-text.ts';
import { namesBridgedBasis, qualifiedBasis } from './qualified-basis.ts';
import { polarityOf } from '../model/index.ts';

const GROWTH: Expression = parseExpression('( current / prior - 1 ) * 100');
const BASIS_POINTS: Expression = parseExpression('( current - prior ) * 100');
const DIFFERENCE: Expression = parseExpression('current - prior');
// The same changes read as falls: what a favourable column prints for a cost.
const GROWTH_DOWN: Expression = parseExpression('( 1 - current / prior ) * 100');
const BASIS_POINTS_DOWN: Expression = parseExpression('( prior - current ) * 100');
const DIFFERENCE_DOWN: Expression = parseExpression('prior - current');
/** Each change's expression as written, to adjust its current figure. */
const EXPRESSIONS = new Map<Expression, string>([
  [GROWTH, '( current / prior - 1 ) * 100'],
  [BASIS_POINTS, '( current - prior ) * 100'],
  [DIFFERENCE, 'current - prior'],
  [GROWTH_DOWN, '( 1 - current / prior ) * 100'],
  [BASIS_POINTS_DOWN, '( prior - current ) * 100'],
  [DIFFERENCE_DOWN, 'prior - current'],
]);

/** What a change cell asserts about its row's two figures. */
type Reading = 'growth' | 'basis-points' | 'points' | 'amount';

export function growthChecks(ctx: CheckContext): Check[] {
  const checks: Check[] = [];
  for (const table of ctx.release.tables) {
    for (const column of table.columns) {
      const period = ctx.index.period(column.period);
      if (period?.kind !== 'change') continue;
      checks.push(...columnChecks(ctx, table, column, period));
    }
  }
  return checks;
}

/**
 * The two columns a change column compares, by their keys (a named column's key is its
 * `<period>.<name>`), and how the pair was read.
 */
interface Pair {
  current: string;
  prior: string;
  /** "Q2 2010 vs Q2 2009". */
  label: string;
  measure?: 'ratio' | 'difference';
  /** Where the pair comes from: the header's words, the columns just before it, or the only pair of the table's columns under which the column holds. */
  from: 'header' | 'layout' | 'search';
  /** What the reading of the pair rests on, where it is not the header's periods. */
  note?: string;
  /**
   * A column whose figure is taken away from (or added to) the current one before the change is
   * computed: the currency effect a constant-currency change leaves out (./constant-currency.ts).
   */
  adjust?: { key: string; op: '-' | '+'; label: string };
}

/**
 * A change column's checks, read charitably and then accused. The pair its header names (or
 * its place gives) is read first; a column that fails in every line under it is not accused of
 * printing every change wrong: the table's other pairs of columns of the same kind and length
 * are tried, and one under which it holds in most lines (at least two) is taken, saying so.
 * Where none does, its lines are unverifiable with the reason, unless the column prints one line
 * only and its header names the pair. A failure in a column that holds in other lines is a
 * mismatch, corroborated by them. A column whose header qualifies the change ("Constant
 * Currency", "Organic": ./qualified-basis.ts) compares figures the table does not print: unverifiable.
 */
function columnChecks(ctx: CheckContext, table: Table, column: TableColumn, period: Period): Check[] {
  const given = pairOf(ctx, table, column, period);
  const qualifier = qualifiedBasis(column.header) ?? qualifiedByNote(ctx, table, column.header);
  // A constant-currency change printed beside its currency effect is read by ./constant-currency.ts.
  if (qualifier && currencyReading(ctx, table, column)?.form === 'change') return [];
  // Its current figures on that basis printed in a column of their own (column.current, read by ingest): the change
  // of figures the table prints, checked as any other.
  if (qualifier && !column.current) return given ? qualifiedChecks(ctx, table, column, period, given, qualifier) : [];
  const beside = qualifiedBeside(ctx, table, column, given);
  if (beside && given) return unverifiableAll(ctx, table, column, period, given, beside);
  const run = (pair: Pair) => table.rows.map((row) => changeCheck(ctx, table, row, period, column, pair)).filter((c): c is Check => c !== null);
  const holds = (checks: Check[]) => checks.filter((c) => c.verdict === 'exact' || c.verdict === 'rounding').length;
  const fails = (checks: Check[]) => checks.filter((c) => c.verdict === 'mismatch').length;
  const first = (given && sameKind(ctx, table, given) ? judgedByTheColumnsReading(ctx, table, period, column, given, run(given)) : []).map((c) => (given?.note ? { ...c, explanation: `${c.explanation} ${given.note}` } : c));
  // Borne out by as many lines as fail at least: a column that holds in one line (a region with no currency effect,
  // where an operational change equals the reported one) and fails in five is misread, not printed wrong five times.
  if (first.length > 0 && ((holds(first) > 0 && holds(first) >= fails(first)) || fails(first) === 0)) return corroborated(first);
  // No reading yet holds: try the table's other pairs of columns.
  let best: { pair: Pair; checks: Check[] } | null = null;
  for (const pair of candidatePairs(ctx, table, given)) {
    const checks = run(pair);
    const n = holds(checks);
    const judged = checks.filter((c) => c.verdict !== 'unverifiable').length;
    if (n >= 2 && n * 2 > judged && (!best || n > holds(best.checks))) best = { pair, checks };
  }
  if (best) {
    const note = pairBySearch(best.pair.label, holds(best.checks), best.checks.filter((c) => c.verdict !== 'unverifiable').length);
    return corroborated(best.checks).map((c) => ({ ...c, explanation: `${c.explanation} ${note}` }));
  }
  if (!given) return [];
  if (!sameKind(ctx, table, given)) return unverifiableAll(ctx, table, column, period, given, pairOfOtherKinds(given.label));
  const judged = first.filter((c) => c.verdict !== 'unverifiable');
  if (judged.length === 1 && given.from !== 'search') return first.map((c) => (c.verdict === 'mismatch' ? { ...c, explanation: `${c.explanation} ${onlyLineByHeader()}` } : c));
  return first.map((c) =>
    c.verdict === 'mismatch'
      ? { ...c, verdict: 'unverifiable' as const, difference: null, explanation: `${c.explanation} ${failsInEveryLine(judged.length, given.label)}` }
      : c,
  );
}

/** Mismatches in a column that holds in other lines: each says so. */
function corroborated(checks: Check[]): Check[] {
  const holding = checks.filter((c) => c.verdict === 'exact' || c.verdict === 'rounding').length;
  return checks.map((c) => (c.verdict === 'mismatch' && holding > 0 ? { ...c, explanation: `${c.explanation} ${columnCorroborates(holding)}` } : c));
}

/** The pair a change period compares, as its column's keys; null when the table does not say. */
function pairOf(ctx: CheckContext, table: Table, column: TableColumn, period: Period): Pair | null {
  if (!period.compare) return null;
  const { basis } = period.compare;
  const at = table.columns.indexOf(column);
  const periodColumns = table.columns.filter((c) => ctx.index.period(c.period)?.kind !== 'change' && !c.dimension);
  const before = periodColumns.filter((c) => table.columns.indexOf(c) < at);
  // Where two columns of the table read as one period (Killam's "2024 2023 Change 2024 2023 Change" under a
  // heading the table lost, both pairs read as years), the columns of its own group are the ones just before it.
  const keyOf = (id: string) => {
    const all = periodColumns.filter((c) => c.period === id);
    const own = before.filter((c) => c.period === id).at(-1) ?? all[0];
    return { key: own ? columnKey(own) : id, repeated: all.length > 1 };
  };
  // "First Quarter 2020 | 2019 | % Change | Amount/Workday 2020 | 2019 | % Change" (Saia): a change column right after
  // two columns of one name, of the periods it compares, compares them by their place, as after two plain ones. Not
  // after a pair of shares ("% of sales"), whose change a table as often prints of the amounts.
  const named = table.columns.slice(0, at).filter((c) => c.period && ctx.index.period(c.period)?.kind !== 'change').slice(-2);
  if (
    named.length === 2 && named[0].dimension && named[0].dimension === named[1].dimension && !/percent|share|mix/.test(named[0].dimension) &&
    named[0].period === period.compare.current && named[1].period === period.compare.prior
  ) {
    return { current: columnKey(named[0]), prior: columnKey(named[1]), label: period.label, measure: column.measure ?? period.compare.measure, from: 'layout' };
  }
  const current = column.current ? { key: column.current, repeated: false } : keyOf(period.compare.current);
  const prior = keyOf(period.compare.prior);
  const last = before.slice(-2).map(columnKey);
  // "Q2 2010 | Q2 2009 | % Change": the two columns just before it are the pair by their place.
  const adjacent = last.length === 2 && last[0] !== last[1] && last.includes(current.key) && last.includes(prior.key);
  const repeated = current.repeated || prior.repeated;
  return {
    current: current.key,
    prior: prior.key,
    label: period.label,
    measure: column.measure ?? period.compare.measure,
    // A period its table does not establish names no pair: the columns' place may still give it.
    from: basis !== 'other' && !repeated ? 'header' : adjacent ? 'layout' : 'search',
    note: repeated ? repeatedPeriodPair(period.label) : column.current ? currentOnBasis(table.columns.find((c) => columnKey(c) === column.current)?.header ?? column.current) : undefined,
  };
}

/** Both columns printed in the table, as periods of one kind and length (two instants, or two quarters). */
function sameKind(ctx: CheckContext, table: Table, pair: Pair): boolean {
  const period = (key: string) => ctx.index.period(table.columns.find((c) => columnKey(c) === key)?.period ?? key);
  const [a, b] = [period(pair.current), period(pair.prior)];
  if (!a || !b || a.kind === 'change' || a.kind !== b.kind) return false;
  // A 14-week quarter is a quarter, a 53-week year a year: lengths within ten days are alike.
  return a.kind === 'instant' ? a.end! > b.end! : Math.abs(daysOf(a) - daysOf(b)) <= 10 && a.end! > b.end!;
}


/** Pairs of the table's period columns (a later one against an earlier one of the same kind and length), other than `given`. */
function candidatePairs(ctx: CheckContext, table: Table, given: Pair | null): Pair[] {
  const columns = table.columns.filter((c) => c.period && ctx.index.period(c.period) && ctx.index.period(c.period)!.kind !== 'change');
  const pairs: Pair[] = [];
  for (const a of columns) {
    for (const b of columns) {
      if (a === b) continue;
      const pair: Pair = {
        current: columnKey(a),
        prior: columnKey(b),
        label: `${columnLabel(ctx, a)} vs ${columnLabel(ctx, b)}`,
        from: 'search',
      };
      if (given && pair.current === given.current && pair.prior === given.prior) continue;
      if (sameKind(ctx, table, pair)) pairs.push(pair);
    }
  }
  return pairs;
}

/**
 * The basis a change column's note gives it where its header names none but carries the note's mark: Tupperware's
 * "Restated* % Inc (Dec)", its note "* 2020 actual compared with 2019 translated at 2020 exchange rates" (1Q20), a
 * change at the current year's rates, which the table does not print the figures of. Only a note that speaks of
 * currency or exchange rates qualifies the column.
 */
function qualifiedByNote(ctx: CheckContext, table: Table, header: string): string | null {
  for (const m of header.matchAll(HEADER_MARK)) {
    const text = noteText(ctx, table, m[1] ?? m[2]);
    if (text && NOTE_CURRENCY.test(text)) return `currency-adjusted (its note: "${text}")`;
  }
  return null;
}

/**
 * Why a change column is unverifiable, where its own words give it a basis beside a second change column of the same pair of figures and the
 * same measure: Pfizer's "% Change | Total | Oper." (2022: Vaccines 10,459 against 9,234, "13%" Total and "20%" Oper.,
 * operational growth being growth excluding foreign exchange). Two growths of one pair of printed figures cannot both
 * be their plain growth; the column whose header adds words to the other's, other than those that say it is the
 * figures' own change (total, reported, actual, GAAP), is of another basis, which the table does not print the
 * figures of. The plain column beside it is still checked. Null where the header adds no such words, where they head
 * columns of figures the table prints (a change of those), or where the other column's own added words are not plain
 * (which of the two is the printed figures' growth is not said).
 */
function qualifiedBeside(ctx: CheckContext, table: Table, column: TableColumn, pair: Pair | null): string | null {
  const beside = besideWords(ctx, table, column, pair);
  return beside ? qualifiedBesideChange(column.header, beside.plain, beside.added) : null;
}

/** The words a change column's header adds to the plain change column beside it (see qualifiedBeside), and that column's header. */
function besideWords(ctx: CheckContext, table: Table, column: TableColumn, pair: Pair | null): { plain: string; added: string } | null {
  if (!pair) return null;
  const own = headerWords(column.header);
  for (const other of table.columns) {
    if (other === column || (other.measure ?? null) !== (column.measure ?? null)) continue;
    const period = ctx.index.period(other.period);
    if (period?.kind !== 'change') continue;
    const theirs = pairOf(ctx, table, other, period);
    if (!theirs || theirs.current !== pair.current || theirs.prior !== pair.prior) continue;
    const words = headerWords(other.header);
    const added = own.filter((w) => !words.some((x) => x.norm === w.norm));
    const beside = words.filter((w) => !own.some((x) => x.norm === w.norm));
    if (added.length === 0 || added.every((w) => PLAIN_CHANGE.test(w.norm))) continue;
    if (!beside.every((w) => PLAIN_CHANGE.test(w.norm))) continue;
    // Words that head columns of figures the table prints name those figures, not a basis: Oracle's "% Increase
    // (Decrease) in US $ | GAAP | Non-GAAP" beside its "2014 GAAP | Adj. | 2014 Non-GAAP" columns (FY2014).
    if (table.columns.some((c) => c.period && ctx.index.period(c.period)?.kind !== 'change' && added.every((w) => headerWords(c.header).some((x) => x.norm === w.norm)))) continue;
    return { plain: other.header, added: added.map((w) => w.text).join(' ') };
  }
  return null;
}

/**
 * The change columns on another basis than as printed that the growth checks leave unverifiable (a header naming the
 * basis, a note's mark, words added beside a plain change column), with the pair each compares and the words that
 * give its basis: for ./basis-footings.ts, which reads such a column's total lines from its other lines.
 */
export function qualifiedChangeColumns(ctx: CheckContext): { table: Table; column: TableColumn; current: string; prior: string; basis: string }[] {
  const found: { table: Table; column: TableColumn; current: string; prior: string; basis: string }[] = [];
  for (const table of ctx.release.tables) {
    for (const column of table.columns) {
      const period = ctx.index.period(column.period);
      if (period?.kind !== 'change') continue;
      const pair = pairOf(ctx, table, column, period);
      if (!pair || pair.from === 'search') continue;
      const qualifier = qualifiedBasis(column.header) ?? qualifiedByNote(ctx, table, column.header);
      if (qualifier && currencyReading(ctx, table, column)?.form === 'change') continue;
      const basis = qualifier ?? besideWords(ctx, table, column, pair)?.added;
      if (basis) found.push({ table, column, current: pair.current, prior: pair.prior, basis });
    }
  }
  return found;
}

/** A header's words, less note marks ("(a)", "(h)", "*") and the words that say a change's unit or its sense. */
function headerWords(header: string): { text: string; norm: string }[] {
  return header
    .replace(/\(\s*(?:\d{1,2}|[a-z])\s*\)|[*†‡§]+/gi, ' ')
    .split(/\s+/)
    .map((text) => ({ text, norm: text.toLowerCase().replace(/[^a-z0-9]/g, '') }))
    .filter((w) => w.norm !== '' && !CHANGE_UNIT.test(w.norm));
}

/** A change cell printing "N/A", "n/a", "NA". */
const NOT_APPLICABLE = /^n\.?\s*\/?\s*a\.?$/i;

/** Words of a change's unit or sense, which say nothing of its basis. */
const CHANGE_UNIT = /^(?:percent|pct|amount|dollars?|pts|points?|bps|basis|change|chg|growth|variance|var|increase|decrease|incr|decr|inc|dec|favorable|unfavorable|favourable|unfavourable|fav|unfav|better|worse)$/;
/** Words that say a change is of the figures as printed. */
const PLAIN_CHANGE = /^(?:total|reported|as|actual|nominal|gaap|usgaap|us|ifrs|usd)$/;

/** A note's mark on a header: "Restated*", "Restated+", "Growth (2)", "Change†". */
const HEADER_MARK = /(?<=\S)([*+†‡§]+)|\((\d{1,2}|[a-z])\)/g;
/** A note that makes a change one of other figures than the printed: at other exchange rates, in constant or local currency. */
const NOTE_CURRENCY = /\b(?:exchange[\s-]+rates?|constant[\s-]+currenc(?:y|ies)|local[\s-]+currenc(?:y|ies)|(?:fx|currency)[\s-]+neutral)\b/i;

/** A qualified change column: each line unverifiable, saying what it compares. */
function qualifiedChecks(ctx: CheckContext, table: Table, column: TableColumn, period: Period, pair: Pair, qualifier: string): Check[] {
  return unverifiableAll(ctx, table, column, period, pair, qualifiedChange(column.header, qualifier));
}

/** Every line of the column that the pair reads, unverifiable for `reason`. */
function unverifiableAll(ctx: CheckContext, table: Table, column: TableColumn, period: Period, pair: Pair, reason: string): Check[] {
  const checks: Check[] = [];
  for (const row of table.rows) {
    const reported = ctx.index.cell(table.id, row.id, columnKey(column));
    if (!reported || reported.status === 'nil') continue;
    const current = ctx.index.cell(table.id, row.id, pair.current);
    const prior = ctx.index.cell(table.id, row.id, pair.prior);
    const check = current && prior ? changeCheck(ctx, table, row, period, column, pair) : null;
    if (!check) continue;
    checks.push({ ...check, verdict: 'unverifiable', computed: null, computedInterval: null, difference: null, explanation: reason });
  }
  return checks;
}

/**
 * A change column's line read under `pair`, whose current figure is adjusted by another column of
 * the row (`pair.adjust`): a constant-currency change is the change of the current figure less its
 * currency effect. Null where the line prints no such change.
 */
export function adjustedChangeCheck(
  ctx: CheckContext,
  table: Table,
  row: TableRow,
  period: Period,
  column: TableColumn,
  pair: Pair & { adjust: NonNullable<Pair['adjust']> },
): Check | null {
  return changeCheck(ctx, table, row, period, column, pair);
}

export type { Pair as ChangePair };

/** The four changes' expressions with the current figure adjusted (`( current - less )`). */
function adjusted(expression: string, op: '-' | '+'): Expression {
  return parseExpression(expression.replace(/\bcurrent\b/g, `( current ${op} less )`));
}

/** Which of two readings held on a line that allowed both (a percentage beside percentages), per check. */
const HELD_OF_TWO = new WeakMap<Check, Reading>();
/** Lines that allowed two readings and held under neither: the check and its line. */
const NEITHER_OF_TWO = new WeakMap<Check, TableRow>();

/**
 * Lines of a change column that allowed a ratio or a difference and held under neither, judged under the reading its
 * other such lines hold under, two at least and all the same (U.S. Bancorp's "(.15)%" beside margins, the lines
 * above it differences in points): the column says which it means. Else left unverifiable.
 */
function judgedByTheColumnsReading(ctx: CheckContext, table: Table, period: Period, column: TableColumn, pair: Pair, checks: Check[]): Check[] {
  const held = checks.map((c) => HELD_OF_TWO.get(c)).filter((r): r is Reading => r !== undefined);
  const reading = held[0];
  if (held.length < 2 || held.some((r) => r !== reading) || !checks.some((c) => NEITHER_OF_TWO.has(c))) return checks;
  return checks.map((c) => {
    const row = NEITHER_OF_TWO.get(c);
    const judged = row ? changeCheck(ctx, table, row, period, column, pair, reading) : null;
    return judged ? { ...judged, explanation: `${judged.explanation} ${readingOfTheColumn(reading === 'growth' ? 'relative changes' : 'differences', held.length)}` } : c;
  });
}

function changeCheck(ctx: CheckContext, table: Table, row: TableRow, period: Period, column: TableColumn, pair: Pair, force?: Reading): Check | null {
  const { current: cur, prior: pri } = pair;
  // The column's own header says what it holds ("Change %" beside "Change Amount" of the same periods).
  const measure = pair.measure;
  const key = columnKey(column);
  const reported = ctx.index.cell(table.id, row.id, key);
  // The figures compared are the period's own columns, not a named one ("Outlook") of the same period.
  const current = ctx.index.cell(table.id, row.id, cur);
  const prior = ctx.index.cell(table.id, row.id, pri);
  if (!reported || !current || !prior) return null;
  const less = pair.adjust ? ctx.index.cell(table.id, row.id, pair.adjust.key) : undefined;
  if (pair.adjust && !less) return null;

  // A nil or n/m cell has no unit of its own: the column's printed cells give it. A header that says
  // "Basis Points" says it for every cell (HanesBrands prints its margins' changes as bare "527").
  const declared = headerUnit(column.header, current.unit);
  let readings = readingsOf(declared ?? reported.unit, declared ? 'percent' : current.unit, measure, reported.status !== 'reported' && !declared ? columnUnit(ctx, table, column, cur, current.unit) : null);
  // Under "$/bps", a bare whole figure beside figures printed with decimals on a line read as amounts may be
  // either (a block of ratios often prints "%" on its first line only): both readings are weighed before any
  // accusation.
  // So may a line of whole figures whose label names one line over another ("Allowance for credit losses to nonaccrual
  // loans and leases 276 268 262 741 1,370", Citizens' 4Q21, printed 275.7% and 741 bps in its highlights).
  const eitherUnit =
    offersUnits(column.header) && reported.status === 'reported' && isMoney(current.unit) && reported.decimals === 0 &&
    ((current.decimals > 0 && prior.decimals > 0) || namesAQuotient(row.label)) && !/[$€£¥]|\bbps?\b/i.test(reported.raw ?? '');
  if (eitherUnit && readings.length === 1 && readings[0] === 'amount') readings = ['amount', 'basis-points'];
  if (readings.length === 0) return null;
  const subject = rowWords(row);
  const label = (name: string) => periodLabel(ctx, name === 'current' ? cur : pri);
  const scope: Scope = {
    lookup: (name) => ({ fact: name === 'current' ? current : name === 'less' ? less! : prior }),
    label: (name) => (name === 'less' ? `${subject} ${pair.adjust!.label}` : `${subject} ${label(name)}`),
    range: () => [],
  };
  const specOf = (reading: Reading, down = false) => {
    const kind: CheckKind = reading === 'growth' ? 'growth' : 'change';
    const plain = down
      ? (reading === 'growth' ? GROWTH_DOWN : reading === 'basis-points' ? BASIS_POINTS_DOWN : DIFFERENCE_DOWN)
      : (reading === 'growth' ? GROWTH : reading === 'basis-points' ? BASIS_POINTS : DIFFERENCE);
    const expression = pair.adjust ? adjusted(EXPRESSIONS.get(plain)!, pair.adjust.op) : plain;
    const e = evaluate(expression, scope);
    const what = { growth: 'growth (%)', 'basis-points': 'change (basis points)', points: 'change (percentage points)', amount: 'change' }[reading];
    return {
      e,
      spec: {
        release: ctx.release,
        kind,
        id: `${kind}/${table.id}/${row.id}/${key}`,
        title: titleOf(`${subject} ${kind === 'growth' ? 'growth' : 'change'}`, pair.label),
        formula: `${subject} ${what}, ${pair.label} = ${e.words}`,
        period: period.id,
        inputs: e.inputs,
        reported,
        unit: unitOf(reading, current.unit),
      },
      // Growth is a ratio, in units; an amount is in the reported figure's scale; points and basis points of the
      // rows' own figures (margins read in a money row's scale where the header alone says basis points).
      computed: inUnitsOf(e, reading === 'amount' ? reported.scale : reading === 'growth' ? 0 : current.scale),
    };
  };

  if (reported.status === 'nil') return nilChange(ctx, table, column, reported, readings[0], specOf(readings[0]));

  const ofALoss = readings.length === 1 && readings[0] === 'growth' && [prior, current].some((f, i) => isLoss(f, i === 0 ? 'prior' : 'current'));
  if (column.favourable && reported.status === 'reported' && !ofALoss) {
    // Favourable or unfavourable: a rise or a fall, whichever the figures give.
    for (const reading of readings) {
      for (const down of [false, true]) {
        const { spec, computed } = specOf(reading, down);
        const check = makeCheck({
          ...spec,
          computed: reading === 'growth' || reading === 'amount' ? computed : { ...computed, interval: computed.value && point(computed.value) },
          notes: [down ? favourableAsDown() : favourableAsUp()],
        });
        if (check.verdict === 'exact' || check.verdict === 'rounding') return check;
      }
    }
    const [up, fall] = [specOf(readings[0]), specOf(readings[0], true)];
    const figure = (c: typeof up.computed) => (c.value && c.value.isFinite() ? shown(c.value, reported.decimals + 1) : '?');
    // Whichever sign the column gives a cost, the change's size is the figures' own: an amount or a growth whose size
    // fits neither the rise nor the fall is misprinted (STAAR Surgical's "Fav (Unfav)" column, a planted 513,901 against
    // 322,415 printed (8,514)). Judged as a change of its column is: a mismatch where its other lines hold.
    if (readings.length === 1 && (readings[0] === 'amount' || readings[0] === 'growth')) {
      const [rise, drop] = [makeCheck({ ...up.spec, computed: up.computed }), makeCheck({ ...fall.spec, computed: fall.computed })];
      if (rise.verdict === 'mismatch' && drop.verdict === 'mismatch') {
        const negative = parseDecimal(reported.value!).isNegative();
        const closer = up.computed.value?.isNegative() === negative ? rise : drop;
        return { ...closer, explanation: favourableSizeFails(formatNumber(reported.value!), figure(up.computed), figure(fall.computed)) };
      }
    }
    return checkWith(up.spec, {
      ...judge({ value: null, decimals: reported.decimals, status: 'reported' }, up.computed),
      verdict: 'unverifiable',
      explanation: favourableNeither(formatNumber(reported.value!), figure(up.computed), figure(fall.computed)),
    });
  }

  if (readings.length > 1) {
    // A percentage beside percentages: a ratio or a difference. Publish the reading that holds. Basis points in a
    // column computed from the ratios before rounding are judged against what the printed ratios allow.
    const unrounded = eitherUnit && fromUnroundedMargins(ctx, table, column, pair);
    for (const reading of force && readings.includes(force) ? [force] : readings) {
      const { spec, computed } = specOf(reading);
      const allowed = reading === 'growth' || reading === 'amount' || (reading === 'basis-points' && unrounded);
      const check = makeCheck({ ...spec, computed: allowed ? computed : { ...computed, interval: computed.value && point(computed.value) }, notes: reading === 'basis-points' && unrounded ? [unroundedMargins()] : [] });
      if (force) return check;
      if (check.verdict === 'exact' || check.verdict === 'rounding') {
        HELD_OF_TWO.set(check, reading);
        return check;
      }
    }
    const [ratio, difference] = readings.map((r) => specOf(r));
    if (eitherUnit) {
      const figure = (c: typeof ratio.computed) => (c.value && c.value.isFinite() ? shown(c.value, reported.decimals + 2) : '?');
      return checkWith(ratio.spec, {
        ...judge({ value: null, decimals: reported.decimals, status: 'reported' }, ratio.computed),
        verdict: 'unverifiable',
        explanation: ambiguousChangeUnit(formatNumber(reported.value!), column.header, figure(ratio.computed), figure(difference.computed)),
      });
    }
    // "N/A" beside two percentages (Amazon's "Operating margin -- % of WW net sales 2.5% 3.2% N/A") is no figure of
    // either reading: the release applies no change to the line, and says so.
    if (reported.value === null && NOT_APPLICABLE.test(printedText(reported.raw).trim())) {
      return checkWith(ratio.spec, {
        ...judge({ value: null, decimals: reported.decimals, status: 'reported' }, ratio.computed),
        verdict: 'unverifiable',
        explanation: notApplicable(printedText(reported.raw).trim(), ratio.e.value?.isFinite() ? shown(ratio.e.value, reported.decimals + 2) : '?'),
      });
    }
    const neither = checkWith(ratio.spec, {
      ...judge({ value: null, decimals: reported.decimals, status: 'reported' }, ratio.computed),
      verdict: 'unverifiable',
      explanation: ambiguousPercentChange(
        formatNumber(reported.value!),
        // A ratio from a prior figure of zero is no number to show (Amazon's Q1 2023 release: growth from nil).
        ratio.e.value?.isFinite() ? shown(ratio.e.value, reported.decimals + 2) : '?',
        difference.e.value?.isFinite() ? shown(difference.e.value, reported.decimals + 2) : '?',
      ),
    });
    NEITHER_OF_TWO.set(neither, row);
    return neither;
  }

  const reading = readings[0];
  const { spec, computed } = specOf(reading);
  if (reading === 'basis-points' && fromUnroundedMargins(ctx, table, column, pair)) {
    // Basis points finer than the printed margins can give ("527" from 23.1% and 17.8%): the column is computed
    // from the margins before rounding, so it is judged against what the printed margins allow.
    return makeCheck({ ...spec, computed, notes: [unroundedMargins()] });
  }
  if (reading !== 'growth') {
    // Differences are taken from the figures as printed, as companies compute them.
    const asPrinted = makeCheck({
      ...spec,
      computed: reading === 'amount' ? computed : { ...computed, interval: computed.value && point(computed.value) },
      notes: reading === 'basis-points' ? [printedMarginsTakenAsPrinted()] : reading === 'points' ? [printedPointsTakenAsPrinted()] : [],
    });
    // Or from the percentages before rounding: Mastercard's "Operating margin 55.2% 56.9% (1.8) ppt" is 2,211 ÷ 4,009
    // − 2,213 ÷ 3,889 = 55.15 − 56.90. A change the printed percentages' rounding allows is no error.
    if (reading === 'points' && asPrinted.verdict === 'mismatch') {
      const unrounded = makeCheck({ ...spec, computed, notes: [pointsOfUnroundedPercentages()] });
      if (unrounded.verdict !== 'mismatch') return unrounded;
    }
    return asPrinted;
  }

  const notPositive = [prior, current].find((f, i) => isLoss(f, i === 0 ? 'prior' : 'current'));
  if (reported.status === 'not-meaningful') {
    // A change to nil (a line that ends) is as often printed n/m as -100%: the mark contradicts nothing.
    const toNil = current.status === 'nil' ? current : null;
    const j = judge({ value: null, decimals: reported.decimals, status: 'not-meaningful' }, computed);
    if (notPositive || toNil) {
      // No percentage is meaningful here, so none is shown.
      return checkWith(spec, {
        ...j,
        computed: null,
        computedInterval: null,
        explanation: notPositive
          ? notMeaningfulJustified(subject, formatNumber(notPositive.value), periodLabel(ctx, notPositive.period))
          : notMeaningfulToNil(subject, periodLabel(ctx, toNil!.period)),
      });
    }
    const growth = specOf('growth').e.value;
    const bound = printedBound(reported.raw);
    // ">100", "(>100)", "<1%": a bound the change is printed as, judged as one.
    if (bound && growth !== null && computed.interval) {
      const { lo, hi } = computed.interval;
      const inside = (x: Decimal) => (bound.above ? x.gt(bound.limit) : x.lt(bound.limit)) && (bound.within === null || (bound.above ? x.lte(bound.within) : x.gte(bound.within)));
      const verdict = inside(lo) && inside(hi) ? 'exact' : inside(growth) || inside(lo) || inside(hi) ? 'rounding' : 'mismatch';
      const figure = shown(growth, reported.decimals + 2);
      const explanation = { exact: boundHolds, rounding: boundWithinRounding, mismatch: boundFails }[verdict](printedText(reported.raw), figure, bound.words);
      return checkWith(spec, { ...j, verdict, difference: null, explanation });
    }
    // "N/A" says the release applies no change to the line (Killam's net income, in every column), not that the
    // change is meaningless: nothing printed is contradicted.
    if (NOT_APPLICABLE.test(printedText(reported.raw).trim())) {
      return checkWith(spec, {
        ...j,
        verdict: 'unverifiable',
        difference: null,
        explanation: notApplicable(printedText(reported.raw).trim(), growth === null ? '?' : shown(growth, reported.decimals + 2)),
      });
    }
    // "NM" for a change of 100% or more, larger than every change the column prints as a figure (Gladstone Investment's
    // "Total dollars invested 187,094 / 19,500 … NM" beside 148.6% and 150.0%): a threshold of the release's own
    // explains it, a change too large to be informative, and the mark contradicts no figure.
    const largest = largestPrinted(ctx, table, column);
    if (growth !== null && growth.abs().gte(100) && (largest === null || growth.abs().gt(largest))) {
      return checkWith(spec, {
        ...j,
        verdict: 'unverifiable',
        difference: null,
        explanation: notMeaningfulBeyond(shown(growth, reported.decimals + 2), largest === null ? null : formatNumber(largest.toString())),
      });
    }
    // The same threshold where the column prints larger changes as figures on other lines, or where the figures'
    // rounding alone lets the change reach 100%: Pfizer's "* Indicates calculation not meaningful" over 38 against 14
    // (171%) and 1 against 1 (anywhere from −66% to +198% before rounding), while its totals print 179% and 184%. A
    // change of 100% or more is one a release may call not meaningful; the mark contradicts no figure.
    const reach = computed.interval ? Decimal.max(computed.interval.lo.abs(), computed.interval.hi.abs()) : growth?.abs();
    if (growth !== null && reach?.gte(100)) {
      return checkWith(spec, {
        ...j,
        verdict: 'unverifiable',
        difference: null,
        explanation: notMeaningfulDoubled(
          shown(growth, reported.decimals + 2),
          computed.interval && !growth.abs().gte(100) ? [shown(computed.interval.lo, reported.decimals + 1), shown(computed.interval.hi, reported.decimals + 1)] : null,
          largest === null ? null : formatNumber(largest.toString()),
        ),
      });
    }
    // A change that rounds to nothing at the column's precision (eBay's non-GAAP net income, 555 against 554, 0.18%,
    // "**" where the column prints whole percentages, "** Not meaningful"): printed as a figure it would read "0%", and a
    // release may as well call it not meaningful; the mark contradicts no figure.
    const precision = columnDecimals(ctx, table, column, 'percent');
    if (growth !== null && growth.abs().lt(new Decimal(5).div(Decimal.pow(10, precision + 1)))) {
      return checkWith(spec, {
        ...j,
        verdict: 'unverifiable',
        difference: null,
        explanation: notMeaningfulNil(shown(growth, precision + 2), shown(new Decimal(0), precision)),
      });
    }
    // The same mark on the line beside it in this column, as on Plains All American's four free-cash-flow lines (its
    // "** Indicates that variance as a percentage is not meaningful" over −49%, −83% and −67% while the column prints
    // −88% and −111% as figures): the release withholds the change of a block of lines by a convention of its own, and
    // the mark contradicts no figure. One mark alone, among figures, still withholds a meaningful one.
    const block = markedBeside(ctx, table, row, column, pair, largest);
    if (block > 0 && growth !== null) {
      return checkWith(spec, {
        ...j,
        verdict: 'unverifiable',
        difference: null,
        explanation: notMeaningfulByBlock(shown(growth, reported.decimals + 2), block + 1),
      });
    }
    // The same mark in the line's other changes of the same periods, one of which may pass 100% on its basis (J&J's
    // ERLEADA international, 4Q22: "*" as reported, operational and currency, "* Percentage greater than 100% or not
    // meaningful", 913 against 478, +91% as reported, the column's operational changes up to 19.8 points above): the
    // release withholds the line's changes together. A change no basis can bring to 100% stays an accusation.
    const across = growth === null ? 0 : markedAcross(ctx, table, row, column, reported.raw, growth);
    if (across > 0 && growth !== null) {
      return checkWith(spec, {
        ...j,
        verdict: 'unverifiable',
        difference: null,
        explanation: notMeaningfulAcross(shown(growth, reported.decimals + 2), across),
      });
    }
    // A block of lines of flows marked alike in every change column, some of them printed negative: LPL's 2Q26 net new
    // assets, "Advisory 30.2 25.8 n/m 23.1 n/m", "Brokerage (7.1) (4.4) n/m (2.6) n/m", "Total Organic NNA 23.1 21.4 n/m
    // 20.5 n/m", and every line after. The release marks the changes of lines that may turn negative as not meaningful
    // whatever their figures in one quarter, and the mark contradicts none. So is the same line, named alike and once,
    // in another table (its monthly "Net buy (sell) activity 13.1 13.7 n/m", alone there).
    const flows = growth === null ? null : markedFlows(ctx, table, row, column, pair) ?? markedFlowsElsewhere(ctx, table, row, column);
    if (flows && growth !== null) {
      return checkWith(spec, {
        ...j,
        verdict: 'unverifiable',
        difference: null,
        explanation: notMeaningfulFlows(shown(growth, reported.decimals + 2), flows.lines, flows.negative, flows.table === table.id ? null : tableWords(flows.table)),
      });
    }
    return checkWith(spec, {
      ...j,
      verdict: 'mismatch',
      explanation: notMeaningfulUnjustified(growth === null ? '?' : shown(growth, reported.decimals + 2), formatNumber(current.value), formatNumber(prior.value)),
    });
  }
  if (notPositive) {
    // From or to a negative figure (a cost or a loss printed negative): the growth's sign depends on how it is
    // computed (current ÷ prior − 1, or the change over the prior figure's size), its size does not. Read
    // charitably: either sign that fits is taken; a size that fits neither is a mismatch.
    const base = prior.status === 'reported' && prior.value !== null ? parseDecimal(prior.value) : null;
    if (base && !base.isZero() && current.status === 'reported' && computed.value?.isFinite() && computed.interval) {
      const about = [subject, formatNumber(notPositive.value), periodLabel(ctx, notPositive.period)] as const;
      const { lo, hi } = computed.interval;
      const flipped = { ...computed, value: computed.value.neg(), interval: { lo: hi.neg(), hi: lo.neg() } };
      for (const [c, note] of [[computed, growthOfNegative(...about, false)], [flipped, growthOfNegative(...about, true)]] as const) {
        const check = makeCheck({ ...spec, computed: c, notes: [note] });
        if (check.verdict === 'exact' || check.verdict === 'rounding') return check;
      }
      return makeCheck({ ...spec, computed, notes: [growthOfNegativeFails(...about, shown(computed.value.abs(), reported.decimals + 2))] });
    }
    return makeCheck({
      ...spec,
      computed: {
        value: null,
        interval: null,
        missing: growthOfALoss(subject, formatNumber(notPositive.value), periodLabel(ctx, notPositive.period)),
      },
    });
  }
  const check = makeCheck({ ...spec, computed });
  // A cost or an outflow that fell, printed as a rise: Coveo's "Cash flows used in operating activities $0.2 | $2.3 |
  // 92 %" beside "Qubit platform … (44 %)" for revenue that fell. The column prints the change as favourable for that
  // line, or wrong; the table does not say which, so the size is checked and the sign is not judged.
  if (check.verdict === 'mismatch' && namesAnOutflow(row.label) && computed.value?.isFinite() && computed.interval) {
    const { lo, hi } = computed.interval;
    const flipped = makeCheck({ ...spec, computed: { ...computed, value: computed.value.neg(), interval: { lo: hi.neg(), hi: lo.neg() } } });
    if (flipped.verdict === 'exact' || flipped.verdict === 'rounding') {
      return checkWith(spec, {
        ...judge({ value: null, decimals: reported.decimals, status: 'reported' }, computed),
        verdict: 'unverifiable',
        explanation: outflowAsFavourable(formatNumber(reported.value!), subject, shown(computed.value, reported.decimals + 2)),
      });
    }
  }
  // A nil mark where the change printed is not −100%: Kelly's "—" for a restructuring charge of 0.4 a year
  // before, "(99.7)%": the mark stands for an amount that rounds to nothing at the row's precision, which the
  // change, computed before rounding, still sees. Read so, a change between −100% and what half a unit of
  // that precision allows holds; anything else is still a mismatch.
  if (check.verdict === 'mismatch' && current.status === 'nil' && prior.status === 'reported' && prior.value !== null && computed.interval) {
    const base = parseDecimal(prior.value);
    if (base.gt(0)) {
      const half = powerOfTen(-prior.decimals).div(2);
      const lowest = base.minus(half);
      const hi = lowest.gt(0) ? half.div(lowest).minus(1).times(100) : null;
      if (hi) {
        const nilAsSmall = { ...computed, interval: { lo: new Decimal(-100).minus(hi.plus(100)), hi } };
        const read = makeCheck({ ...spec, computed: nilAsSmall, notes: [nilRoundsToNothing(printedText(current.raw).trim(), formatNumber(half.toString()))] });
        if (read.verdict === 'rounding' || read.verdict === 'exact') return { ...read, verdict: 'rounding' };
      }
    }
  }
  return check;
}

/**
 * What the cell can assert, from its unit, the row's unit and what the column's header
 * says (`measure`). A nil cell has no unit of its own: its column's other cells give it.
 */
function readingsOf(printed: Unit, row: Unit, measure: 'ratio' | 'difference' | undefined, nilColumn: Unit | null): Reading[] {
  const unit = nilColumn ?? printed;
  if (row === 'percent') {
    if (unit === 'basis-points') return ['basis-points'];
    if (unit === 'percentage-points') return ['points'];
    // A "%" header over a ratio line does not say growth or points: "Change (%)" gives amount lines' growth and,
    // in the same column, a margin's change in points (73.2% vs 72.2%: "1.0"). Only "points" words settle it.
    if (unit === 'percent') return measure === 'difference' ? ['points'] : ['growth', 'points'];
    return [];
  }
  if (row === 'basis-points' || row === 'percentage-points') return [];
  if (unit === 'percent') return ['growth'];
  if (isMoney(unit) || unit === row) return measure === 'ratio' ? [] : ['amount'];
  return [];
}

function unitOf(reading: Reading, row: Unit): Unit {
  return reading === 'growth' ? 'percent' : reading === 'basis-points' ? 'basis-points' : reading === 'points' ? 'percentage-points' : row;
}

/**
 * The unit the other cells of a change column print for rows like this one (amounts get
 * percentages, margins points): what a nil or n/m mark in it stands in for.
 */
function columnUnit(ctx: CheckContext, table: Table, column: TableColumn, currentKey: string, rowUnit: Unit): Unit | null {
  const i = table.columns.indexOf(column);
  const current = table.columns.findIndex((c) => columnKey(c) === currentKey);
  const counts = new Map<Unit, number>();
  let any: Unit | null = null;
  for (const row of table.rows) {
    const f = row.cells[i] ? ctx.index.fact(row.cells[i]!) : undefined;
    if (!f || f.status !== 'reported') continue;
    any ??= f.unit;
    const own = row.cells[current] ? ctx.index.fact(row.cells[current]!) : undefined;
    const alike = own && (own.unit === rowUnit || (isMoney(own.unit) && isMoney(rowUnit)));
    if (alike) counts.set(f.unit, (counts.get(f.unit) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? any;
}

/** A change header naming a choice of units: "$/bps", "$ / bps". */
const offersUnits = (header: string) => /\/\s*(?:bps|bp|basis\s+points?|pts|points)\b|\b(?:bps|bp|pts)\s*\//i.test(header);

/**
 * The unit a change column's header gives all its cells: "Basis Points Change", "bps", "pts". A
 * header naming a choice of units ("$/bps": dollars for amounts, basis points for ratios, as a bank
 * prints its linked-quarter changes) gives the points only to the rows of percentages (`rowUnit`, the
 * unit of the compared figures); an amount's change keeps its own unit.
 */
function headerUnit(header: string, rowUnit?: Unit): Unit | null {
  if (offersUnits(header) && rowUnit !== 'percent') return null;
  if (/\bbasis\s+points?\b|\bbps\b/i.test(header)) return 'basis-points';
  if (/\b(?:percentage\s+)?points\b|\bpts\b|\bppts?\b/i.test(header) && !/%/.test(header)) return 'percentage-points';
  return null;
}

/**
 * Whether a basis-point column prints a change finer than its rows' printed margins can give: a
 * difference of margins printed to d decimals is a multiple of 10^(2 − d) basis points, so a
 * "527" beside 23.1% and 17.8% was computed from the margins before rounding.
 */
function fromUnroundedMargins(ctx: CheckContext, table: Table, column: TableColumn, pair: Pair): boolean {
  const key = columnKey(column);
  return table.rows.some((row) => {
    const [reported, current, prior] = [key, pair.current, pair.prior].map((k) => ctx.index.cell(table.id, row.id, k));
    if (reported?.status !== 'reported' || current?.status !== 'reported' || prior?.status !== 'reported' || reported.decimals > 0) return false;
    // A line of margins and its change in basis points (by the cell's unit or the column's header; a header naming a
    // choice of units, "$/bps", names basis points for the lines of percentages: Citizens' 4Q21 "Effective income tax
    // rate 22.4 22.4 … 5", its change from 22.40% and 22.35%).
    const declared = headerUnit(column.header, current.unit) === 'basis-points';
    if (!(declared || (reported.unit === 'basis-points' && current.unit === 'percent' && prior.unit === 'percent'))) return false;
    const decimals = Math.max(current.decimals, prior.decimals);
    if (decimals >= 2) return false;
    return !parseDecimal(reported.value!).mod(powerOfTen(2 - decimals)).isZero();
  });
}

/** The decimals the other cells of a change column print in a unit: the precision a nil mark is read at. */
/** The largest size of a change the column prints as a figure, in percent; null where it prints none. */
/**
 * How many lines next to `row` (above and below, each run unbroken) print the same not-meaningful mark in `column`
 * for a change their figures give and nothing else explains (two positive figures, a change no larger than the
 * column prints as figures): a mark justified on its own line (Palomar's catastrophe losses, 8,122 against 10) makes
 * no block of the line beside it.
 */
function markedBeside(ctx: CheckContext, table: Table, row: TableRow, column: TableColumn, pair: Pair, largest: Decimal | null): number {
  const key = columnKey(column);
  const at = table.rows.indexOf(row);
  const mark = (i: number) => {
    const r = table.rows[i];
    const cell = r && r.kind === 'values' ? ctx.index.cell(table.id, r.id, key) : undefined;
    if (cell?.status !== 'not-meaningful') return null;
    const [current, prior] = [pair.current, pair.prior].map((k) => ctx.index.cell(table.id, r!.id, k));
    if (current?.status !== 'reported' || prior?.status !== 'reported' || current.value === null || prior.value === null) return null;
    const [c, p] = [parseDecimal(current.value), parseDecimal(prior.value)];
    if (!c.gt(0) || !p.gt(0)) return null;
    const size = c.div(p).minus(1).times(100).abs();
    if (size.gte(100) && (largest === null || size.gt(largest))) return null;
    return cell.raw.trim();
  };
  const own = mark(at);
  let n = 0;
  for (const step of [-1, 1]) for (let i = at + step; own !== null && mark(i) === own; i += step) n++;
  return n;
}

/**
 * The block of lines of flows `row` belongs to in `column`: the unbroken run of lines around it printing its
 * not-meaningful mark, whatever their figures, where the run holds three lines or more, one printing a negative
 * figure of the pair (a flow that turns negative) and two printing two positive ones (the mark is the block's, not
 * the negative lines'), and `row` prints the mark in every change column it has, as the lines it is summed with
 * do in this one. Null where there is no such block.
 */
function markedFlows(ctx: CheckContext, table: Table, row: TableRow, column: TableColumn, pair: Pair): { table: string; lines: number; negative: string } | null {
  const key = columnKey(column);
  const mark = ctx.index.cell(table.id, row.id, key)?.raw.trim();
  if (!mark || !markedInEveryChange(ctx, table, row, mark)) return null;
  const marked = (i: number) => {
    const r = table.rows[i];
    const cell = r && r.kind === 'values' ? ctx.index.cell(table.id, r.id, key) : undefined;
    return cell?.status === 'not-meaningful' && cell.raw.trim() === mark ? r : null;
  };
  const at = table.rows.indexOf(row);
  // The lines the row is summed with print no figure in this column: those above a total back to the total before,
  // those from a part down to the total closing it. A mark beside figures of its own block is the line's alone.
  const figured = (i: number) => {
    const r = table.rows[i];
    const cell = r && r.kind === 'values' ? ctx.index.cell(table.id, r.id, key) : undefined;
    return cell !== undefined && !marked(i);
  };
  if (row.total) {
    for (let i = at - 1; i >= 0 && table.rows[i]!.kind === 'values' && !table.rows[i]!.total; i--) if (figured(i)) return null;
  } else {
    for (let i = at + 1; i < table.rows.length && table.rows[i]!.kind === 'values'; i++) {
      if (figured(i)) return null;
      if (table.rows[i]!.total) break;
    }
  }
  let [first, last] = [at, at];
  while (marked(first - 1)) first--;
  while (marked(last + 1)) last++;
  const run = table.rows.slice(first, last + 1);
  const figures = (r: TableRow) =>
    [pair.current, pair.prior].map((k) => ctx.index.cell(table.id, r.id, k)).map((f) => (f?.status === 'reported' && f.value !== null ? parseDecimal(f.value) : null));
  const negative = run.find((r) => figures(r).some((x) => x?.isNeg()));
  const positive = run.filter((r) => figures(r).every((x) => x?.gt(0))).length;
  return run.length >= 3 && negative && positive >= 2 ? { table: table.id, lines: run.length, negative: negative.label } : null;
}

/** Whether `row` prints `mark` in every change column of its table where it prints anything. */
function markedInEveryChange(ctx: CheckContext, table: Table, row: TableRow, mark: string): boolean {
  return table.columns
    .filter((c) => ctx.index.period(c.period)?.kind === 'change')
    .every((c) => {
      const cell = ctx.index.cell(table.id, row.id, columnKey(c));
      return cell === undefined || (cell.status === 'not-meaningful' && cell.raw.trim() === mark);
    });
}

/**
 * The block of flows (markedFlows) of the one line of another table named as `row` is, where `row` prints its mark in
 * every change column and each table names one line so: the release marks the line wherever it prints it.
 */
function markedFlowsElsewhere(ctx: CheckContext, table: Table, row: TableRow, column: TableColumn): { table: string; lines: number; negative: string } | null {
  const mark = ctx.index.cell(table.id, row.id, columnKey(column))?.raw.trim();
  const name = (label: string) => label.toLowerCase().replace(/\(\d{1,2}\)/g, ' ').replace(/[^a-z]+/g, ' ').trim();
  const own = name(row.label);
  const once = (t: Table) => t.rows.filter((r) => r.kind === 'values' && name(r.label) === own);
  if (!mark || own.split(' ').length < 2 || once(table).length !== 1 || !markedInEveryChange(ctx, table, row, mark)) return null;
  for (const other of ctx.release.tables) {
    const lines = other === table ? [] : once(other);
    if (lines.length !== 1) continue;
    for (const c of other.columns) {
      const period = ctx.index.period(c.period);
      const pair = period?.kind === 'change' ? pairOf(ctx, other, c, period) : null;
      const found = pair && ctx.index.cell(other.id, lines[0]!.id, columnKey(c))?.raw.trim() === mark ? markedFlows(ctx, other, lines[0]!, c, pair) : null;
      if (found) return found;
    }
  }
  return null;
}

/**
 * How many other columns of the same periods print the same not-meaningful mark on this line, where the change on
 * that column's basis may reach 100%: `growth` and the column's largest gap from it on any line printing both.
 */
function markedAcross(ctx: CheckContext, table: Table, row: TableRow, column: TableColumn, raw: string, growth: Decimal): number {
  const mark = raw.trim();
  const value = (r: TableRow, c: TableColumn) => {
    const f = ctx.index.cell(table.id, r.id, columnKey(c));
    return f?.status === 'reported' && f.value !== null ? parseDecimal(f.value) : null;
  };
  return table.columns.filter((other) => {
    // A change on another basis ("Operational"), not an impact beside it ("Currency").
    if (other === column || other.period !== column.period || !namesBridgedBasis(other.header)) return false;
    const cell = ctx.index.cell(table.id, row.id, columnKey(other));
    if (cell?.status !== 'not-meaningful' || cell.raw.trim() !== mark) return false;
    let gap = new Decimal(0);
    for (const r of table.rows) {
      const [a, b] = [value(r, column), value(r, other)];
      if (a !== null && b !== null && a.minus(b).abs().gt(gap)) gap = a.minus(b).abs();
    }
    return growth.abs().plus(gap).gte(100);
  }).length;
}

function largestPrinted(ctx: CheckContext, table: Table, column: TableColumn): Decimal | null {
  const key = columnKey(column);
  let largest: Decimal | null = null;
  for (const r of table.rows) {
    const cell = ctx.index.cell(table.id, r.id, key);
    if (!cell || cell.status !== 'reported' || cell.value === null || cell.unit !== 'percent') continue;
    const size = parseDecimal(cell.value).abs();
    if (largest === null || size.gt(largest)) largest = size;
  }
  return largest;
}

function columnDecimals(ctx: CheckContext, table: Table, column: TableColumn, unit: Unit): number {
  const i = table.columns.indexOf(column);
  const decimals = table.rows
    .map((r) => (r.cells[i] ? ctx.index.fact(r.cells[i]!) : undefined))
    .filter((f): f is Fact => f !== undefined && f.status === 'reported' && f.unit === unit)
    .map((f) => f.decimals);
  return decimals.length > 0 ? Math.max(...decimals.slice(0, 1000)) : 0;
}

/** A nil mark in a change column: no change at the column's precision, when the figures say so. */
function nilChange(
  ctx: CheckContext,
  table: Table,
  column: TableColumn,
  reported: Fact,
  reading: Reading,
  { spec, computed }: { spec: Parameters<typeof checkWith>[0]; computed: ReturnType<typeof inUnitsOf> },
): Check {
  const unit = unitOf(reading, reported.unit);
  const decimals = columnDecimals(ctx, table, column, unit);
  const zero = { value: '0', decimals, status: 'reported' as const };
  // Nil to nil: no change, which is what the mark says (the ratio is 0/0, no number).
  if (computed.value?.isNaN()) {
    return checkWith({ ...spec, unit }, { verdict: 'exact', computed: '0', computedInterval: { lo: '0', hi: '0' }, tolerance: null, difference: '0', explanation: nilChangeOfNils(reported.raw) });
  }
  const interval = reading === 'growth' || reading === 'amount' ? computed.interval : computed.value && point(computed.value);
  const j: Judgement = judge(zero, { ...computed, interval });
  // Growth from nothing (x ÷ 0) has no number to show.
  const value = computed.value === null || !computed.value.isFinite() ? '?' : shown(computed.value, decimals + 2);
  if (j.verdict === 'exact' || j.verdict === 'rounding') return checkWith({ ...spec, unit }, { ...j, explanation: `${j.explanation} ${nilChangeIsZero(reported.raw, value)}` });
  return checkWith({ ...spec, unit }, { ...j, verdict: 'unverifiable', difference: null, explanation: nilChangeNotZero(reported.raw, value) });
}

/** A prior figure that is not a positive amount, or a current one that is a loss (nil counts as zero). */
function isLoss(f: Fact, role: 'prior' | 'current'): boolean {
  if (f.status !== 'reported' || f.value === null) return role === 'prior';
  const x = parseDecimal(f.value);
  return role === 'prior' ? x.lte(0) : x.isNeg();
}

/**
 * The bound a growth cell prints instead of a figure: ">100" (more than 100%), "(>100)" (a
 * fall of more than 100%), "<1" (a rise of less than 1%), "(<1)" (a fall of less than 1%).
 */
function printedBound(raw: string): { above: boolean; limit: Decimal; within: Decimal | null; words: string } | null {
  const m = /^(\()?\s*([<>])\s*(\d[\d,]*(?:\.\d+)?)\s*(\))?\s*%?$/.exec(printedText(raw).trim());
  if (!m || Boolean(m[1]) !== Boolean(m[4])) return null;
  const size = parseDecimal(m[3]!.replace(/,/g, ''));
  const fall = Boolean(m[1]);
  const more = m[2] === '>';
  const n = formatNumber(size.toString());
  if (more) return fall ? { above: false, limit: size.neg(), within: null, words: `a fall of more than ${n}%` } : { above: true, limit: size, within: null, words: `more than ${n}%` };
  // "<1": between no change and 1%; "(<1)": between a fall of 1% and no change.
  return fall ? { above: true, limit: size.neg(), within: new Decimal(0), words: `a fall of less than ${n}%` } : { above: false, limit: size, within: new Decimal(0), words: `less than ${n}%` };
}

/** A line of a cost or an outflow of cash: "Cash flows used in operating activities", "Operating expenses". */
function namesAnOutflow(label: string): boolean {
  return polarityOf(label) === 'expense' || /\b(?:used in|used for|outflows?)\b/i.test(label);
}
