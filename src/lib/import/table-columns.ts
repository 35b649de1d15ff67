import type { GridCell } from './table-grid.ts';
import type { Item } from './row-items.ts';
import { ordinalColumns } from './ordinal-columns.ts';

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
  /** Values read by order that sat in no column's place, each given the column right of it. */
  astray?: Item[];
}

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0) + 1);
const lastCol = (c: GridCell) => c.col + c.colSpan - 1;

/**
 * The reader's columns: by grid position (below), unless that reading leaves a column of
 * figures with no heading or puts two values of one row in one column while reading the
 * columns by order (ordinal-columns.ts) does neither as often: a converter that split cells and
 * packed headings to the left (wire Markdown copies) leaves positions that say little.
 */
export function assignColumns(headerRows: GridCell[][], rows: Item[][]): ColumnAssignment {
  const positional = assignByPosition(headerRows, rows);
  if (headerRows.length === 0) return positional;
  const faults = unsoundPlaces(positional, headerRows, rows);
  if (faults === 0) return positional;
  const ordinal = ordinalColumns(headerRows, rows);
  return ordinal && unsoundPlaces(ordinal, headerRows, rows) < faults ? ordinal : positional;
}

/**
 * How many columns of figures have no heading (or none on the last header line, where others
 * have one), how many values share a column with another of their row, how many sit in no
 * column, and how many headings stand over no column (lost).
 */
function unsoundPlaces({ columns, place, astray }: ColumnAssignment, headerRows: GridCell[][], rows: Item[][]): number {
  let faults = astray?.length ?? 0;
  const shown = new Set(columns.flatMap((c) => c.cells));
  for (const cells of headerRows) for (const cell of cells) if (!shown.has(cell)) faults++;
  const lastNamed = columns.some((c) => c.headers.at(-1) !== '');
  const filled = new Set<number>();
  for (const row of rows) {
    const seen = new Set<number>();
    for (const item of row) {
      const k = place.get(item)!;
      if (seen.has(k)) faults++;
      seen.add(k);
      filled.add(k);
    }
  }
  for (const k of filled) if (columns[k]!.headers.every((h) => h === '') || (lastNamed && columns[k]!.headers.at(-1) === '')) faults++;
  return faults;
}

/**
 * Collapses the grid's many columns (spacers, `$` cells, `)` cells) into the columns the
 * reader sees. Each value belongs to the header cell, in every header row, that covers the
 * most of its grid span; values under the same header cells form one column. Values under
 * no header are clustered by the grid columns they cover. A header cell in the last header
 * row with no value under it still makes a column, so no printed header is dropped.
 */
