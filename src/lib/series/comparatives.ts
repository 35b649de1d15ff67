/**
 * Comparatives across a company's releases: every figure a release prints for a period an
 * earlier release of the company printed too, against what that release printed for it (issue
 * 32). A release's comparative columns (the prior-year quarter, the previous quarter, last year's
 * balance sheet) were published before; when the two printings differ, the reader must know why.
 *
 * The same line is the same table (its title less the words that name its period: "Q2 FY23
 * Summary" and "Q3 FY23 Summary" are one table), the same sections, row, column dimension, period
 * and unit. A line whose table is titled otherwise in a later release (Qualcomm's "QCT Revenue
 * Streams", titled by the page header above it a year later) is still that line where each release
 * prints it at one figure only, whatever its table.
 * Two printings agree when the intervals their printed precision allows overlap, in base units
 * (20.8 millions and 20,836 thousands agree). When they do not:
 * - **split-adjusted**: the release of the earlier printing (announcing it), the later one, or one
 *   between states an N-for-M stock split ("20-for-1", "ten-for-one forward", "1-for-10
 *   reverse share split", "a 20:1 reverse stock split", "at a ratio of one (1) share … for every
 *   forty (40) shares"; a range of ratios states none), and the line is per share or a share
 *   count; the earlier figure's interval times
 *   the ratio overlaps the later one's (a split applies to the unrounded count, so 516 million
 *   shares become 10,324 million, not 10,320);
 * - **restated**: a statement of the later release that prior periods were restated, recast,
 *   reclassified or revised covers the line (its note is marked on the table, or its words name the
 *   line or its kind of measure: ./restatements.ts); the finding shows that statement and how it
 *   covers the line, and is no mismatch; so is a figure whose earlier printing's own note explains
 *   the difference (an estimate; an amount its note says it excludes: ./earlier-notes.ts), shown
 *   with that note;
 * - **split-unstated**: no release states a split, but every per-share figure and share count the
 *   two releases print otherwise differs by one plausible split ratio, and their money amounts do
 *   not (./unstated-split.ts): tieout's reading, shown as such, no accusation;
 * - **unverifiable**: the two are not established as one line (the label names several rows of
 *   its table, or a total in one release and a part of it in the other): said why, no accusation;
 * - otherwise a **mismatch across releases**, with both figures and both places.
 *
 * A figure printed under a column headed "As Restated" ("(Restated)", "As Recast") is restated, the
 * header its statement; one headed "As Previously Reported" quotes an earlier printing, is compared
 * with it (a difference is a mismatch), and is never a printing of its own.
 *
 * A line whose row id differs between two releases (a label printed in several sections of a table is
 * told apart by its section's words where a table prints it twice) is the label in its block, where
 * both print it once under one head (blocksOf).
 *
 * A figure of a period that had not ended when its release was published (an outlook, guidance) is no printing of
 * history: neither compared nor a first printing.
 *
 * What this does not yet read: a restatement's periods ("Beginning in the first quarter of 2022" covers every prior period).
 * Periods are compared by id, and one id only where both releases date it alike: where a company's
 * releases name one period otherwise, or one name other periods, ./period-names.ts says so.
 */
import { Decimal, parseDecimal, powerOfTen } from '../decimal.ts';
import type { Fact, Period, Release, SeriesComparison, SeriesPrinting, SeriesStatement } from '../types.ts';
import { coverage, restatementsOf, sentenceAround, type Restatement } from './restatements.ts';
import { sameSpan } from './period-names.ts';
import { namesEquityLine, readUnstatedSplits } from './unstated-split.ts';
import { earlierNoteExplains } from './earlier-notes.ts';
import { perShareName, quotesEarlier, splitByRows } from './per-share-lines.ts';
import { pushTo } from '../grouped.ts';

