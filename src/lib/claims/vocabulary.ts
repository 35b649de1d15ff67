/**
 * What the prose can name: every line item of the release as a *subject* with
 * the words that name it. A concept of the company model is one subject, named
 * by its label and by every row that prints it; a measure of the model
 * (total debt) is one, named by its label; a row that no concept covers is one
 * of its own, named by its label read in its section and table ("Data center
 * services" under "Segment Profit" is segment profit of data center services).
 *
 * Each name is a *term*: the core words a mention must contain (its label less
 * qualifiers such as "total" or "net"), and context words that confirm it
 * (its section and table title). Qualifiers that tell line items apart —
 * GAAP or non-GAAP, basic or diluted — are kept as attributes, so that
 * "non-GAAP earnings per diluted share" never names a GAAP or basic figure.
 */
import type { Expression } from '../checks/expression.ts';
import { BASE_CONCEPTS, baseLabel, twinOf } from '../model/index.ts';
import { tieDimension } from '../checks/tie-columns.ts';
import type { Fact, Release, Unit } from '../types.ts';
import { contentWords, NET_WORD, WEAK } from './words-of.ts';
import { deepFreeze, Kept } from '../kept.ts';
import { parseDecimal } from '../decimal.ts';
import { pushTo } from '../grouped.ts';

export type Basis = 'gaap' | 'nongaap';
export type Dilution = 'basic' | 'diluted';

export interface Term {
  /** Words a mention must contain, in normal form. */
  core: string[];
  /** Words that confirm the term when they are near: its section and table title. */
  context: string[];
  /** Where the term comes from, for the evidence: 'label “Net loss” in statement-of-operations'. */
  source: string;
  /** The label or name it was made of, as printed ("Adjusted net earnings"). */
  label: string;
  /** The words of the section a row's own label stands under ("investment banking" for "Net revenues" under
   * "INVESTMENT BANKING"): a segment the words may name with "in" ("Net revenues in Investment Banking"). */
  segment?: string[];
}

export interface Subject {
  /** Concept id, measure name, or `table/row` for a row no concept covers. */
  key: string;
  kind: 'concept' | 'measure' | 'row';
  /** As a reader names it. */
  label: string;
  terms: Term[];
  /** What its figures measure; a measure's is its first input's. */
  unit: Unit;
  basis: Basis | null;
  /** Which shares a per-share figure or share count is over; 'basic' and 'diluted' both hold for "basic and diluted". */
  dilution: Dilution[] | null;
  /** Its printed facts by period (the first printed, for a concept printed in several tables). */
  facts: ReadonlyMap<string, Fact>;
  /** Periods in which it is printed with different figures (two columns read as one period, or two tables that differ): none is established. */
  conflicts: ReadonlySet<string>;
  /** Its printed facts in each table, by period: a segment's table prints its own "Revenues". */
  byTable: ReadonlyMap<string, ReadonlyMap<string, Fact>>;
  /** The claim expression for its figure in `period`. */
  expression: (period: string) => Expression;
}

/** A measure of the company model, as the vocabulary needs it. */
export interface MeasureTerm {
  name: string;
  label: string;
  /** Concepts or `table/row` keys it is computed from, to find its unit and periods. */
  inputs: string[];
}

export interface VocabularyInput {
  release: Release;
  /** Concept ids with their labels: the company model's and the base model's. */
  concepts: ReadonlyMap<string, string>;
  /** The concept a fact prints, or null (default: the fact's own, from the company model). */
  conceptOf?: (fact: Fact) => string | null;
  measures: readonly MeasureTerm[];
}

// Words of a table title that say what kind of document it is, not what its rows are.
const BOILERPLATE = new Set([
  'unaudited', 'condensed', 'consolidated', 'statement', 'reconciliation', 'table', 'schedule', 'supplemental', 'selected',
  'information', 'data', 'amount', 'thousand', 'million', 'billion', 'except', 'share', 'continued', 'summary', 'financial',
  'measure', 'quarter', 'fiscal', 'month', 'ended', 'year', 'three', 'six', 'nine', 'twelve',
]);

/**
 * Other names of a few line items every release prints, until the base model's label
 * variants name them: the prose says "capital expenditures" where the cash-flow statement
 * prints "Purchases of property and equipment".
 */
