/**
 * Ties: the same figure printed in more than one place must agree.
 *
 * - A concept printed for one period in several tables (the summary, the statements,
 *   the reconciliations): `tie/<concept>/<period>`. The reference is the place most
 *   others agree with, among equals the one with the most authority (a statement, then a
 *   reconciliation, then any other table; then the first printed); the check reports the
 *   place that agrees least with it, among equals the one with the least authority, and
 *   names all. So a summary's copy of a statement's total or of a reconciliation's result
 *   is the figure the tie checks (and marks), and the total keeps the footing that checks it.
 *   Two printings of one figure at the same precision must be equal: the reference
 *   counts as exact and only the other's rounding is allowed (XBRL's rule for
 *   duplicate facts). A less precise reference allows its own rounding as well, and so
 *   does a reference against the one place outside the statements whose figure is its
 *   table's lines added as printed, with those lines' rounding (`footedRounding`).
 * - Balances a statement of a period prints at its edges (ending cash of the six-month
 *   cash-flow statement is the balance sheet's cash at June 30) tie under the model's
 *   `ties.balances`: `tie/cash/2010-06-30`.
 * - A money flow printed for a period and for the shorter periods that make it up
 *   (H1 = Q1 + Q2): `tie/<concept>/<period>/sum-of-quarters`, each part ± its rounding.
 */
import { Decimal, parseDecimal, powerOfTen, toPlain } from '../decimal.ts';
import { formatNumber } from '../format/index.ts';
import type { Check, Fact, Table, TableRow, Verdict } from '../types.ts';
import { type CheckContext, columnKey, isMoney, isPerShare, periodLabel } from './context.ts';
import { evaluate, inUnitsOf, type Scope } from './evaluate.ts';
import { type Expression, leftChain, namesIn } from './expression.ts';
import { halfUnit, intersects, point, printedFigure, widen } from './interval.ts';
import { checkWith, makeCheck, titleOf } from './make-check.ts';
import {
  anotherLine,
  adjustsTwoMeasuresNote,
  addedBackReason,
  partsOfTwoBlocksNote,
  adjustsOneMeasureOnTwoBasesNote,
  dilutedOnTwoBasesNote,
  notJudgedLead,
  sumsCorroborated,
  sumsUncorroborated,
  tieAllNil,
  tieAnothersTable,
  tieCertainByLabels,
  tieCorroborated,
  tieFootedRounding,
  tieChainRounding,
  tieLeftOut,
  tieOnUnestablished,
  tiePlaces,
  tieProFormaScope,
  tieReconciledElsewhere,
  tieScopeNarrowed,
  tieTwoStatements,
} from './relation-messages.ts';
import { type Entity, ofTwoEntities, twoStatements } from './entity-statements.ts';
import { proFormaScope, scopeNote } from './note-text.ts';
import { lineNotEstablished, periodNotEstablished, sameName } from './established.ts';
import { dilutedOnTwoBases } from './anti-diluted.ts';
import { footingsOf, footsIn } from './footing.ts';
import { tableScope } from './scopes.ts';
import { tieDimension } from './tie-columns.ts';
import { byPosition } from './release-index.ts';
import { type Computed, type Judgement, judge, type Reported, verdictOf } from './verdict.ts';
import { conceptWords, rowWords, tableWords } from './words.ts';
import { adjustmentQualifier, BASE_CONCEPTS, basisOf, hasNonGaapPrefix, lineName, plainLabel, twinOf, withoutBasis, withoutNonGaapPrefix } from '../model/index.ts';
import { pushTo } from '../grouped.ts';

export function tieChecks(ctx: CheckContext): Check[] {
  const places = placeTies(ctx);
  const taken = new Set(places.map((c) => c.id));
  return [...places, ...labelTies(ctx).filter((c) => !taken.has(c.id)), ...(ctx.relations.ties.periods ? periodTies(ctx) : [])];
}

type Balances = Record<string, { at: 'start' | 'end'; as?: string }>;

/** Balances printed at the edges of a period: the base model's (cash at the end and beginning), then the company model's. */
function balances(ctx: CheckContext): Balances {
  // Asked for every fact of every concept: made once per run.
  let merged = balancesOf.get(ctx);
  if (!merged) balancesOf.set(ctx, (merged = { ...BASE_BALANCES, ...ctx.relations.ties.balances }));
  return merged;
}

const BASE_BALANCES: Balances = Object.fromEntries(Object.entries(BASE_CONCEPTS).flatMap(([id, c]) => (c.balance ? [[id, c.balance]] : [])));
const balancesOf = new WeakMap<CheckContext, Balances>();

/**
 * Whether a tie is certain: every printing rests on a certain recognition of its concept
 * (see ../model/recognize.ts), or every place prints the very same line item (the same
 * label, GAAP marks aside), which no reading can tell apart.
 */
function certain(ctx: CheckContext, facts: Fact[]): boolean {
  // Tables of selected figures alone may each be of a part (a segment's results under a heading of the
  // prose, "Domestic Coke", with "Revenues" and "Adjusted EBITDA" of its own): a statement must be among them.
  if (!facts.some((f) => STATEMENT_KINDS.has(ctx.recognition.tables.get(f.table)?.kind ?? 'other'))) return false;
  // A line printed with a note the other places do not cite may be defined otherwise: United Fire's highlights
  // print "Other income (loss)(2)", "comprised of other income (loss), interest expense and other
  // non-underwriting expenses", beside the statement's "Other income (loss)".
  if (new Set(facts.map((f) => f.footnotes.join(','))).size > 1) return false;
  if (facts.every((f) => ctx.recognition.rows.get(`${f.table}/${f.row}`)?.certain ?? true)) return true;
  // Only between tables whose kind is known: a footnote's breakdown prints line items' labels for parts of them.
  const known = facts.every((f) => !['other', 'breakdown'].includes(ctx.recognition.tables.get(f.table)?.kind ?? 'other'));
  return known && new Set(facts.map((f) => lineName(f.label))).size === 1;
}

const STATEMENT_KINDS = new Set(['income', 'balance', 'cash-flow', 'reconciliation']);

/** A tie that rests on a likely recognition is published only when it holds (or, see placeTie, is corroborated): no false alarm. */
function publishable(ctx: CheckContext, facts: Fact[], check: Check): boolean {
  return certain(ctx, facts) || check.verdict === 'exact' || check.verdict === 'rounding';
}

/** Where a concept's fact stands in time: its own period, or for a balance the day it is struck. */
export function tieKey(ctx: CheckContext, fact: Fact): { concept: string; key: string } {
  const concept = ctx.index.conceptOf(fact)!;
  const balance = balances(ctx)[concept];
  const period = ctx.index.period(fact.period);
  if (!balance || period?.kind !== 'duration') return { concept: balance?.as ?? concept, key: fact.period };
  const day = balance.at === 'end' ? period.end! : dayBefore(period.start!);
  return { concept: balance.as ?? concept, key: day };
}

/**
 * A figure printed once for "basic and diluted" is both figures: it ties to the basic and
 * to the diluted one where the release prints them apart (a reconciliation's "Basic" and
 * "Diluted" shares against the statement's "basic and diluted" line).
 */
const BOTH: Record<string, string[]> = {
  'eps-basic-and-diluted': ['eps-basic', 'eps-diluted'],
  'shares-basic-and-diluted': ['shares-basic', 'shares-diluted'],
  'non-gaap-eps-basic-and-diluted': ['non-gaap-eps-basic', 'non-gaap-eps-diluted'],
  'non-gaap-shares-basic-and-diluted': ['non-gaap-shares-basic', 'non-gaap-shares-diluted'],
};

function placeTies(ctx: CheckContext): Check[] {
  const groups = new Map<string, { concept: string; key: string; facts: Fact[] }>();
  const add = (concept: string, key: string, f: Fact) => {
    const id = `${concept}/${key}`;
    const group = groups.get(id) ?? { concept, key, facts: [] };
    group.facts.push(f);
    groups.set(id, group);
  };
  const both: { fact: Fact; concept: string; key: string }[] = [];
  for (const facts of [...ctx.index.byConcept().values(), wholeColumns(ctx)]) {
    for (const f of facts) {
      const { concept, key } = tieKey(ctx, f);
      if (BOTH[concept]) both.push({ fact: f, concept, key });
      else add(concept, key, f);
    }
  }
  for (const { fact, concept, key } of both) {
    const apart = BOTH[concept].filter((c) => groups.has(`${c}/${key}`));
    if (apart.length === 0) add(concept, key, fact);
    for (const c of apart) add(c, key, fact);
  }
  const checks: Check[] = [];
  const parts = partTables(ctx);
  for (const g of groups.values()) for (const facts of withoutParts(ctx, g.facts)) {
    if (facts.length < 2) continue;
    facts.sort(byPosition);
    // A part's own tie is named after its first table, as linesOf names a tie of another scope.
    const part = parts.has(facts[0].table) && g.facts.some((f) => !parts.has(f.table) || parts.get(f.table) !== parts.get(facts[0].table));
    const named = { id: `tie/${g.concept}/${g.key}${part ? `/${facts[0].table}` : ''}`, subject: conceptWords(ctx.model, g.concept) };
    for (const tie of linesOf(ctx, named, g.key, facts, (fs) => certain(ctx, fs))) {
      // Corroboration publishes a tie whose every line is certainly the concept, only its tables' scope in doubt;
      // a line read as the concept only likely (an unmarked reconciliation line may be the non-GAAP figure) never.
      // So does a tie whose lines certainly the concept disagree among themselves, a line read only likely beside them
      // (a summary's copy agreeing with three statements against the fourth, Precision Drilling's net earnings): the
      // accusation rests on the certain lines alone.
      const lines = (fs: Fact[]) => fs.every((f) => lineCertain(ctx, f)) || certainDisagree(ctx, fs);
      // A tie not certain is published where it holds, unless its lines differ in another period: then it is a coincidence.
      const held = !certain(ctx, tie.facts) && !coincidental(ctx, tie.facts);
      if ((tie.corroborated && lines(tie.facts)) || certain(ctx, tie.facts) || (held && publishable(ctx, tie.facts, tie.check))) checks.push(tie.check);
    }
  }
  return checks;
}

/**
 * The facts of a concept printed in a column whose spanner names the whole or only a time
 * ("Consolidated", "QUARTERLY", see ./tie-columns.ts): the line's own figures, which the
 * release index leaves out with every other column under a spanner.
 */
function wholeColumns(ctx: CheckContext): Fact[] {
  const changes = new Set(ctx.release.periods.filter((p) => p.kind === 'change').map((p) => p.id));
  return ctx.release.facts.filter(
    (f) => f.origin === 'cell' && !!f.dimension && !!f.period && !changes.has(f.period) && tieDimension(ctx.release, f) === '' && ctx.index.conceptOf(f) !== null,
  );
}

/**
 * Whether a table prints the whole company's figures, never a part's: a statement, a reconciliation, or a summary its
 * title calls one, that no title or column names as a part (see partTables).
 */
export function wholeCompanyTable(ctx: CheckContext, table: string): boolean {
  const reading = ctx.recognition.tables.get(table);
  return !!reading && (STATEMENT_KINDS.has(reading.kind) || (reading.kind === 'summary' && !!reading.byTitle)) && !partTables(ctx).has(table);
}

/** A table that prints the whole company's figures: a statement, a reconciliation, or a summary its title calls one. */
function whole(ctx: CheckContext, fact: Fact): boolean {
  const reading = ctx.recognition.tables.get(fact.table);
  return !!reading && (STATEMENT_KINDS.has(reading.kind) || (reading.kind === 'summary' && !!reading.byTitle));
}

/**
 * A table of selected figures that no title calls a summary (a segment's, under a heading of the
 * prose: SunCoke's "Domestic Coke" with "Revenues" and "Adjusted EBITDA" of its own) may print a
 * part of the line a statement prints under the same name: where it differs from every statement
 * or summary of the group, and agrees with none of them in another period both print, it is left
 * out of the tie, never reported as a mismatch of it. One that agrees with a statement's line in
 * the other periods is its copy (Lattice's "GAAP Financial Results"), and a difference in this
 * period alone is the tie's to judge.
 */
