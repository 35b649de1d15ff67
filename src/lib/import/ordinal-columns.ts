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
  // A row printing no percentage, one value per column of amounts beside columns of percentages
  // ("$ | (0.15)" per-share figures under "Amount | % of Net Revenues" pairs), prints them in
  // those columns in order, wherever the converter left its cells.
  const percents = percentColumns(rows, v);
  const amounts = [...Array(v).keys()].filter((k) => !percents.has(k));
  const group = groupWidth(percents, v);
  for (const row of rows) {
    const byKind = percents.size > 0 && row.length === amounts.length && row.every((i) => !isPercentText(i.text));
    const at = row.length === v ? row.map((_, k) => k) : byKind ? amounts : (group && repeatedPlaces(row, anchors, percents, group)) || shortRowPlaces(row, anchors, astray);
    row.forEach((item, i) => place.set(item, at[i]!));
  }

  const columns: LogicalColumn[] = anchors.map((a) => ({ headers: headerRows.map(() => ''), start: a.start, end: a.end, cells: headerRows.map(() => null) }));
  // Bottom up: a line is placed knowing the headings of the line below it.
  for (let h = headerRows.length - 1; h >= 0; h--) {
    const cells = [...headerRows[h]!].sort((a, b) => a.col - b.col);
    const below = h + 1 < headerRows.length ? columns.map((c) => c.headers[h + 1]!) : null;
    const belowCells = h + 1 < headerRows.length ? columns.map((c) => c.cells[h + 1]!) : null;
    // Whether the line below heads the first column; a line left empty (its headings joined to the
    // line under it as one) is passed over.
    const next = columns[0]!.headers.slice(h + 1).findIndex((_, j) => columns.some((c) => c.headers[h + 1 + j] !== ''));
    const firstHeaded = next >= 0 && columns[0]!.headers[h + 1 + next] !== '';
    const stacked = cells.length < v ? stackedPlaces(cells, belowCells) : null;
    const over = stacked ?? headingPlaces(cells, anchors, below, firstHeaded);
    if (!over) return null;
    cells.forEach((cell, i) => {
      for (const k of over[i]!) {
        // A heading stacked over one of the line below is one heading with it, written on its line.
        if (stacked) columns[k]!.headers[h + 1] = `${cell.text} ${columns[k]!.headers[h + 1]}`;
        else columns[k]!.headers[h] = cell.text;
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
 * The width of the groups the columns repeat in, by what they print ("Average Balance | Interest | Average Yield/Cost"
 * under each of three quarters: amounts, amounts, percentages, three times): the narrowest that repeats the columns of
 * percentages and of amounts across the table, more than once; null when they make no such groups.
 */
function groupWidth(percents: ReadonlySet<number>, v: number): number | null {
  if (percents.size === 0 || percents.size === v) return null;
  for (let p = 2; p <= v / 2; p++) {
    if (v % p !== 0) continue;
    if ([...Array(v).keys()].every((k) => percents.has(k) === percents.has(k % p))) return p;
  }
  return null;
}

/**
 * The columns of a row printing fewer values than the table has columns, where the row prints the same values in each
 * of the table's groups (`groupWidth`): its first group's values placed on the grid, each where its figure sits among
 * the columns of its kind (a percentage among the percentages), and the others' in the same columns of their groups.
 * A converter that dropped cells shifts each later group of such a row further left on the grid, so its figures would
 * fall under the columns before theirs: Chimera's (4Q24) "Economic net interest income/net interest rate spread
 * $ 69,197 | 1.5%" under each quarter's "Interest | Average Yield/Cost", whose September figures sat under its
 * "Average Balance | Interest". Null where the row's values make no such groups, or its first group places none.
 */
function repeatedPlaces(row: Item[], anchors: Span[], percents: ReadonlySet<number>, width: number): number[] | null {
  const groups = anchors.length / width;
  if (row.length === 0 || row.length % groups !== 0) return null;
  const per = row.length / groups;
  const kinds = row.map((i) => isPercentText(i.text));
  for (let k = per; k < row.length; k++) if (kinds[k] !== kinds[k % per]) return null;
  const first: number[] = [];
  for (const item of row.slice(0, per)) {
    const allowed = [...Array(width).keys()].filter((k) => percents.has(k) === isPercentText(item.text) && k > (first.at(-1) ?? -1));
    const k = nearestAnchor(item, anchors, allowed);
    if (k === null) return null;
    first.push(k);
  }
  return row.map((_, i) => first[i % per]! + Math.floor(i / per) * width);
}

/** Of the allowed columns, the one a value's figure overlaps most on the grid, else the nearest to it; null when none is allowed. */
function nearestAnchor(item: Item, anchors: Span[], allowed: number[]): number | null {
  if (allowed.length === 0) return null;
  const figure = item.cells.filter((c) => !isCurrencySymbol(c.text) && !isOpener(c.text) && !isCloser(c.text));
  const cells = figure.length > 0 ? figure : item.cells;
  const overlapOf = (k: number) => cells.reduce((s, c) => s + overlap(c.col, lastCol(c), anchors[k]!.start, anchors[k]!.end), 0);
  const distance = (k: number) => Math.min(...cells.map((c) => Math.max(anchors[k]!.start - lastCol(c), c.col - anchors[k]!.end, 0)));
  return [...allowed].sort((a, b) => overlapOf(b) - overlapOf(a) || distance(a) - distance(b) || a - b)[0]!;
}

/** Whether a value is printed as a percentage ("58.2%", "(13.9)%"). */
const isPercentText = (text: string) => /%\)?$/.test(text.trim());

/**
 * The columns whose figures, in the rows printing a value in every column, are all percentages,
 * when other columns print none: "% of Net Revenues" beside each "Amount". Empty otherwise.
 */
function percentColumns(rows: Item[][], v: number): Set<number> {
  const full = rows.filter((r) => r.length === v);
  const out = new Set<number>();
  for (let k = 0; k < v; k++) if (full.length > 0 && full.every((r) => isPercentText(r[k]!.text))) out.add(k);
  const others = [...Array(v).keys()].filter((k) => !out.has(k));
  return out.size > 0 && others.every((k) => full.every((r) => !isPercentText(r[k]!.text))) ? out : new Set();
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
function headingPlaces(cells: GridCell[], anchors: Span[], below: string[] | null, firstHeaded: boolean): number[][] | null {
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
  return below && !firstHeaded ? null : cells.map((_, i) => [i]);
}

/**
 * The columns of a line's headings when each sits on the grid right over one heading of the line
 * below, and that line heads every column, one heading each, the same heading over the same
 * heading each time (two lines of one heading printed over several groups): "% of Net" over the "Revenues" of
 * "Amount | Revenues | Amount | Revenues" (the two lines of one heading, in the same cells),
 * whatever the figures' cells below them. Null otherwise, and for headings over the first columns
 * in turn, which is how packed headings sit.
 */
function stackedPlaces(cells: GridCell[], belowCells: (GridCell | null)[] | null): number[][] | null {
  if (!belowCells || belowCells.some((c) => c === null) || new Set(belowCells).size < belowCells.length) return null;
  if (cells.length < 2 || new Set(cells.map((c) => c.text)).size > 1) return null;
  const places: number[][] = [];
  for (const cell of cells) {
    const under = belowCells.flatMap((b, k) => (b!.col === cell.col && b!.colSpan === cell.colSpan ? [k] : []));
    if (under.length !== 1 || (places.length > 0 && under[0]! <= places.at(-1)![0]!)) return null;
    places.push(under);
  }
  // Headings over the first columns in turn are packed left (a converter's lost spans), not stacked.
  if (places.every((p, i) => p[0] === i)) return null;
  return new Set(places.map((p) => belowCells[p[0]!]!.text)).size === 1 ? places : null;
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