const VARIANTS: [RegExp, string[]][] = [
  [/^(?:total )?(?:net )?(?:sales|revenues?)(?:,? net)?$/i, ['revenue', 'net sales', 'sales']],
  [/^(?:purchases?|acquisitions?) of property,? (?:plant,? )?(?:and|&) equipment|^additions to property|^capital expenditures?$/i, ['capital expenditures', 'capex']],
  // "returned $2.10 billion in share repurchases and cash dividends"
  [/^(?:payments?\s+(?:related\s+to|for)\s+)?(?:re)?purchases?\s+of\s+(?:common|treasury|ordinary|capital)\s+(?:stock|shares)|^(?:common\s+)?(?:stock|share)\s+repurchases?$/i, ['share repurchases', 'stock repurchases', 'buybacks']],
  [/^(?:cash\s+)?dividends\s+paid|^payments?\s+of\s+(?:cash\s+)?dividends/i, ['dividends', 'cash dividends']],
  [
    /^net cash (?:flows? )?(?:provided by|from|generated by)(?: \(used in\))? operating activities$|^cash flows? from operating activities$/i,
    ['cash from operations', 'operating cash flow', 'cash flow from operations'],
  ],
];

/** Every subject of a release: concepts first, then measures, then rows no concept covers. */
export function vocabulary({ release, concepts, conceptOf = (f) => f.concept, measures }: VocabularyInput): Subject[] {
  const titles = new Map(release.tables.map((t) => [t.id, t.title]));
  const byConcept = new Map<string, Fact[]>();
  const byRow = new Map<string, Fact[]>();
  for (const f of release.facts) {
    if (f.origin !== 'cell' || f.period.includes('-vs-')) continue;
    const concept = conceptOf(f);
    if (concept) pushTo(byConcept, concept, f);
    else pushTo(byRow, `${f.table}/${f.row}`, f);
  }
  const subjects: Subject[] = [];
  for (const [id, facts] of byConcept) {
    const label = concepts.get(id) ?? id;
    const terms = [
      termOf(label, [], [], `concept label “${label}”`),
      ...baseTerms(id),
      ...unique(facts).flatMap((f) => rowTerm(f, titles.get(f.table) ?? '')),
    ];
    subjects.push(subject(id, 'concept', label, terms, facts, titles, (period) => ({ type: 'name', name: id, period })));
  }
  const conceptIds = new Set(byConcept.keys());
  for (const m of measures) {
    const inputs = m.inputs.flatMap((key) =>
      key.includes('/') ? release.facts.filter((f) => `${f.table}/${f.row}` === key) : (byConcept.get(key) ?? []),
    );
    if (inputs.length === 0 || conceptIds.has(m.name)) continue;
    const label = m.label.replace(/\s*\([^)]*\)\s*$/, '');
    const periods = new Map<string, Fact>();
    // A measure has a figure in a period only where all of its inputs are printed.
    for (const f of inputs) {
      if (!periods.has(f.period) && m.inputs.every((key) => inputs.some((g) => g.period === f.period && keyOf(g) === key))) periods.set(f.period, f);
    }
    subjects.push({
      key: m.name,
      kind: 'measure',
      label,
      terms: [termOf(label, [], [], `measure “${label}” of the company model`)],
      unit: inputs[0].unit,
      basis: null,
      dilution: null,
      facts: periods,
      conflicts: new Set(),
      byTable: new Map(),
      expression: (period) => ({ type: 'name', name: m.name, period }),
    });
  }
  for (const [key, facts] of byRow) {
    // The base of a common-size table ("Total revenues 100 %" in Salesforce's statement of operations as a percentage
    // of revenue, Q2 FY24) is 100 in every period by construction: it states nothing a sentence can claim, and its
    // change (none) is never revenue's growth.
    if (facts.every((g) => g.unit === 'percent' && g.value !== null && parseDecimal(g.value).eq(100))) continue;
    const f = facts[0];
    // The row's own figure of a period: its plain column's, else one under a spanner that names the whole table or a
    // time, the line's own (PNC's "Consolidated Financial Highlights (Unaudited)" over its dates; ../checks/tie-columns.ts).
    const own = (period: string) => facts.find((g) => g.period === period && !g.dimension) ?? facts.find((g) => g.period === period && g.dimension && tieDimension(release, g) === '');
    subjects.push(
      subject(key, 'row', f.label, [...rowTerm(f, titles.get(f.table) ?? '')], facts, titles, (period) => ({
        type: 'fact',
        id: own(period)?.id.slice(`${release.meta.id}/`.length) ?? `${f.table}/${f.row}/${period}`,
      })),
    );
  }
  return netTellsApart(subjects);
}