/** Words of a table title that name its period or its release, not the table. */
const PERIOD_WORDS =
  /\b(q[1-4]|[1-4]q|fy\s?\d{2,4}|fiscal|quarters?|first|second|third|fourth|year|years|ended|ending|months?|three|six|nine|twelve|weeks?|thirteen|fourteen|twenty|full|\d{1,4}|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b/g;

/** A table as the same table across releases: its title's words less those of its period. */
export function tableSignature(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(PERIOD_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The restatements a release states (./restatements.ts), and the split it states: in words, else by
 * rows printing a per-share figure before and after it (`pairs`: how many such rows give its ratio).
 */
export function statementsOf(release: Release): { restated: Restatement[]; split: (SeriesStatement & { ratio: Decimal; pairs?: number }) | null } {
  let split: (SeriesStatement & { ratio: Decimal; pairs?: number }) | null = null;
  for (const p of release.prose) {
    const ratio: Decimal | null = split ? null : splitRatio(p.text);
    if (ratio) split = { release: release.meta.id, line: p.line, text: sentenceAround(p.text, SPLIT), ratio };
  }
  // Else the ratio its rows give, where it prints a per-share figure before and after the split (./per-share-lines.ts).
  if (!split) {
    const rows = splitByRows(release);
    if (rows) split = { ...rows.statement, ratio: rows.ratio, pairs: rows.pairs };
  }
  // A split's "retroactively adjusted" is no restatement of the other figures: it is read as the split it states.
  return { restated: restatementsOf(release, (text) => splitRatio(text) !== null || SPEAKS_OF_SPLIT.test(text)), split };
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
/** A number of shares: digits (a ratio may be "1-for-7.7") or a word. */
const N = `(\\d{1,3}(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;
/** "20-for-1", "ten-for-one", "1-for-7.7", or "20:1" (whose direction the word "reverse" gives; "12:01 a.m." is a time). */
const RATIO = `(?:\\b${N}[- ]for[- ]${N}\\b|\\b([1-9]\\d{0,2}):([1-9]\\d{0,2})\\b(?!\\s*(?:[ap]\\.?m\\b|noon|eastern|pacific|central|et\\b)))`;
/** "one (1) share of common stock for every forty (40) shares". */
const SHARES_FOR = `\\b${N}(?: \\((\\d{1,3})\\))? (?:new )?shares?\\b[^.]{0,40}? for (?:every|each) ${N}(?: \\((\\d{1,3})\\))? (?:old |existing |issued )?shares?\\b`;
/** Within a sentence: a decimal point ("par value $0.001") ends none. */
const GAP = (n: number) => `(?:[^.]|\\.(?=\\d)){0,${n}}?`;
/** A split: "stock split", "share split", "reverse split", "forward split". */
const SPLIT_WORDS = `\\b(?:stock|share|reverse|forward)[- ]split\\b`;
/**
 * "20-for-1 stock split", "ten-for-one forward stock split", "1-for-10 reverse share split", "a 5-for-1 forward split of
 * its common stock", "a 20:1 reverse stock split", "stock split … at a ratio of 1-for-25", "reverse stock split … at a
 * ratio of one (1) share of common stock for every forty (40) shares", "a three-for-two split of its $.001 par value
 * common stock".
 */
const SPLIT = new RegExp(
  `${RATIO}${GAP(60)}${SPLIT_WORDS}|${SPLIT_WORDS}${GAP(160)}(?:${RATIO}|${SHARES_FOR})|${RATIO}\\s+split\\b(?=${GAP(80)}\\b(?:stock|shares)\\b)`,
  'i',
);
/** A paragraph that speaks of a split ("have been restated for the effect of the stock split"): no restatement of other figures. */
const SPEAKS_OF_SPLIT = new RegExp(SPLIT_WORDS, 'i');
/** A range of ratios ("within a range of 1-for-5 to 1-for-15", "between 4-to-1 and 40-to-1") states no split. */
const RANGE = new RegExp(`\\b(?:range|between)\\b${GAP(40)}${RATIO}\\s*(?:to|and)\\s*${RATIO}`, 'i');

/** The ratio of the split a sentence states (new shares per old), or null: none, a range, or one of one. */
export function splitRatio(text: string): Decimal | null {
  const m = SPLIT.exec(text);
  if (!m || RANGE.test(text)) return null;
  const g = m.slice(1);
  // Groups: (N-for-N | N:N) before the words, then after them (N-for-N | N:N | shares for shares).
  const pairs: [string | undefined, string | undefined, 'for' | 'colon'][] = [
    [g[0], g[1], 'for'], [g[2], g[3], 'colon'], [g[4], g[5], 'for'], [g[6], g[7], 'colon'], [g[9] ?? g[8], g[11] ?? g[10], 'for'],
    // "a three-for-two split of its $.001 par value common stock"
    [g[12], g[13], 'for'], [g[14], g[15], 'colon'],
  ];
  const found = pairs.find(([a, b]) => a && b);
  if (!found) return null;
  const [a, b] = [wordNumber(found[0]), wordNumber(found[1])];
  if (!a || !b || a.eq(b)) return null;
  if (found[2] === 'for') return a.div(b);
  // "20:1" and "1:20" name one reverse split: the word says which way.
  const [hi, lo] = a.gt(b) ? [a, b] : [b, a];
  return /\breverse\b/i.test(m[0]) ? lo.div(hi) : hi.div(lo);
}

/** A figure as printed, without its markup ("<u>$ 4.98</u>" is "$ 4.98"). */
function plainRaw(raw: string): string {
  return raw.replace(/<\/?u>/g, '').replace(/\$ /, '$');
}

function wordNumber(text: string | undefined): Decimal | null {
  if (!text) return null;
  const word = NUMBER_WORDS[text.toLowerCase()];
  if (word) return new Decimal(word);
  if (!/^\d+(?:\.\d+)?$/.test(text)) return null;
  const n = new Decimal(text);
  return n.gt(0) ? n : null;
}

function periodOf(release: Release, id: string): Period | undefined {
  return release.periods.find((p) => p.id === id);
}

/** A figure's interval in base units: what its printed precision allows. */
function interval(f: Fact): { lo: Decimal; hi: Decimal } {
  const value = parseDecimal(f.value!).times(powerOfTen(f.scale));
  const half = powerOfTen(f.scale - f.decimals).div(2);
  return { lo: value.minus(half), hi: value.plus(half) };
}

function overlaps(a: { lo: Decimal; hi: Decimal }, b: { lo: Decimal; hi: Decimal }): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}

/**
 * Two printings that meet at one point only (1,270 and 1,271: 1,270.5): no one figure rounds to
 * both (half a unit rounds up), but a sum of rounded parts and the same sum rounded whole do.
 */
function meetOnly(a: { lo: Decimal; hi: Decimal }, b: { lo: Decimal; hi: Decimal }): boolean {
  return a.lo.eq(b.hi) || b.lo.eq(a.hi);
}

function keyOf(f: Fact, titles: Map<string, string>): string {
  return `${titles.get(f.table) ?? f.table}|${lineOf(f)}`;
}

/** A line less its table: its sections, row, column dimension, period and unit. */
function lineOf(f: Fact): string {
  const unit = f.unit.endsWith('/share') ? 'per-share' : f.unit;
  // Sections name what tables of one title tell apart ("North America Segment" in each of Amazon's supplemental tables).
  // A column headed "As Restated" or "As Previously Reported" is the line itself, as printed now or before.
  // The column within its period is its key less the period (`.other-income-deductions-net-2`): two columns of one header stay two.
  const key = f.id.slice(f.id.lastIndexOf('/') + 1);
  const column = f.basis ? '' : key.startsWith(f.period) ? key.slice(f.period.length) : key;
  return [f.section.join('/').toLowerCase(), f.row, column, f.period, unit].join('|');
}

/**
 * The lines of a release that it prints at one figure only, wherever it prints them: a line whose
 * table is titled otherwise in another release ("QCT Revenue Streams" one quarter, a page header
 * the next) is still that line where no other table of either release prints it otherwise.
 */
function singleLines(facts: readonly Fact[]): Map<string, Fact> {
  const out = new Map<string, Fact>();
  const twice = new Set<string>();
  for (const f of facts) {
    const line = lineOf(f);
    const seen = out.get(line);
    if (!seen) out.set(line, f);
    else if (!overlaps(interval(seen), interval(f))) twice.add(line);
  }
  for (const line of twice) out.delete(line);
  return out;
}

function printing(release: Release, f: Fact): SeriesPrinting {
  return { release: release.meta.id, fact: f.id, label: f.label, value: f.value!, raw: f.raw, unit: f.unit, scale: f.scale, decimals: f.decimals, line: f.line };
}

/** The keys (with their column's basis) a release prints at figures that cannot be one. */
function ambiguousKeys(figures: readonly Fact[], titles: Map<string, string>): Set<string> {
  const first = new Map<string, Fact>();
  const out = new Set<string>();
  for (const f of figures) {
    const key = `${keyOf(f, titles)}|${f.basis ?? ''}`;
    const seen = first.get(key);
    if (!seen) first.set(key, f);
    else if (!overlaps(interval(seen), interval(f))) out.add(key);
  }
  return out;
}

/** A label as the rows of a table's section name it: `<table>|<sections>|<label>` → the rows printed under it. */
type LabelRows = Map<string, Set<string>>;

function labelKey(f: Fact): string {
  // Within its sections: "Basic" under "Net income per share:" and under "Weighted average shares" are two lines, each named.
  return `${f.table}|${f.section.join('/').toLowerCase()}|${f.label.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

function rowsByLabel(facts: readonly Fact[]): LabelRows {
  const out: LabelRows = new Map();
  for (const f of facts) {
    const key = labelKey(f);
    if (!out.has(key)) out.set(key, new Set());
    // A number printed inside the label is a measure of the row (`common-stock.par-value`), not another line.
    out.get(key)!.add(f.row.split('.')[0]!);
  }
  return out;
}

/**
 * Each figure's block: the label of the nearest row above it in its table and column printed with a
 * currency sign (a reconciliation's "GAAP operating expenses $ 2,508" heads the lines that adjust
 * it; '' above the first such row: no block), and whether the release prints its label once in
 * that block. Keyed by fact id.
 */
function blocksOf(facts: readonly Fact[], titles: Map<string, string>): Map<string, { key: string; head: string; once: boolean }> {
  const out = new Map<string, { key: string; head: string; once: boolean }>();
  const byColumn = new Map<string, Fact[]>();
  for (const f of facts) {
    const column = `${f.table}|${f.id.slice(f.id.lastIndexOf('/') + 1)}`;
    if (!byColumn.has(column)) byColumn.set(column, []);
    byColumn.get(column)!.push(f);
  }
  const count = new Map<string, number>();
  for (const column of byColumn.values()) {
    let head = '';
    for (const f of [...column].sort((a, b) => a.line - b.line)) {
      const key = `${titles.get(f.table) ?? f.table}|${labelKey(f).slice(f.table.length + 1)}|@${head}|${lineOf(f).split('|').slice(2).join('|')}`;
      out.set(f.id, { key, head, once: true });
      count.set(key, (count.get(key) ?? 0) + 1);
      if (f.dollar) head = f.label.toLowerCase();
    }
  }
  for (const [id, b] of out) if ((count.get(b.key) ?? 0) > 1) out.set(id, { ...b, once: false });
  return out;
}

/**
 * Why two differing printings keyed alike are not established as one line, or null. A label
 * printed on several rows of one table (NVIDIA's "Other (C)" under gross profit and under
 * operating expenses) is keyed by its order, and a release that adds or renames a row above it
 * moves the key to another line; a label printed on a total in one release and on a line within
 * a total in the other ("Other income (expense), net" for the sum one year, for its last part the
 * next, the sum then "Total other income (expense), net") names two lines. Either way the
 * difference may be the label's, not the figure's.
 */
function oneLineUnsure(
  earlier: { release: Release; fact: Fact },
  later: { release: Release; fact: Fact },
  labelRows: Map<Release, LabelRows> | null,
): string | null {
  // Compared by the label in its block (blocksOf), the label's repeats elsewhere in the table do not matter.
  for (const { release, fact } of labelRows ? [later, earlier] : []) {
    const rows = labelRows!.get(release)?.get(labelKey(fact))?.size ?? 1;
    if (rows > 1) return `"${fact.label}" names ${rows} lines of its table in ${release.meta.id}, and the label alone does not say which of them the other release's line is`;
  }
  if (earlier.fact.total !== later.fact.total) {
    const [sum, part] = earlier.fact.total ? [earlier, later] : [later, earlier];
    return `"${later.fact.label}" is printed on a total in ${sum.release.meta.id} and on a line within a total in ${part.release.meta.id}: the label names two lines, so the two figures are not established as one line's`;
  }
  return null;
}

/**
 * The per-share figures of a release by their line's name (./per-share-lines.ts), keyed with their
 * period and column: those a release prints at one figure under the name (its quotes of earlier
 * printings aside), and its quotes of those.
 */
function singleNamed(figures: readonly Fact[]): Map<Fact, { key: string; stripped: boolean }> {
  const byKey = new Map<string, Fact[]>();
  const names = new Map<Fact, { key: string; stripped: boolean }>();
  for (const f of figures) {
    const n = perShareName(f);
    if (!n) continue;
    const key = `${n.name}|${f.period}|${f.dimension ?? ''}`;
    names.set(f, { key, stripped: n.stripped });
    if (!quotesEarlier(f)) pushTo(byKey, key, f);
  }
  const out = new Map<Fact, { key: string; stripped: boolean }>();
  for (const [f, n] of names) {
    const own = byKey.get(n.key) ?? [];
    if (own.every((g) => overlaps(interval(g), interval(own[0]!))) && (quotesEarlier(f) ? own.length <= 1 : true)) out.set(f, n);
  }
  return out;
}

/**
 * The figures of a release keyed by their table, innermost section and line (its row, column,
 * period and unit), outer sections left out: those the release prints once under that key (its
 * quotes of earlier printings aside, which are keyed but not counted).
 */
function innerOnce(figures: readonly Fact[], titles: Map<string, string>): Map<Fact, string> {
  const keyOf = (f: Fact) => `${(f.section.at(-1) ?? '').toLowerCase()}|${lineOf(f).split('|').slice(1).join('|')}`;
  const count = new Map<string, number>();
  for (const f of figures) if (!quotesEarlier(f)) count.set(keyOf(f), (count.get(keyOf(f)) ?? 0) + 1);
  const out = new Map<Fact, string>();
  for (const f of figures) if ((count.get(keyOf(f)) ?? 0) <= 1) out.set(f, keyOf(f));
  return out;
}

/** The distinct splits the releases of a span state (by ratio), each with the latest statement of it. */
/** A line of shareholders' equity: its section or its label says so (paid-in capital, common stock, retained earnings). */
function inEquity(f: Fact): boolean {
  return f.section.some((s) => /\b(?:stockholders|shareholders)['’]?\s+equity\b/i.test(s)) || namesEquityLine(f.label);
}

function splitsBetween(span: readonly Release[], splits: Map<Release, SeriesStatement & { ratio: Decimal }>): (SeriesStatement & { ratio: Decimal })[] {
  const byRatio = new Map<string, SeriesStatement & { ratio: Decimal }>();
  for (const r of span) {
    const s = splits.get(r);
    if (s) byRatio.set(s.ratio.toString(), s);
  }
  return [...byRatio.values()];
}

/**
 * Every figure a release prints for a period an earlier release of the same company printed,
 * compared with the earliest printing of it. Releases of several companies are compared within
 * each company; `releases` may come in any order (they are ordered by release date).
 */
export function seriesComparisons(releases: readonly Release[]): SeriesComparison[] {
  const out: SeriesComparison[] = [];
  const companies = new Map<string, Release[]>();
  for (const r of releases) pushTo(companies, r.meta.company, r);
  for (const [company, own] of companies) {
    const start = out.length;
    const ordered = [...own].sort((a, b) => a.meta.releaseDate.localeCompare(b.meta.releaseDate) || a.meta.id.localeCompare(b.meta.id));
    // The first printing of each line, and where.
    const first = new Map<string, { release: Release; fact: Fact }>();
    // The first printing of each line a release prints at one figure only (singleLines), whatever its table.
    const firstLine = new Map<string, { release: Release; fact: Fact } | null>();
    // The split each release states: one stated by the earlier printing's release (announced, its figures not yet
    // adjusted), by the later one, or by any between, applies; several releases stating one split count it once.
    const splits = new Map<Release, SeriesStatement & { ratio: Decimal }>();
    // A ratio one pair of rows gives and nothing confirms: no split to adjust by, nor a reading to accuse against.
    const unconfirmed = new Map<Release, SeriesStatement & { ratio: Decimal }>();
    // A ratio one pair of rows gives holds where another pair gives it too (./per-share-lines.ts).
    const statements = new Map(ordered.map((r) => [r, statementsOf(r)]));
    for (const [r, s] of statements) {
      if (!s.split) continue;
      const { pairs, ...split } = s.split;
      const corroborated = (pairs ?? 2) >= 2 || ordered.some((o) => o !== r && statements.get(o)!.split?.ratio.eq(split.ratio));
      if (corroborated) splits.set(r, split);
      else unconfirmed.set(r, split);
    }
    const labelRows = new Map(ordered.map((r) => [r, rowsByLabel(r.facts)]));
    const repeated = (r: Release, f: Fact) => (labelRows.get(r)?.get(labelKey(f))?.size ?? 1) > 1;
    const blocks = new Map(ordered.map((r) => [r, blocksOf(r.facts, new Map(r.tables.map((t) => [t.id, tableSignature(t.title)])))]));
    // The heads of the blocks each release prints (a head renamed in a later release is no block of the earlier one).
    const headed = new Map(ordered.map((r) => [r, new Set([...blocks.get(r)!.values()].map((b) => b.head))]));
    // The first printing of each label in its block (blocksOf), where a release prints it once there.
    const firstInBlock = new Map<string, { release: Release; fact: Fact }>();
    // The first printing of each per-share line by its name (./per-share-lines.ts), where a release prints the name once.
    const firstNamed = new Map<string, { release: Release; fact: Fact; stripped: boolean }>();
    // The first printing of each line by its table and innermost section (innerOnce), where a release prints it once there.
    const firstInner = new Map<string, { release: Release; fact: Fact }>();
    for (const release of ordered) {
      const titles = new Map(release.tables.map((t) => [t.id, tableSignature(t.title)]));
      // Figures of a period: a change column compares two periods, and is none. A period not yet ended when the release
      // was published is an outlook (Intel's "Full-Year 2026 Approximately" operating expenses, $22.7 billion in April and
      // $23.0 billion in July): a later printing revises or reports it, and restates nothing. It is no printing of
      // history, so it is not compared.
      const periods = new Set(release.periods.filter((p) => (p.kind === 'duration' || p.kind === 'instant') && (p.end ?? '') <= release.meta.releaseDate).map((p) => p.id));
      const stated = statements.get(release)!;
      const seen = new Set<string>();
      const figures = release.facts.filter((f) => f.status === 'reported' && f.value !== null && periods.has(f.period) && !f.approximate);
      // A figure "As Previously Reported" quotes an earlier printing: it is compared, never a printing of its own.
      const single = singleLines(figures.filter((f) => f.basis !== 'previously-reported'));
      // A line a release prints at two figures under one key (tables of one generic title, "In billions",
      // with rows of one name) is not one line: which printing is which is not established, so it is not compared.
      const twice = ambiguousKeys(figures, titles);
      const headers = new Map(release.tables.flatMap((t) => t.columns.filter((c) => c.basis).map((c) => [`${t.id}|${c.key}`, c] as const)));
      const seenLines = new Set<string>();
      const named = singleNamed(figures);
      const inner = innerOnce(figures, titles);
      for (const f of figures) {
        const key = keyOf(f, titles);
        const line = lineOf(f);
        // One line printed twice in a release (a summary and its statement) is compared once; as restated and as previously reported, once each.
        if (seen.has(`${key}|${f.basis ?? ''}`) || twice.has(`${key}|${f.basis ?? ''}`)) continue;
        seen.add(`${key}|${f.basis ?? ''}`);
        const quoted = quotesEarlier(f);
        let before = first.get(key);
        // A per-share line named otherwise than before only by its unit, sign or split words ("Earning per stock unit", then
        // "Post-split - Cents" under "Earning per stock unit:"): that line, where each release prints its name once.
        const name = named.get(f);
        if (name) {
          const earlier = firstNamed.get(name.key);
          if (!before && earlier && earlier.release !== release && (name.stripped || earlier.stripped)) before = earlier;
          if (!earlier && !quoted) firstNamed.set(name.key, { release, fact: f, stripped: name.stripped });
        }
        // A line under a heading one release prints and the other does not ("Cash flows from operating activities" above
        // "Adjustments to"): the line in its table and innermost section, where each release prints it once there.
        const within = inner.get(f);
        if (within) {
          const earlier = firstInner.get(within);
          if (!before && earlier && earlier.release !== release) before = earlier;
          if (!earlier && !quoted) firstInner.set(within, { release, fact: f });
        }
        if (quoted && (!before || before.release === release)) continue;
        if (!before && single.get(line) === f && !seenLines.has(line)) {
          // A table titled otherwise than before: the line, where each release prints it at one figure.
          const earlier = firstLine.get(line);
          if (earlier && earlier.release !== release) {
            before = earlier;
            first.set(key, earlier);
          }
        }
        if (!firstLine.has(line) || firstLine.get(line)?.release === release) firstLine.set(line, single.get(line) ? { release, fact: single.get(line)! } : null);
        seenLines.add(line);
        // A label printed on several rows of a section: its row id follows their order, so a row added above moves it to
        // another line. There the line is the label in its block (NVIDIA's "Other (C)" under operating expenses), where
        // each release prints the label once in that block.
        const block = blocks.get(release)!.get(f.id);
        const inBlock = block ? firstInBlock.get(block.key) : undefined;
        if (block && !inBlock && block.once && block.head) firstInBlock.set(block.key, { release, fact: f });
        let byBlock = false;
        if (!before && block?.once && block.head && inBlock && inBlock.release !== release && blocks.get(inBlock.release)!.get(inBlock.fact.id)?.once) {
          // Its row id names no earlier line (a label printed on several rows of a table is told apart by its section's
          // words in one release and not in another: Amazon's "Operating income (loss)" of each segment), but its label,
          // sections and block were printed once by an earlier release: that is its line. Above the first head, no block:
          // PNC prints "Noninterest-bearing" average and quarter-end deposits in one section, apart only by a row with no figures.
          before = inBlock;
          byBlock = true;
        }
        if (repeated(release, f) || (before && before.release !== release && repeated(before.release, before.fact))) {
          // Otherwise compared by its key, and a difference is not established as one line's (oneLineUnsure).
          const here = block?.once && block.head ? block : undefined;
          const there = before && before.release !== release ? blocks.get(before.release)!.get(before.fact.id) : undefined;
          if (here && inBlock && inBlock.release !== release) {
            before = inBlock;
            byBlock = true;
          } else if (here && there?.once && there.head && there.key !== here.key && headed.get(before!.release)!.has(here.head)) {
            // Its key names another block's line, and the earlier release prints this line's block without it: first printed here.
            continue;
          }
        }
        if (!before) {
          first.set(key, { release, fact: f });
          continue;
        }
        if (before.release === release) continue;
        // One id for periods ending on other dates (a change of fiscal calendar) is not one period: not compared (period-names.ts says so).
        if (!sameSpan(periodOf(before.release, f.period), periodOf(release, f.period))) continue;
        const earlier = interval(before.fact);
        const later = interval(f);
        const base: Omit<SeriesComparison, 'verdict'> = { company, period: f.period, earlier: printing(before.release, before.fact), later: printing(release, f) };
        if (overlaps(earlier, later)) {
          if (!meetOnly(earlier, later)) out.push({ ...base, verdict: 'same' });
          else {
            const reading = `${plainRaw(before.fact.raw)} and ${plainRaw(f.raw)} are one unit of the last digit apart: no one figure rounds to both, but a figure rounded whole and a sum of rounded parts can; the same within rounding, not identical`;
            out.push({ ...base, verdict: 'rounding', reading });
          }
          continue;
        }
        const perShare = f.unit.endsWith('/share');
        const between = splitsBetween(ordered.slice(ordered.indexOf(before.release), ordered.indexOf(release) + 1), splits);
        // Across a stated split the figure it does not follow is still a mismatch, shown with the split and what the
        // earlier figure is after it: "$4.98" beside "$0.51" alone reads as a split, not as a difference.
        let acrossSplit: SeriesStatement | undefined;
        // A quote of the earlier printing (a row "Pre-split - As previously reported") is not adjusted for the split.
        if (between.length > 0 && (perShare || f.unit === 'shares') && !quoted) {
          // All the splits stated, else each alone (one stated may be another company's, or not yet effected).
          const tries = [between, ...(between.length > 1 ? between.map((b) => [b]) : [])];
          const fits = tries.find((these) => {
            const ratio = these.reduce((r, s) => r.times(s.ratio), new Decimal(1));
            const factor = perShare ? new Decimal(1).div(ratio) : ratio;
            // The split applies to the unrounded figure: the earlier figure's whole interval, scaled.
            return overlaps({ lo: earlier.lo.times(factor), hi: earlier.hi.times(factor) }, later);
          });
          if (fits) {
            const { ratio: _ratio, ...statement } = fits[fits.length - 1];
            out.push({ ...base, verdict: 'split-adjusted', statement });
            continue;
          }
          const ratio = between.reduce((r, s) => r.times(s.ratio), new Decimal(1));
          const factor = perShare ? new Decimal(1).div(ratio) : ratio;
          const scale = powerOfTen(before.fact.scale);
          const [lo, hi] = [earlier.lo.times(factor).div(scale), earlier.hi.times(factor).div(scale)];
          const { ratio: _ratio, ...statement } = between[between.length - 1];
          acrossSplit = { ...statement, covers: `after it (${ratio.toString()} shares for each one), ${plainRaw(before.fact.raw)} is ${lo.toString()} to ${hi.toString()}, and ${plainRaw(f.raw)} is not within rounding of that` };
        } else if ((perShare || f.unit === 'shares') && !quoted) {
          // A split only one pair of rows prints (./per-share-lines.ts), which the figures follow: not established, no accusation.
          const weak = splitsBetween(ordered.slice(ordered.indexOf(before.release), ordered.indexOf(release) + 1), unconfirmed).find((s) => {
            const factor = perShare ? new Decimal(1).div(s.ratio) : s.ratio;
            return overlaps({ lo: earlier.lo.times(factor), hi: earlier.hi.times(factor) }, later);
          });
          if (weak) {
            const reading = `${weak.release} prints a split by a figure before and after it (${weak.text}), a ratio no other figure confirms; after it ${plainRaw(before.fact.raw)} is within rounding of ${plainRaw(f.raw)}`;
            out.push({ ...base, verdict: 'unverifiable', reading });
            continue;
          }
        }
        // Printed under a column headed "As Restated" ("2018 (Restated)", "As Recast"): the header states it.
        const header = f.basis === 'restated' ? headers.get(`${f.table}|${f.id.slice(f.id.lastIndexOf('/') + 1)}`) : undefined;
        if (header) {
          out.push({ ...base, verdict: 'restated', statement: { release: release.meta.id, line: header.line, text: header.header, covers: 'it heads the column the figure is printed in' } });
          continue;
        }
        // What a release quotes "As Previously Reported" must be what was reported: no restatement explains a difference.
        if (quoted) {
          out.push({ ...base, verdict: 'mismatch' });
          continue;
        }
        // Restated where a restatement of the later release covers the line (./restatements.ts).
        // The restatement that speaks of the figure most closely (./restatements.ts), the first printed among equals.
        const covered = stated.restated
          .map((r) => ({ r, c: coverage(r, f, release) }))
          .filter((x) => x.c !== null)
          .reduce<{ r: Restatement; c: { how: string; rank: number } } | null>((best, x) => (best === null || x.c!.rank < best.c.rank ? { r: x.r, c: x.c! } : best), null);
        if (covered) {
          out.push({ ...base, verdict: 'restated', statement: { release: covered.r.release, line: covered.r.line, text: covered.r.text, covers: covered.c.how } });
          continue;
        }
        // Else the earlier printing's own note may say why (an estimate; an amount it excludes): ./earlier-notes.ts.
        const noted = earlierNoteExplains(before.release, before.fact, f);
        if (noted) {
          out.push({ ...base, verdict: 'restated', statement: noted });
          continue;
        }
        // A stated split moves the par value of the new shares between the lines of equity (Amazon's 20-for-1: common
        // stock $5 → $106 million, additional paid-in capital $55,538 → $55,437 million at December 31, 2021): a line of
        // equity that differs across it is not accused, the split being a reason the release gives.
        if (between.length > 0 && !perShare && f.unit !== 'shares' && inEquity(f)) {
          const { ratio: _ratio, ...split } = between[between.length - 1]!;
          out.push({ ...base, verdict: 'unverifiable', reading: `a line of equity printed across the split ${split.release} states (${split.text}), which moves the par value of the new shares between the lines of equity: ${plainRaw(before.fact.raw)} then, ${plainRaw(f.raw)} now` });
          continue;
        }
        // A mismatch accuses the later printing of one line: where the label does not establish one line, none.
        const unsure = oneLineUnsure(before, { release, fact: f }, byBlock ? null : labelRows);
        out.push(unsure ? { ...base, verdict: 'unverifiable', reading: unsure } : { ...base, verdict: 'mismatch', ...(acrossSplit ? { statement: acrossSplit } : {}) });
      }
    }
    // Per-share figures and share counts that all differ by one split ratio no release states (./unstated-split.ts).
    const byId = new Map(ordered.map((r) => [r.meta.id, r]));
    const stated = (earlier: string, later: string) =>
      splitsBetween(ordered.slice(ordered.indexOf(byId.get(earlier)!), ordered.indexOf(byId.get(later)!) + 1), splits).length > 0;
    readUnstatedSplits(out.slice(start), stated).forEach((c, i) => (out[start + i] = c));
  }
  return out;
}
