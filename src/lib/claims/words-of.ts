/**
 * Words as the linker compares them: a label of a table ("Net cash flows
 * provided by operating activities") and the prose ("cash generated from
 * operations") are reduced to the same normal forms — lower case, singular,
 * a few spelling variants of one word made one — so that matching is a
 * comparison of words, not of spellings.
 *
 * The reductions are deliberately small and word by word. Naming one line
 * item in other words ("capital expenditures" for "purchases of property and
 * equipment") is the job of concept label variants (see vocabulary.ts), not
 * of this module.
 */
import { Kept } from '../kept.ts';
import { isAsciiDigit, isAsciiLetter } from '../char-classes.ts';

/** A word of a text, in normal form, with where it was printed (0-based offsets, end exclusive). */
export interface Word {
  /** Normal form: "revenue" for "Revenues". */
  norm: string;
  /** As printed. */
  text: string;
  start: number;
  end: number;
  /** The gap before the word held only a period phrase, hidden from a subject's window ("SKYTROFA® full year 2024
   * revenue"): the words on either side still stand together as one name. */
  afterPeriod?: boolean;
  /** A figure of the clause stands between the word and the one before it ("… was $293 million and free cash flow
   * was …"): the words before it are that figure's subject, not this one's. */
  afterFigure?: boolean;
}

// Words that carry no subject: articles, possessives, prepositions and conjunctions.
const STOP = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'for', 'from', 'to', 'by', 'with', 'and', 'or', 'as', 'its', 'our', 'their',
  'his', 'her', 'this', 'that', 'these', 'those', 'which', 'who', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has',
  'have', 'had', 'both', 'each', 'all', 'company', "company's", 'it', 'we', 'they', 'than', 'into', 'over', 'under',
  'less', 'plus', 'respectively', 'also', 'included', 'including', 'includes', 'excluding', 'exclusive', 'shown', 'below',
  'above', 'per',
]);

/** Words that qualify a line item without naming another one; a subject may omit them. */
/** The word "net" anywhere in a label or a term's source ("Net Revenue", "Other, net", "label “Net Revenue”"). */
export const NET_WORD = /(?:^|[^a-z])net\b/i;

export const WEAK = new Set(['total', 'net', 'consolidated', 'reported', 'quarterly', 'record', 'overall', 'gaap', 'nongaap', 'basic', 'diluted']);

// One word, several spellings (after singularizing): what a release calls earnings, its tables
// may call income. Income and loss are one word: a line item is labelled "Net income (loss)"
// one year and "Net loss" the next, and the figure's sign tells them apart. (Sales are not
// revenue word for word — "sales and marketing" is an expense — see vocabulary.ts's variants.)
const SAME: Record<string, string> = {
  earning: 'income',
  earnings: 'income',
  loss: 'income',
  operation: 'operating',
  generated: 'provided',
  stockholder: 'shareholder',
};

// Not plurals, though they end in s.
const KEEP_S = new Set(['loss', 'gross', 'less', 'basis', 'business', 'this', 'its', 'was', 'has', 'plus', 'us', 'gaap', 'nongaap', 'bps', 'pts', 'process', 'access', 'progress', 'series', 'analysis', 'news', 'canvas', 'status', 'bonus', 'ebitdas']);

/** The normal form of one word (lower case, without its plural, one spelling). */
export function normalize(word: string): string {
  // The prose and the labels repeat a few hundred words thousands of times.
  return normalized.get(word, () => normalForm(word));
}

const normalized = new Kept<string>(50_000);

function normalForm(word: string): string {
  let w = word.toLowerCase().replace(/[’']/g, "'").replace(/^'+|'+$/g, '');
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (SAME[w]) return SAME[w];
  if (w.length > 3 && !KEEP_S.has(w) && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
    else if (/(?:x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
    else if (w.endsWith('s')) w = w.slice(0, -1);
  }
  return SAME[w] ?? w;
}

// A word: letters and digits, with inner apostrophes; "non-" joins the word it negates
// ("non-GAAP" is one word, nongaap); other hyphens split ("stock-based" is two). As a pattern,
// /non-[a-z]+|[a-z0-9]+(?:['’][a-z]+)*/gi; read by hand (wordEnd), since every line of the
// prose is read so and a pattern makes a result array for every word.

/** The words of `text`, each with its normal form and place (offsets shifted by `offset`). */
export function wordsOf(text: string, offset = 0): Word[] {
  const words: Word[] = [];
  for (let at = 0; at < text.length; ) {
    const negated = isNon(text, at);
    const end = negated ? letters(text, at + 4) : wordEnd(text, at);
    if (end === at) {
      at++;
      continue;
    }
    // "EBITDA1 of $455 million", "adjusted earnings per share2": a note's digit set against the word it marks.
    const marked = !negated && gluedNoteMark(text, at, end);
    const last = marked ? end - 1 : end;
    const raw = text.slice(at, last);
    const norm = negated ? `non${normalize(raw.slice(4))}` : normalize(raw);
    words.push({ norm, text: raw, start: offset + at, end: offset + last });
    at = end;
  }
  return words;
}

/**
 * Whether the word from `at` to `end` is four or more letters and one digit after them, the word ending there: a note's
 * mark printed against the word ("EBITDA1", "cost3"). Periods ("Q4", "FY24", "H1") have fewer letters; names with
 * numbers ("COVID19", "MI300") more digits.
 */
function gluedNoteMark(text: string, at: number, end: number): boolean {
  if (end - at < 5 || !isAsciiDigit(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 48) return false;
  for (let i = at; i < end - 1; i++) if (!isAsciiLetter(text.charCodeAt(i))) return false;
  return true;
}

/** "non-" (in any case) then a letter, at `at`. */
function isNon(text: string, at: number): boolean {
  return (
    (text.charCodeAt(at) | 32) === 110 && (text.charCodeAt(at + 1) | 32) === 111 && (text.charCodeAt(at + 2) | 32) === 110 &&
    text.charCodeAt(at + 3) === 45 && isAsciiLetter(text.charCodeAt(at + 4))
  );
}

/** Where a word of letters and digits starting at `at` ends, with "’s"-like endings: `at` when none starts there. */
function wordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && (isAsciiLetter(text.charCodeAt(end)) || isAsciiDigit(text.charCodeAt(end)))) end++;
  if (end === at) return at;
  // An apostrophe followed by letters continues the word, as often as it recurs.
  while (end + 1 < text.length && (text[end] === "'" || text[end] === '’') && isAsciiLetter(text.charCodeAt(end + 1))) end = letters(text, end + 1);
  return end;
}

/** The end of the run of letters at `at`. */
function letters(text: string, at: number): number {
  while (at < text.length && isAsciiLetter(text.charCodeAt(at))) at++;
  return at;
}

/** Whether a normal form carries no subject. */
export function isStop(norm: string): boolean {
  return STOP.has(norm);
}

/** The content words of a label or phrase, in order, without stop words. */
export function contentWords(text: string): string[] {
  return wordsOf(text)
    .map((w) => w.norm)
    .filter((w) => !STOP.has(w) && !/^\d+$/.test(w));
}