/**
 * "Net" is a weak word: "Net sales" and "Sales" name one line, and the terms leave it out. Where a release prints a
 * line "X" and a line "Net X" (or "X, net") with other figures for one period, it tells them apart: Tetra Tech's
 * reconciliation prints "Revenue" 734,133 and, after subcontractor costs, "Net Revenue" 584,460, and its "Net Revenue
 * of $584 million" names the second. There the "Net X" subject's own terms need the word, and it loses the other names
 * of X ("revenue", "sales"), which name the plain line. Only the same words with and without "net": "Accounts
 * receivable, net of allowance" is no "net" line of "Accounts receivable", nor "net loss per share" of "earnings per share".
 */
function netTellsApart(subjects: Subject[]): Subject[] {
  const labels = (s: Subject) => new Set([s.label, ...[...s.facts.values()].map((f) => f.label)].map(plainLabel));
  const byLabel = new Map<string, Subject[]>();
  for (const s of subjects) for (const l of labels(s)) pushTo(byLabel, l, s);
  const told = new Map<Subject, Subject>();
  for (const n of subjects) {
    const bare = [...labels(n)].flatMap((l) => {
      const m = /^net (.+)$|^(.+) net$/.exec(l);
      return m ? [m[1] ?? m[2]!] : [];
    });
    const plains = bare.flatMap((l) => byLabel.get(l) ?? []).filter((p) => p !== n && ![...labels(p)].some((l) => NET_WORD.test(l)));
    if (!plains.some((p) => differ(p, n))) continue;
    told.set(n, { ...n, terms: n.terms.filter(ownTerm).map((t) => (t.core.includes('net') ? t : { ...t, core: [...t.core, 'net'] })) });
  }
  return told.size ? subjects.map((s) => told.get(s) ?? s) : subjects;
}

/** A label's words in lower case, less what is in parentheses, footnote digits and punctuation: "Net Revenue(1)" → "net revenue". */
function plainLabel(label: string): string {
  return label.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/[^a-z\s]+/g, ' ').replace(/\s+/g, ' ').trim();
}


/** A term made of a label printing "net" ("label “Net Revenue” …", "concept label “Net revenue”"), not another name of it. */
function ownTerm(t: Term): boolean {
  return /^(?:label|concept label) /.test(t.source) && NET_WORD.test(t.source);
}

/** Two subjects that print other figures for a period they both print. */
function differ(a: Subject, b: Subject): boolean {
  for (const [period, f] of a.facts) {
    const g = b.facts.get(period);
    if (g && f.value !== null && g.value !== null && f.unit === g.unit && f.value !== g.value) return true;
  }
  return false;
}

function keyOf(f: Fact): string {
  return f.concept ?? `${f.table}/${f.row}`;
}

/** The labels the base model knows a concept by ("net sales", "cost of goods sold"), as terms. */
function baseTerms(id: string): readonly Term[] {
  if (!BASE_CONCEPTS[twinOf(id) ?? id]) return [];
  // The base model never changes: every release's subjects share its terms (one entry a base concept).
  let terms = baseTermsOf.get(id);
  if (!terms) baseTermsOf.set(id, (terms = deepFreeze(baseTermsFor(id))));
  return terms;
}
const baseTermsOf = new Map<string, readonly Term[]>();

function baseTermsFor(id: string): Term[] {
  const twin = twinOf(id);
  const base = BASE_CONCEPTS[twin ?? id];
  if (!base) return [];
  // "Diluted EPS": the prose's abbreviation of earnings per share (basic or diluted is the subject's attribute).
  const abbreviation = /^eps-/.test(twin ?? id) ? ['EPS'] : [];
  return [base.label, ...base.labels, ...abbreviation].map((label) => termOf(label, [], [], `“${label}”, a name of ${baseLabel(id) ?? id} in the base model`));
}