function withoutParts(ctx: CheckContext, facts: Fact[]): Fact[][] {
  // A part's table beside another part's or the whole's: its lines are the part's, tied only with the same part's.
  const parts = partTables(ctx);
  const byPart = Map.groupBy(facts, (f) => parts.get(f.table) ?? '');
  if (byPart.size > 1) return [...byPart.values()].map((group) => withoutSegmentLines(ctx, group));
  return [withoutSegmentLines(ctx, facts)];
}

function withoutSegmentLines(ctx: CheckContext, facts: Fact[]): Fact[] {
  const wholes = facts.filter((f) => whole(ctx, f));
  if (wholes.length === 0) return facts;
  const copies = (w: Fact, f: Fact) => {
    const { agree, differ } = otherPeriods(ctx, w, f);
    return agree.length > 0 && differ.length === 0;
  };
  const agrees = (f: Fact) => wholes.some((w) => holds(tieVerdict(ctx, w, f)) || copies(w, f));
  return facts.filter((f) => whole(ctx, f) || agrees(f));
}

/**
 * Tables of the parts of a company, one a part, each titled by its part before one title they share: Morgan
 * Stanley's "Institutional Securities", "Wealth Management" and "Investment Management", each over "Income Statement
 * Information, Financial Metrics and Ratios" (1Q22). A part's lines are never the whole's nor another part's, however
 * their figures agree by chance (Wealth Management's return on equity, 15% and 17%, rounds the Firm's 14.7% and
 * 16.9%). By table, the part it names; titles that differ only in a time ("Three Months Ended …") name no part.
 */
function partTables(ctx: CheckContext): Map<string, string> {
  let found = partsByRelease.get(ctx);
  if (found) return found;
  found = new Map();
  const titled = ctx.release.tables.map((t) => ({ id: t.id, words: plainLabel(t.title ?? '').split(' ').filter(Boolean) }));
  for (const a of titled) {
    for (const b of titled) {
      if (a.id >= b.id) continue;
      let k = 0;
      while (k < a.words.length && k < b.words.length && a.words[a.words.length - 1 - k] === b.words[b.words.length - 1 - k]) k++;
      const [pa, pb] = [a.words.slice(0, a.words.length - k), b.words.slice(0, b.words.length - k)];
      const shared = a.words.slice(a.words.length - k);
      if (k < 4 || pa.length === 0 || pb.length === 0 || pa.length > 3 || pb.length > 3) continue;
      if ([...pa, ...pb, ...shared].some((w) => TIME_WORDS.test(w))) continue;
      found.set(a.id, pa.join(' '));
      found.set(b.id, pb.join(' '));
    }
  }
  for (const [id, part] of partsBesideTheWhole(titled)) if (!found.has(id)) found.set(id, part);
  for (const [id, part] of partsNamedByColumns(ctx)) if (!found.has(id)) found.set(id, part);
  partsByRelease.set(ctx, found);
  return found;
}

/**
 * Parts named between a running head and a shorter title they share with the whole's table: JPMorgan
 * Chase's supplements print "JPMORGAN CHASE & CO." / "CONSOLIDATED FINANCIAL HIGHLIGHTS" for the Firm, then
 * "JPMORGAN CHASE & CO." / "CONSUMER & COMMUNITY BANKING" / "FINANCIAL HIGHLIGHTS" and likewise for each
 * segment (2Q21). A title of two or three words is too common to make its tables parts by itself; the
 * whole's table under it ("Consolidated", "Firmwide", "Total" where the parts are named) establishes that
 * the others speak of parts. Two parts at least, each named in four words or fewer, none a time; a
 * trailing "Continued" is the same title again.
 */
function partsBesideTheWhole(titled: { id: string; words: string[] }[]): Map<string, string> {
  const found = new Map<string, string>();
  const tables = titled.map((t) => ({ id: t.id, words: t.words.at(-1) === 'continued' ? t.words.slice(0, -1) : t.words }));
  for (const whole of tables) {
    const at = whole.words.findIndex((w) => WHOLE_WORDS.test(w));
    if (at < 0) continue;
    const [head, shared] = [whole.words.slice(0, at), whole.words.slice(at + 1)];
    if (shared.length < 2 || shared.some((w) => TIME_WORDS.test(w))) continue;
    const parts = new Map<string, string>();
    for (const t of tables) {
      const middle = t.words.slice(head.length, t.words.length - shared.length);
      if (t === whole || middle.length === 0 || middle.length > 4 || middle.some((w) => TIME_WORDS.test(w) || WHOLE_WORDS.test(w))) continue;
      if (!head.every((w, i) => t.words[i] === w) || !shared.every((w, i) => t.words[t.words.length - shared.length + i] === w)) continue;
      parts.set(t.id, middle.join(' '));
    }
    if (new Set(parts.values()).size < 2) continue;
    for (const [id, part] of parts) found.set(id, part);
  }
  return found;
}

/**
 * Tables titled by a part that another table prints as a column beside the whole: The Hartford's "Commercial Lines" and
 * "Personal Lines" tables (each with its "Net income $121", 1Q20) beside the consolidating income statement's columns
 * "Commercial Lines | Personal Lines | … | Consolidated" (net income 121 … 273). The release names the part the table
 * speaks of: its lines are the part's, never the whole's. Two parts at least, each a column of a table that prints the
 * whole's column too.
 */
function partsNamedByColumns(ctx: CheckContext): Map<string, string> {
  const parts = new Set<string>();
  for (const table of ctx.release.tables) {
    const dimensions = table.columns.filter((c) => c.dimension && c.period);
    if (!dimensions.some((c) => tieDimension(ctx.release, { table: table.id, period: c.period, dimension: c.dimension! }) === '')) continue;
    for (const c of dimensions) {
      if (tieDimension(ctx.release, { table: table.id, period: c.period, dimension: c.dimension! }) === '') continue;
      const name = plainLabel(c.dimension!.replace(/-/g, ' '));
      if (name) parts.add(name);
    }
  }
  const byWords = new Map([...parts].map((p) => [withoutAnd(p), p]));
  const found = new Map<string, string>();
  for (const table of ctx.release.tables) {
    if (table.columns.some((c) => c.dimension)) continue;
    // Its title, or a heading printed over it that opens with the part's name ("Water Pipe & Products (“Water”) - Key
    // Financial and Operational Statistics:" over Forterra's Water table, 1Q20, under the title "Segment Results" or none).
    const heads = [table.title ?? '', ...ctx.release.prose.filter((p) => p.kind === 'caption' && p.line >= table.line && p.line <= table.endLine).map((p) => p.text)];
    const name = heads.map((h) => byWords.get(withoutAnd(plainLabel(h))) ?? byWords.get(withoutAnd(plainLabel(h.split(PART_ENDS)[0]!)))).find(Boolean);
    if (name) found.set(table.id, name);
  }
  return new Set(found.values()).size >= 2 ? found : new Map();
}

/**
 * A table of another entity or part than the company's, by its title and its figures: its title names a part the
 * release prints as a column of another table (Hasbro's "eOne - FY2019 RESULTS OF OPERATIONS (REPORTED UNDER U.S.
 * GAAP)" beside the pro forma reconciliation's column "eOne (under U.S. GAAP)", 1Q20), and every line it shares with
 * the company's statements differs from theirs in every period both print, three lines at least, none agreeing (eOne's
 * March 2019 quarter: revenues 466,212 against Hasbro's 732,510, and twelve lines more). Its lines are that part's: a
 * tie against them resting on labels alone accuses nothing. The part's name and how many lines differ; null otherwise.
 */
function anothersTable(ctx: CheckContext, id: string): { name: string; lines: number } | null {
  let found = anothersByRelease.get(ctx);
  if (!found) anothersByRelease.set(ctx, (found = new Map()));
  if (!found.has(id)) found.set(id, anothersTableOf(ctx, id));
  return found.get(id)!;
}

const anothersByRelease = new WeakMap<CheckContext, Map<string, { name: string; lines: number } | null>>();

function anothersTableOf(ctx: CheckContext, id: string): { name: string; lines: number } | null {
  const table = ctx.release.tables.find((t) => t.id === id);
  if (!table) return null;
  const title = new Set(plainLabel(table.title ?? '').split(' '));
  const company = new Set(plainLabel(ctx.release.meta.name ?? '').split(' '));
  // The parts other tables print as columns, by the words that name them beyond a basis or a time.
  let name: string | null = null;
  for (const t of ctx.release.tables) {
    if (t.id === id) continue;
    for (const c of t.columns) {
      if (!c.dimension || !c.period || tieDimension(ctx.release, { table: t.id, period: c.period, dimension: c.dimension }) === '') continue;
      const words = plainLabel(c.dimension.replace(/-/g, ' ')).split(' ').filter((w) => w && !TIME_WORDS.test(w) && !BASIS_WORDS.test(w) && !company.has(w));
      if (words.length > 0 && words.every((w) => title.has(w))) name = words.join(' ');
    }
  }
  if (!name) return null;
  // Every line it shares with a statement, by concept and period, against the statement's.
  const statement = (f: Fact) => f.table !== id && ['income', 'balance', 'cash-flow'].includes(ctx.recognition.tables.get(f.table)?.kind ?? 'other');
  // The line a place prints: its concept where it is read as one, else its label as labelTies joins it.
  const line = (f: Fact) => (ctx.index.conceptOf(f) !== null ? `concept|${tieKey(ctx, f).concept}|${tieKey(ctx, f).key}` : `label|${looseLabel(withoutBasis(plainLabel(f.label)))}|${f.period}`);
  const cells = ctx.release.facts.filter((f) => f.origin === 'cell' && !!f.period && tieDimension(ctx.release, f) === '');
  const theirs = Map.groupBy(cells.filter(statement), line);
  const rows = new Map<string, boolean>();
  for (const f of cells) {
    if (f.table !== id) continue;
    for (const g of theirs.get(line(f)) ?? []) rows.set(f.row, (rows.get(f.row) ?? false) || holds(tieVerdict(ctx, g, f)));
  }
  const lines = [...rows.values()];
  return lines.length >= 3 && lines.every((agrees) => !agrees) ? { name, lines: lines.length } : null;
}

/** Words of a column's name that say its basis or its kind, not whose figures it prints. */
const BASIS_WORDS = /^(?:as|under|u|s|us|gaap|ifrs|non|reported|adjusted|adjustments?|pro|forma|combined|historical|actual|percent|change|of|the|and|excluding|including|before|after|eliminations?|other|others|corporate|total|consolidated|unaudited|amount|amounts|per|share|diluted|basic|margin|net|revenues?)$/;

