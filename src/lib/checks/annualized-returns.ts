/**
 * A bank's return on an average balance, printed among its ratios for quarters ("Return on average assets (2)" with the
 * note "(2) Annualized.", "Return on Average Equity (Annualized)", "Return on average assets (ROAA) annualized"): the
 * period's net income as a percentage of that balance's average over the same period, annualized. Its two lines are
 * printed elsewhere in the release, each for the column's period: net income in the statement or selected data, the
 * average in an average balance table or under "Average Balance Sheet Data" (Cadence, 1Q20: "Return on average assets"
 * (9.08)%, 1.14% … beside net (loss) income (399,311), 51,426 … and average total assets 17,694,018, 17,843,383 …).
 *
 * Companies annualize their own way (times four, or by the quarter's days: Cadence's Q4 2019, 51,426 × 365 ÷ 92 on
 * 17,843,383, is 1.14%, times four 1.15%), and divide the net income they choose (or that available to common
 * shareholders) by the equity they choose, so every such reading is tried (./day-counts.ts) and a column holds where
 * one gives its figure. Nothing in the label names the lines, so the row is judged strictly (`corroboratedOrNot`): a
 * column no reading explains is a mismatch only where one reading holds in every other column, two at least, and it
 * misses by more than a unit of its last digit; a row no reading explains is left out. A return on tangible equity,
 * or an adjusted one, divides lines the release adjusts, and is not read.
 *
 * So too a line of the period over an average balance, both named by the label: Equity Bancshares' "Non-interest
 * expense / average assets" 2.51% (1Q20), "Total non-interest expense" 24,846 × 365 ÷ 92 over average "Total assets"
 * 3,932,909. A balance over an average ("Tier 1 capital to average assets", a leverage ratio) is no such line.
 *
 * A return printed again under the very label in another table of the whole company (Home Bancorp, 1Q20: "Return on
 * average equity" 2.43%, 8.31%, 10.45% among its selected ratios, and as the first line of its reconciliation to the
 * return on tangible equity, 2.43%, 10.45%, 8.31%) is that return: where one printing's reading holds in every column,
 * two at least, the release has established it, and the other printing is judged under it, a column no reading
 * explains a mismatch (Q4 2019's net income 6,606 × 365 ÷ 92 over average equity 315,487 is 8.31%, not 10.45%). Only
 * where the two printings agree in one period at least, neither table is a part's, no section or title qualifies
 * either (adjusted, operating, core), and both cite the same notes: a return printed alone otherwise is left out.
 *
 * Ids: `definition/<table>/<row>/<column>`.
 */
import { type Decimal, parseDecimal } from '../decimal.ts';
import type { Check, Fact, Period, Table, TableColumn, TableRow } from '../types.ts';
import { type CheckContext, columnKey, isMoney } from './context.ts';
import { dayCounts } from './day-counts.ts';
import { columnPeriodNotEstablished, periodNotEstablished } from './established.ts';
import { halfUnit } from './interval.ts';
import { annualizedOtherwise, establishedElsewhere, lineOverAverage, noDayCountGives, offByADigit, returnOnAverageAnnualized } from './ratio-messages.ts';
import { agreedPrinting, cellOf, corroboratedOrNot, holds, isChange, labelWords, namesRow, nonZero, term, termsCheck, valueRows } from './ratio-terms.ts';
import { wholeCompanyTable } from './tie.ts';
import { rowWords } from './words.ts';

/** "return on average assets", "return on average common stockholders equity annualized", "annualized return on average equity as reported". */
const RETURN_ON_AVERAGE = /^(?:annuali[sz]ed )?return on average (?<base>.+?)(?: annuali[sz]ed)?(?: as reported)?$/;
/** Words of a balance's name that say whose it is or that it is a total, not which balance. */
const HOLDERS = new Set(['total', 'average', 'stockholders', 'shareholders', 'owners']);
/** Net income, or that left to common shareholders: "Net (loss) income", "Net income available to common stockholders". */
const NET_INCOME = /^(?:total )?net (?:income|earnings|loss|income loss|loss income|earnings loss)(?: (?:available|attributable|applicable|allocated|allocable) to common(?: (?:stockholders|shareholders|stock|shares|equity))?)?$/;

/** One line a return may divide: its printings, by period, and its name. */
interface Line {
  label: string;
  byPeriod: Map<string, Fact[]>;
}

/**
 * A line of the period over an average balance, its label naming both: "Net charge-offs to average loans (annualized)",
 * "Non-interest expense / average assets", "Annualized non-interest expense to average assets".
 */
