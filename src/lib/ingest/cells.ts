/** A tab-separated cell of a line, with the 1-based column of its first non-blank character. */
export interface Cell {
  text: string;
  column: number;
}

/**
 * Splits a line on tabs. Each cell's text is trimmed and its column points at the
 * first non-blank character (or at the cell's start when it is empty), so that a
 * fact's location is where its printed value begins.
 */
export function splitCells(line: string): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (const part of line.split('\t')) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), column: [...line.slice(0, start + lead)].length + 1 });
    start += part.length + 1;
  }
  return cells;
}
