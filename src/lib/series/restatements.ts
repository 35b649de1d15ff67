/**
 * What a release's restatement covers (issue 32): a sentence saying prior periods were restated,
 * recast, reclassified or revised speaks of some lines, not of every figure of the release. A
 * reader takes it to cover:
 * - the tables that carry the marker of the note that states it ("(2) … Prior period information
 *   has been recast" under "QCT Revenue Streams1, 2"; "(3) … Prior periods have been revised" of
 *   "Research and development expenses(2), (3)"): the note defines its marker for the tables above
 *   it, back to the previous note of the same marker;
 * - the lines its note or paragraph names ("… included within our Handsets, Automotive and
 *   internet of things (IoT) revenue streams", "These costs were previously recorded in Research and
 *   development expenses"), wherever the release prints them; a paragraph that ends on a colon
 *   names what follows it ("… has been revised to conform to the current period presentation:"
 *   then "Adjusted Income and Adjusted Diluted EPS"), one that speaks of "changes discussed above"
 *   what precedes it back to the table above;
 * - the lines of a kind of measure it names ("changes to its Adjusted financial measures", "non-GAAP
 *   Adjusted information"): the lines, columns or tables labelled so.
 * - every line, where it speaks of prior periods in general and of no change in particular
 *   ("Certain prior period amounts have been reclassified to conform to the current period
 *   presentation"), in no note marked on a table.
 * A difference outside every restatement's scope is a difference across releases.
 */
import type { Fact, Release, SeriesStatement } from '../types.ts';

export const RESTATED = /\b(restated|recast|reclassified|recategorized|revised to conform|revised to reflect|have been revised|has been revised)\b/i;

/** A restatement a release states, and what it covers. */
export interface Restatement extends SeriesStatement {
  /** Tables carrying the marker of the note that states it. */
  tables: string[];
  /** The marker of the note that states it ("b" of "(b) Prior-period amounts have been revised …"), if a note does. */
  marker?: string;
  /** The words of its note or paragraph (and what they point to), normalized: the lines it names. */
  scope: string;
  /** Kinds of measure it names ("adjusted", "non gaap adjusted"): lines, columns or tables labelled so. */
  qualifiers: string[];
  /**
   * It speaks of the release's prior periods in general ("Certain prior period amounts have been
   * reclassified to conform to the current period presentation"): no note of it is marked on a
   * table, and it points back to no change it describes ("this change", "discussed above", a
   * colon). It then covers every line: a reader takes any difference as the reclassification.
   */
  general: boolean;
}

