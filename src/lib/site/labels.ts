import type { Fact, Release, ReleaseHead, TableHead } from '../types.ts';
import { isAsciiLetter, isSpace } from '../char-classes.ts';
import { escapeRegExp } from '../reg-exp.ts';

/**
 * Names a reader reads: period labels ("Q2 2010" for "2010-q2") and table titles in title
 * case instead of the ALL CAPS some releases print ("Condensed Consolidated Balance Sheets").
 */

/** A period's label in the release ("Q2 2010", "June 30, 2010"), or the id itself. */
export function periodName(release: ReleaseHead, id: string): string {
  return periodLabels(release).get(id) ?? id;
}

/**
 * A release as its pages name it: its ticker and period ("INAP Q2 2010"). A release that states no
 * ticker is named by its company ("Martin Marietta Materials, Inc. Q4 2024"), not by its period alone.
 */
export function releaseName(release: ReleaseHead): string {
  const who = release.meta.ticker.trim() || release.meta.name.trim() || release.meta.company;
  return `${who} ${periodName(release, release.meta.fiscalPeriod)}`.trim();
}

/** The column a figure is printed in, in words: its period's label, or its printed header for a named column ("Q2 FY2023 Outlook"). */
export function columnName(release: ReleaseHead, fact: Fact): string {
  if (!fact.dimension && fact.period) return periodName(release, fact.period);
  const key = fact.id.slice(fact.id.lastIndexOf('/') + 1);
  const column = release.tables.find((t) => t.id === fact.table)?.columns.find((c) => (c.key ?? c.period) === key);
  return column?.header || (fact.period ? periodName(release, fact.period) : key);
}

