/**
 * Everything the automatic linker needs of a release, built once: its
 * subjects and their index, its calendar, the context claim checks are
 * evaluated in, and the words of headings that name nothing (report titles,
 * "Highlights", the company's name).
 */
import { namesIn, parseExpression, ExpressionError } from '../checks/expression.ts';
import type { Release } from '../types.ts';
import { currencyOfSymbol } from '../ingest/index.ts';
import type { Context } from './evaluate.ts';
import type { LinkContext } from './link.ts';
import { Calendar, periodPhrases } from './prose-periods.ts';
import { vocabulary, type MeasureTerm, type Subject } from './vocabulary.ts';
import { contentWords } from './words-of.ts';

// Words of headings that organize a release rather than name a line item.
const GENERIC_HEADING = contentWords(
  'announces reports reported financial results highlights summary overview recent operational operating business update updates ' +
    'information conference call webcast outlook guidance commentary key metrics selected notes about quarter fiscal year first second ' +
    'third fourth full annual quarterly results statement statements non-gaap gaap measures forward-looking press release contacts investor ' +
    // How a section presents what follows, and who speaks in it ("October–December 2024 in brief", "Key events during
    // the quarter", "CEO's review"): nothing the figures are of.
    'brief events developments review comments letter message ceo cfo segment segments vs versus ' +
    // A statement's name over its figures ("Balance Sheet Highlights", "CONSOLIDATED BALANCE SHEET REVIEW", PNC's): the
    // company's, no part of it.
    'balance sheet sheets consolidated ' +
    // The span a section reports on ("Three-Month Results", "Six Months Ended", "Year-to-Date Highlights").
    'three six nine twelve month months week weeks half interim period year-to-date ytd ' +
    'january february march april may june july august september october november december',
);

export function linkContext(release: Release, claims: Omit<Context, 'defaultPeriod'>): LinkContext {
  const measures: MeasureTerm[] = [];
  for (const [name, m] of claims.measures) {
    try {
      measures.push({ name, label: m.label, inputs: namesIn(parseExpression(m.equals, 'relation')) });
    } catch (e) {
      // A malformed measure is the checks layer's to report; the prose cannot name it.
      if (!(e instanceof ExpressionError)) throw e;
    }
  }
  const subjects = vocabulary({ release, concepts: claims.concepts, conceptOf: claims.conceptOf, measures });
  const index = new Map<string, Subject[]>();
  for (const s of subjects) {
    for (const t of s.terms) {
      for (const w of t.core) {
        const list = index.get(w);
        if (!list) index.set(w, [s]);
        else if (list[list.length - 1] !== s) list.push(s);
      }
    }
  }
  const generic = new Set([...GENERIC_HEADING, ...contentWords(`${release.meta.name} ${release.meta.ticker} ${release.meta.exchange}`)]);
  return {
    subjects,
    index,
    calendar: new Calendar(release, release.prose.flatMap((p) => periodPhrases(p.text).map((ph) => ph.spec))),
    claims,
    generic,
    lines: new Map(release.prose.map((p) => [p.line, p.text])),
    tableLines: new Set(release.facts.map((f) => f.line)),
    tableWords: new Map(release.tables.map((t) => [t.id, new Set(contentWords(t.title))])),
    segments: new Set(release.facts.flatMap((f) => (f.dimension ? [contentWords(f.dimension.replace(/-/g, ' ')).join(' ')] : []))),
    tableSpans: tableSpans(release),
    headings: release.prose.filter((p) => p.kind === 'heading').map((p) => ({ line: p.line, text: p.text })).sort((a, b) => a.line - b.line),
    dollar: currencyOfSymbol('$', release.meta.currency) ?? 'USD',
    entity: new Set(contentWords(`${release.meta.name} ${release.meta.ticker}`)),
    annualized: /\bannuali[sz]ed\b/i.test(release.text),
  };
}

// Labels that name no part of the company: the rest of a breakdown, and measures ("Net income" over a table of its parts).
const NOT_A_PART = new Set(contentWords('other others all remaining unallocated elimination eliminations adjustment adjustments total consolidated'));
const MEASURE_WORDS = new Set(contentWords('income revenue sales profit margin ebitda ebit earnings loss expense cost eps'));

/**
 * Every table's lines in order, each with the part of the company it is the table of: a table named by its first line
 * (no title), a line with no figures over all the others, or titled, whose words another table prints as a line of
 * figures or a column (a segment of a breakdown: "Retail Banking" in PNC's "Business Segment Income") and name no measure.
 */
function tableSpans(release: Release): LinkContext['tableSpans'] {
  // Where each line's words, and each column's segment, are printed.
  const lines = new Map<string, Set<string>>();
  const add = (key: string, table: string) => {
    let tables = lines.get(key);
    if (!tables) lines.set(key, (tables = new Set()));
    tables.add(table);
  };
  for (const f of release.facts) {
    add(contentWords(f.label).join(' '), f.table);
    if (f.dimension) add(contentWords(f.dimension.replace(/-/g, ' ')).join(' '), f.table);
  }
  const partNamed = (name: string, t: Release['tables'][number]): string | null => {
    const words = contentWords(name);
    if (words.length === 0 || words.some((w) => MEASURE_WORDS.has(w)) || words.every((w) => NOT_A_PART.has(w))) return null;
    const printed = lines.get(words.join(' '));
    return printed && [...printed].some((id) => id !== t.id) ? name.trim() : null;
  };
  const partOf = (t: Release['tables'][number]): string | null => {
    // A title that another table prints as a line or a column of its own ("Rigid Packaging" over Amcor's segment table,
    // FY2023 Q4, a column of its components of net sales growth): the table of that part.
    if (t.title !== '') return partNamed(t.title, t);
    const first = t.rows[0];
    if (!t.name || !first || first.kind === 'values' || first.label.trim() !== t.name.trim()) return null;
    return partNamed(t.name, t);
  };
  return release.tables.map((t) => ({ id: t.id, line: t.line, endLine: t.endLine, part: partOf(t) })).sort((a, b) => a.line - b.line);
}