const FLOW_TO_AVERAGE = /^(?:annuali[sz]ed )?(?:percent of )?(?<flow>.+?) (?:to|as a percent(?:age)? of|percent of) average (?<base>.+?)(?: outstanding)?(?: for the period)?(?: annuali[sz]ed)?(?: as reported)?$/;
/** Words naming a balance, not a line of the period: "Tier 1 capital to average assets" is a leverage ratio, no flow annualized. */
const BALANCE_WORDS = /\b(?:average|capital|equity|assets|loans|deposits|liabilities|allowance|reserves?|borrowings)\b/;

export function annualizedReturnChecks(ctx: CheckContext): Check[] {
  const incomes = linesOf(ctx, (f) => NET_INCOME.test(labelWords(f.label).join(' ')));
  const checks: Check[] = [];
  const read: ReadRow[] = [];
  for (const table of ctx.release.tables) {
    for (const row of valueRows(table)) {
      const words = labelWords(row.label.replace(/\s*\/\s*/g, ' to ')).join(' ');
      const m = RETURN_ON_AVERAGE.exec(words);
      const f = m ? null : FLOW_TO_AVERAGE.exec(words);
      if (!m && (!f || BALANCE_WORDS.test(f.groups!.flow))) continue;
      const base = reduced((m ?? f)!.groups!.base.split(' '));
      if (base.length === 0 || base.includes('tangible') || base.includes('allocated')) continue;
      const flow = f?.groups!.flow.split(' ');
      const numerators = flow ? linesOf(ctx, (x) => namesRow(flow, labelWords(x.label)) && !averaged(ctx, x)) : incomes;
      if (numerators.length === 0) continue;
      const balances = linesOf(ctx, (x) => namesBalance(base, reduced(labelWords(x.label))) && averaged(ctx, x));
      if (balances.length === 0) continue;
      read.push(readReturns(ctx, table, row, numerators, balances, flow !== undefined));
    }
  }
  // A row its own columns do not explain is judged under the reading another printing of it establishes.
  const established = read.filter((r) => r.best >= 0 && r.tried[r.best].length >= 2 && r.tried[r.best].every((t) => t.held));
  for (const r of read) {
    if (r.best >= 0 && count(r.tried[r.best]) >= 2) checks.push(...rowChecks(r));
    else {
      const twin = established.find((e) => e.table !== r.table && e.tried.length === r.tried.length && sameReturn(ctx, e, r));
      if (twin) checks.push(...underTwin(ctx, r, twin));
    }
  }
  return checks;
}

/** A row's pairs of lines tried in each of its columns, the pair holding in most (-1 where none holds), and its day count. */
interface ReadRow {
  table: Table;
  row: TableRow;
  tried: Tried[][];
  best: number;
  kind: string;
}

const count = (ts: Tried[]) => ts.filter((t) => t.held).length;

/** Words of a section or title that make a return another measure than the plain one. */
const QUALIFIED = /\b(?:adjusted|operating|core|underlying|normali[sz]ed|non[- ]?gaap|excluding|pro[- ]?forma|tangible|segment|bank only)\b/i;

/**
 * Whether two rows print one return: the same label (its words and any words in parentheses that are no note mark) and
 * notes, in tables of the whole company, neither qualified by its sections (nor by its title, but for a
 * reconciliation's, which names both of its measures), agreeing in one period at least.
 */
function sameReturn(ctx: CheckContext, a: ReadRow, b: ReadRow): boolean {
  const key = (r: TableRow) => [labelWords(r.label).join(' '), ...qualifiers(r.label), '|', ...r.footnotes].join(' ');
  if (key(a.row) !== key(b.row)) return false;
  const plain = (r: ReadRow) =>
    wholeCompanyTable(ctx, r.table.id) &&
    !r.row.section.some((s) => QUALIFIED.test(s)) &&
    (ctx.recognition.tables.get(r.table.id)?.kind === 'reconciliation' || !QUALIFIED.test(r.table.title ?? ''));
  if (!plain(a) || !plain(b)) return false;
  const printed = (r: ReadRow) => new Map(r.tried.flat().map((t) => [t.column.period, parseDecimal(t.reported.value!)]));
  const other = printed(a);
  return [...printed(b)].some(([period, value]) => other.get(period)?.eq(value) ?? false);
}

/** Words printed in parentheses in a label that are no note mark: "(Annualized)", "(ROAA)"; not "(1)", "(a)". */
const qualifiers = (label: string): string[] =>
  (label.match(/\([^()]*\)/g) ?? []).map((q) => q.toLowerCase()).filter((q) => !/^\(\s*(?:\d+|[a-z])\s*\)$/.test(q));

