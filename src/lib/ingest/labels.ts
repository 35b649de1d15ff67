import { slug } from 'github-slugger';

/** A row label as printed, taken apart. */
export interface Label {
  /** Without dot leaders, footnote markers, escapes and a trailing colon. */
  text: string;
  footnotes: string[];
  /** The printed label ended with a colon: a section header, or a row that introduces others. */
  colon: boolean;
}

const SUPERSCRIPTS: Record<string, string> = {
  '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9', '⁰': '0',
};

/** A footnote reference printed after a label: "(1)", "(2,3)", "(A)", "*", "†", before any trailing colon. */
const TRAILING_MARK = /\s*(?:\((\d{1,2}(?:,\s?\d{1,2}){0,3}|[A-Za-z])\)|(\*{1,3}|[†‡§]+))\s*(?=:?\s*$)/;

/** A footnote mark closed by a parenthesis alone at a label's end: "Operating income1)", "Adjusted EBITDA 1)". */
const UNOPENED_MARK = /(?<=[\p{L}%\s])(\d{1,2})\)(?=\s*:?\s*$)/u;

/** Whether every parenthesis the text opens it closes, so a ")" after it closes none. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
  }
  return depth === 0;
}

/**
 * Words after which a number names rather than counts: "Level 1", "Tier 1", "Note 24", "fiscal 2022",
 * "Class B", "401(k)"'s kin; a number after them is part of the label, never a footnote mark.
 */
export const NAME_BEFORE = /(?:\b(?:levels?|notes?|tier|class|series|section|stage|phase|gen|generation|rule|item|schedule|topic|asu|asc|ifrs|ifric|ias|sfas|fas|chapter|article|form|regulation|part|exhibit|plan|fund|no\.?|number|proposition|unit|round|pillar|basel|step|type|group|segment|region|zone|lot|block|building|floor|version|model|release|fiscal|fy|year|years|quarter|q|h|calendar|due|matur(?:ing|es|ity)|in|of\s+the|since|from|through|until|before|after|during|at\s+the\s+end\s+of)\s*#?|[#§])\s*$/i;
/** A day of a month before it: "December 31", "Dec. 31" is a date, not a mark. */
const MONTH_BEFORE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$/i;
/** A word that a quantity follows ("of 12 and 13", "top 10"): what comes after it is a figure. */
const QUANTITY_BEFORE = /\b(?:and|or|nor|of|to|at|by|than|per|with|for|over|under|is|was|are|were|approximately|about|plus|minus|less|vs\.?|versus|the|a|an|each|every|all|top|first|last|next|past)\s*$/i;
/** "EBITDA[3] (NT$ million)": a bracketed mark, wherever it sits. */
const BRACKET_MARK = /\s*\[(\d{1,2}|[A-Za-z])\]/g;
/**
 * Marks printed as plain figures at a label's end, as wire copies print superscripts: "NOI 1 2",
 * "Net income 2", "Adjusted earnings (loss)1", "Total cost of copper production (C3) (per lb)3,4".
 * "C1 (per lb) excluding Cobre Panamá3,6". Small numbers only: after a word, glued to a closing parenthesis,
 * glued to a word when they are a list ("3,6": a comma before one digit groups no thousands), or one digit
 * glued to a word in lower case ("Net debt1"; never "H20", "Q4", "COVID-19", whose letters before are capitals or few).
 */
const PLAIN_MARKS = /(?:(?<=[A-Za-z%)]\s+)|(?<=\)))(\d{1,2}(?:(?:\s*,\s*|\s+)\d{1,2}){0,3})(?=\s*:?\s*$)|(?<=\p{L})(\d{1,2}(?:,\d{1,2}){1,3}|(?<=\p{Ll}{4})\d)(?=\s*:?\s*$)/u;

/** A footnote mark printed in a label, where it sits (UTF-16 offsets) and the marks it holds. */
export interface LabelMark {
  index: number;
  end: number;
  marks: string[];
}

/**
 * The footnote marks a label prints as plain figures or in brackets (see BRACKET_MARK, PLAIN_MARKS),
 * in printed order. A number after a word that names ("Level 1", "Tier 2") or a month ("December 31") is no mark.
 */
export function labelMarks(text: string): LabelMark[] {
  const found: LabelMark[] = [];
  if (text.includes('[')) {
    for (const m of text.matchAll(BRACKET_MARK)) found.push({ index: m.index, end: m.index + m[0].length, marks: [m[1]] });
  }
  const plain = PLAIN_MARKS.exec(text);
  if (plain) {
    const before = text.slice(Math.max(0, plain.index - 40), plain.index);
    if (!NAME_BEFORE.test(before) && !MONTH_BEFORE.test(before) && !QUANTITY_BEFORE.test(before) && /[A-Za-z]/.test(text.slice(0, plain.index))) {
      found.push({ index: plain.index, end: plain.index + plain[0].length, marks: (plain[1] ?? plain[2]).split(/\s*,\s*|\s+/) });
    }
  }
  return found;
}

