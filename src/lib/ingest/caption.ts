import { readBareUnitStatement, readHeaderUnit, readPercentStatement, readUnitStatement, titleBeforeUnitStatement, type StatedUnit } from '../units/unit-statements.ts';
import { completedStatement, openParen } from './statement-rows.ts';
import { escapeRegExp } from '../reg-exp.ts';
import { isClosedLongTitle } from './closed-title.ts';

/** What a table's title block says. */
export interface Caption {
  title: string;
  /** "(In thousands, except per share amounts)" as printed, or null. */
  unitNote: string | null;
  /** Power of ten the unit statement names, or null when it names none. */
  scale: number | null;
  /** Currency the unit statement names ("(£ million)", "(RMB in thousands)"), or null. */
  currency: string | null;
  /** Where the unit statement was printed: in the title block, under the header (a row, or the tail of one the title opened), or nowhere. */
  noteFrom: 'title' | 'under the header' | 'title and under the header' | 'the table it continues' | null;
  /** The unit statement scales money only: "(Dollars in thousands, …)", "($ in millions)", "(In thousands of dollars)". */
  moneyOnly: boolean;
  /**
   * The title of the table this one goes on from under the same unit statement printed again, where this one prints no
   * title of its own: what its columns' years are read with (a span, a day), never its name.
   */
  goesOnFrom?: string;
  /** The heading over the header whose scale overrides the statement's, where one does ("Client Cash Balances (in billions)"). */
  scaleHeading?: string;
}

/**
 * Reads a title block: the unit statement wherever it is, and the title from the
 * remaining short lines less the company's name.
 */