/**
 * A row judged under the reading its twin establishes: the twin's pair of lines and day count, in each column; a column
 * that reading does not explain, nor any other pair, is a mismatch, unless it misses by a unit of its last digit.
 */
function underTwin(ctx: CheckContext, r: ReadRow, twin: ReadRow): Check[] {
  const why = establishedElsewhere(rowWords(twin.row), ctx.index.table(twin.table.id)?.title || twin.table.id, twin.tried[twin.best].length);
  return r.tried[twin.best].map((t): Check => {
    const own = t.checks.find((c) => kindOf(c.reading) === twin.kind);
    if (own && holds(own.check)) return own.check;
    if (t.held) return t.held;
    const other = r.tried.flatMap((ts) => ts.filter((x) => x.column === t.column && x.held))[0];
    if (other?.held) return other.held;
    const check = (own ?? t.checks[0]).check;
    const gap = check.computed === null ? null : parseDecimal(check.computed).minus(parseDecimal(t.reported.value!)).abs();
    if (check.verdict !== 'mismatch' || gap === null) return check;
    if (gap.lte(halfUnit(t.reported.decimals).times(3))) return { ...check, verdict: 'unverifiable', difference: null, explanation: `${check.explanation} ${offByADigit()}` };
    return { ...check, explanation: `${check.explanation} ${why}` };
  });
}

/** A balance's name less the words that say whose it is: "Total shareholders' equity" → "equity". */
const reduced = (words: string[]): string[] => words.filter((w) => !HOLDERS.has(w));

/** Whether a line's reduced name is the balance a return names: the same words, or its equity where it names common equity. */
function namesBalance(base: string[], line: string[]): boolean {
  const a = base.join(' ');
  const b = line.join(' ');
  return b === a || (base.includes('common') && b === base.filter((w) => w !== 'common').join(' '));
}

/**
 * A figure printed as an average: its label, its section, the heading printed above its line (Cadence's "Average
 * Balance Sheet Data" over a second "Total assets"), its column ("Average Balance") or its table's title says so.
 */
function averaged(ctx: CheckContext, f: Fact): boolean {
  const table = ctx.index.table(f.table);
  return [f.label, ...f.section, f.dimension ?? '', table?.title ?? '', (table && headings(table).get(f.row)) ?? ''].some((s) => /\baverage/i.test(s));
}

const headingsOf = new WeakMap<Table, Map<string, string>>();

/** The heading printed nearest above each line of a table (a caption or a heading line of no figures), by row id. */
function headings(table: Table): Map<string, string> {
  let found = headingsOf.get(table);
  if (found) return found;
  found = new Map();
  let heading = '';
  for (const r of table.rows) {
    if (r.kind !== 'values') heading = r.label;
    else found.set(r.id, heading);
  }
  headingsOf.set(table, found);
  return found;
}

/** The money lines of the release a test picks, as printed for a period each table establishes, grouped by their words. */
function linesOf(ctx: CheckContext, picks: (f: Fact) => boolean): Line[] {
  const lines = new Map<string, Line>();
  for (const f of ctx.release.facts) {
    if (f.origin !== 'cell' || f.value === null || !isMoney(f.unit) || (f.dimension && !/\baverage/i.test(f.dimension)) || !picks(f)) continue;
    if (periodNotEstablished(ctx, f) !== null) continue;
    const key = labelWords(f.label).filter((w) => w !== 'total').join(' ');
    let line = lines.get(key);
    if (!line) lines.set(key, (line = { label: rowWords(f), byPeriod: new Map() }));
    const at = line.byPeriod.get(f.period) ?? [];
    at.push(f);
    line.byPeriod.set(f.period, at);
  }
  return [...lines.values()];
}

/** A column's checks under one pair of lines, one a reading of how it annualizes, and the first that holds. */
interface Tried {
  column: TableColumn;
  reported: Fact;
  checks: { check: Check; reading: string }[];
  held?: Check;
}