const labelCache = new WeakMap<ReleaseHead, Map<string, string>>();
function periodLabels(release: ReleaseHead): Map<string, string> {
  let map = labelCache.get(release);
  if (!map) labelCache.set(release, (map = new Map(release.periods.map((p) => [p.id, p.label]))));
  return map;
}

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'per', 'the', 'to', 'vs', 'vs.', 'with']);
const ACRONYMS = new Set([
  'EBITDA', 'EBITDAR', 'EBIT', 'GAAP', 'IFRS', 'EPS', 'IP', 'US', 'U.S.', 'USA', 'UK', 'EU', 'R&D', 'SG&A', 'FY', 'YTD', 'TTM',
  'LLC', 'LP', 'PLC', 'N.V.', 'S.A.', 'AG', 'SE', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'CEO', 'CFO', 'ADR', 'ADS', 'ROI', 'ROE',
  'AI', 'IT', 'OEM', 'PC', 'GPU', 'CPU', 'II', 'III', 'IV', 'NA', 'FX', 'USD', 'EUR', 'GBP', 'JPY', 'CAD', 'CHF',
]);
/** Printed qualifiers of a statement's title that a heading can do without. */
const QUALIFIERS = /^((unaudited|audited|condensed|consolidated|interim|preliminary|summary)[\s,]+)+/i;
/** "(Unaudited)" closing a title, "TABLE 5 " opening one, a note's mark on its last word ("Cash Flows(1)"): none names the table. */
const TRAILING_QUALIFIER = /\s*(?:\((?:unaudited|audited)\)|[–—-]?\s*\b(?:unaudited|audited))\s*$/i;
// "Table 1, continued" (Coherent's): the number of a table its page break continued, no word of its title either.
const TABLE_NUMBER = /^table\s+\d+(?:-?[a-z])?\b(?:,?\s*\(?(?:continued|cont['’]d|cont\.)\)?)?[\s.:–—-]*/i;
/** A list's bullet left on a title ("* Effective Tax Rate and Underlying Effective Tax Rate", a Markdown copy's): no word of it. */
const LIST_MARK = /^[*•▪◦‣-]\s+/;
const ATTACHED_MARK = /(?<=[A-Za-z])\(\d{1,2}\)/g;
/**
 * A note's mark anywhere else in a title: "(1)" after a space ("Reconciliation of Free Cash Flow (1) and Other
 * Metrics", "2025 Guidance (1)", Pegasystems 4Q24; a run of them, "(1)(2)", Coherent's), asterisks on a word ("Non-GAAP* Financial Results", Lattice 4Q24);
 * and a wire's continuation mark before it ("(more) Sales and Revenues by Geographic Region", Caterpillar 1Q22).
 */
const NOTE_MARKS = /(?:\s*\(\d{1,2}\))+(?=\s|$)|(?<=\S)\*+(?=\s|$)|^\(more\)\s*/gi;

/**
 * Whether a printed title says nothing its short title does not, but for case and the words
 * shortTitle leaves out: a page then prints it once, not twice.
 */
export function sameTitle(printed: string, short: string): boolean {
  const words = (t: string) =>
    t
      .replace(TABLE_NUMBER, '')
      .replace(ATTACHED_MARK, '')
      .replace(NOTE_MARKS, ' ')
      .toLowerCase()
      .replace(/\b(?:unaudited|audited|condensed|consolidated|interim|preliminary|summary)\b/g, ' ')
      .replace(/[^a-z0-9&]+/g, ' ')
      .trim();
  return words(printed) === words(short);
}

/**
 * Title case for a title printed in capitals; any other title is kept as printed. Acronyms
 * (GAAP, EBITDA) and the words of the company's name and ticker keep their capitals.
 */
export function readableTitle(title: string, release?: ReleaseHead): string {
  if (!release) return titleCase(title);
  return remembered(readableTitles, release, title, () => titleCase(title, release));
}

/**
 * Titles already cased, per release: a page names the same few tables in every figure's popover
 * and check row, and casing one word by word is most of what those cost.
 */
const readableTitles = new WeakMap<ReleaseHead, Map<string, string>>();
const tableTitles = new WeakMap<ReleaseHead, Map<string, string>>();
function remembered(cache: WeakMap<ReleaseHead, Map<string, string>>, release: ReleaseHead, key: string, compute: () => string): string {
  let map = cache.get(release);
  if (!map) cache.set(release, (map = new Map()));
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = compute()));
  return value;
}

function titleCase(title: string, release?: ReleaseHead): string {
  const text = title.trim().replace(/\s+/g, ' ');
  // Printed in capitals, whatever its parentheses say: "CONDENSED CONSOLIDATED STATEMENTS OF INCOME (Unaudited)".
  const outside = text.replace(/\([^()]*\)/g, '');
  if (/[a-z]/.test(outside) || !/[A-Z].*[A-Z]/.test(outside)) return text;
  const keep = new Set(ACRONYMS);
  if (release) for (const w of `${release.meta.name} ${release.meta.ticker}`.split(/\s+/)) if (w.length > 1 && w === w.toUpperCase()) keep.add(w);
  let first = true;
  return text
    .split(' ')
    .map((word) => {
      const out = caseWord(word, keep, first);
      first = /[:—–-]$/.test(word);
      return out;
    })
    .join(' ');
}

function caseWord(word: string, keep: Set<string>, first: boolean): string {
  // Keep punctuation around the word: "(LOSS)" → "(Loss)", "NON-GAAP" → "Non-GAAP".
  return word.replace(/[A-Z0-9&.'’]+(?:-[A-Z0-9&.'’]+)*/g, (core, offset: number) => {
    return core
      .split('-')
      .map((part, i) => {
        const bare = part.replace(/[.'’]+$/, '');
        // Capitals joined by "&" are initials, whether or not ACRONYMS lists them: "EMEA&APAC", "P&C", "M&A".
        if (keep.has(part) || keep.has(bare) || /\d/.test(part) || /^[A-Z]+&[A-Z&]+$/.test(bare)) return part;
        const lower = part.toLowerCase();
        if (!first && offset === 0 && i === 0 && SMALL.has(lower)) return lower;
        return lower.charAt(0).toUpperCase() + lower.slice(1);
      })
      .join('-');
  });
}

/** A table's title for headings, navigation and breadcrumbs: readable, without "Unaudited Condensed Consolidated". */
export function tableTitle(table: TableHead, release?: ReleaseHead): string {
  // A table that prints no title is named by the label of its first line as printed (else by its id).
  // A title of nothing but qualifiers ("(Unaudited)") names no more than none.
  if (table.title.trim() === '' || sameTitle(table.title, '')) return table.name ? firstUpper(readableTitle(table.name, release)) : untitled(table.id);
  if (!release) return shortTitle(table.title);
  return remembered(tableTitles, release, table.title, () => shortTitle(table.title, release));
}

const firstUpper = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function untitled(id: string): string {
  const words = id.replace(/-\d+$/, '').replace(/-+/g, ' ').trim() || 'table';
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function shortTitle(printed: string, release?: ReleaseHead): string {
  const title = readableTitle(printed, release);
  const short = title.replace(LIST_MARK, '').replace(NOTE_MARKS, '').replace(TABLE_NUMBER, '').replace(QUALIFIERS, '').replace(TRAILING_QUALIFIER, '').replace(ATTACHED_MARK, '').trim();
  const name = short.length > 0 ? short : title;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const MONTHS = /^(January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Places that segment labels name and a sentence keeps capitalised. */
const PLACES = /^(Americas?|North|South|Latin|Central|Europe|European|Asia|Pacific|Middle|East|Africa|China|Chinese|Japan|Greater|Canada|United|States|Kingdom|Germany|France|India|Mexico|Brazil|Australia|Korea|Taiwan|Singapore|Ireland|Israel)$/;

/**
 * One case for titles the site composes from printed labels (a check's "Total Revenues growth,
 * Q2 2010 vs Q1 2010" beside "Data center services growth, …"): sentence case, as the rest of
 * the site writes. Acronyms and words with inner capitals (EBITDA, GAAP, Q2, iPhone), the
 * company's name, months, places, the first word of each part, and names the release's own
 * prose capitalises in mid-sentence and never writes in lower case ("Data Center") keep their
 * capitals.
 */
export function sentenceTitle(title: string, release: Release): string {
  // Every check of every release is titled here, so the title is read in one pass: no token
  // arrays, and a new string only where a word is lowered.
  // Characters of the title inside a name, which keeps its capitals.
  let kept: Uint8Array | null = null;
  for (const { name, pattern } of namePatterns(release)) {
    if (!title.includes(name)) continue;
    kept ??= new Uint8Array(title.length);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(title); m !== null; m = pattern.exec(title)) kept.fill(1, m.index, m.index + name.length);
  }
  let out = '';
  let copied = 0;
  // Whether the next token begins a part, whose first word keeps its capital.
  let start = true;
  for (let at = 0; at < title.length; ) {
    if (isSpace(title.charCodeAt(at))) {
      at++;
      continue;
    }
    let end = at;
    while (end < title.length && !isSpace(title.charCodeAt(end))) end++;
    const first = start;
    start = PART_END.includes(title[end - 1]);
    // Words: a letter, then letters and apostrophes.
    for (let i = at; !first && i < end; ) {
      if (!isAsciiLetter(title.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < end && (isAsciiLetter(title.charCodeAt(j)) || title[j] === "'" || title[j] === '’')) j++;
      if (!kept?.[i] && isCapitalized(title, i, j)) {
        const word = title.slice(i, j);
        if (!MONTHS.test(word) && !PLACES.test(word)) {
          out += title.slice(copied, i) + word.toLowerCase();
          copied = j;
        }
      }
      i = j;
    }
    at = end;
  }
  return copied === 0 ? title : out + title.slice(copied);
}

/** Characters that end a part of a composed title ("Segment profit — Total", "… = Q1 2010 + Q2 2010"). */
const PART_END = '—–:;=+÷×';

/** title[from, to) is a capital and then small letters or apostrophes ("Revenue", "Company’s"), one or more. */
function isCapitalized(title: string, from: number, to: number): boolean {
  const c = title.charCodeAt(from);
  if (c < 65 || c > 90 || to - from < 2) return false;
  for (let i = from + 1; i < to; i++) {
    const d = title.charCodeAt(i);
    if (!((d >= 97 && d <= 122) || d === 0x27 || d === 0x2019)) return false;
  }
  return true;
}

const nameCache = new WeakMap<Release, string[]>();
/**
 * Names in this release: its company's, and runs of capitalised words ("Data Center", "Jensen
 * Huang") its prose writes mid-sentence more often than in lower case ("data center").
 */
function properNames(release: Release): string[] {
  let names = nameCache.get(release);
  if (names) return names;
  const capital = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const prose = release.prose.filter((line) => line.kind !== 'heading' && line.kind !== 'caption').map((line) => line.text);
  for (const text of prose) {
    // Mid-sentence: after a word in lower case or a comma, not after a full stop or at the line's start.
    for (const m of text.matchAll(/(?<=[a-z,] )[A-Z][a-z'’]+(?: [A-Z][a-z'’]+)*(?![A-Za-z])/g)) add(capital, m[0]);
  }
  const all = prose.join('\n');
  const lowered = (phrase: string) => all.split(new RegExp(`(?<![A-Za-z])${escapeRegExp(phrase.toLowerCase())}(?![A-Za-z])`)).length - 1;
  names = [...capital].filter(([phrase, n]) => n > lowered(phrase)).map(([phrase]) => phrase);
  for (const w of `${release.meta.name} ${release.meta.ticker}`.split(/[\s,.()]+/)) if (w.length > 1) names.push(w);
  names.sort((x, y) => y.length - x.length);
  nameCache.set(release, names);
  return names;
}

const patternCache = new WeakMap<Release, { name: string; pattern: RegExp }[]>();
/** properNames, each with the pattern that finds it as a whole word (made once per release: every check's title is searched). */
function namePatterns(release: Release): { name: string; pattern: RegExp }[] {
  let patterns = patternCache.get(release);
  if (!patterns) {
    patterns = properNames(release).map((name) => ({ name, pattern: new RegExp(`(?<![A-Za-z])${escapeRegExp(name)}(?![A-Za-z])`, 'g') }));
    patternCache.set(release, patterns);
  }
  return patterns;
}


/** A period's words that a column header keeps on one line: "Q2 2010", "FY 2011", "June 30," (the year may go below). */
const PERIOD_PHRASE =
  /\b(?:(?:Q[1-4]|[1-4]Q|H[12]|FY|[369]M)\s+(?:FY)?\d{2,4}|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2},?)(?![\w])/g;

/**
 * A column header cut where it may wrap: the parts that hold a period together ("Q2 2010 vs
 * Q2 2009" wraps after "vs", never inside "Q2 2009"; "December 31, 2009" before the year).
 */
export function headerParts(header: string): { text: string; keep: boolean }[] {
  const parts: { text: string; keep: boolean }[] = [];
  let at = 0;
  for (const m of header.matchAll(PERIOD_PHRASE)) {
    if (m.index > at) parts.push({ text: header.slice(at, m.index), keep: false });
    parts.push({ text: m[0], keep: true });
    at = m.index + m[0].length;
  }
  if (at < header.length) parts.push({ text: header.slice(at), keep: false });
  return parts;
}

/** A line's name as shown: its label, or for a line of figures printed with none, what it is ("Subtotal"). */
export function rowName(label: string, total: boolean): string {
  return label.trim() !== '' ? label : total ? 'Subtotal' : 'No label printed';
}