export function readCaption(lines: string[], companyName: string, releaseCurrency = 'USD', statementRows: string[] = [], releaseTitle = ''): Caption {
  const found = captionStatement(lines, statementRows, releaseCurrency);
  const note = found?.stated ?? null;
  const heading = note && found?.from === 'title' ? headingScale(lines, note.note, releaseCurrency) : null;
  const company = companyName.trim().toUpperCase();
  // A statement the title opened and a row under the header completed is no part of the title.
  const opened = found?.from === 'title and under the header' ? lines.findLastIndex((l) => openParen(l) >= 0) : -1;
  // A page's running head printed above the table ("HRZB-EPS Up 29% YTD" / "January 19, 2006" / "Page 3") names the
  // release and the page, not the table: the lines up to its page number are no part of the title.
  const head = lines.findLastIndex((l) => RUNNING_HEAD.test(l.trim()));
  const titleLines = lines
    // The lines after the one that opened it continue the statement ("(In millions," / "except per" /
    // "(Unaudited)" over the tail "share data)"), as completedStatement reads them: only what they put
    // in parentheses of their own is left.
    .map((l, i) => (i === opened ? l.slice(0, openParen(l)) : opened >= 0 && i > opened ? (l.match(/\([^()]*\)/g) ?? []).join(' ') : l))
    .map((l, i) => (i <= head ? '' : l))
    // The entity's name over two lines ("KORNIT DIGITAL LTD." / "AND ITS SUBSIDIARIES"): the line its tail follows is
    // the name, whatever the release's own name is drafted as.
    .map((l, i, all) => (ENTITY_TAIL.test(all[i + 1]?.trim() ?? '') ? '' : l))
    .map((l) => titleBeforeUnitStatement(l, releaseCurrency)?.title ?? l.trim())
    // A unit statement printed bare is the table's unit, never part of its title: "In millions" alone names
    // nothing, and "CONSOLIDATED REVENUE REVIEW In millions" is titled "CONSOLIDATED REVENUE REVIEW".
    .map((l) => withoutBareStatement(l, releaseCurrency))
    // "As of December 31, 2024:" just above the header states the table's period, not a sentence introducing it.
    .map((l) => (PERIOD_LEAD.test(l) ? l.replace(/\s*:$/, '') : l))
    .filter((l, i) => l.length > 0 && (l.length <= 100 || isClosedLongTitle(l, lines.slice(i + 1))) && !l.endsWith(':') && !readUnitStatement(l, releaseCurrency) && !unitAlone(l, releaseCurrency) && !readPercentStatement(l))
    .filter((l) => !(company && l.toUpperCase() === company))
    // "MASTERCRAFT BOAT HOLDINGS, INC. AND SUBSIDIARIES" names the reporting entity, not the table; so does its
    // tail on a line of its own.
    .filter((l) => !ENTITY_LINE.test(l) && !ENTITY_TAIL.test(l))
    // "Exhibit 99.1" names the filing's document, which holds every table, not this one.
    .filter((l) => !namesTheExhibit(l))
    // Footnote marks closing a title's words: "REALIZED METAL PRICES****1", "CASH COST1 AND ALL-IN SUSTAINING COST1".
    .map(withoutTitleMarks)
    // The last footnote of the table above, printed with no blank line before this title ("4 Excludes purchases of
    // copper concentrate …" over First Quantum's "For the three months ended December 31, 2023"): a note, no title,
    // even where nothing else would title the table (then its rows name it).
    .filter((l) => l.length > 0 && !isFootnoteLine(l))
    .filter((l) => !NOTES_POINTER.test(l))
    // A rule drawn above the notes of the table before ("_____________________________": Pegasystems 4Q24, Robinhood
    // 2Q26) names nothing: a line of no letter or digit is no title, nor its table's id.
    .filter((l) => /[\p{L}\p{N}]/u.test(l));
  // A caption line may start with the company's name ("… CORPORATION NON-GAAP (ADJUSTED) …"), glued to the title after
  // its abbreviation's full stop ("FRESHWORKS INC.RECONCILIATION OF SELECTED GAAP MEASURES …").
  const title = withoutHeadline(titleLines, releaseTitle)
    .join(' ')
    .replace(company ? new RegExp(`^${escapeRegExp(company)}(?:\\s+|(?<=\\.)(?=[A-Z]))`, 'i') : /^$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return {
    title: withoutWrappedStatement(title, found?.from === 'title' ? note!.note : null, releaseCurrency) || subjectOfIntro(lines),
    unitNote: note ? note.note : null,
    noteFrom: found?.from ?? null,
    scale: heading ? heading.scale : note ? note.scale : null,
    currency: note ? (note.currency ?? heading?.currency ?? null) : null,
    moneyOnly: note ? MONEY_ONLY.test(note.note) : false,
    ...(heading ? { scaleHeading: heading.line } : {}),
  };
}

/**
 * The scale a heading just above the header states for the lines under it, where the title block's statement allows
 * exceptions ("except where noted"): LPL's 2Q26 "Client Cash Data" / "(Dollars in thousands, except where noted)" over
 * "Client Cash Balances (in billions)(26)" and balances of 56.9 (billions, as its prose's "$57 billion" says). Null
 * where no such heading follows the statement.
 */
function headingScale(lines: string[], note: string, currency: string): { scale: number; currency: string | null; line: string } | null {
  if (!EXCEPT_WHERE_NOTED.test(note)) return null;
  const at = lines.findIndex((l) => l.includes(note));
  const last = lines.findLastIndex((l) => l.trim().length > 0);
  if (at < 0 || last <= at) return null;
  // Its subject, then its scale, then at most a note mark: "Client Cash Balances (in billions)(26)".
  const line = lines[last]!.trim().replace(/\s*(?:\(\d{1,2}\)|[*†‡]+)$/u, '');
  const stated = titleBeforeUnitStatement(line, currency);
  const unit = stated ? readUnitStatement(stated.note, currency) : null;
  return unit && unit.scale !== null && /\p{L}/u.test(stated!.title) ? { scale: unit.scale, currency: unit.currency, line: lines[last]!.trim() } : null;
}

const EXCEPT_WHERE_NOTED = /\b(?:except|unless)\s+(?:where|as|when|otherwise)\s+(?:otherwise\s+)?(?:noted|stated|indicated|specified)\b/i;

/**
 * Title lines less those that repeat the release's headline above a statement's own title: SunLink's wire copy prints
 * "SUNLINK HEALTH SYSTEMS, INC. ANNOUNCES" / "FISCAL 2025 SECOND QUARTER RESULTS" over "CONSOLIDATED STATEMENTS OF
 * EARNINGS (LOSS)", a running head as a page's is. Kept where nothing else would title the table.
 */
function withoutHeadline(lines: string[], headline: string): string[] {
  const words = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const head = ` ${words(headline)} `;
  if (head.trim().split(' ').length < 3) return lines;
  const repeats = (l: string) => words(l).split(' ').length >= 2 && head.includes(` ${words(l)} `);
  const kept = lines.filter((l) => !repeats(l));
  return kept.length > 0 && kept.length < lines.length ? kept : lines;
}

/**
 * A title less a unit statement wrapped over its lines, which no line states alone: "(In millions of" /
 * "hectoliters)" is the note "(In millions of hectoliters)", and a statement the title leaves open at its end
 * ("(In millions," / "except per share", its tail printed as a row among the headers) is one too. Molson
 * Coors' 4Q24 Dow Jones copy titled tables "(In millions, except per share data)" and "Reconciliation by
 * Line Item (In millions, except per share".
 */
function withoutWrappedStatement(title: string, note: string | null, releaseCurrency: string): string {
  let out = title;
  const stated = note?.replace(/\s+/g, ' ').trim();
  const at = stated ? out.indexOf(stated) : -1;
  if (stated && at >= 0) out = `${out.slice(0, at)} ${out.slice(at + stated.length)}`.replace(/\s+/g, ' ').trim();
  const open = openParen(out);
  if (open >= 0 && readUnitStatement(`${out.slice(open)})`, releaseCurrency)) out = out.slice(0, open).trim();
  return out;
}

function withoutBareStatement(line: string, releaseCurrency: string): string {
  const bare = readBareUnitStatement(line, releaseCurrency);
  return bare ? line.slice(0, line.length - bare.note.length).trim() : line;
}

/**
 * A footnote: its number ("4", "(2)", "1.") and a sentence of five words or more, in sentence case or closed by a
 * full stop ("(1) See “FINANCIAL MEASURES AND RATIOS.”"). Not a period its number begins ("6 months to 30 June 2022");
 * a title may follow a mark of its own ("** Domestic segment detail for the 26 weeks ended June 28, 2003", Sears').
 */
const FOOTNOTE_MARKED = /^(?:\(\d{1,2}\)|\d{1,2}[.)]?)\s+(?!(?:months?|weeks?|years?|quarters?|days?)\b)\p{L}\S*(?:\s+\S+){4,}$/iu;
const isFootnoteLine = (l: string) => FOOTNOTE_MARKED.test(l) && ((l.match(/(?:^|\s)\p{Ll}/gu)?.length ?? 0) >= 2 || /[.!?]["”’)]?$/u.test(l));

/**
 * A title less the footnote marks after its words: a run of asterisks or daggers with or without a number, and in a
 * title in capitals a digit closing a word of three letters or more ("OPERATION1"; not "Q1", "H1", "FY2024").
 */
function withoutTitleMarks(line: string): string {
  const out = line.replace(/\s*[*†‡§]+\d{0,2}$/u, '');
  return isCaps(out) ? out.replace(/\b([A-Z]{3,})\d(?=\s|$)/g, '$1') : out;
}

const isCaps = (l: string) => /[A-Z]{3}/.test(l) && l === l.toUpperCase();

/** A line that only states a period, ending in a colon: "As of December 31, 2024:", "For the year ended December 31, 2024:". */
const PERIOD_LEAD = /^(?:as\s+(?:of|at)|(?:for\s+the\s+)?(?:(?:three|six|nine|twelve)\s+months|quarters?|(?:fiscal\s+)?years?|(?:13|14|52|53)\s+weeks)\s+end(?:ed|ing))\s+(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}):$/i;

/**
 * The table's unit statement: one the title opens and a row under the header completes ("($
 * millions," … "except per share data)"), else the title block's in parentheses, else one it
 * prints bare at the end of a line ("In € millions", "Dollars in millions, except per share
 * data"), else one printed as a row under the header ("($ in millions, except earnings per
 * share)", "SEK m").
 */
function captionStatement(lines: string[], rows: string[], currency: string): { stated: StatedUnit & { note: string }; from: NonNullable<Caption['noteFrom']> } | null {
  const completed = completedStatement(lines, rows, currency);
  const joined = completed ? readUnitStatement(completed, currency) : null;
  if (joined) return { stated: joined, from: 'title and under the header' };
  const fromTitle = readUnitStatement(lines.join(' '), currency);
  if (fromTitle) return { stated: fromTitle, from: 'title' };
  for (const line of lines) {
    const stated = readBareUnitStatement(line, currency) ?? unitAlone(line, currency) ?? unitAfterWords(line, currency);
    if (stated) return { stated, from: 'title' };
  }
  for (const row of rows) {
    const stated = readUnitStatement(row, currency) ?? readBareUnitStatement(row, currency);
    if (stated) return { stated, from: 'under the header' };
    const unit = readHeaderUnit(row, currency);
    if (unit.rest === '' && unit.currency !== null && unit.scale !== null) {
      return { stated: { note: row.trim(), currency: unit.currency, scale: unit.scale, percent: false }, from: 'under the header' };
    }
  }
  // "(Percent)" on a line of its own, above or under the header, where nothing states a scale: every line of the table
  // is a percentage, not only those up to its first caption (as a caption of its own it was closed by the next one).
  for (const line of lines) {
    const stated = readPercentStatement(line);
    if (stated) return { stated, from: 'title' };
  }
  for (const row of rows) {
    const stated = readPercentStatement(row);
    if (stated) return { stated, from: 'under the header' };
  }
  return null;
}

/**
 * A title line of a word or three before a currency's scale (XP Power's "Adjusted £m" over its currency table and its
 * adjusted cash flow): the scale is the table's, as "£m" alone would be; the words stay the title's. Not where the words
 * hold a figure or the unit does not end the line.
 */
function unitAfterWords(line: string, currency: string): (StatedUnit & { note: string }) | null {
  const text = line.trim();
  const unit = readHeaderUnit(text, currency);
  if (unit.currency === null || unit.scale === null || !/^[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,2}$/.test(unit.rest) || !text.startsWith(unit.rest)) return null;
  const note = text.slice(unit.rest.length).trim();
  return unitAlone(note, currency) ? { note, currency: unit.currency, scale: unit.scale, percent: false } : null;
}

/**
 * A title line that is a column's unit alone ("$'000", "$,000" over Everything Fresh's cash flow): the table's unit
 * statement, no title, so that the heading above names the table and its period.
 */
function unitAlone(line: string, currency: string): (StatedUnit & { note: string }) | null {
  const unit = readHeaderUnit(line, currency);
  return unit.rest.replace(/[\s,.:;]+/g, '') === '' && unit.currency !== null && unit.scale !== null
    ? { note: line.trim(), currency: unit.currency, scale: unit.scale, percent: false }
    : null;
}

/**
 * The subject of a sentence that introduces a table, for a table with no title of its own:
 * "(A) Acquisition-related and other costs are comprised of … the following line items:" →
 * "Acquisition-related and other costs".
 */
function subjectOfIntro(lines: string[]): string {
  const intro = lines.map((l) => l.trim()).find((l) => l.endsWith(':'));
  if (!intro) return '';
  const sentence = intro.replace(/^\((?:[A-Za-z]|\d{1,2})\)\s*/, '');
  const subject = /^(.{3,80}?)\s+(?:are|is|was|were|consists?|comprises?|includes?|represents?|reflects?|relates?)\b/i.exec(sentence);
  return subject ? subject[1].replace(/[,;]$/, '') : '';
}

/** A page's running head or foot, ending in its page number: "Page 3", "… – Page 6", "Page 6 of 14". */
export const RUNNING_HEAD = /\bpage\s+\d+(?:\s+of\s+\d+)?$/i;

/**
 * A line sending the reader to the notes ("See footnotes at end of schedule", at the foot of each page of J&J's segment
 * sales, 2Q23; "See accompanying notes"), or a note itself ("Note: Percentages are based on actual, non-rounded
 * figures …" over the next): it names no table, the one under it least of all.
 */
export const NOTES_POINTER = /^(?:see\s+(?:the\s+)?(?:accompanying\s+|attached\s+)?(?:foot)?notes?\b|notes?\s*:)/i;

const MONEY_ONLY = /^\(?\s*(?:U\.?S\.?\s*)?(?:\$|dollars?|U\.?S\.? dollars?)\s+in\b|\bin\s+(?:thousands|millions|billions)\s+of\s+(?:U\.?S\.?\s+)?dollars\b/i;
const EXHIBIT_LINE = /^(?:exhibit|ex-?)\s*\d+(?:\.\d+)?$/i;

/** "Exhibit 99.1" names the filing's document, which holds every table: never a table's title. */
export function namesTheExhibit(line: string): boolean {
  return EXHIBIT_LINE.test(line.trim());
}
const ENTITY_LINE = /\s(?:and|&)\s+(?:its\s+)?(?:consolidated\s+)?subsidiaries\.?$/i;
const ENTITY_TAIL = /^(?:and|&)\s+(?:its\s+)?(?:consolidated\s+)?subsidiaries\.?$/i;

