/** A tab-separated cell of a line, with the 1-based column of its first non-blank character. */
export interface Cell {
  text: string;
  column: number;
}

/**
 * Splits a line on tabs. Each cell's text is trimmed and its column points at the
 * first non-blank character (or at the cell's start when it is empty), so that a
 * fact's location is where its printed value begins. Columns count characters (code
 * points), a tab as one; the count is kept as the line is walked, so a line of any
 * width is split in one pass.
 */
/**
 * A figure printed with the words that qualify it, in a cell of its own under the figure they
 * qualify ("20.6% before acquisitions (2)" under a margin of 20.5%, Legrand): the figure, and the
 * words that name it. Only a figure that shows a percent sign, a decimal point or a currency
 * symbol, and words that start with a letter: "3 Months Ended" is a heading, not a figure.
 */
export function figureLed(text: string, isFigure: (t: string) => boolean): { figure: string; words: string } | null {
  const m = /^([$€£¥]?\s?\(?-?\d[\d,]*(?:\.\d+)?\)?\s?%?)\s+([A-Za-z].*)$/.exec(text);
  if (!m || !/[%.$€£¥]/.test(m[1]) || !isFigure(m[1])) return null;
  return { figure: m[1], words: m[2] };
}

export function splitCells(line: string): Cell[] {
  const cells: Cell[] = [];
  let column = 1;
  for (const part of line.split('\t')) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), column: column + codePoints(part, 0, lead) });
    column += codePoints(part, 0, part.length) + 1;
  }
  return cells;
}

/** Number of code points in `text` between UTF-16 offsets `from` and `to`. */
export function codePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === from) n++; // a low surrogate continues the character before it
  }
  return n;
}

/** The leading spaces of a line's first cell: its indentation, two spaces a level. */
export function indentOf(line: string): number {
  let spaces = 0;
  while (spaces < line.length && (line[spaces] === ' ' || line[spaces] === '\u00a0')) spaces++;
  return Math.ceil(spaces / 2);
}