/** Where a heading's name ends, before what it says of it: " - Key Financial …", " (“Water”)", ": …". */
const PART_ENDS = /\s[-–—]\s|[(:]/;
const withoutAnd = (plain: string) => plain.split(' ').filter((w) => w !== 'and').join(' ');

/** A title's word naming the whole beside its parts' tables. */
const WHOLE_WORDS = /^(?:consolidated|firmwide|total)$/;

const partsByRelease = new WeakMap<CheckContext, Map<string, string>>();
const TIME_WORDS = /^(?:\d.*|three|six|nine|twelve|thirteen|months?|weeks?|quarters?|quarterly|years?|annual|ended|ending|fiscal|full|first|second|third|fourth|q[1-4]|fy|ytd|h[12]|half|january|february|march|april|may|june|july|august|september|october|november|december|consolidated|total|gaap|non|adjusted|reported)$/;

const STATEMENT_WORDS: Record<string, string> = { income: 'statement of operations', balance: 'balance sheet', 'cash-flow': 'statement of cash flows' };
const ENTITY_WORDS: Record<Entity, string> = { group: "group's (consolidated)", company: "company's own" };

const SEVERITY: Record<Verdict, number> = { exact: 0, rounding: 1, unverifiable: 2, mismatch: 3 };

/** How much a table's printing of a figure is the source of it: statements first, reconciliations, then tables of selected figures. */
function authority(ctx: CheckContext, fact: Fact): number {
  const kind = ctx.recognition.tables.get(fact.table)?.kind ?? 'other';
  return kind === 'income' || kind === 'balance' || kind === 'cash-flow' ? 0 : kind === 'reconciliation' ? 1 : 2;
}

/**
 * A line no concept covers, printed in a statement (or reconciliation) and again in another
 * table under the same label and the same sections ("Data center services" under "Revenues:"
 * in a financial summary and in the statement of operations): one figure in two places, so a
 * tie, `tie/<the statement's row>/<period>`. Certain between a statement and a summary its
 * title names, the table that copies it; elsewhere (a segment's table, a table of unknown
 * kind, a reconciliation's adjustment that a statement also prints) published only where it
 * holds, and a table of selected figures that differs is left out as a part (./withoutParts),
 * since a segment's "Revenues" is not the consolidated line of that name.
 */
function labelTies(ctx: CheckContext): Check[] {
  const changes = new Set(ctx.release.periods.filter((p) => p.kind === 'change').map((p) => p.id));
  const lines: { fact: Fact; label: string; loose: string; sections: string[]; basis: string; concept: string | null }[] = [];
  for (const f of ctx.release.facts) {
    if (f.origin !== 'cell' || tieDimension(ctx.release, f) !== '' || !f.period || changes.has(f.period)) continue;
    const reading = ctx.recognition.tables.get(f.table);
    if (!reading || reading.kind === 'breakdown') continue;
    // The name a line keeps wherever printed, an adjustment its label names included ("… (as adjusted to exclude …)").
    const label = lineName(f.label);
    if (!label || /^(total|subtotal|other|net|consolidated)$/.test(label)) continue;
    // A line under "As adjusted:" is the adjusted figure, whatever its own label says.
    const basis = basisOf(f.label) ?? sectionBasis(f.section) ?? reading.basis ?? 'gaap';
    const concept = ctx.index.conceptOf(f);
    const sections = f.section.map((x) => withoutBasis(plainLabel(x)));
    const whose = attributedOf(ctx, f);
    lines.push({ fact: f, label, loose: looseLabel(label), sections: whose === null ? sections : [...sections, whose], basis, concept });
  }
  const unnamed = lines.filter((l) => l.concept === null);
  const checks: Check[] = [];
  const taken = new Set<string>();
  const tied = new Set<string>();
  const tie = (printed: Fact[], exact: boolean) => {
    const facts = withoutDeductions(ctx, printed);
    if (facts.length < 2) return;
    const readings = facts.map((f) => ctx.recognition.tables.get(f.table)!);
    const sorted = facts.toSorted((a, b) => authority(ctx, a) - authority(ctx, b) || byPosition(a, b));
    // A summary its title calls one ("Financial Summary") beside a statement: a segment's table under a heading of the prose
    // reads as a summary from its change columns alone, and its lines are the segment's, not the statement's.
    const sure =
      exact &&
      readings.some((r) => STATEMENT_KINDS.has(r.kind)) &&
      readings.every((r) => (r.kind === 'summary' && r.byTitle) || (STATEMENT_KINDS.has(r.kind) && r.kind !== 'reconciliation'));
    // A place joined by its wording to a line already tied is named after its own table: "Noninterest expense" under
    // "FINANCIAL RESULTS" in PNC's highlights beside the reconciliation's and the income statement's, tied before.
    const id = `tie/${sorted[0].row}/${sorted[0].period}`;
    const joined = facts.find((f) => !tied.has(f.id));
    const named = { id: taken.has(id) && joined ? `${id}/${joined.table}` : id, subject: rowWords(sorted[0]) };
    for (const t of linesOf(ctx, named, sorted[0].period, facts.toSorted(byPosition), () => sure)) {
      if (taken.has(t.check.id)) continue;
      // Held in this period by lines that differ in another (CNA's Specialty and Property & Casualty each print an
      // underlying combined ratio of 91.4 in Q4 2023 alone): a coincidence, never a tie to show as holding.
      if (sure || t.corroborated || ((t.check.verdict === 'exact' || t.check.verdict === 'rounding') && !coincidental(ctx, t.facts))) {
        checks.push(t.check);
        taken.add(t.check.id);
      }
    }
  };
  // First the places that print the very label under the same sections; then those whose labels differ only in
  // wording ("Interest income" in selected data, "Total interest income" closing "Interest income" in the statement)
  // or whose sections are a summary's captions ("OPERATING DATA"): one line only where the figures say so.
  const when = atQuarterEnd(ctx, unnamed);
  const exact = placesOnce(unnamed, (l) => [l.label, ...l.sections, l.basis, l.fact.unit, when(l)].join('|'));
  for (const facts of exact) {
    for (const kept of withoutParts(ctx, facts)) {
      if (kept.length < 2) continue;
      // Two places of one label, one printing the other's figures negated: a line and its deduction, not printed alike.
      if (kept.length === 2 && negatedRows(ctx, kept[0]!, kept[1]!)) continue;
      tie(kept, true);
      for (const f of kept) tied.add(f.id);
    }
  }
  // A line printed twice in one table under the very label, sections and notes, each closing its own block (Slate
  // Grocery's "Adjusted EBITDA 1 2" reached from net income, then from NOI less G&A): one figure reached two ways, so a
  // tie; published where it holds or, failing, where the two printings agree in another period (./twiceInOneTable).
  const closing = new Map<string, Set<string>>();
  const closes = (f: Fact) => {
    let rows = closing.get(f.table);
    const table = ctx.release.tables.find((t) => t.id === f.table);
    if (!rows) closing.set(f.table, (rows = new Set(table ? footingsOf(ctx, table).map((ft) => ft.total.id) : [])));
    return rows.has(f.row);
  };
  for (const facts of twiceInOneTable(unnamed, (l) => [l.label, ...l.sections, l.basis, l.fact.unit, l.fact.period, l.fact.footnotes.join(',')].join('|'))) {
    // Each printing the total of its own block: two parts printed alike (Lattice's "Cumulative effect of Non-GAAP
    // adjustments" per basic and per diluted share) are two lines that may differ, however often they agree.
    if (facts.some((f) => tied.has(f.id) || !closes(f))) continue;
    tie(facts, false);
    for (const f of facts) tied.add(f.id);
  }
  // A line the base model names in one place and not in another ("Adjusted EBITDA" in Martin Marietta's reconciliation,
  // "Adjusted EBITDA4" in its highlights) joins them here: one named place at most, the one with most authority, since
  // the named places tie among themselves by their concept.
  const concepts = new Map(lines.map((l) => [l.fact, l.concept]));
  for (const all of placesOnce(lines, (l) => [l.loose, l.basis, l.fact.unit, l.concept === null ? when(l) : l.fact.period].join('|'))) {
    const named = all.filter((f) => concepts.get(f) !== null).sort((a, b) => authority(ctx, a) - authority(ctx, b) || byPosition(a, b));
    const group = withoutDeductions(ctx, all.filter((f) => concepts.get(f) === null || f === named[0]));
    if (group.length === named.length || group.length < 2 || group.every((f) => tied.has(f.id)) || !sectionsAgree(group)) continue;
    for (const kept of withoutParts(ctx, group)) if (kept.length >= 2 && !kept.every((f) => tied.has(f.id))) tie(joining(kept), false);
  }
  return checks;

  // Places tied before stand for their tie by the first of them in authority: what is judged here is the places
  // joining it, and a difference among the tied ones is their own tie's to report, not a second check's.
  function joining(kept: Fact[]): Fact[] {
    const before = kept.filter((f) => tied.has(f.id)).sort((a, b) => authority(ctx, a) - authority(ctx, b) || byPosition(a, b));
    return before.length < 2 ? kept : kept.filter((f) => !tied.has(f.id) || f === before[0]);
  }
}

/**
 * The period a line is tied at: its own, or, for a line printed under a bare day and elsewhere under the same words
 * in the one span ending that day, the span: a bank's highlights' "June 30, 2021" over its allowance and its ratios,
 * beside its credit quality's "At or for the quarter ended 6/30/2021" (PNC's, 2Q21). Where the line is printed for
 * two spans ending that day (the quarter and the half to date), the day does not say which of them it is, and is kept.
 */
function atQuarterEnd(ctx: CheckContext, lines: readonly { fact: Fact; loose: string }[]): (l: { fact: Fact; loose: string }) => string {
  const spans = new Map<string, Set<string>>();
  for (const l of lines) {
    const p = ctx.index.period(l.fact.period);
    if (p?.kind === 'duration' && p.end) pushSet(spans, `${l.loose}|${p.end}`, l.fact.period);
  }
  return (l) => {
    if (ctx.index.period(l.fact.period)?.kind !== 'instant') return l.fact.period;
    const ending = spans.get(`${l.loose}|${l.fact.period}`);
    return ending?.size === 1 ? [...ending][0]! : l.fact.period;
  };
}

function pushSet(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** Whether periods are all spans, each ending on a day no other ends on. */
function endsApart(ctx: CheckContext, periods: readonly string[]): boolean {
  const ends = periods.map((id) => ctx.index.period(id)).map((p) => (p?.kind === 'duration' ? (p.end ?? null) : null));
  return ends.length > 0 && ends.every((e) => e !== null) && new Set(ends).size === ends.length;
}

/**
 * Two rows' figures by period, keyed alike: where one row prints days and the other spans ending on days of their own
 * (see atQuarterEnd), the spans keyed by their last day, so that the periods both print are found.
 */
function keyedAlike(ctx: CheckContext, a: Map<string, Fact>, b: Map<string, Fact>): [Map<string, Fact>, Map<string, Fact>] {
  if ([...a.keys()].some((k) => b.has(k))) return [a, b];
  const days = (m: Map<string, Fact>) => m.size > 0 && [...m.keys()].every((k) => ctx.index.period(k)?.kind === 'instant');
  const byEnd = (m: Map<string, Fact>) => new Map([...m].map(([k, f]) => [ctx.index.period(k)!.end!, f]));
  if (days(b) && endsApart(ctx, [...a.keys()])) return [byEnd(a), b];
  if (days(a) && endsApart(ctx, [...b.keys()])) return [a, byEnd(b)];
  return [a, b];
}

/**
 * Whether places that hold in this period print lines that differ in another period both print (CNA's Specialty and
 * Property & Casualty each print an underlying combined ratio of 91.4% in Q4 2023 alone): a coincidence, never a tie
 * to show as holding.
 */
function coincidental(ctx: CheckContext, facts: Fact[]): boolean {
  return facts.some((f) => f !== facts[0] && otherPeriods(ctx, facts[0], f).differ.length > 0);
}

/** Lines grouped by `key`, the places of each group in the tables that print the line once (a label repeated within a table is ambiguous there). */
function placesOnce<L extends { fact: Fact }>(lines: L[], key: (l: L) => string): Fact[][] {
  const groups = new Map<string, Fact[]>();
  const perTable = new Map<string, number>();
  for (const l of lines) {
    const k = key(l);
    const inTable = `${l.fact.table}|${k}`;
    perTable.set(inTable, (perTable.get(inTable) ?? 0) + 1);
    const group = groups.get(k);
    if (group) group.push(l.fact);
    else groups.set(k, [l.fact]);
  }
  return [...groups].map(([k, facts]) => facts.filter((f) => perTable.get(`${f.table}|${k}`) === 1)).filter((facts) => facts.length >= 2);
}

/**
 * The two printings of a line that one table prints exactly twice under the same key, in two rows: the same line
 * item reached by two blocks (a reconciliation that reaches Adjusted EBITDA from net income, then computes it as the
 * company defines it, from NOI less general and administrative expenses). A label printed three times or more is a
 * repeated caption (a segment's lines), left alone; and the tie that follows is published only where it holds or is
 * corroborated by another period in which both printings agree (./placeTie), never on the labels alone.
 */
function twiceInOneTable<L extends { fact: Fact }>(lines: L[], key: (l: L) => string): Fact[][] {
  const groups = new Map<string, Fact[]>();
  for (const l of lines) {
    const k = `${l.fact.table}|${key(l)}`;
    const group = groups.get(k);
    if (group) group.push(l.fact);
    else groups.set(k, [l.fact]);
  }
  return [...groups.values()].filter((facts) => facts.length === 2 && facts[0].row !== facts[1].row);
}

/**
 * What a line under an "Attributable to:" caption is a share of: the line printed just above the caption, in the words
 * ties compare; null for a line under no such caption. XP Power's "Equity shareholders" is 2.1 of the profit for the
 * period in its income statement and 1.1 of the total comprehensive income in the statement under it (H1 2024): one
 * label, two figures.
 */
function attributedOf(ctx: CheckContext, f: Fact): string | null {
  const caption = f.section.at(-1);
  if (caption === undefined || !/^attributable to\b/.test(plainLabel(caption))) return null;
  const rows = ctx.index.table(f.table)?.rows ?? [];
  const at = rows.findIndex((r) => r.id === f.row);
  const head = rows.findLastIndex((r, k) => k < at && r.kind !== 'values' && r.label === caption);
  const above = head > 0 ? rows.slice(0, head).findLast((r) => r.kind === 'values') : undefined;
  return above ? `of ${looseLabel(lineName(above.label))}` : null;
}

/** The basis a line's sections give it: "As adjusted:", "Non-GAAP:", "As reported under GAAP:"; null when they name none. */
function sectionBasis(sections: string[]): string | null {
  for (const s of sections.toReversed()) {
    const basis = basisOf(s) ?? (/\b(as adjusted|adjusted|pro forma)\b/i.test(s) ? 'non-gaap' : null);
    if (basis) return basis;
  }
  return null;
}

/**
 * A label in the words a line keeps wherever it is printed: without a leading "Total" (the line
 * that closes the section of its name in a statement is the one line a summary prints) or
 * "Consolidated" (a summary's word for the line beside its segments'), a leading
 * "Less"/"Add back" (a reconciliation's verb), and footnote marks run into a word or left
 * at the end ("Adjusted EBITDA4", "EBITDA1,2", "Adjusted earnings (loss)1").
 */
export function looseLabel(plain: string): string {
  return plain
    .replace(/\b([a-z]{2,})\d{1,2}\b/g, '$1')
    .replace(/(\s\d{1,2})+$/, '')
    .replace(/^(less|add back|add|plus|deduct)\s+/, '')
    .replace(/^(total|consolidated)\s+/, '')
    .trim();
}

/**
 * Whether the places' sections allow one line: every two places share a section, or one of them
 * prints the line under none but the one it closes ("Total interest income" under "Interest
 * income") or a caption of a table of selected figures ("OPERATING DATA"); "Data center services"
 * under "Revenues:" and under "Costs:" are two lines.
 */
function sectionsAgree(facts: Fact[]): boolean {
  // The sections a place prints its line under, less the one its label closes; and whether all of them are captions in capitals.
  const under = facts.map((f) => {
    const loose = looseLabel(lineName(f.label));
    const kept = f.section.filter((x) => looseLabel(withoutBasis(plainLabel(x))) !== loose);
    return { plain: kept.map((x) => withoutBasis(plainLabel(x))), captions: kept.every((x) => /[A-Z]/.test(x) && x === x.toUpperCase()) };
  });
  for (let i = 0; i < under.length; i++) {
    for (let j = i + 1; j < under.length; j++) {
      const a = under[i];
      const b = under[j];
      if (a.plain.length === 0 || b.plain.length === 0 || a.captions || b.captions || a.plain.some((x) => b.plain.includes(x))) continue;
      return false;
    }
  }
  return true;
}

type Tie = { check: Check; facts: Fact[]; corroborated: boolean };

/**
 * Whether a place's row is the concept whatever its table's scope: a recognition is likely either
 * because its table's kind is unknown or a segment's (the scope is in doubt, the line is not) or
 * because the line itself may be another (an unmarked reconciliation line, a net income beside the
 * line attributable to the company), and only the first is settled by corroboration. So is an
 * unmarked reconciliation line of the basic shares: the weighted count of the shares outstanding,
 * one count under either basis, where a diluted count may add potential shares a GAAP loss leaves
 * out (Warrior Met Coal's "Weighted average number of basic shares outstanding" under its adjusted
 * net income, 1Q20, printed as the statement's 51,106 and 51,511); an unmarked diluted count only where
 * its table prints the GAAP diluted per-share figure it is the denominator of.
 */
/** Whether two of the facts, each certainly its line's concept, do not tie. */
function certainDisagree(ctx: CheckContext, facts: Fact[]): boolean {
  const sure = facts.filter((f) => lineCertain(ctx, f));
  return sure.some((a, i) => sure.slice(i + 1).some((b) => !holds(tieVerdict(ctx, a, b))));
}

function lineCertain(ctx: CheckContext, f: Fact): boolean {
  const recognized = ctx.recognition.rows.get(`${f.table}/${f.row}`);
  if (!recognized || recognized.certain) return true;
  const kind = ctx.recognition.tables.get(f.table)?.kind ?? 'other';
  if (kind === 'reconciliation' && (twinOf(recognized.concept) ?? recognized.concept) === 'shares-basic' && basisOf(f.label) === null) return true;
  if (kind === 'reconciliation' && (twinOf(recognized.concept) ?? recognized.concept) === 'shares-diluted' && basisOf(f.label) === null && besideGaapDilutedEps(ctx, f)) return true;
  return kind === 'other' || kind === 'segment';
}

/**
 * Whether a reconciliation's unmarked diluted count is printed with the GAAP diluted per-share figure of its own table:
 * the count that figure is computed from, so the statement's count, whatever the non-GAAP figure beside it takes
 * (Chipotle, Q4 2025: "Diluted weighted-average number of common shares outstanding" 1,319,988 and 1,368,923 under
 * "Diluted earnings per share" $0.25 and $0.24, as the statements of income print them). Under a GAAP loss the
 * statement's diluted count is its basic one, and a larger count beside it is left to ./anti-diluted.ts.
 */
function besideGaapDilutedEps(ctx: CheckContext, f: Fact): boolean {
  const table = ctx.index.table(f.table);
  return (table?.rows ?? []).some((r) => {
    const plain = plainLabel(r.label);
    if (!/\bdiluted\b/.test(plain) || basisOf(r.label) !== null || hasNonGaapPrefix(plain) || adjustmentQualifier(r.label) !== null) return false;
    const first = r.cells.map((id) => (id ? ctx.index.fact(id) : undefined)).find((g) => g?.value != null);
    return first !== undefined && isPerShare(first.unit);
  });
}

/**
 * The ties of the places of one concept and period: the line of the reference, then, among the
 * places left out as another line (ASE prints its ATM and EMS statements beside the consolidated
 * one, each "Total net revenues" printed again in a table of its segment's operations), the ties
 * of each other line, `<id>/<its first table>`.
 */
function linesOf(ctx: CheckContext, named: { id: string; subject: string }, key: string, printed: Fact[], sure: (facts: Fact[]) => boolean): Tie[] {
  const ties: Tie[] = [];
  let rest = printed;
  for (let first = true; rest.length >= 2; first = false) {
    const another: Fact[] = [];
    const tie = placeTie(ctx, first ? named : { ...named, id: `${named.id}/${rest[0].table}` }, key, rest, sure, another);
    if (tie) ties.push(tie);
    if (another.length >= rest.length) break;
    rest = another;
  }
  return ties;
}

/**
 * The tie of `printed`, the places of one figure, with the places it rests on; null when no two
 * places print the same line. A place whose column's period its table does not establish is left
 * out (./established.ts), and the tie is unverifiable when fewer than two places are left. A place
 * that differs from the reference is judged against the same two lines in the other periods both
 * print: where they agree there, the tie is corroborated and this period's difference is a
 * mismatch; where they differ in every one, the place prints another line (a segment's, another
 * measure's) and is left out; where no other period is printed in both, the tie rests on its
 * labels (`sure`).
 */
function placeTie(
  ctx: CheckContext,
  named: { id: string; subject: string },
  key: string,
  printed: Fact[],
  sure: (facts: Fact[]) => boolean,
  another: Fact[] = [],
): Tie | null {
  const place = (f: Fact) => `${rowWords(f)} in the ${tableWords(f.table)}, ${periodLabel(ctx, f.period)} (line ${f.line})`;
  // Places whose column's period, or whose line in that column, the release does not establish, by reason.
  const concept = (f: Fact) => (ctx.index.conceptOf(f) !== null ? tieKey(ctx, f).concept : null);
  // A part is the place's own line item where it is read as its concept, or, read as none, is printed under the same name.
  const same = (f: Fact) => (part: Fact) => (concept(part) === null ? sameName(part.label, f.label) : concept(part) === concept(f));
  const why = (f: Fact) => periodNotEstablished(ctx, f) ?? lineNotEstablished(ctx, f, same(f));
  const open = new Map<string, Fact[]>();
  for (const f of printed) {
    const reason = why(f);
    if (reason !== null) pushTo(open, reason, f);
  }
  const facts = printed.filter((f) => why(f) === null);
  const leftOut = [...open].map(([reason, fs]) => tieLeftOut(fs.map(place), reason));
  if (facts.length < 2) {
    if (!sure(printed)) return null;
    const spec = tieSpec(ctx, named, key, printed, printed[0], printed.slice(1), place);
    const check = checkWith(spec, {
      verdict: 'unverifiable',
      computed: null,
      computedInterval: null,
      tolerance: null,
      difference: null,
      explanation: [...open].map(([reason, fs]) => tieOnUnestablished(fs.map(place), reason)).join(' '),
    });
    return { check, facts: printed, corroborated: false };
  }
  // The place most others agree with is the reference: where one printing of three is off, it is the one reported.
  const agreeing = new Map<Fact, number>();
  for (const f of facts) {
    let n = 0;
    for (const g of facts) if (g !== f && holds(tieVerdict(ctx, f, g))) n++;
    agreeing.set(f, n);
  }
  const [reference, ...candidates] = facts.toSorted(
    (a, b) => agreeing.get(b)! - agreeing.get(a)! || authority(ctx, a) - authority(ctx, b) || byPosition(a, b),
  );
  const others: Fact[] = [];
  const corroborated = new Map<Fact, string[]>();
  // The places that hold with the reference are printings of its line: what another place shows against any of them
  // in other periods it shows against the line. Hanesbrands' balance sheet prints cash without what is held for sale,
  // its cash-flow statement with it: against "end of period" they differ at the other year-end, against "beginning of
  // period" (struck the same day) no other period is printed in both.
  const holding = [reference, ...candidates.filter((f) => holds(tieVerdict(ctx, reference, f)))];
  for (const f of candidates) {
    if (holding.includes(f)) {
      others.push(f);
      continue;
    }
    // A charge and the line of the cash-flow statement adding it back to net income: the add-back is its non-cash part,
    // the whole only where none of it is paid (Intel's FY2022 "Restructuring and other charges": 2 in the income
    // statement, 1,074 in the cash flows; both 2,626 in FY2021). Agreeing elsewhere corroborates nothing. A line the
    // base model names (net income, cash) is one figure in both.
    const addBack = concept(f) === null && concept(reference) === null ? addedBackToCash(ctx, reference, f) : null;
    if (addBack) {
      leftOut.push(tieLeftOut([place(f)], addedBackReason(tableWords(addBack.other.table))));
      another.push(f);
      continue;
    }
    const { agree, differ, against } = periodsAgainst(ctx, holding, f);
    if (agree.length === 0 && differ.length > 0) {
      leftOut.push(tieLeftOut([place(f)], anotherLine(`${rowWords(against)} in the ${tableWords(against.table)}`, differ.map((p) => periodLabel(ctx, p)))));
      another.push(f);
      continue;
    }
    // Corroborated only by lines that agree in every other period both print: agreeing in one and differing in
    // another (two entities' EPS both 0.42 in one quarter) is a coincidence, not one line.
    corroborated.set(f, differ.length === 0 ? agree : []);
    others.push(f);
  }
  if (others.length === 0) return null;
  const judged = others.map((f) => ({ fact: f, ...tieJudgement(ctx, reference, f) }));
  // The place that agrees least; among equals the one with the least authority, then the first printed.
  const worst = judged.reduce((a, b) => {
    const severity = SEVERITY[b.judgement.verdict] - SEVERITY[a.judgement.verdict];
    return severity > 0 || (severity === 0 && authority(ctx, b.fact) > authority(ctx, a.fact)) ? b : a;
  });
  const used = [reference, ...others].sort(byPosition);
  const spec = tieSpec(ctx, named, key, used, worst.fact, [reference, ...others.filter((f) => f !== worst.fact)], place);
  spec.notes.push(...leftOut);
  for (const { fact, lines, by, chain } of worst.footed) {
    const place = `${rowWords(fact)} in the ${tableWords(fact.table)}`;
    spec.notes.push(chain ? tieChainRounding(rawFigure(fact), place, chain.above, chain.below, chain.less, formatNumber(toPlain(by))) : tieFootedRounding(rawFigure(fact), place, lines, formatNumber(toPlain(by))));
  }
  if (used.every((f) => f.status === 'nil')) {
    const check = checkWith(spec, {
      verdict: 'exact',
      computed: null,
      computedInterval: null,
      tolerance: null,
      difference: null,
      explanation: tieAllNil(),
    });
    return { check, facts: used, corroborated: false };
  }
  const agree = worst.judgement.verdict === 'mismatch' ? (corroborated.get(worst.fact) ?? []) : [];
  if (worst.judgement.verdict === 'mismatch' && concept(worst.fact)?.endsWith('shares-diluted') && dilutedOnTwoBases(ctx, reference, worst.fact)) {
    spec.notes.push(dilutedOnTwoBasesNote(rowWords(worst.fact), rowWords(reference)));
    const check = checkWith(spec, { ...worst.judgement, verdict: 'unverifiable', difference: null, explanation: notJudgedLead(rawFigure(worst.fact), rawFigure(reference)) });
    return { check, facts: used, corroborated: false };
  }
  const results = worst.judgement.verdict === 'mismatch' ? adjustsTwoMeasures(ctx, reference, worst.fact) : null;
  if (results) {
    spec.notes.push(adjustsTwoMeasuresNote(rowWords(worst.fact), results[0], results[1]));
    const check = checkWith(spec, { ...worst.judgement, verdict: 'unverifiable', difference: null, explanation: notJudgedLead(rawFigure(worst.fact), rawFigure(reference)) });
    return { check, facts: used, corroborated: false };
  }
  const bases = worst.judgement.verdict === 'mismatch' ? computedOnTwoBases(ctx, reference, worst.fact) : null;
  if (bases) {
    spec.notes.push(adjustsOneMeasureOnTwoBasesNote(rowWords(worst.fact), bases[0], bases[1]));
    const check = checkWith(spec, { ...worst.judgement, verdict: 'unverifiable', difference: null, explanation: notJudgedLead(rawFigure(worst.fact), rawFigure(reference)) });
    return { check, facts: used, corroborated: false };
  }
  // On labels alone against a table of another entity or part: no accusation (Hasbro's "eOne - FY2019 RESULTS OF
  // OPERATIONS", the acquired company's quarters before the acquisition, beside Hasbro's own Q1 2019).
  const partPlace = worst.judgement.verdict === 'mismatch' && agree.length === 0 ? [worst.fact, reference].find((f) => anothersTable(ctx, f.table)) : undefined;
  if (partPlace) {
    const { name, lines } = anothersTable(ctx, partPlace.table)!;
    spec.notes.push(tieAnothersTable(tableWords(partPlace.table), name, lines));
    const check = checkWith(spec, { ...worst.judgement, verdict: 'unverifiable', difference: null, explanation: notJudgedLead(rawFigure(worst.fact), rawFigure(reference)) });
    return { check, facts: used, corroborated: false };
  }
  // A part of a block is named by its label and its block: PG&E's "Tax impacts" under "Bankruptcy and legal costs
  // (pre-tax)" is that item's tax, under "Wildfire-related costs, net of insurance (pre-tax)" another's (each table
  // after a note of its own, Q2 2023; both (6) in the quarter, (13) and (10) in the half).
  const blocks = worst.judgement.verdict === 'mismatch' ? partsOfTwoBlocks(ctx, reference, worst.fact) : null;
  if (blocks) {
    spec.notes.push(partsOfTwoBlocksNote(rowWords(worst.fact), blocks[0], blocks[1]));
    const check = checkWith(spec, { ...worst.judgement, verdict: 'unverifiable', difference: null, explanation: notJudgedLead(rawFigure(worst.fact), rawFigure(reference)) });
    return { check, facts: used, corroborated: false };
  }
  // Two statements of one kind in full, the group's and the company's own (Derrimon's cash flows, pages 9 and 10, both
  // untitled: "Differred tax liability" (5,090) and (2,369)): one line only where the release says both are of one
  // entity, or where the same lines agree in every other period both print (ASE's ATM statement's "Testing" beside the
  // consolidated statement's, a segment's line the whole prints as its own).
  // Periods that agree make two printings of one statement one line, unless the release names one of them the group's
  // and the other not so (Everything Fresh's "CONSOLIDATED STATEMENT OF CASH FLOWS", then its own "STATEMENT OF CASH
  // FLOWS"): a company's line may equal its group's in one period and not in another.
  const statements = worst.judgement.verdict === 'mismatch' ? twoStatements(ctx, reference, worst.fact) : null;
  if (statements && !(statements.entities[0] && statements.entities[0] === statements.entities[1]) && (agree.length === 0 || ofTwoEntities(ctx, reference.table, worst.fact.table))) {
    const [a, b] = statements.entities;
    spec.notes.push(tieTwoStatements(STATEMENT_WORDS[statements.kind], tableWords(reference.table), tableWords(worst.fact.table), a && b ? `the ${ENTITY_WORDS[a]} and the ${ENTITY_WORDS[b]}` : null));
    const check = checkWith(spec, { ...worst.judgement, verdict: 'unverifiable', difference: null, explanation: notJudgedLead(rawFigure(worst.fact), rawFigure(reference)) });
    return { check, facts: used, corroborated: false };
  }
  // A table whose note narrows what it covers prints a part of what the same label names elsewhere (Cadence's Table 4
  // "for funded loans": the provision 82,238 of the 83,429 that adds the unfunded commitments' 1,191 since CECL), so
  // the label does not make the places one line, however the earlier periods agree.
  const narrowed = worst.judgement.verdict === 'mismatch' ? [worst.fact, reference].flatMap((f) => {
    const table = ctx.index.table(f.table);
    const note = table ? scopeNote(ctx, table) : null;
    return note ? [{ f, note }] : [];
  })[0] : undefined;
  if (narrowed) {
    spec.notes.push(tieScopeNarrowed(`${rowWords(narrowed.f)} in the ${tableWords(narrowed.f.table)}`, narrowed.note.mark, narrowed.note.text));
    const check = checkWith(spec, { ...worst.judgement, verdict: 'unverifiable', difference: null, explanation: notJudgedLead(rawFigure(worst.fact), rawFigure(reference)) });
    // Shown where the mismatch would have been: the periods that agree made it one line, and the note says why not.
    return { check, facts: used, corroborated: agree.length > 0 };
  }
  // Both figures side by side in one column of another table, a line naming the item among them: the release reconciles
  // two measures the label names (LPL's 2Q26 note 16, "Interest expense on borrowings on Management's Statements of
  // Operations" 102,323, the debt issuance cost 3,313, "... on Condensed Consolidated Statements of Income" 105,636).
  const bridge = worst.judgement.verdict === 'mismatch' ? reconciledElsewhere(ctx, reference, worst.fact) : null;
  if (bridge) {
    spec.notes.push(tieReconciledElsewhere(rawFigure(reference), rawFigure(worst.fact), tableWords(bridge.table), bridge.line));
    const check = checkWith(spec, { ...worst.judgement, verdict: 'unverifiable', difference: null, explanation: notJudgedLead(rawFigure(worst.fact), rawFigure(reference)) });
    return { check, facts: used, corroborated: false };
  }
  // A non-GAAP reconciliation's line in a release that states its non-GAAP results as if a transaction had happened
  // at another time (pro forma) may be of another scope than the statements' line of the same label, in the periods
  // the transaction changes: the label does not make the places one line, however the other periods agree.
  const proForma = worst.judgement.verdict === 'mismatch' ? proFormaScope(ctx) : null;
  const reconciled = proForma ? [worst.fact, reference].find((f) => ctx.recognition.tables.get(f.table)?.kind === 'reconciliation') : undefined;
  if (proForma && reconciled) {
    spec.notes.push(tieProFormaScope(`${rowWords(reconciled)} in the ${tableWords(reconciled.table)}`, proForma));
    const check = checkWith(spec, { ...worst.judgement, verdict: 'unverifiable', difference: null, explanation: notJudgedLead(rawFigure(worst.fact), rawFigure(reference)) });
    return { check, facts: used, corroborated: agree.length > 0 };
  }
  if (worst.judgement.verdict === 'mismatch') {
    // What the accusation rests on: the same lines agreeing elsewhere, or their labels alone.
    spec.notes.push(agree.length > 0 ? tieCorroborated(agree.map((p) => periodLabel(ctx, p))) : tieCertainByLabels(reasonOf(ctx, used)));
  }
  return { check: checkWith(spec, worst.judgement), facts: used, corroborated: agree.length > 0 };
}

/**
 * Another table printing both places' differing figures in one column of their period, on two lines of its own, one
 * of which names the item (its words begin the line's): the release sets the two side by side as two measures, a
 * reconciliation from one to the other, which a figure misprinted in one place would not be. Null where none does.
 */
function reconciledElsewhere(ctx: CheckContext, a: Fact, b: Fact): { table: string; line: number } | null {
  const words = (label: string) => label.toLowerCase().replace(/\(\d{1,2}\)|[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
  const name = words(a.label);
  if (name.length < 4 || name !== words(b.label)) return null;
  const units = (f: Fact | undefined) => (f?.status === 'reported' && f.value !== null && f.unit === a.unit ? parseDecimal(f.value).times(powerOfTen(f.scale)) : null);
  const [x, y] = [units(a), units(b)];
  if (x === null || y === null || x.eq(y)) return null;
  for (const table of ctx.release.tables) {
    if (table.id === a.table || table.id === b.table) continue;
    for (const column of table.columns) {
      if (column.period !== b.period) continue;
      const key = columnKey(column);
      const at = (v: Decimal) => table.rows.filter((r) => r.kind === 'values' && units(ctx.index.cell(table.id, r.id, key))?.eq(v));
      const [first, second] = [at(x), at(y)];
      const named = [...first, ...second].find((r) => words(r.label).startsWith(`${name} `));
      if (named && first.some((r) => !second.includes(r)) && second.some((r) => !first.includes(r))) return { table: table.id, line: named.line };
    }
  }
  return null;
}

/**
 * The results two places adjust, where each is an adjustment in a reconciliation to a different result: InvenTrust
 * prints "Unconsolidated joint venture adjusting items, net" on the way to Core FFO, (92) for 2023, and on the way to
 * Adjusted EBITDA, (108), each its share of the joint venture's adjustments to that measure (its notes say so). The
 * words name an adjustment, and what it takes away depends on the measure it adjusts: the two are one line only where
 * they agree. Null where either is no term of its table's reconciliation, or both reach one result.
 */
function adjustsTwoMeasures(ctx: CheckContext, a: Fact, b: Fact): [string, string] | null {
  const [x, y] = [resultAdjusted(ctx, a), resultAdjusted(ctx, b)];
  return x && y && looseLabel(x) !== looseLabel(y) ? [x, y] : null;
}

/**
 * The label of the result a place is an adjustment of, in a table read as a reconciliation: a term of its footing
 * other than the first, the start (net income, printed alike in every reconciliation that starts from it); null where
 * it is none.
 */
function resultAdjusted(ctx: CheckContext, f: Fact): string | null {
  const table = ctx.index.table(f.table);
  if (!table || ctx.recognition.tables.get(f.table)?.kind !== 'reconciliation') return null;
  const footing = footingsOf(ctx, table).find((ft) => ft.total.id !== f.row && namesIn(ft.expression).indexOf(f.row) > 0);
  return footing ? plainLabel(footing.total.label) : null;
}

/**
 * A line printed in two tables of one computation, run once from a line and once from its adjusted restatement: Plains
 * All American computes its net income per common unit from "Net income attributable to PAA" and again from "Adjusted
 * net income attributable to PAA", and "Amounts allocated to participating securities" is (10) in the first and (11) in
 * the second for 2024, each as its computation foots (4Q24). What a line of the computation takes depends on the figure
 * it starts from, so below an adjusted restatement that the other table does not print, the line is the adjusted
 * basis's own. Returns the line restated and its restatement; null where neither place, or both, sit below one.
 */
function computedOnTwoBases(ctx: CheckContext, a: Fact, b: Fact): [string, string] | null {
  const x = restatedAbove(ctx, a, b);
  const y = restatedAbove(ctx, b, a);
  // Each computation must hold with its own figure: one printed wrong breaks its own, and stays accused.
  if (x && !y) return bothCompute(ctx, a, b) ? x : null;
  if (y && !x) return bothCompute(ctx, b, a) ? y : null;
  return null;
}

/**
 * The footing of `adjusted`'s table that it is a term of holds in its column, and so does the same computation in the
 * table of `plain`, each line found there by its words (the adjusted ones by the words less the adjusting one), as
 * printed, within the rounding of its figures.
 */
function bothCompute(ctx: CheckContext, adjusted: Fact, plain: Fact): boolean {
  const own = ctx.index.table(adjusted.table);
  const other = ctx.index.table(plain.table);
  if (!own || !other) return false;
  const byWords = new Map(other.rows.filter((r) => r.kind === 'values').map((r) => [withoutBasis(plainLabel(r.label)), r.id]));
  const counterpart = (id: string) => {
    const row = own.rows.find((r) => r.id === id);
    if (!row) return undefined;
    const words = withoutBasis(plainLabel(row.label));
    return byWords.get(words) ?? byWords.get(withoutNonGaapPrefix(words));
  };
  return footingsOf(ctx, own).some((ft) => {
    if (namesIn(ft.expression).indexOf(adjusted.row) < 1 || !holdsIn(ctx, own, ft.expression, ft.total.id, adjusted)) return false;
    const renamed = renameRows(ft.expression, counterpart);
    const total = counterpart(ft.total.id);
    return renamed !== null && total !== undefined && holdsIn(ctx, other, renamed, total, plain);
  });
}

/** Whether `expression` over the rows of `table` adds to the row `total` in the column of `f`, as printed. */
function holdsIn(ctx: CheckContext, table: Table, expression: Expression, total: string, f: Fact): boolean {
  const at = table.rows.find((r) => r.id === f.row)?.cells.indexOf(f.id) ?? -1;
  const cell = at < 0 ? null : table.rows.find((r) => r.id === total)?.cells[at];
  const printed = cell ? ctx.index.fact(cell) : undefined;
  if (at < 0 || !table.columns[at] || !printed || printed.status !== 'reported' || printed.value === null) return false;
  const sum = evaluate(expression, tableScope(ctx, table.id, columnKey(table.columns[at]!)));
  return sum.interval !== null && intersects(sum.interval, printedFigure(printed.value, printed.decimals, printed.scale).interval);
}

/** The expression with each row named as `to` names it; null where a row has no counterpart, or the expression is no sum of rows. */
function renameRows(e: Expression, to: (row: string) => string | undefined): Expression | null {
  if (e.type === 'name') {
    const name = to(e.name);
    return name === undefined ? null : { type: 'name', name };
  }
  if (e.type === 'negate') {
    const arg = renameRows(e.arg, to);
    return arg && { type: 'negate', arg };
  }
  if (e.type === 'binary') {
    const left = renameRows(e.left, to);
    const right = renameRows(e.right, to);
    return left && right && { ...e, left, right };
  }
  return null;
}

/** The row above `f` in its table that restates, adjusted, a row the table of `other` prints plain: [that row's label, the restatement's]. */
function restatedAbove(ctx: CheckContext, f: Fact, other: Fact): [string, string] | null {
  const table = ctx.index.table(f.table);
  const elsewhere = ctx.index.table(other.table);
  if (!table || !elsewhere || table === elsewhere) return null;
  const plain = new Map(elsewhere.rows.filter((r) => r.kind === 'values').map((r) => [withoutBasis(plainLabel(r.label)), r.label]));
  for (const r of table.rows) {
    if (r.line >= f.line) break;
    if (r.kind !== 'values') continue;
    const label = withoutBasis(plainLabel(r.label));
    if (!hasNonGaapPrefix(label) && basisOf(r.label) !== 'non-gaap') continue;
    const restated = plain.get(withoutNonGaapPrefix(label));
    if (restated !== undefined) return [restated, r.label];
  }
  return null;
}

const rawFigure = (f: Fact) => f.raw.replace(/<\/?u>|\\/g, '').trim();

function tieSpec(
  ctx: CheckContext,
  named: { id: string; subject: string },
  key: string,
  facts: Fact[],
  reported: Fact,
  inputs: Fact[],
  place: (f: Fact) => string,
) {
  return {
    release: ctx.release,
    kind: 'tie' as const,
    id: named.id,
    title: titleOf(named.subject, periodLabel(ctx, key)),
    formula: facts.map((f) => `${rowWords(f)} (${tableWords(f.table)})`).join(' = '),
    period: key,
    inputs,
    reported,
    notes: [tiePlaces(facts.map(place))],
  };
}

/** Why the places print one line, in words: each place's recognition, or its label and table. */
function reasonOf(ctx: CheckContext, facts: Fact[]): string {
  return facts
    .map((f) => ctx.recognition.rows.get(`${f.table}/${f.row}`)?.reason ?? `"${f.label}" in the ${tableWords(f.table)} (${ctx.recognition.tables.get(f.table)?.reason ?? 'a table'})`)
    .join('; ');
}

function sameFigure(a: Fact, b: Fact): boolean {
  return a.scale === b.scale && tieValue(a) !== null && tieValue(a) === tieValue(b);
}

/**
 * The other periods in which the lines of `a` and `b` are both printed (in columns whose period
 * their tables establish), split by whether the two figures agree there.
 */
/**
 * The places of a line less those printing it as a deduction: a place whose figures are the others' negated in every
 * period both print, against more of them than it agrees with (Palomar's "Catastrophe losses" (8,122) in its
 * reconciliation of the combined ratio excluding them, beside 8,122 in three tables: the line taken away, one figure
 * with the others, whose tie it would fail in every period).
 */
function withoutDeductions(ctx: CheckContext, facts: Fact[]): Fact[] {
  if (facts.length < 3) return facts;
  return facts.filter((f) => {
    const against = facts.filter((g) => g !== f && negatedRows(ctx, f, g)).length;
    if (against === 0) return true;
    // The deduction is also the place of the other sign in every period: where one of the others is off (8,102
    // beside 8,122 and (8,122)), it agrees with no place but is still a figure of the line, not its deduction.
    return against <= facts.length - 1 - against && !signApart(ctx, f, facts);
  });
}

/** Whether a place's every figure not nil is of the other sign than every other place's in that period. */
function signApart(ctx: CheckContext, f: Fact, facts: Fact[]): boolean {
  const own = rowValues(ctx, f);
  let periods = 0;
  for (const [period, v] of own) {
    if (v.isZero()) continue;
    const others = facts.flatMap((g) => (g === f ? [] : [rowValues(ctx, g).get(period)])).filter((w) => w !== undefined && !w.isZero());
    if (others.length === 0) continue;
    if (others.some((w) => w!.isNegative() === v.isNegative())) return false;
    periods++;
  }
  return periods > 0;
}

/** Whether two places' rows print each other's figures negated in every period both print, one at least not nil. */
function negatedRows(ctx: CheckContext, a: Fact, b: Fact): boolean {
  const x = rowValues(ctx, a);
  const y = rowValues(ctx, b);
  let both = 0;
  for (const [period, v] of x) {
    const w = y.get(period);
    if (w === undefined) continue;
    if (!v.negated().equals(w)) return false;
    if (!v.isZero()) both++;
  }
  return both > 0;
}

/** A fact's row's figures by period, the period columns' only; read once a run for each row and dimension (every pair of places asks). */
function rowValues(ctx: CheckContext, f: Fact): Map<string, Decimal> {
  let read = rowsRead.get(ctx);
  if (!read) rowsRead.set(ctx, (read = new Map()));
  const key = `${f.table}/${f.row}\u0000${f.dimension ?? ''}`;
  let out = read.get(key);
  if (out) return out;
  read.set(key, (out = new Map()));
  for (const id of ctx.index.row(f.table, f.row)?.cells ?? []) {
    const g = id ? ctx.index.fact(id) : undefined;
    if (!g || g.value === null || !g.period || (g.dimension ?? null) !== (f.dimension ?? null) || ctx.index.period(g.period)?.kind === 'change') continue;
    if (!out.has(g.period)) out.set(g.period, parseDecimal(g.value));
  }
  return out;
}
const rowsRead = new WeakMap<CheckContext, Map<string, Map<string, Decimal>>>();

function otherPeriods(ctx: CheckContext, a: Fact, b: Fact): { agree: string[]; differ: string[] } {
  const at = (f: Fact) => {
    const out = new Map<string, Fact>();
    const read = (row: TableRow | undefined) => {
      for (const id of row?.cells ?? []) {
        const g = id ? ctx.index.fact(id) : undefined;
        if (!g || g === f || tieDimension(ctx.release, g) !== '' || !g.period || ctx.index.period(g.period)?.kind === 'change' || periodNotEstablished(ctx, g)) continue;
        const key = ctx.index.conceptOf(g) !== null ? tieKey(ctx, g).key : g.period;
        if (!out.has(key)) out.set(key, g);
      }
    };
    read(ctx.index.row(f.table, f.row));
    // A table printing one period alone is read with its twins, the tables printing the same lines for other periods
    // (Forterra's segment reconciliation, "Three months ended March 31, 2019" a table of its own under 2020's).
    if (out.size === 0) for (const twin of periodTwins(ctx, f.table)) read(ctx.index.row(twin, f.row));
    return out;
  };
  const [own, other] = keyedAlike(ctx, at(a), at(b));
  const agree: string[] = [];
  const differ: string[] = [];
  for (const [key, f] of own) {
    const g = other.get(key);
    // Two lines both printing nothing in a period (a "—" adjustment in the base year of two
    // reconciliations) agree on no figure: that says nothing of their being one line.
    if (!g || (f.value === null && g.value === null)) continue;
    // Strictly: two figures that agree only by the rounding of lines one of them was footed from corroborate nothing.
    if (!holds(tieVerdict(ctx, f, g, false))) differ.push(g.period);
    // Agreeing on the very figure in question says nothing: a goodwill balance printed 69,021 in every period is
    // the same in an average and at the period's end. Two lines agree where their figure moves. Nor does agreeing
    // on nothing: a charge that Hanesbrands' reconciliations print "-" in three periods, and 20,107 in the fourth in
    // one table and 10,395 in another (its part in cost of sales), is not shown to be one line by the dashes.
    else if (!sameFigure(f, a) && !zero(f) && !zero(g)) agree.push(g.period);
  }
  return { agree, differ };
}

/**
 * The tables printing the same lines as `table` in the same columns but for other periods: every line and column
 * name of the one the other's too (at least four lines), no period in common. A release may print a table a period
 * (Forterra's 1Q20 segment reconciliation, 2020's and 2019's one under the other, "Drainage Pipe & Products | Water
 * Pipe & Products | Corporate and Other | Total" over each).
 */
function periodTwins(ctx: CheckContext, table: string): string[] {
  let found = twinsRead.get(ctx);
  if (!found) {
    found = new Map();
    const shape = (t: Table) => ({
      rows: new Set(t.rows.filter((r) => r.kind === 'values').map((r) => r.id)),
      columns: new Set(t.columns.map((c) => c.dimension ?? '')),
      periods: new Set(t.columns.map((c) => c.period).filter(Boolean)),
    });
    const shapes = ctx.release.tables.map((t) => ({ id: t.id, ...shape(t) }));
    const same = <T>(a: Set<T>, b: Set<T>) => a.size === b.size && [...a].every((x) => b.has(x));
    for (const a of shapes) {
      found.set(a.id, shapes.filter((b) => b !== a && a.rows.size >= 4 && same(a.rows, b.rows) && same(a.columns, b.columns) && ![...a.periods].some((p) => b.periods.has(p))).map((b) => b.id));
    }
    twinsRead.set(ctx, found);
  }
  return found.get(table) ?? [];
}
const twinsRead = new WeakMap<CheckContext, Map<string, string[]>>();

/** `otherPeriods` of `f` against each of the printings of one line, the periods named once. */
function periodsAgainst(ctx: CheckContext, line: readonly Fact[], f: Fact): { agree: string[]; differ: string[]; against: Fact } {
  const each = line.map((g) => ({ g, ...otherPeriods(ctx, g, f) }));
  return {
    agree: [...new Set(each.flatMap((e) => e.agree))],
    differ: [...new Set(each.flatMap((e) => e.differ))],
    // The printing named where the place differs: the first that prints another period beside it.
    against: each.find((e) => e.differ.length > 0)?.g ?? line[0]!,
  };
}

/** A figure that prints nothing or zero. */
function zero(f: Fact): boolean {
  return f.status === 'nil' || (f.value !== null && parseDecimal(f.value).isZero());
}

/**
 * `other` against `reference`: equal figures are exact; otherwise only rounding explains a difference, and where
 * either place prints the sum of lines printed rounded, their rounding too (`footedRounding`), named in `footed`.
 */
function tieJudgement(ctx: CheckContext, reference: Fact, other: Fact): { judgement: Judgement; footed: Footed[] } {
  const { reported, computed } = comparison(reference, other, true);
  const judgement = judge(reported, computed);
  if (judgement.verdict !== 'mismatch') return { judgement, footed: [] };
  const footed = footedPlace(ctx, reference, other);
  if (footed.length === 0) return { judgement, footed };
  const wider = comparison(reference, other, true, footed);
  const again = judge(wider.reported, wider.computed);
  return again.verdict === 'mismatch' ? { judgement, footed: [] } : { judgement: again, footed };
}

const holds = (v: Verdict) => v === 'exact' || v === 'rounding';

/** The verdict of tieJudgement alone, for choosing the reference and leaving parts out. */
function tieVerdict(ctx: CheckContext, reference: Fact, other: Fact, footedAllowed = true): Verdict {
  // Every pair of a tie's places is compared: the words of a judgement are not made for that.
  const { reported, computed } = comparison(reference, other, false);
  const verdict = verdictOf(reported, computed);
  if (verdict !== 'mismatch' || !footedAllowed) return verdict;
  const footed = footedPlace(ctx, reference, other);
  if (footed.length === 0) return verdict;
  const wider = comparison(reference, other, false, footed);
  return verdictOf(wider.reported, wider.computed);
}

/**
 * The one place of two whose figure was footed from its table's rounded lines, the other printing the figure itself;
 * none where neither was, or both were: two sums each of its own lines are two derivations of the figure (First
 * Quantum's two reconciliations of adjusted earnings, 31 and 34 for 4Q24), whose difference says one leaves a line
 * out, not that rounding piled up in both (./measure-blocks.ts judges them).
 */
function footedPlace(ctx: CheckContext, reference: Fact, other: Fact): Footed[] {
  let footed = [reference, other].flatMap((f) => footedRounding(ctx, f) ?? []);
  // Neither a sum of its lines: the coarser place may be a link of its table's chain, struck to foot (`chainLink`).
  if (footed.length === 0) {
    const unit = (f: Fact) => powerOfTen(f.scale - f.decimals);
    const coarser = unit(reference).gt(unit(other)) ? reference : unit(other).gt(unit(reference)) ? other : null;
    const link = coarser && coarser.status === 'reported' ? chainLink(ctx, coarser) : null;
    if (link) footed = [link];
  }
  if (footed.length !== 1) return [];
  // The place that prints the figure itself must be no total its own lines fail to reach: a statement's lines are struck
  // to foot to its total, so a total they miss by the difference (Internap's "Total revenues" misprinted 60,526 over
  // lines adding to 60,525, as its summary prints) is the misprint, not the other place's rounding.
  const printedItself = footed[0]!.fact === reference ? other : reference;
  if (missesItsLines(ctx, printedItself) || linesPrintedOtherwise(ctx, footed[0]!.fact, printedItself)) return [];
  return footed;
}

/**
 * Whether the lines a footed place adds, each taken as the other place's table prints it, add up to that place's figure
 * exactly, where some of them are printed otherwise there: then the difference is lines printed otherwise at the same
 * precision, each fixing the other's rounding, not rounding piled up. MDC Partners' Schedule 5 (1Q20) foots its Q1 2019
 * operating income to 15,681 from the net loss (2,497), tax 746, interest 16,761 and other 3,384, which the statement of
 * operations prints (2,496), 748, 16,760 and (3,383), its same lines adding to its 15,682.
 */
function linesPrintedOtherwise(ctx: CheckContext, footed: Fact, other: Fact): boolean {
  const table = ctx.index.table(footed.table);
  const at = table?.rows.find((r) => r.id === footed.row)?.cells.indexOf(footed.id) ?? -1;
  const footing = table && at >= 0 && table.columns[at] ? footingsOf(ctx, table).find((ft) => ft.total.id === footed.row && footsIn(ft, columnKey(table.columns[at]!))) : undefined;
  const terms = footing ? signedTerms(footing.expression) : null;
  if (!table || !terms || other.value === null || footed.value === null) return false;
  const key = columnKey(table.columns[at]!);
  // The other table's lines of the period, by the name each keeps wherever printed.
  const theirs = ctx.release.facts.filter((x) => x.table === other.table && x.period === other.period && x.status === 'reported' && x.value !== null);
  let delta = new Decimal(0);
  for (const { row, sign } of terms) {
    const line = ctx.index.cell(table.id, row, key);
    if (!line || line.status !== 'reported' || line.value === null) continue;
    const name = sameLineKey(line.label);
    const there = theirs.find((x) => x.scale === line.scale && x.decimals === line.decimals && sameLineKey(x.label) === name);
    if (!there) continue;
    // Each table prints the line with its own sign (an adjustment added back, the statement's expense in parentheses):
    // its size there, with the sign it has here.
    const here = parseDecimal(line.value);
    delta = delta.plus(parseDecimal(there.value!).abs().times(here.isNegative() ? -1 : 1).minus(here).times(powerOfTen(line.scale)).times(sign));
  }
  if (delta.isZero()) return false;
  return parseDecimal(footed.value).times(powerOfTen(footed.scale)).plus(delta).eq(parseDecimal(other.value).times(powerOfTen(other.scale)));
}

/** A line's name for finding its printing in another table: "Net income (loss) attributable to …" and "Net loss attributable to …" alike. */
function sameLineKey(label: string): string {
  return looseLabel(lineName(label) ?? plainLabel(label)).replace(/\b(?:income|loss|losses|earnings|gain|gains)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A footing's chain of rows with their signs (a − b + c); null for any other expression. */
function signedTerms(e: Expression): { row: string; sign: 1 | -1 }[] | null {
  const { first, ops } = e.type === 'binary' ? leftChain(e) : { first: e, ops: [] };
  const head = first.type === 'name' ? { row: first.name, sign: 1 as const } : first.type === 'negate' && first.arg.type === 'name' ? { row: first.arg.name, sign: -1 as const } : null;
  if (!head) return null;
  const rest = ops.map((o) => (o.right.type === 'name' && (o.op === '+' || o.op === '-') ? { row: o.right.name, sign: o.op === '+' ? (1 as const) : (-1 as const) } : null));
  return rest.every((r) => r !== null) ? [head, ...(rest as { row: string; sign: 1 | -1 }[])] : null;
}

/** A total of its table whose lines, as printed, do not add to it exactly. */
function missesItsLines(ctx: CheckContext, f: Fact): boolean {
  const sum = linesSum(ctx, f);
  return sum !== null && sum.value !== null && !sum.value.eq(parseDecimal(f.value!).times(powerOfTen(f.scale)));
}

/** What the lines of the total `f` closes add to in its column, as its footing reads them; null where it closes none. */
function linesSum(ctx: CheckContext, f: Fact): ReturnType<typeof evaluate> | null {
  if (f.status !== 'reported' || f.value === null) return null;
  const table = ctx.index.table(f.table);
  const row = table?.rows.find((r) => r.id === f.row);
  const at = row?.cells.indexOf(f.id) ?? -1;
  if (!table || !row || at < 0 || !table.columns[at]) return null;
  const footing = footingsOf(ctx, table).find((ft) => ft.total.id === f.row && footsIn(ft, columnKey(table.columns[at]!)));
  return footing ? evaluate(footing.expression, tableScope(ctx, table.id, columnKey(table.columns[at]!))) : null;
}

/** A place's figure printed as the sum of its table's lines as printed, and the rounding those lines carry. */
interface Footed {
  fact: Fact;
  /** How many lines printed a figure (a nil is exactly nought). */
  lines: number;
  /** The half-units of their last digits, added, in the place's own units. */
  by: Decimal;
  /** A link of its table's chain (`chainLink`): the lines above and below it, and whether it is taken from the one above. */
  chain?: { above: string; below: string; less: boolean };
}

/**
 * Where a place's figure outside the statements is its table's lines added as printed, each rounded, the sum of their
 * half-units: the figure was footed from rounded lines, not rounded from the exact figure, so it may differ from
 * another place's rounding of that figure by so much more. Valaris's Adjusted EBITDA reconciliation (1Q20) prints
 * "Operating loss" (3,051.7) = (3,007.7) − 152.0 + 113.2 − 5.2, four lines rounded to 0.1, against the statement's
 * (3,051.8). Null where the figure is no total of its table, or its lines do not add to it as printed (then it was
 * rounded on its own, or its footing reports the difference): a figure printed wrong beyond the bound stays a mismatch.
 */
function footedRounding(ctx: CheckContext, f: Fact): Footed | null {
  let kept = footedByRun.get(ctx);
  if (!kept) footedByRun.set(ctx, (kept = new Map()));
  if (kept.has(f.id)) return kept.get(f.id)!;
  const found = footedOf(ctx, f);
  kept.set(f.id, found);
  return found;
}

const footedByRun = new WeakMap<CheckContext, Map<string, Footed | null>>();

function footedOf(ctx: CheckContext, f: Fact): Footed | null {
  // A statement's total is the figure the company reports, its lines struck to foot to it (Byrna's statement prints net
  // income 9,674 = 4,040 + 5,634 where its reconciliation starts from 9,673: two figures of one line, an error); only
  // another table that reaches the line by adding its own rounded lines derives it.
  if (f.status !== 'reported' || f.value === null || authority(ctx, f) === 0) return null;
  const e = linesSum(ctx, f);
  if (!e || e.value === null || !e.value.eq(parseDecimal(f.value).times(powerOfTen(f.scale)))) return null;
  const printed = e.inputs.filter((t) => t.status === 'reported' && t.value !== null && t !== f);
  if (printed.length < 2) return null;
  const by = printed.reduce((acc, t) => acc.plus(halfUnit(t.decimals).times(powerOfTen(t.scale - f.scale))), new Decimal(0));
  return { fact: f, lines: printed.length, by };
}

/**
 * A figure struck so that its table's chain foots as printed: the line above it, less or plus it, is the line below it,
 * exactly, in its column and in every other column that prints the three (two columns at least). Peapack-Gladstone's
 * summary in millions (3Q25) prints the nine months of 2024 as "Pretax income 32.71", "Income tax expense 8.96", "Net
 * income 23.75", where its statement in thousands prints 8,966: the summary's tax is its pretax income less its net
 * income, each rounded, not 8,966 rounded alone. So the figure may be off its own rounding by the two lines' rounding.
 * Null where no such chain holds: a figure rounded on its own stays to its own rounding.
 */
function chainLink(ctx: CheckContext, f: Fact): Footed | null {
  const table = ctx.index.table(f.table);
  const rows = table?.rows.filter((r) => r.kind === 'values') ?? [];
  const k = rows.findIndex((r) => r.id === f.row);
  const at = k >= 0 ? rows[k]!.cells.indexOf(f.id) : -1;
  if (!table || k <= 0 || k + 1 >= rows.length || at < 0) return null;
  const above = rows[k - 1]!;
  const below = rows[k + 1]!;
  const figure = (row: TableRow, i: number, period: string) => {
    const id = row.cells[i];
    const x = id ? ctx.index.fact(id) : undefined;
    return x && x.status === 'reported' && x.value !== null && x.unit === f.unit && x.scale === f.scale && x.period === period ? x : undefined;
  };
  const links: { a: Fact; b: Fact; sign: 1 | -1; at: number }[] = [];
  for (let i = 0; i < table.columns.length; i++) {
    const mid = rows[k]!.cells[i] ? ctx.index.fact(rows[k]!.cells[i]!) : undefined;
    if (!mid || mid.status !== 'reported' || mid.value === null) continue;
    const a = figure(above, i, mid.period);
    const b = figure(below, i, mid.period);
    if (!a || !b) continue;
    const [x, y, z] = [parseDecimal(a.value!), parseDecimal(mid.value), parseDecimal(b.value!)];
    const sign = x.minus(y).eq(z) ? -1 : x.plus(y).eq(z) ? 1 : 0;
    if (sign === 0 || (links.length > 0 && links[0]!.sign !== sign)) return null;
    links.push({ a, b, sign, at: i });
  }
  const own = links.find((l) => l.at === at);
  if (links.length < 2 || !own) return null;
  const by = [own.a, own.b].reduce((acc, t) => acc.plus(halfUnit(t.decimals)), new Decimal(0));
  return { fact: f, lines: 2, by, chain: { above: rowWords(own.a), below: rowWords(own.b), less: own.sign === -1 } };
}

/**
 * What a tie compares: `other` as printed, against `reference` restated in its scale and
 * precision; `explained` adds the words a judgement gives (what is missing, where it is from).
 */
function comparison(reference: Fact, other: Fact, explained: boolean, footed: readonly Footed[] = []): { reported: Reported; computed: Computed } {
  const ref = tieValue(reference);
  const shift = reference.scale - other.scale;
  const refDecimals = decimalsOf(reference, other);
  const otherDecimals = decimalsOf(other, reference);
  let computed: Computed;
  if (ref === null) {
    computed = { value: null, interval: null, missing: explained ? `${rowWords(reference)} in the ${tableWords(reference.table)} is n/m` : undefined };
  } else if (footed.length > 0) {
    // A place footed from rounded lines: the reference stands for its own interval, widened by those lines' rounding.
    const figure = printedFigure(ref, refDecimals, shift);
    const by = footed.reduce((acc, x) => acc.plus(x.by.times(powerOfTen(x.fact.scale - other.scale))), new Decimal(0));
    computed = { value: figure.value, interval: widen(figure.interval, by) };
  } else if (reference.scale - refDecimals <= other.scale - otherDecimals) {
    // Printed as precisely or more (in units: 20,836,085 is finer than 20.8 millions): the reference is taken as exact (a point).
    const value = parseDecimal(ref).times(powerOfTen(shift));
    computed = { value, interval: point(value) };
  } else {
    // Printed less precisely: the reference stands for its interval (a printed figure's, kept).
    const figure = printedFigure(ref, refDecimals, shift);
    computed = { value: figure.value, interval: figure.interval };
  }
  if (explained && ref !== null) computed.from = `${formatNumber(ref)} in the ${tableWords(reference.table)}`;
  const status = other.status === 'nil' ? 'reported' : other.status;
  return { reported: { value: tieValue(other), decimals: otherDecimals, status }, computed };
}

/**
 * The decimals a place is printed to, against `other`: a nil ("--") has no digits of its own, and
 * in the unit of a figure printed to three decimals it says less than half of the third, not less
 * than half a unit ("--" against 0.147 million hectolitres is no rounding of it). In another unit
 * its own precision stands.
 */
function decimalsOf(f: Fact, other: Fact): number {
  return f.status === 'nil' && f.scale === other.scale && other.status !== 'nil' ? Math.max(f.decimals, other.decimals) : f.decimals;
}

/** A nil is a printed zero for a tie: "-" against "0" agrees, "-" against "5" does not. */
function tieValue(f: Fact): string | null {
  return f.status === 'nil' ? '0' : f.value;
}

/** H1 = Q1 + Q2, FY = H1 + H2, …: a money flow against the shorter periods that make it up. */
function periodTies(ctx: CheckContext): Check[] {
  const sums: { check: Check; columns: string; line: string }[] = [];
  const edges = new Set(Object.entries(balances(ctx)).flatMap(([c, b]) => [c, b.as ?? c]));
  for (const [concept, facts] of ctx.index.byConcept()) {
    if (edges.has(concept) || facts.some((f) => !isMoney(f.unit))) continue;
    const established = facts.filter((f) => periodNotEstablished(ctx, f) === null);
    const wholes = new Map<string, Fact>();
    for (const f of established) if (!wholes.has(f.period)) wholes.set(f.period, f);
    for (const [whole, reported] of wholes) {
      // Each part the same line as the whole: its own row first, else a line its sections do not set apart. One label
      // under two headings is two measures: Amazon's "Cost of sales" under "Stock-based Compensation Expense" (90 in
      // Q1 2021) is the stock-based compensation in cost of sales, never a quarter of the statement's 272,344.
      const byPeriod = new Map<string, Fact>([[whole, reported]]);
      for (const f of established.filter((x) => x.table === reported.table && x.row === reported.row)) if (!byPeriod.has(f.period)) byPeriod.set(f.period, f);
      for (const f of established) if (!byPeriod.has(f.period) && sectionsAgree([reported, f])) byPeriod.set(f.period, f);
      const parts = partition(ctx, whole, [...byPeriod.keys()]);
      if (!parts) continue;
      const expression = parts
        .map((name): Expression => ({ type: 'name', name }))
        .reduce((left, right) => ({ type: 'binary', op: '+', left, right }));
      const subject = conceptWords(ctx.model, concept);
      const scope: Scope = {
        lookup: (p) => ({ fact: byPeriod.get(p)! }),
        label: (p) => `${subject}, ${periodLabel(ctx, p)}`,
        range: () => [],
      };
      const e = evaluate(expression, scope);
      const quarters = parts.every((p) => /-q[1-4]$/.test(p));
      const check = makeCheck({
          release: ctx.release,
          kind: 'tie',
          id: `tie/${concept}/${whole}/${quarters ? 'sum-of-quarters' : 'sum-of-periods'}`,
          title: titleOf(subject, `${periodLabel(ctx, whole)} = ${parts.map((p) => periodLabel(ctx, p)).join(' + ')}`),
          formula: `${subject}, ${periodLabel(ctx, whole)} = ${e.words}`,
          period: whole,
          inputs: e.inputs,
          reported,
          computed: inUnitsOf(e, reported.scale),
        });
      if (!publishable(ctx, [reported, ...e.inputs], check)) continue;
      // The columns the sum reads: other lines printed in the same columns corroborate their periods.
      const columns = [reported, ...e.inputs].map((f) => `${f.table}/${f.id.slice(f.id.lastIndexOf('/') + 1)}`).join('|');
      sums.push({ check, columns, line: subject });
    }
  }
  return corroborateSums(sums);
}

/**
 * A sum of periods that fails in every line printed in its columns (the half year's revenue and
 * its other income both off) says that a column is not the period it was read as, not that
 * every figure is wrong: unverifiable. Where another line adds up in the same columns, a line
 * that does not is a mismatch.
 */
function corroborateSums(sums: { check: Check; columns: string; line: string }[]): Check[] {
  const byColumns = new Map<string, typeof sums>();
  for (const s of sums) {
    const group = byColumns.get(s.columns);
    if (group) group.push(s);
    else byColumns.set(s.columns, [s]);
  }
  return sums.map(({ check, columns }) => {
    if (check.verdict !== 'mismatch') return check;
    const group = byColumns.get(columns)!;
    const holding = group.filter((s) => s.check.verdict === 'exact' || s.check.verdict === 'rounding').map((s) => s.line);
    if (holding.length > 0) return { ...check, explanation: `${check.explanation} ${sumsCorroborated(holding)}` };
    if (group.length < 2) return check;
    return {
      ...check,
      verdict: 'unverifiable' as const,
      difference: null,
      explanation: `${check.explanation.replace(/ differ by .*$/, '.')} ${sumsUncorroborated(group.length, check.title.slice(check.title.indexOf(', ') + 2))}`,
    };
  });
}

/**
 * Shorter periods among `available` that follow one another from the first day of
 * `whole` to its last, taking the longest at each step; null when they do not cover it.
 */
export function partition(ctx: CheckContext, whole: string, available: string[]): string[] | null {
  const w = ctx.index.period(whole);
  if (w?.kind !== 'duration') return null;
  const candidates = available
    .map((id) => ctx.index.period(id))
    .filter((p) => p?.kind === 'duration' && p.id !== whole && p.start! >= w.start! && p.end! <= w.end!);
  const parts: string[] = [];
  let cursor = w.start!;
  while (cursor <= w.end!) {
    const next = candidates.filter((p) => p!.start === cursor).sort((a, b) => (a!.end! < b!.end! ? 1 : -1))[0];
    if (!next) return null;
    parts.push(next.id);
    if (next.end === w.end) return parts.length > 1 ? parts : null;
    cursor = dayAfter(next.end!);
  }
  return null;
}

// ISO dates, at noon UTC so that no time zone moves the day.
function dayBefore(iso: string): string {
  return shiftDay(iso, -1);
}

function dayAfter(iso: string): string {
  return shiftDay(iso, 1);
}

function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Of two places of a line, the one in a cash-flow statement's operating section when the other is outside every
 * cash-flow statement: there the line adjusts net income to cash, the non-cash part of what the other prints.
 */
function addedBackToCash(ctx: CheckContext, a: Fact, b: Fact): { cash: Fact; other: Fact } | null {
  const cashFlow = (f: Fact) => ctx.recognition.tables.get(f.table)?.kind === 'cash-flow';
  const [cash, other] = cashFlow(a) ? [a, b] : [b, a];
  if (!cashFlow(cash) || cashFlow(other)) return null;
  return cash.section.some((s) => /\b(?:investing|financing)\b/i.test(s)) ? null : { cash, other };
}

/**
 * A label that names no item of its own but what it is to the lines above it: the tax on them, the rest of them. Such a
 * line is its block's, where a line naming its item ("Restructuring and other charges", a part of operating expenses in
 * the statement and an adjustment in a reconciliation) is one line wherever printed.
 */
const OF_ITS_BLOCK = /^(?:less:?\s*)?(?:(?:related\s+)?(?:income\s+)?tax(?:es)?\s+(?:impacts?|effects?)(?:\s+of\s+(?:the\s+)?(?:above|adjustments|items))?|(?:income\s+)?tax(?:es)?\s+on\s+(?:the\s+)?(?:above|adjustments|items)|related\s+(?:income\s+)?tax(?:es)?|other(?:,?\s*net)?|all\s+other)$/i;

/** The totals closing the blocks `a` and `b` are parts of, where each is a part of one, the two are named apart, and the label is its block's. */
function partsOfTwoBlocks(ctx: CheckContext, a: Fact, b: Fact): [string, string] | null {
  if (!OF_ITS_BLOCK.test(plainLabel(a.label))) return null;
  const closing = (f: Fact) => {
    const table = ctx.index.table(f.table);
    const footing = table ? footingsOf(ctx, table).find((ft) => ft.total.id !== f.row && namesIn(ft.expression).includes(f.row)) : undefined;
    return footing ? footing.total.label : null;
  };
  const [x, y] = [closing(a), closing(b)];
  return x && y && !sameName(x, y) ? [x, y] : null;
}
