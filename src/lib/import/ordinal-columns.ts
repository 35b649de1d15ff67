/**
 * A table's columns read by order rather than by grid position, as a reader reads a table whose
 * cells a converter split and shifted (wire Markdown copies: `$ | 1,234 |` triples under a header
 * row of one cell per period, packed to the left; a row printing its figures in fewer cells than
 * the rest). The grid positions then say little, but the order of what each row prints does:
 *
 * - the table has as many columns as its fullest rows print values, and those rows, in their most
 *   common layout, give each column's place on the grid;
 * - a row printing that many values prints one per column, in order; a row printing fewer puts
 *   each where its figure sits on the grid among the columns;
 * - a header row printing one heading per column names them in order; one printing fewer sets
 *   each heading over the columns it sits over, or, when its headings sit packed over fewer
 *   columns than they are, over the first columns in turn (packed-headings.ts then spreads them
 *   when the line below says how).
 *
 * Used only where the grid positions give no sound reading (table-columns.ts).
 */
import type { GridCell } from './table-grid.ts';
import type { Item } from './row-items.ts';
import { isCloser, isCurrencySymbol, isOpener } from './cell-text.ts';
import type { ColumnAssignment, LogicalColumn } from './table-columns.ts';

interface Span {
  start: number;
  end: number;
}

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0) + 1);
const lastCol = (c: GridCell) => c.col + c.colSpan - 1;

/** The columns read by order, or null when the rows give no one layout to read them by. */
export function ordinalColumns(headerRows: GridCell[][], rows: Item[][]): ColumnAssignment | null {
  const anchors = anchorLayout(rows);
  if (!anchors) return null;
  const v = anchors.length;

  const place = new Map<Item, number>();
  const astray: Item[] = [];
  for (const row of rows) {
    const at = row.length === v ? row.map((_, k) => k) : shortRowPlaces(row, anchors, astray);
    row.forEach((item, i) => place.set(item, at[i]!));
  }

  const columns: LogicalColumn[] = anchors.map((a) => ({ headers: headerRows.map(() => ''), start: a.start, end: a.end, cells: headerRows.map(() => null) }));
  // Bottom up: a line is placed knowing the headings of the line below it.
  for (let h = headerRows.length - 1; h >= 0; h--) {
    const cells = [...headerRows[h]!].sort((a, b) => a.col - b.col);
    const below = h + 1 < headerRows.length ? columns.map((c) => c.headers[h + 1]!) : null;
    const over = headingPlaces(cells, anchors, below);
    if (!over) return null;
    cells.forEach((cell, i) => {
      for (const k of over[i]!) {
        columns[k]!.headers[h] = cell.text;
        columns[k]!.cells[h] = cell;
      }
    });
  }
  return { columns, place, astray };
}

/**
 * The grid span of each column, from the rows printing the most values: the k-th values of all
 * of them ("$ | 682,811" and "| 41,906"), else, when those overlap the next column's, of the
 * rows in their most common layout; null when even those do not run left to right.
 */
function anchorLayout(rows: Item[][]): Span[] | null {
  const v = rows.reduce((m, r) => Math.max(m, r.length), 0);
  if (v === 0) return null;
  const layouts = new Map<string, { spans: Span[]; count: number }>();
  for (const row of rows) {
    if (row.length !== v) continue;
    const key = row.map((i) => `${i.start}-${i.end}`).join(',');
    const entry = layouts.get(key) ?? layouts.set(key, { spans: row.map((i) => ({ start: i.start, end: i.end })), count: 0 }).get(key)!;
    entry.count++;
  }
  const union = [...layouts.values()].reduce<Span[]>(
    (u, { spans }) => spans.map((a, k) => ({ start: Math.min(a.start, u[k]?.start ?? Infinity), end: Math.max(a.end, u[k]?.end ?? -Infinity) })),
    [],
  );
  if (leftToRight(union)) return union;
  let best: { spans: Span[]; count: number } | null = null;
  for (const entry of layouts.values()) if (!best || entry.count > best.count) best = entry;
  return leftToRight(best!.spans) ? best!.spans : null;
}

function leftToRight(spans: Span[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k]!.start <= spans[k - 1]!.end) return false;
  return true;
}

