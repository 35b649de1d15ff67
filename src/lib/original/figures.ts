/**
 * What the original document prints as a figure, read as a reader of the page would: a table
 * cell whose whole text is a number as printed ("5,931", "$ (1,271)", "53.6%", "Up 46%",
 * "(2.7) pts", a range "$111.0 - $112.0"), a bare year not. The same notion as the corpus'
 * independent count (test/support/html-figures.ts), which shares no code with the importer;
 * this one shares none with it either, so what tieout did not read shows as a difference.
 */

const NUMBER = String.raw`[+\-−]?\(?[$€£¥]?\s*\(?\d[\d,]*(?:\.\d+)?\)?\s*(?:%|pts|bps|x)?\)?`;
/** A cell that prints one figure, or a range of two ("$0.80-$0.85", "5% to 7%"), with an optional footnote mark after it. */
const FIGURE_CELL = new RegExp(String.raw`^(?:(?:Up|Down|up|down)\s+)?${NUMBER}(?:\s*(?:-|–|to)\s*${NUMBER})?(?:\s*\(\d\)|\*+)?$`);
const YEAR = /^(?:19|20)\d\d$/;
/** The figure's digits as printed, in its text: where the highlight goes. */
export const DIGITS = /\d[\d,]*(?:\.\d+)?/;
/** A cell that prints a mark instead of a figure: nil ("—", "-", "--", "$ —") or not meaningful ("n/m", "NM", "N/A"). */
const MARK_CELL = /^[$€£¥]?\s*(-{1,4}|—|–|n\/?m|n\/a|nmf)$/i;
/** The mark itself in a text (where the highlight goes). */
export const MARK = /-{1,4}|—|–|n\/?m|n\/a|nmf/i;

/** A cell's mark as a key both sides of the alignment share ("mark:-", "mark:nm"), or null when it prints none. */
export function markOf(text: string): string | null {
  const m = MARK_CELL.exec(text.trim());
  if (!m) return null;
  const mark = m[1]!.toLowerCase().replace('/', '');
  return `mark:${/^[-—–]+$/.test(mark) ? '-' : mark}`;
}

/** Is this cell text (whitespace already collapsed, trimmed) a figure? */
export function isFigureCell(text: string): boolean {
  return text !== '' && text.length < 60 && FIGURE_CELL.test(text) && !YEAR.test(text);
}

/** A figure's digits without grouping: "$ (1,271)" → "1271", "53.6%" → "53.6"; null when it prints none. */
export function digitsOf(text: string): string | null {
  const m = DIGITS.exec(text);
  return m ? m[0].replace(/,/g, '') : null;
}