function subject(
  key: string,
  kind: Subject['kind'],
  label: string,
  terms: Term[],
  facts: Fact[],
  titles: ReadonlyMap<string, string>,
  expression: Subject['expression'],
): Subject {
  const byPeriod = new Map<string, Fact>();
  const byTable = new Map<string, Map<string, Fact>>();
  // Reported figures first, so that a nil printing never hides a printed one.
  const conflicts = new Set<string>();
  // What the row measures is what its periods' own columns print: a row of amounts with a "% of Sales" column for each is amounts.
  const unit = mostCommon((facts.some((f) => !named(f)) ? facts.filter((f) => !named(f)) : facts).map((f) => f.unit));
  // A period's own column before a column named within it ("% of Sales" beside the amount of "Three Months Ended"), and a
  // figure in the subject's unit before another's: Hasbro's 1Q20 reconciliation prints "Net (Loss) Earnings Attributable to
  // Hasbro, Inc., as Reported" (69,637) and, in an undated column beside it, $(0.51) a share, both read as the quarter's.
  const other = (f: Fact) => (f.unit === unit ? 0 : 1);
  for (const f of [...facts].sort((a, b) => rank(a) - rank(b) || named(a) - named(b) || other(a) - other(b))) {
    const seen = byPeriod.get(f.period);
    if (!seen) byPeriod.set(f.period, f);
    // Figures of two units (the amount and its share of sales) are two measures, never two printings of one.
    else if (seen.value !== null && f.value !== null && seen.value !== f.value && seen.unit === f.unit) conflicts.add(f.period);
    let table = byTable.get(f.table);
    if (!table) byTable.set(f.table, (table = new Map()));
    if (!table.has(f.period)) table.set(f.period, f);
  }
  // A row's facts share its label and sections: each row is read once, not once a period.
  const rows = unique(facts);
  const texts = [label, ...rows.flatMap((f) => [f.label, ...f.section])];
  const bases = new Set(rows.map((f) => basisOf([[f.label], f.section, [titles.get(f.table) ?? '']])));
  return {
    key,
    kind,
    label,
    terms,
    unit,
    basis: key.startsWith('non-gaap-') ? 'nongaap' : bases.size === 1 ? [...bases][0] : (basisOf([[label]]) ?? null),
    dilution: dilutionOf(texts),
    facts: byPeriod,
    conflicts,
    byTable,
    expression,
  };
}

const rank = (f: Fact) => (f.status === 'reported' ? 0 : 1);
const named = (f: Fact) => (f.dimension ? 1 : 0);

/** A row's term: its label's words, or its section's where the label only qualifies ("Total", "Diluted"). */
function rowTerm(f: Fact, title: string): readonly Term[] {
  // A company's releases print the same rows: a row's terms are kept by everything they are made of.
  return rowTerms.get(`${f.table}\0${title}\0${f.label}\0${f.section.join('\0')}`, () => deepFreeze(rowTermOf(f, title)));
}
const rowTerms = new Kept<readonly Term[]>(10_000);

function rowTermOf(f: Fact, title: string): Term[] {
  const where = `label “${f.label}”${f.section.length ? ` under “${f.section.at(-1)}”` : ''} in ${f.table}`;
  const terms = [termOf(f.label, f.section, ownContext(titleContext(title), title, f.label), where)];
  const own = core(f.label);
  for (const [pattern, names] of VARIANTS) {
    if (pattern.test(own)) for (const name of names) terms.push(termOf(name, [], [], `“${name}”, another name of ${where}`));
  }
  return terms;
}

// Words that name a measure's other basis: "Adjusted Operating Income" is not "Operating income".
const OTHER_BASIS = new Set(['adjusted', 'normalized', 'underlying', 'comparable']);

/**
 * Whether a label names a measure adjusted from another line: "Adjusted Diluted EPS(3)". ("Non-GAAP" alone marks the basis
 * of lines such as "Free cash flow (usage) - Non-GAAP", which are the concept; the vocabulary keeps the basis apart.)
 */
export function ofOtherBasis(label: string): boolean {
  return otherBasisLabels.get(label, () => contentWords(label).some((w) => OTHER_BASIS.has(w)));
}
const otherBasisLabels = new Kept<boolean>(10_000);
// Words that make a label a measure's name, not a segment's or an item's.
const MEASURE = new Set(contentWords('income revenue sales profit margin ebitda ebit earnings loss expense cost eps'));

/**
 * A title's words as a row's context, less a word of another basis that the title binds to a measure, where the row
 * names a measure of its own: in "Adjusted Operating Income and Adjusted Operating Income Margin" (Avantor's 4Q24)
 * "Adjusted" is the table's result's, and its lines "Net income" and "Operating income" are the GAAP figures it
 * adjusts, so "Adjusted Operating Income was $1,089.8 million" does not name them. Under "Adjusted Results" the word
 * binds to no measure and stays every line's; a segment's line ("Laboratory Solutions") keeps it too.
 */
function ownContext(context: readonly string[], title: string, label: string): readonly string[] {
  if (!strip(label).some((w) => MEASURE.has(w))) return context;
  const words = contentWords(title);
  // The words a basis word qualifies: those after it, up to the next such word, three at most.
  const qualified = (i: number) => {
    const rest = words.slice(i + 1, i + 4);
    const end = rest.findIndex((x) => OTHER_BASIS.has(x));
    return end < 0 ? rest : rest.slice(0, end);
  };
  const bound = words.filter((w, i) => OTHER_BASIS.has(w) && qualified(i).some((x) => MEASURE.has(x)));
  return bound.length === 0 ? context : context.filter((w) => !bound.includes(w));
}