/**
 * The columns of a row printing fewer values than the table has columns, each where it sits;
 * a value whose figure sits where the value before it does, but which reaches into the next
 * column's place, is that column's ("$ | 69,197 | 1.5 | %" shifted one cell right of the rows
 * above). Values left sharing a column stay so, for the reader to see. A value in no column's
 * place (between two) goes to the column right of it, the next one a "$" cell would open, and
 * is listed in `astray` to be reported.
 */
function shortRowPlaces(row: Item[], anchors: Span[], astray: Item[]): number[] {
  const at: number[] = [];
  for (const item of row) {
    let k = anchorOf(item, anchors);
    if (k < 0) {
      k = anchors.findIndex((a) => a.start > item.end);
      if (k < 0) k = anchors.length - 1;
      astray.push(item);
    }
    const prev = at.at(-1);
    if (prev !== undefined && k <= prev) {
      const next = anchors[prev + 1];
      if (next && overlap(item.start, item.end, next.start, next.end) > 0) k = prev + 1;
    }
    at.push(k);
  }
  return at;
}

/**
 * The column a value of a row printing fewer values sits in: the one its figure's own cells
 * overlap (a "$" or ")" cell of its own may reach into the next column's place), else the one
 * any of its cells overlap most; -1 when none, or two equally.
 */
function anchorOf(item: Item, anchors: Span[]): number {
  const figure = item.cells.filter((c) => !isCurrencySymbol(c.text) && !isOpener(c.text) && !isCloser(c.text));
  for (const cells of [figure, item.cells]) {
    let best = -1;
    let bestOverlap = 0;
    let tied = false;
    anchors.forEach((a, k) => {
      const o = cells.reduce((s, c) => s + overlap(c.col, lastCol(c), a.start, a.end), 0);
      if (o > bestOverlap) [best, bestOverlap, tied] = [k, o, false];
      else if (o > 0 && o === bestOverlap) tied = true;
    });
    if (best >= 0) return tied ? -1 : best;
  }
  return -1;
}

/**
 * The columns each heading of a header row covers: one heading per column in order; else each
 * over the columns its cell spans (the first column right of it when it sits between two), when
 * that keeps them apart and in order and no heading so placed reaches (up to the next) over a
 * heading of the line below printed twice ("Variation" over "$ | % | $"), which no reader
 * would make of it; else packed, heading i over column i, for packed-headings.ts to spread
 * when the line below heads the first column. Null when the row prints more headings than the
 * table has columns, or fewer that are neither apart nor can be spread.
 */
function headingPlaces(cells: GridCell[], anchors: Span[], below: string[] | null): number[][] | null {
  const v = anchors.length;
  if (cells.length > v) return null;
  if (cells.length === v) return cells.map((_, i) => [i]);
  const spans = cells.map((cell) => {
    const covered = anchors.flatMap((a, k) => (overlap(cell.col, lastCol(cell), a.start, a.end) > 0 ? [k] : []));
    if (covered.length > 0) return covered;
    const right = anchors.findIndex((a) => a.start > lastCol(cell));
    return right >= 0 ? [right] : [];
  });
  const apart = spans.every((s, i) => s.length > 0 && (i === 0 || s[0]! > spans[i - 1]!.at(-1)!));
  if (apart && !overRepeats(spans, below)) return spans;
  // Packed headings are spread by the line below, which needs a heading over the first column
  // (packed-headings.ts); under a line that has none ("and Loss" over "| | Settlement | Net |
  // Net | Settlement | Net", the first column's words stacked in the label cells) they would
  // stay over the first columns, a reading no one makes: no order reads such a line.
  return below && below[0] === '' ? null : cells.map((_, i) => [i]);
}

/** Whether a heading, reaching right up to the next one, stands over the same text of the line below twice. */
function overRepeats(spans: number[][], below: string[] | null): boolean {
  if (!below) return false;
  return spans.some((s, i) => {
    const end = i + 1 < spans.length ? spans[i + 1]![0]! : below.length;
    const texts = below.slice(s[0]!, end).filter((t) => t !== '').map((t) => t.trim().toLowerCase());
    return new Set(texts).size < texts.length;
  });
}