function assignByPosition(headerRows: GridCell[][], rows: Item[][]): ColumnAssignment {
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
  // Headed groups first: a figure under no header that shares a grid column with one headed
  // column's figures is that column's (a header over a "$" cell, its span lost in conversion:
  // "| December 31, 2024 | | |" over "| $ | 2,093,094 |" and then "| | 200,949 |").
  const loose = groups.get('loose');
  groups.delete('loose');
  if (loose) groups.set('loose', loose);
  for (const { key, items } of groups.values()) {
    if (key.every((c) => c === null)) {
      const rest: Item[] = [];
      for (const item of items) {
        const under = columns.filter((col) => col.cells.some((c) => c !== null) && overlap(item.start, item.end, col.start, col.end) > 0);
        if (under.length === 1) place.set(item, columns.indexOf(under[0]));
        else rest.push(item);
      }
      if (rest.length === 0) continue;
      for (const cluster of clusterBySpan(rest)) {
        const start = cluster.reduce((m, i) => Math.min(m, i.start), Infinity);
        const end = cluster.reduce((m, i) => Math.max(m, i.end), -Infinity);
        const index = columns.length;
        columns.push({ headers: key.map(() => ''), start, end, cells: key });
        for (const item of cluster) place.set(item, index);
      }
      continue;
    }
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

  mergeSplitColumns(columns, place, rows);
  splitUnheadedFigures(columns, place, rows);

  // Reading order: left to right.
  const order = columns.map((c, i) => ({ c, i })).sort((a, b) => a.c.start - b.c.start || a.c.end - b.c.end);
  const renumber = new Map(order.map(({ i }, k) => [i, k]));
  for (const [item, i] of place) place.set(item, renumber.get(i)!);
  return { columns: order.map(({ c }) => c), place };
}

/** Every ordered pair of columns (a ≠ b) whose grid spans overlap, in the order of a, then b. */
function overlappingPairs(columns: LogicalColumn[]): [number, number][] {
  const byStart = columns.map((c, i) => ({ c, i })).sort((x, y) => x.c.start - y.c.start);
  const pairs: [number, number][] = [];
  for (let x = 0; x < byStart.length; x++) {
    const A = byStart[x]!;
    for (let y = x + 1; y < byStart.length && byStart[y]!.c.start <= A.c.end; y++) {
      const B = byStart[y]!;
      if (overlap(A.c.start, A.c.end, B.c.start, B.c.end) === 0) continue;
      pairs.push([A.i, B.i], [B.i, A.i]);
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/**
 * One column of figures read as two: the figures printed with a "$" cell span it and the one
 * before it, those without span only their own, and where headers sit over the "$" cells
 * (a converter's lost spans) the two fall under different header cells. Columns whose grid
 * spans overlap and that never both print in one row are one column, under the headers of the
 * one that names more; a column left empty by the merge is dropped.
 */
function mergeSplitColumns(columns: LogicalColumn[], place: Map<Item, number>, rows: Item[][]): void {
  const rowOf = new Map<Item, number>();
  rows.forEach((row, r) => row.forEach((item) => rowOf.set(item, r)));
  const members = () => {
    const by = columns.map(() => [] as Item[]);
    for (const [item, k] of place) by[k]!.push(item);
    return by;
  };
  const named = (c: LogicalColumn) => c.headers.filter((h) => h !== '').length;
  for (let merged = true; merged; ) {
    merged = false;
    const by = members();
    // Only columns whose spans overlap can merge: found by a sweep, then tried in the order of (a, b) as a search of
    // every pair would, which is quadratic in a row of thousands of cells.
    for (const [a, b] of overlappingPairs(columns)) {
      if (merged) break;
      {
        if (a === b || by[a]!.length === 0 || by[b]!.length === 0) continue;
        const A = columns[a]!;
        const B = columns[b]!;
        if (overlap(A.start, A.end, B.start, B.end) === 0 || named(A) < named(B) || (named(A) === named(B) && a > b)) continue;
        const rowsA = new Set(by[a]!.map((i) => rowOf.get(i)));
        if (by[b]!.some((i) => rowsA.has(rowOf.get(i)))) continue;
        for (const item of by[b]!) place.set(item, a);
        A.start = Math.min(A.start, B.start);
        A.end = Math.max(A.end, B.end);
        merged = true;
      }
    }
  }
  // Drop the emptied columns, renumbering the rest.
  const by = members();
  // An emptied column stays only for a header cell of the last row that no other column has.
  const filled = columns.filter((_, k) => by[k]!.length > 0);
  const keep = columns
    .map((_, k) => k)
    .filter((k) => by[k]!.length > 0 || (columns[k]!.cells.at(-1) !== null && !filled.some((c) => c.cells.at(-1) === columns[k]!.cells.at(-1))));
  const renumber = new Map(keep.map((k, i) => [k, i]));
  const kept = keep.map((k) => columns[k]!);
  columns.length = 0;
  columns.push(...kept);
  for (const [item, k] of place) place.set(item, renumber.get(k)!);
}

/**
 * A headed column whose figures mostly sit under its heading, and some one cell aside, reached
 * only by the "$" cell printed before them: those are not shown to be its. Brookfield Wealth
 * Solutions' 2024 balance sheet (a wire Markdown copy) prints each year as an inner column of
 * parts and an outer one of subtotals; rows printing two cells fewer put the 2023 parts
 * ("| $ | 4,308 |") one cell left of where the other rows print them, their "$" under the
 * 2024 heading, and read by that "$" they became 2024's subtotals (a false mismatch of total
 * liabilities and equity). Such figures are taken out to a column of their own with no heading,
 * so each is a located problem with no period, never a guessed one. A column whose figures all
 * sit beside its heading (a converter's heading over the "$" cells only) is as it was.
 */
function splitUnheadedFigures(columns: LogicalColumn[], place: Map<Item, number>, rows: Item[][]): void {
  const figureCell = (item: Item) => item.cells.find((c) => /\d/.test(c.text)) ?? item.cells.at(-1)!;
  const rowOf = new Map<Item, number>();
  rows.forEach((row, r) => row.forEach((item) => rowOf.set(item, r)));
  const count = columns.length;
  for (let k = 0; k < count; k++) {
    const column = columns[k]!;
    const heads = column.cells.filter((c): c is GridCell => c !== null);
    if (heads.length === 0) continue;
    const members = [...place].filter(([, c]) => c === k).map(([item]) => item);
    const headed = (cell: GridCell) => heads.some((h) => overlap(cell.col, lastCol(cell), h.col, lastCol(h)) > 0);
    const under = members.filter((i) => headed(figureCell(i)));
    const aside = members.filter((i) => !headed(figureCell(i)));
    if (under.length === 0 || aside.length === 0) continue;
    // Only figures apart from those under the heading: a wide figure cell reaching under it too is the column's.
    const spans = under.map(figureCell);
    const apart = aside.filter((i) => !spans.some((c) => overlap(figureCell(i).col, lastCol(figureCell(i)), c.col, lastCol(c)) > 0));
    if (apart.length === 0 || apart.length >= under.length) continue;
    const start = apart.reduce((m, i) => Math.min(m, figureCell(i).col), Infinity);
    const end = apart.reduce((m, i) => Math.max(m, lastCol(figureCell(i))), -Infinity);
    // The unheaded column just right of them, printed by the other rows and never beside them in a row, is
    // theirs, as a reader aligns a short row's figures with the column they stand for (Brookfield's 2023 parts:
    // "| $ | 4,308 |" one cell left of "280" two rows down). Else a column of their own.
    const rowsApart = new Set(apart.map((i) => rowOf.get(i)));
    const next = columns.findIndex((c, j) =>
      j !== k && c.cells.every((h) => h === null) && c.start > end && c.start <= end + 1 &&
      ![...place].some(([item, at]) => at === j && rowsApart.has(rowOf.get(item))));
    const index = next >= 0 ? next : columns.length;
    if (next >= 0) columns[next]!.start = Math.min(columns[next]!.start, start);
    else columns.push({ headers: column.headers.map(() => ''), start, end, cells: column.cells.map(() => null) });
    for (const item of apart) place.set(item, index);
    column.start = under.reduce((m, i) => Math.min(m, i.start), Infinity);
    column.end = under.reduce((m, i) => Math.max(m, i.end), -Infinity);
  }
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
