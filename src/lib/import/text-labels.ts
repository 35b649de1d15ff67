import { isCurrencySymbol, isOpener, isValueText, isYear } from './cell-text.ts';
import type { Token } from './text-tokens.ts';

/**
 * Where a fixed-width table's labels are printed: left of `boundary`, the leftmost value
 * of any of its rows; `maxStart` is the furthest right a row's label starts (its deepest
 * indentation). A line printing one text that starts no further right than that is a
 * label or a caption, not a heading over the columns. Null when no row prints a value.
 */
export interface LabelZone {
  boundary: number;
  maxStart: number;
}

export function labelZone(rows: Token[][]): LabelZone | null {
  let boundary = Infinity;
  for (const tokens of rows) {
    const i = firstValue(tokens);
    if (i >= 0) boundary = Math.min(boundary, tokens[i].start);
  }
  if (!Number.isFinite(boundary)) return null;
  let maxStart = 0;
  for (const tokens of rows) if (firstValue(tokens) > 0 && tokens[0].start < boundary) maxStart = Math.max(maxStart, tokens[0].start);
  return { boundary, maxStart };
}

/**
 * A line of a label, a caption or a label's wrapped line: its text starts where the table's
 * labels start, and is one text, or ends left of the values ("9,894,380,  9,918,707, and").
 */
export function inLabelZone(tokens: Token[], zone: LabelZone): boolean {
  return tokens.length > 0 && tokens[0].start <= zone.maxStart && (tokens.length === 1 || tokens[tokens.length - 1].end < zone.boundary);
}

/**
 * A line printed wholly left of the values, however deeply indented: a wrapped label's or a
 * caption's line among the rows (Russel Metals' "Segment / Operating / Profits /    and EBIT /
 *    (1)" over its segments' rows), never a heading over the columns, which stands over them.
 */
export function leftOfValues(tokens: Token[], zone: LabelZone): boolean {
  return tokens.length > 0 && tokens[tokens.length - 1].end < zone.boundary;
}

/** "(3)", "(6,7)": footnote marks, printed where a label would be ("(6,7)" is no grouping of a figure). */
const FOOTNOTE_MARK = /^\((?:\d{1,2})(?:,\s?\d{1,2})*\)$/;
/** "3)", "2023)": the end of a parenthesis wrapped from the label's line above (a figure in parentheses opens them). */
const CLOSED_WRAP = /^[^()]+\)$/;
/** "2)": the end of a list of footnote marks a label wrapped ("Operating / EBITDA (1, / 2)   52", Anywhere's highlights). */
const FOOTNOTE_TAIL = /^\d{1,2}\)$/;
/** Columns from the margin within which a line's first text is a label's, never a column of figures. */
const MARK_MARGIN = 12;

/** The first token of a line that starts its values: a figure, a nil mark, or a `$`/"(" printed before one. */
export function firstValue(tokens: Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].text;
    const next = tokens[i + 1]?.text ?? '';
    // A footnote mark at the margin before the figures ends a wrapped label ("share from / operations / (3)   $ 0.40").
    if (i === 0 && tokens.length > 1 && tokens[0].start < MARK_MARGIN && (FOOTNOTE_MARK.test(t) || FOOTNOTE_TAIL.test(t))) continue;
    // So does the close of a parenthesis the label opened on the line above ("Special items, / after-tax /
    // (Attachment / 3)   (18.0)", Avient; Camtek's "Treasury stock, at cost (2,092,376 as / of December 31, 2024 and
    // December 31, / 2023)   (1,898)"): "3)" opens no figure.
    if (i === 0 && tokens.length > 1 && tokens[0].start < MARK_MARGIN && CLOSED_WRAP.test(t)) continue;
    // A year at the margin before the figures is the row's label: a schedule by year ("2025   153   8.4   5.0%",
    // Mercialys' leases expiring each year), and so is the year of a date a label wraps onto the figures' line
    // ("Expired at December / 31, 2024   363").
    if (i === 0 && tokens.length > 1 && tokens[0].start < MARK_MARGIN && isYear(t)) continue;
    if (i === 1 && tokens.length > 2 && tokens[0].start < MARK_MARGIN && /^\d{1,2},$/.test(tokens[0].text) && isYear(t)) continue;
    // A figure that opens a line and ends it is a stray number (a page number), not a column.
    // So is a footnote mark alone near the margin: the end of a caption wrapped over lines ("   (1)").
    if (isValueText(t) && !(i === 0 && tokens.length === 1 && (tokens[0].start === 0 || (tokens[0].start < MARK_MARGIN && FOOTNOTE_MARK.test(t))))) return i;
    if ((isCurrencySymbol(t) || isOpener(t)) && isValueText(next)) return i;
  }
  return -1;
}