/** Cleans a printed label: "IP services....." → "IP services"; "Normalized Net Income (Loss) ²" → footnote 2; "Net income per share (A):" → footnote A. */
export function parseLabel(raw: string): Label {
  const footnotes: string[] = [];
  let text = raw.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?:\s*,\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*/g, (marks) => {
    for (const mark of marks.split(/\s*,\s*/)) footnotes.push([...mark].map((c) => SUPERSCRIPTS[c]).join(''));
    return '';
  });
  text = text
    .replace(/\\([$%&*_#])/g, '$1')
    .replace(/<\/?u>/gi, '')
    .replace(/(?:\s*\.){2,}\s*$/, '') // dot leaders
    .replace(/…\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const marks: string[] = [];
  if (/\d/.test(text)) {
    const printed = labelMarks(text);
    for (let i = printed.length - 1; i >= 0; i--) text = (text.slice(0, printed[i].index) + text.slice(printed[i].end)).trim();
    for (const m of printed) footnotes.push(...m.marks);
  }
  // A label ends in a few marks at most ("(1)(2)"); more are part of its text. A mark after "/" is the
  // second term of a formula printed in the label ("Efficiency ratio (d)/(c)"), no footnote.
  for (let m = TRAILING_MARK.exec(text); m && m.index > 0 && marks.length < 5 && !/\/\s*$/.test(text.slice(0, m.index)); m = TRAILING_MARK.exec(text)) {
    // Several marks in one pair of brackets ("PHARMACEUTICAL SEGMENT (2,3)", J&J 1Q23) are each a note.
    marks.unshift(...(m[1] ?? m[2]).split(/,\s?/));
    text = (text.slice(0, m.index) + text.slice(m.index + m[0].length)).trim();
    // Marks listed with commas ("(BIOPHARMA)(b), (c)", Pfizer): the comma before the mark taken separates it from the next.
    text = text.replace(/(\((?:\d{1,2}|[A-Za-z])\)|[*†‡§])\s*,$/, '$1');
  }
  // "Operating income1)", "Adjusted EBITDA, % 1)": a mark closed by a parenthesis that nothing in the label opens, as
  // Nordic reports print their notes (Duni, Teleste, Glaston).
  const closed = UNOPENED_MARK.exec(text);
  const head = closed ? text.slice(0, closed.index) : '';
  if (closed && balanced(head) && /\p{L}|%/u.test(head) && !NAME_BEFORE.test(head)) {
    marks.unshift(closed[1]);
    text = text.slice(0, closed.index).trim();
  }
  for (const mark of marks) footnotes.push(mark);
  const colon = text.endsWith(':');
  if (colon) text = text.slice(0, -1).trim();
  return { text, footnotes, colon };
}

/** A URL-safe, readable slug ("Internet protocol (IP) services" → "internet-protocol-ip-services"). */
export function slugify(text: string): string {
  return slug(text.replace(/'/g, '')).replace(/-+/g, '-').replace(/^-|-$/g, '');
}

const TRAILING_LINKS = /^(to|of|and|or|per|in|the|for|from|used|at)$/i;

/**
 * The slug a section contributes to a row id: its words up to the first comma, at most
 * six, less trailing link words, so that "Direct cost of network, sales and services, …"
 * gives "direct-cost-of-network" and "Normalized net income (loss) per share" gives
 * "normalized-net-income-loss".
 */
export function sectionSlug(section: string): string {
  const words = section.split(/[,;]/)[0].split(/\s+/).slice(0, 6);
  while (words.length > 1 && TRAILING_LINKS.test(words.at(-1)!)) words.pop();
  return slugify(words.join(' '));
}

/**
 * The line item a label names, without the figures some labels carry ("Common stock, \$0.001 par
 * value; …" → "Common stock"; "Treasury stock at cost - 7,844 and 7,495" → "Treasury stock at cost"),
 * whole where a figure is part of its name ("101 to 1,000 units").
 */
export function lineItem(label: string): string {
  // A comma between digits is a figure's thousands separator, no cut: Spok's account size "101 to 1,000 units".
  // So does a dash before the stock's par ("Common stock – Par value $0.50 per share; …", Corning's): the line item is
  // the stock, its par a figure of its label, no amount per share.
  return /\d/.test(label) ? label.split(/(?<!\d),|,(?!\d)|[;:]|\s[-–—]\s*(?=\d|(?:par|no\s+par)\s+value\b)/i)[0].trim() : label;
}

/**
 * The slug of a row label. Labels that carry numbers ("Common stock, \$0.001 par value; …")
 * are cut at the first comma, semicolon or colon so that the id names the line item, not its figures.
 */
export function rowSlug(label: string): string {
  return slugify(lineItem(label));
}

/** ALL-CAPS captions such as "ASSETS" or "LIABILITIES AND STOCKHOLDERS' EQUITY". */
export function isAllCaps(text: string): boolean {
  return /[A-Z]/.test(text) && text === text.toUpperCase();
}