/** Text as compared: lower case, abbreviations spelled out, words separated by single spaces. */
export function normalized(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/\br&d\b/g, 'research and development')
    .replace(/\bsg&a\b/g, 'selling general and administrative')
    .replace(/\biprd\b|\bipr&d\b/g, 'in process research and development')
    .replace(/\(\s*(?:[a-z]|\d{1,2})\s*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/**
 * A note's marker: "(b)", "(3)", or a symbol ("* Reclassified" under FosRich's statement of comprehensive income, whose
 * restated figures print "1,460,178,577 *").
 */
const NOTE_MARKER = /^\s*(?:\(\s*([a-z]|\d{1,2})\s*\)|([*†‡§]{1,3})(?=\s))/i;
const noteMarker = (text: string) => {
  const m = NOTE_MARKER.exec(text);
  return (m?.[1] ?? m?.[2])?.toLowerCase();
};
/**
 * A note opened by a list bullet: a converter to Markdown reads a note "* Reclassified" as a list item and prints its
 * asterisk as a bullet (FosRich's Q1 2023 report: "512,703,047 *" in the statement, "• Reclassified" under it, where its
 * Q3 2023 report prints "* Reclassified").
 */
const BULLETED = /^\s*[•·▪‣-]\s/;
/** Markers printed at the end of a title: "QCT Revenue Streams1, 2", "STATEMENTS OF INCOME(1)". */
const TITLE_MARKERS = /(?:\(([a-z]|\d{1,2})\)|(?<=[a-z])(\d{1,2}(?:,\s*\d{1,2})*))\s*(?:\(unaudited\))?\s*$/i;
/** "Adjusted financial measures", "non-GAAP Adjusted information", "Core results". */
const QUALIFIED = /\b((?:non-gaap\s+)?[A-Z][A-Za-z-]+)\s*(?:\(\s*\w{1,2}\s*\))?\s+(?:financial\s+)?(?:measures|results|information)\b/g;
/** A restatement's own words that point back to the change it speaks of. */
const POINTS_BACK = /\b(?:this|these|those|such|above|below|following|foregoing|aforementioned)\b|:\s*$/i;
/** The subjects of a restatement of every prior figure: "prior period amounts", "certain reclassifications", "comparative information". */
const GENERAL_SUBJECT = /\b(?:prior[- ](?:period|year)s?|previous(?:ly reported)?|comparative|certain|all periods presented)\b[^.]{0,40}?\b(?:amounts?|information|figures|results|data|financial statements|balances|periods|reclassifications)\b|\bcertain reclassifications\b/i;

/**
 * Whether a restatement's sentence speaks of every prior figure ("Certain prior period amounts have
 * been reclassified to conform to the current period presentation", "Prior-period financial
 * information has been restated, as appropriate"), not of a change it points back to ("… to reflect
 * this change", "… for all changes discussed above") or names ("… for both amortization of
 * intangibles and acquired IPR&D", "the presentation of noninterest income has been recategorized").
 */
export function speaksInGeneral(sentence: string): boolean {
  if (POINTS_BACK.test(sentence) || !GENERAL_SUBJECT.test(sentence)) return false;
  // What follows the verb names its subject otherwise.
  const predicate = (sentence.split(/\b(?:have|has) been\b|\bwere\b/i)[1] ?? '').replace(/\bto (?:conform|reflect)\b/gi, '');
  return !/\b(?:for|of|in|related to|relating to|associated with|regarding|within)\s+(?!accordance\b)(?:both\s+|the\s+)?[a-z]/i.test(predicate);
}

/** Words too common to name a line by themselves. */
const GENERIC = new Set(['total', 'other', 'net', 'revenue', 'revenues', 'income', 'other net', 'total revenues', 'gaap', 'non gaap', 'the', 'change']);

function markersOfTitle(title: string): string[] {
  const m = TITLE_MARKERS.exec(title);
  if (!m) return [];
  return (m[1] ?? m[2]).split(',').map((s) => s.trim().toLowerCase());
}

/** Every restatement a release states, each with what it covers. */
export function restatementsOf(release: Release, isSplit: (text: string) => boolean): Restatement[] {
  const out: Restatement[] = [];
  const prose = release.prose;
  let figureMarks: Map<string, Set<string>> | undefined;
  const tableStarts = release.tables.map((t) => ({ id: t.id, start: t.line, end: t.endLine }));
  for (let i = 0; i < prose.length; i++) {
    const p = prose[i];
    if (!RESTATED.test(p.text) || isSplit(p.text)) continue;
    let scope = p.text;
    const sentence = sentenceAround(p.text, RESTATED);
    // What follows a colon, up to the next table.
    if (/:\s*$/.test(p.text)) {
      const nextTable = Math.min(...tableStarts.filter((t) => t.start > p.line).map((t) => t.start), Infinity);
      for (let j = i + 1; j < prose.length && j <= i + 3 && prose[j].line < nextTable; j++) scope += ` ${prose[j].text}`;
    }
    // "… for all changes discussed above": the paragraphs back to the table above.
    if (/\babove\b/i.test(sentence)) {
      const lastTable = Math.max(...tableStarts.filter((t) => t.end < p.line).map((t) => t.end), -1);
      for (let j = i - 1; j >= 0 && prose[j].line > lastTable; j--) scope += ` ${prose[j].text}`;
    }
    const tables: string[] = [];
    figureMarks ??= marksByTable(release);
    // A bulleted note is the asterisk's where figures above it carry an asterisk and no note of the release is printed
    // with one: the bullet is the asterisk as the conversion printed it, and nothing else says what the mark means.
    const asterisk = BULLETED.test(p.text) && [...figureMarks.values()].some((m) => m.has('*')) && !prose.some((q) => noteMarker(q.text) === '*');
    const marker = noteMarker(p.text) ?? (asterisk ? '*' : undefined);
    if (marker) {
      // The note defines its marker for the tables above it, back to the previous note of that marker.
      const previous = prose.slice(0, i).findLast((q) => noteMarker(q.text) === marker || (marker === '*' && asterisk && BULLETED.test(q.text) && RESTATED.test(q.text)))?.line ?? 0;
      for (const t of release.tables) {
        if (t.line < previous || t.line > p.line) continue;
        const carries =
          markersOfTitle(t.title).includes(marker) ||
          t.rows.some((r) => r.footnotes.some((f) => f.toLowerCase() === marker)) ||
          figureMarks.get(t.id)?.has(marker) === true ||
          t.columns.some((c) => markersOfTitle(c.header).includes(marker));
        if (carries) tables.push(t.id);
      }
    }
    const qualifiers = [...scope.matchAll(QUALIFIED)]
      .map((m) => normalized(m[1]).trim())
      .filter((q) => q && !GENERIC.has(q) && !/^(the|our|its|their|financial|period|prior|current|operating)$/.test(q));
    const general = tables.length === 0 && !/:\s*$/.test(p.text) && speaksInGeneral(sentence);
    out.push({ release: release.meta.id, line: p.line, text: sentence, tables, ...(marker ? { marker } : {}), scope: normalized(scope), qualifiers: [...new Set(qualifiers)], general });
  }
  return out;
}

/** The note marks printed beside figures, by table ("454,268 (b)"). */
function marksByTable(release: Release): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of release.facts) {
    if (f.footnotes.length === 0) continue;
    const marks = out.get(f.table) ?? new Set<string>();
    for (const m of f.footnotes) marks.add(m.toLowerCase());
    out.set(f.table, marks);
  }
  return out;
}