/** Words a label's line cannot end on: the label goes on below ("Income (loss) from", "Debt related to an"; a month, its day on the next line: "… Class A Common Stock at November / 30, 2024"). */
const JOINING_END = /(?:\b(?:and|or|of|from|to|for|in|on|at|by|with|under|before|after|the|a|an|per|than|into|over|including|excluding|January|February|March|April|May|June|July|August|September|October|November|December)|[-–,;&/(])$/i;
/** Note marks closing a label: "(1)", "(A)", "(1) (A)", "(a)(b)". */
const NOTE_MARKS_END = /(?:\s*\((?:\d{1,2}|[A-Za-z])\))+\s*$/;
/** How far right of a label's first line its wrapped lines may start (a hanging indent of one or two). */
const MAX_HANG = 3;
/** How far right of a total's first line its wrapped line may start (Avantor's indents its by four). */
const MAX_WRAP_INDENT = 8;

/**
 * Whether a label printed alone on its line (`label`, its first line starting at `start`)
 * goes on in the label of the line below (`next`, starting at `nextStart`), as a reader
 * joins "Income tax / expense / (benefit)   9,115". A line printed one character right of the
 * label's first line continues it (a hanging indent: "Free Cash / Flow", "Less: / Acquisition-
 * related"); else a caption ends at its colon; a line that starts in lower case continues the
 * label; so does one printed at the label's indentation or just right of it that starts with
 * "(", "&", "%" or "$", or follows a word a label cannot end on, a comma, a semicolon or an open parenthesis. A
 * line in capitals at the same indentation, or indented further, starts a label of its own.
 */
export function continuesLabel(label: string, start: number, next: string, nextStart: number, closesBlock = false): boolean {
  if (next === '') return false;
  // A hanging indent of one character is how a narrow label column wraps ("Free Cash / Flow",
  // "Less: / Acquisition-related / expenses"); the rows under a caption indent further.
  // A label closed by its note marks ("Adjusted earnings from continuing operations before provision for taxes and net
  // earnings (1) (A)", J&J's caption over the adjusted lines of its statement of earnings) is whole: a line under it
  // starting a word of its own in capitals, one character in, is a row under the caption, not its wrapped end.
  if (nextStart === start + 1) return !(NOTE_MARKS_END.test(label) && /^[A-Z]/.test(next));
  if (/:\s*$/.test(label)) return false;
  // Where a block's total stands (`closesBlock`: under a rule, the line below its last), a line indented further
  // continues the label ("   Adjusted Operating" / "       Income   $ 279.4"): a caption would head one row alone.
  if (closesBlock && nextStart > start && nextStart <= start + MAX_WRAP_INDENT) return true;
  if (/^[a-z]/.test(next)) return true;
  const placed = nextStart >= start && nextStart <= start + MAX_HANG;
  // A parenthesis left open goes on below ("Revenue % (by End" / "Market)", Lattice's supplement).
  const open = (label.match(/\(/g)?.length ?? 0) > (label.match(/\)/g)?.length ?? 0);
  return placed && (/^[(&/$%]/.test(next) || JOINING_END.test(label.trimEnd()) || open);
}

/**
 * How a label's words are set: in capitals, in title case ("Other Income and Expenses", a caption) or as a
 * sentence ("Interest income", a row); 'open' where too few words say ("Grande").
 */
function letterCase(text: string): 'capitals' | 'title' | 'sentence' | 'open' {
  if (CAPITALS.test(text)) return 'capitals';
  const words = text.split(/\s+/).slice(1).filter((w) => /^[a-z]{4,}/i.test(w));
  if (words.some((w) => /^[a-z]/.test(w))) return 'sentence';
  return words.length > 0 || /^[A-Z][a-z]+\s+[A-Z]/.test(text) ? 'title' : 'open';
}

/** A label's line that ends a phrase: a caption's colon, a closed parenthesis, a full stop. */
const PHRASE_END = /[:).]\s*$/;
const CAPITALS = /^[^a-z]*[A-Z][^a-z]*$/;

/**
 * Whether a label printed alone on its line (`label`, from `start` to `end`) was wrapped because its column was
 * full, as a reader sees it: the line below starts at the same indentation, and its first word would not have
 * fitted after the label within `width`, the furthest right any label printed beside figures reaches (Ark's
 * "Loss on closure of El Rio" / "Grande   146", "WEIGHTED AVERAGE NUMBER OF COMMON" / "SHARES OUTSTANDING:").
 * `label` is the whole label so far (its earlier lines too), `end` where its last line ends. A line that ends a
 * phrase (a colon, a parenthesis, a full stop), runs past the labels' column, or is set otherwise than the line
 * below (capitals, title case, a sentence: "Other Income and Expenses" over "Interest income") heads or names
 * something of its own.
 */
export function wrappedAtWidth(label: string, start: number, end: number, next: string, nextStart: number, width: number): boolean {
  if (next === '' || nextStart !== start || end > width || PHRASE_END.test(label)) return false;
  const [a, b] = [letterCase(label), letterCase(next)];
  if (a !== b && a !== 'open' && b !== 'open') return false;
  const word = next.split(/\s+/)[0]!;
  return end + 1 + word.length > width;
}