/** The content words of a table's title that say what its rows are (every row of the table asks). */
function titleContext(title: string): readonly string[] {
  // "Reconciliation of net income to distributable earnings": the measure it reconciles to is no context of
  // its rows, else "Total distributable earnings" would name its "Net income".
  const own = /\breconciliation\b/i.test(title) ? title.replace(/\s+to\s+.*$/i, '') : title;
  return titleWords.get(title, () => Object.freeze(contentWords(own).filter((w) => !BOILERPLATE.has(w))));
}
const titleWords = new Kept<readonly string[]>(10_000);

function termOf(label: string, sections: readonly string[], title: readonly string[], source: string): Term {
  const own = strip(label);
  const inner = sections.length ? strip(sections[sections.length - 1]) : [];
  const outer = sections.slice(0, -1).flatMap(strip);
  // A line under "Interest income" ("Loans, including fees"), "Interest expense" ("Deposits") or "Interest and
  // dividend income" is that interest of its subject, not the subject: a sentence about loans or deposits names
  // the balances, and one about their interest says so.
  const ofSection = own.length > 0 && sections.length > 0 && INTEREST_SECTION.test(sections[sections.length - 1]);
  const core = own.length > 0 ? (ofSection ? [...own, ...inner] : own) : inner;
  const context = [...new Set([...(own.length > 0 && !ofSection ? inner : []), ...outer, ...title])].filter((w) => !core.includes(w));
  const segment = own.length > 0 && !ofSection && inner.length > 0 && inner.every((w) => !core.includes(w)) ? [...inner] : undefined;
  return { core: [...new Set(core)], context, source, label, ...(segment ? { segment } : {}) };
}

const INTEREST_SECTION = /^\s*(?:total\s+)?(?:interest|dividend)s?(?:\s+and\s+(?:interest|dividends?|fees?))?\s+(?:income|expenses?)\b/i;

/**
 * Content words of a label less qualifiers and asides: "(non-GAAP)", "(Including buying,
 * distribution, and occupancy costs)", ", net of returns and allowances", ", exclusive of
 * depreciation". What remains names the line item; "less current portion" is no aside.
 */
function strip(label: string): readonly string[] {
  // Every fact of a row, and every row of a section, asks again: the same few hundred labels a release.
  return stripped.get(label, () => Object.freeze(contentWords(core(label)).filter((w) => !WEAK.has(w))));
}
const stripped = new Kept<readonly string[]>(10_000);

function core(label: string): string {
  return label
    // "Operating income (expense)", "Other income (expense), net": the word in parentheses names the line's sign
    // when it is negative, as "(loss)" does; the line is named by its words before it ("operating loss").
    .replace(/\b(income|earnings|profit|gain)\s*\((?:expense|expenses|loss|losses|charge|deficit)\)/gi, '$1')
    .replace(/\((?:non-)?gaap\)/gi, ' ')
    .replace(/\((?:including|excluding|exclusive of|net of|inclusive of)\b[^)]*\)/gi, ' ')
    // "less current portion" stays: it tells a part from the whole.
    .replace(/,?\s+(?:net of|excluding|exclusive of|including|inclusive of)\b.*$/i, '')
    .trim();
}

/**
 * GAAP or non-GAAP, as the nearest text says it: the row's label, then its sections, then
 * its table's title. A text naming both ("Reconciliation of GAAP to non-GAAP") says neither.
 */
function basisOf(levels: string[][]): Basis | null {
  for (const texts of levels) {
    const all = texts.join(' ');
    const non = /\bnon-?gaap\b/i.test(all);
    const plain = /(?<!non-?)\bgaap\b/i.test(all.replace(/\bnon-?gaap\b/gi, ''));
    if (non && !plain) return 'nongaap';
    if (plain && !non) return 'gaap';
  }
  return null;
}

function dilutionOf(texts: string[]): Dilution[] | null {
  const all = texts.join(' ');
  const basic = /\bbasic\b/i.test(all);
  const diluted = /\bdilut(?:ed|ive)\b/i.test(all);
  if (basic && diluted) return ['basic', 'diluted'];
  if (basic) return ['basic'];
  if (diluted) return ['diluted'];
  return null;
}

function mostCommon<T>(xs: T[]): T {
  const counts = new Map<T, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = xs[0];
  for (const [x, n] of counts) if (n > (counts.get(best) ?? 0)) best = x;
  return best;
}


/** One fact per table and row. */
function unique(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.table}/${f.row}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
