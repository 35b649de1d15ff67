import { isCurrencySymbol, isOpener, isValueText } from './cell-text.ts';
import { firstValue } from './text-labels.ts';
import type { Token } from './text-tokens.ts';

/** How far a column of figures may move from one page to the next, in characters, and still be the same column. */
const MAX_SHIFT = 6;

/**
 * Where a fixed-width table's columns of figures end on the page: for each of its `width` columns, the median right
 * edge of the figures of the rows printing one in every column. Null when no row does.
 */
export function columnEdges(rows: readonly Token[][], width: number): number[] | null {
  const edges: number[][] = Array.from({ length: width }, () => []);
  for (const tokens of rows) {
    const i = firstValue(tokens);
    if (i < 0) continue;
    const values = tokens.slice(i).filter((t) => !isCurrencySymbol(t.text) && !isOpener(t.text));
    if (values.length !== width || !values.every((t) => isValueText(t.text))) continue;
    values.forEach((t, c) => edges[c]!.push(t.end));
  }
  if (edges.some((e) => e.length === 0)) return null;
  return edges.map((e) => e.sort((a, b) => a - b)[Math.floor(e.length / 2)]!);
}

/**
 * Whether the columns of a table continued on the next page stand where the columns of the page it started on stood:
 * each column's figures end nearer its own column's edge there than any other's (pdftotext lays out each page anew, so
 * Krispy Kreme's cash-flow columns end at 73, 93, 113, 133 on one page and at 72, 93, 111, 131 on the next).
 */
export function columnsAgree(before: readonly number[], after: readonly number[]): boolean {
  if (before.length !== after.length || before.length === 0) return false;
  return after.every((edge, c) => {
    const shift = Math.abs(edge - before[c]!);
    return shift <= MAX_SHIFT && before.every((other, k) => k === c || shift < Math.abs(edge - other));
  });
}
