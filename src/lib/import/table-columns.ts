import type { GridCell } from './table-grid.ts';
import type { Item } from './row-items.ts';

/** A column of the release text: its header text per header row, and where it sits on the grid. */
export interface LogicalColumn {
  headers: string[];
  start: number;
  end: number;
  /** Its header cells, one per header row (null where that row prints nothing over it). */
  cells: (GridCell | null)[];
}

export interface ColumnAssignment {
  columns: LogicalColumn[];
  /** For each body row (by index in `rows`), the column index of each of its items. */
  place: Map<Item, number>;
}

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0) + 1);
const lastCol = (c: GridCell) => c.col + c.colSpan - 1;

/**
 * Collapses the grid's many columns (spacers, `$` cells, `)` cells) into the columns the
 * reader sees. Each value belongs to the header cell, in every header row, that covers the
 * most of its grid span; values under the same header cells form one column. Values under
 * no header are clustered by the grid columns they cover. A header cell in the last header
 * row with no value under it still makes a column, so no printed header is dropped.
 */
export function assignColumns(headerRows: GridCell[][], rows: Item[][]): ColumnAssignment {
  const keyOf = (item: Item): (GridCell | null)[] =>
    headerRows.map((cells) => {
      let best: GridCell | null = null;
      let bestOverlap = 0;
      for (const cell of cells) {
        const o = overlap(item.start, item.end, cell.col, lastCol(cell));
        if (o > bestOverlap) {
          best = cell;
          bestOverlap = o;
        }
      }
      return best;
    });

  // Group items by their header cells; items under no header at all go to `loose`.
  const groups = new Map<string, { key: (GridCell | null)[]; items: Item[] }>();
  const ids = new Map<GridCell, number>();
  const idOf = (c: GridCell | null) => (c ? (ids.get(c) ?? ids.set(c, ids.size).get(c)!) : -1);
  for (const row of rows) {
    for (const item of row) {
      const key = keyOf(item);
      const id = key.every((c) => c === null) ? 'loose' : key.map(idOf).join(',');
      const group = groups.get(id) ?? groups.set(id, { key, items: [] }).get(id)!;
      group.items.push(item);
    }
  }

  const columns: LogicalColumn[] = [];
  const place = new Map<Item, number>();
  for (const { key, items } of groups.values()) {
    // Items under one header that sit apart on the grid (a header spanning two value
    // columns with nothing below it) are separate columns: cluster by grid span.
    for (const cluster of clusterBySpan(items)) {
      // reduce, not Math.min(...): a table of 100,000 rows would overflow the call stack.
      const start = cluster.reduce((m, i) => Math.min(m, i.start), Infinity);
      const end = cluster.reduce((m, i) => Math.max(m, i.end), -Infinity);
      const index = columns.length;
      columns.push({ headers: key.map((c) => c?.text ?? ''), start, end, cells: key });
      for (const item of cluster) place.set(item, index);
    }
  }

  // Header cells of the last header row that no value falls under are columns too.
  const last = headerRows.at(-1) ?? [];
  for (const cell of last) {
    const used = columns.some((col) => col.cells.at(-1) === cell);
    const overlapsValues = columns.some((col) => overlap(col.start, col.end, cell.col, lastCol(cell)) > 0);
    if (!used && !overlapsValues) {
      const key = headerRows.map((cells, h) => (h === headerRows.length - 1 ? cell : cells.find((c) => c.col <= cell.col && lastCol(c) >= cell.col) ?? null));
      columns.push({ headers: key.map((c) => c?.text ?? ''), start: cell.col, end: lastCol(cell), cells: key });
    }
  }

  // Reading order: left to right.
  const order = columns.map((c, i) => ({ c, i })).sort((a, b) => a.c.start - b.c.start || a.c.end - b.c.end);
  const renumber = new Map(order.map(({ i }, k) => [i, k]));
  for (const [item, i] of place) place.set(item, renumber.get(i)!);
  return { columns: order.map(({ c }) => c), place };
}

/** Groups items whose grid spans overlap (transitively) into clusters, left to right. */
function clusterBySpan(items: Item[]): Item[][] {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const clusters: { end: number; items: Item[] }[] = [];
  for (const item of sorted) {
    const last = clusters.at(-1);
    if (last && item.start <= last.end) {
      last.items.push(item);
      last.end = Math.max(last.end, item.end);
    } else clusters.push({ end: item.end, items: [item] });
  }
  return clusters.map((c) => c.items);
}
