/**
 * A label whose figures are printed on the line below it, that line printing no label of its own: Centene's 2Q26
 * statement of operations prints "Depreciation expense" on a line and "139 141 273 283" on the next; Chesapeake
 * Utilities' 2Q26 variance tables print "Absence of recovered costs associated with Hurricane Michael (3)", its note
 * mark set in a cell of its own under no heading, over "(3.9) (2.8) (0.12)". A reader reads one line: the label's, with
 * the figures below it. Read as printed, the label was a caption and its figures a subtotal of nothing, and the mark a
 * figure with no column.
 *
 * Only where the label's line prints nothing else than note marks under no heading, closes on no colon (a caption),
 * names no day (a caption giving the lines below their period: Pegasystems' "Change since December 31, 2023" over its
 * changes in dollars and in percent), and reads as no sentence (a paragraph set in a table: "Operating expenses were
 * $31.94 billion for 2021. …"), and the line below prints figures and no label.
 */
import type { Cell } from './cells.ts';
import { parseValue } from './parse-value.ts';
import { findDates } from './dates.ts';

/** A note mark printed in a cell of its own: "(3)", "(a)". */
const MARK = /^\((?:\d{1,2}|[a-z])\)$/i;
/** Words that read as a sentence, not a line item: a stop or a semicolon inside, or prose's length. */
const SENTENCE = /[.;]\s+[A-Z(]|^.{121,}$/;

export interface Pushed {
  /** The body's lines, less the labels' lines joined to the figures below them. */
  lines: number[];
  /** The cells of each line, split once: of a joined line, the label (with its note marks), then the figures. */
  cells: Map<number, Cell[]>;
  /** The joined lines, each with the line its label is printed on (its indentation is the label's). */
  labelLine: Map<number, number>;
}

export function pushedFigures(lines: readonly number[], cellsOf: (n: number) => Cell[], headed: (index: number) => boolean): Pushed {
  const out: Pushed = { lines: [], cells: new Map(), labelLine: new Map() };
  const split = lines.map(cellsOf);
  for (let i = 0; i < lines.length; i++) {
    const n = lines[i]!;
    const next = lines[i + 1];
    const above = split[i]!;
    out.cells.set(n, above);
    const below = next === undefined ? undefined : split[i + 1]!;
    const label = above[0]?.text.trim() ?? '';
    // The cheap tests first: most lines print a label below them.
    if (below && label !== '' && (below[0]?.text.trim() ?? '') === '' && !label.endsWith(':')) {
      const rest = above.slice(1).map((c, index) => ({ c, index })).filter(({ c }) => c.text.trim() !== '');
      const marksOnly = rest.every(({ c, index }) => MARK.test(c.text.trim()) && !headed(index));
      const figures = below.slice(1).filter((c) => c.text.trim() !== '');
      if (marksOnly && figures.length > 0 && !SENTENCE.test(label) && findDates(label).length === 0 && figures.every((c) => parseValue(c.text) !== null)) {
        const marks = rest.map(({ c }) => c.text.trim());
        out.cells.set(next!, [{ ...above[0]!, text: [above[0]!.text, ...marks].join(' ') }, ...below.slice(1)]);
        out.labelLine.set(next!, n);
        out.lines.push(next!);
        i++;
        continue;
      }
    }
    out.lines.push(n);
  }
  return out;
}