/**
 * The names a line goes by: its label, its sections, its column's, its table's title. A table with no
 * title named by its first line is that line's subject's, as a section is: PNC's 1Q22 "Noninterest
 * Income" over its categories, which "the presentation of noninterest income has been recategorized"
 * covers.
 */
function namesOf(f: Fact, release: Release): { label: string[]; sections: string[]; around: string } {
  const table = release.tables.find((t) => t.id === f.table);
  const column = f.dimension ? table?.columns.find((c) => c.dimension === f.dimension) : undefined;
  const names = (list: string[]) => list
    .map((n) => normalized(n.replace(/\(\s*\w{1,2}\s*\),?/g, ' ')).trim())
    .filter((n) => n.length >= 3 && !GENERIC.has(n));
  const around = normalized([f.label, f.dimension ?? '', column?.header ?? '', table?.title ?? ''].join(' '));
  return { label: names([f.label, f.dimension ? f.dimension.replace(/-/g, ' ') : '']), sections: names([...f.section, table?.name ?? '']), around };
}

/**
 * How a restatement covers a line of its release, in words ("the note's marker is on its table",
 * "it names the line 'Handsets'", "it names Adjusted measures"), or null where it does not; with how
 * closely (0 the closest): a note whose mark is printed beside the figure itself speaks of it more
 * surely than one marked on its table, one naming its line than one naming a section it sits in
 * ("ASSETS" is named by any note on "other assets"), and any of these than one speaking in general.
 */
export function coverage(r: Restatement, f: Fact, release: Release): { how: string; rank: number } | null {
  if (r.tables.includes(f.table)) {
    if (r.marker && f.footnotes.some((m) => m.toLowerCase() === r.marker)) {
      const onLabel = release.tables.find((t) => t.id === f.table)?.rows.find((row) => row.id === f.row)?.footnotes.some((m) => m.toLowerCase() === r.marker);
      return { how: `its note’s mark (${r.marker}) is printed ${onLabel ? 'on its line' : 'beside the figure'}`, rank: 0 };
    }
    return { how: 'the note stating it is marked on the table', rank: 1 };
  }
  const { label, sections, around } = namesOf(f, release);
  const named = label.find((n) => r.scope.includes(` ${n} `));
  if (named) return { how: `it names the line (“${named}”)`, rank: 2 };
  const section = sections.find((n) => r.scope.includes(` ${n} `));
  if (section) return { how: `it names the line’s section (“${section}”)`, rank: 3 };
  const kind = r.qualifiers.find((q) => around.includes(` ${q} `));
  if (kind) return { how: `it names “${kind}” measures`, rank: 4 };
  return r.general ? { how: 'it speaks of every prior period amount, naming none', rank: 5 } : null;
}

/** The sentence of `text` that holds a match of `re`, trimmed to a readable length. */
export function sentenceAround(text: string, re: RegExp): string {
  const at = text.search(re);
  const start = Math.max(0, text.lastIndexOf('. ', at) + 1);
  const end = text.indexOf('. ', at);
  const sentence = text.slice(start, end < 0 ? text.length : end + 1).trim();
  return sentence.length > 400 ? `${sentence.slice(0, 397)}…` : sentence;
}
