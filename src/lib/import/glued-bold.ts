/**
 * A paragraph a wire converter wrote as bold runs glued where the lines of a title were:
 * `**TABLE 3****SEGMENT INFORMATION - …****(Amounts in millions)****(Unaudited)**` (Watts Water, 4Q24),
 * each line of the original a bold paragraph of its own, the breaks between them lost. GFM reads the
 * four asterisks as one run closed and the next opened only sometimes (its delimiter rules nest them
 * and leave `****` as text), and never as a break; the reader sees one line a run.
 */

/** One bold run of a glued paragraph: its text, and where its `**` opens in the Markdown (1-based). */
export type BoldRun = { text: string; line: number; column: number };

/** A source line made only of bold runs glued end to end: `**A****B**`, `**A**`. */
const BOLD_RUNS = /^(\s*)\*\*[^*]+\*\*(?:\*\*[^*]+\*\*)*\s*$/;
/** What a run may hold to be read as plain text: no inline markup, entity or escape GFM would read otherwise. */
const PLAIN = /^[^*_`<>[\]\\]+$/;

/**
 * The paragraph's lines (from line `first` of the Markdown) as its bold runs, a run a line, or null
 * when it is no such paragraph. A paragraph qualifies when every line is bold runs glued end to end, at
 * least one glue shows (`****`), and every run holds a word: a run that holds none is a mark printed
 * inside its neighbour ("**REALIZED METAL PRICES****1**", "**About CASGEVY****®****…**"), not a
 * line of its own, and such a paragraph is left as GFM reads it.
 */
export function gluedBoldRuns(lines: string[], first: number): BoldRun[][] | null {
  if (lines.length === 0 || !lines.every((l) => BOLD_RUNS.test(l)) || !lines.some((l) => l.includes('****'))) return null;
  const out: BoldRun[][] = [];
  for (const [i, line] of lines.entries()) {
    const runs: BoldRun[] = [];
    for (const m of line.matchAll(/\*\*([^*]+)\*\*/g)) {
      const text = m[1]!.trim();
      if (!PLAIN.test(m[1]!) || /&(?:#\d+|#x[\da-f]+|\w+);/i.test(text) || !/\p{L}{2}/u.test(text)) return null;
      runs.push({ text, line: first + i, column: m.index + 1 });
    }
    out.push(runs);
  }
  return out;
}