function readReturns(ctx: CheckContext, table: Table, row: TableRow, incomes: Line[], balances: Line[], named: boolean): ReadRow {
  const columns = table.columns.filter((c) => c.period && !isChange(ctx, c) && !c.dimension && columnPeriodNotEstablished(ctx, table.id, c) === null);
  // An average printed under a day ("Average Assets" under "March 31, 2020", Farmers National Banc's reconciliations)
  // is the average of the period ending that day, where the row prints one period ending then.
  const ends = columns.map((c) => ctx.index.period(c.period)?.end);
  const endingOn = (line: Line, period: Period) => (period.end && ends.filter((e) => e === period.end).length === 1 ? line.byPeriod.get(period.end) : undefined);
  const pairs = incomes.flatMap((income) => balances.map((balance) => ({ income, balance })));
  // Each pair of lines, tried in every column of the row.
  const tried = pairs.map((pair) =>
    columns.flatMap((column): Tried[] => {
      const reported = cellOf(ctx, table, row, column);
      const period = ctx.index.period(column.period);
      if (!reported || reported.value === null || reported.unit !== 'percent' || period?.kind !== 'duration') return [];
      const [income, balance] = [agreedPrinting(pair.income.byPeriod.get(column.period)), agreedPrinting(pair.balance.byPeriod.get(column.period) ?? endingOn(pair.balance, period))];
      if (!income || !nonZero(balance) || parseDecimal(balance.value!).isNegative()) return [];
      const checks = readings(period).map((r) => ({ check: oneCheck(ctx, table, row, column, reported, income, balance, r.factor, r.name, named), reading: r.name }));
      return [{ column, reported, checks, held: checks.find((c) => holds(c.check))?.check }];
    }),
  );
  // The pair that holds in most columns is the release's reading (where it holds in two at least).
  const best = tried.reduce((a, ts, i) => (count(ts) > (a < 0 ? 0 : count(tried[a])) ? i : a), -1);
  // Of the day counts that hold, the one holding in most columns: a company annualizes each quarter alike.
  const kinds = new Map<string, number>();
  for (const t of best < 0 ? [] : tried[best]) for (const k of new Set(t.checks.filter((c) => holds(c.check)).map((c) => kindOf(c.reading)))) kinds.set(k, (kinds.get(k) ?? 0) + 1);
  const kind = [...kinds].reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0])[0];
  return { table, row, tried, best, kind };
}

/** A row whose own columns establish its reading, two at least: a column it does not explain judged strictly. */
function rowChecks({ tried, best: at, kind }: ReadRow): Check[] {
  const best = tried[at];
  const judged = best.map((t): Check => {
    if (t.held) return t.checks.find((c) => kindOf(c.reading) === kind && holds(c.check))?.check ?? t.held;
    // A column the best pair does not explain, another pair may: no accusation there.
    const other = tried.flatMap((ts) => ts.filter((x) => x.column === t.column && x.held))[0];
    if (other?.held) return other.held;
    const reported = parseDecimal(t.reported.value!);
    const gap = (c: Check): Decimal | null => (c.computed === null ? null : parseDecimal(c.computed).minus(reported).abs());
    const nearest = t.checks.map((c) => c.check).reduce((a, b) => (gap(b) !== null && (gap(a) === null || gap(b)!.lt(gap(a)!)) ? b : a));
    const said = noDayCountGives(t.checks.map((c) => ({ name: c.reading, computed: c.check.computed })), t.reported.decimals);
    // A unit of its last digit beyond every reading may rest on figures the release rounds: not an accusation.
    const off = gap(nearest);
    if (nearest.verdict === 'mismatch' && off !== null && off.lte(halfUnit(t.reported.decimals).times(3))) {
      return { ...nearest, verdict: 'unverifiable', difference: null, explanation: `${nearest.explanation} ${said} ${offByADigit()}` };
    }
    return { ...nearest, explanation: `${nearest.explanation} ${said}` };
  });
  return corroboratedOrNot(judged, annualizedOtherwise());
}

/** A day count's name less the period's days: "actual/365, 92 days" → "actual/365". */
const kindOf = (reading: string): string => reading.split(',')[0];

/** The day counts a period's return may be annualized by, and, for a period shorter than a year, the return not annualized. */
function readings(period: Period): { name: string; factor: string }[] {
  const counts = dayCounts(period);
  return counts.some((c) => c.factor === '') ? counts : [...counts, { name: 'not annualized', factor: '' }];
}

function oneCheck(ctx: CheckContext, table: Table, row: TableRow, column: TableColumn, reported: Fact, income: Fact, balance: Fact, factor: string, name: string, named: boolean): Check {
  return termsCheck(ctx, {
    kind: 'definition',
    id: `definition/${table.id}/${row.id}/${columnKey(column)}`,
    subject: rowWords(row),
    expression: `income${factor} / balance * 100`,
    terms: [term('income', income), term('balance', balance)],
    reported,
    column,
    restsOn: (named ? lineOverAverage : returnOnAverageAnnualized)(row.label, rowWords(income), rowWords(balance), name, balance.period !== column.period),
  });
}
