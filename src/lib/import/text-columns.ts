import { isFigure, isYear } from './cell-text.ts';

/** A value printed on a line of a fixed-width table, spanning character columns start..end. */
export interface Placed {
  text: string;
  start: number;
  end: number;
}

/** A column of a fixed-width table: the characters its figures cover, and where their right edges fall. */
export interface TextColumn {
  start: number;
  end: number;
  /** The range of its figures' right edges (figures are right-aligned; a closing parenthesis may hang one further). */
  edgeFrom: number;
  edgeTo: number;
}

/** Right edges this close are one column ("1,234" and "(1,234)" or "12.5%"). */
const EDGE_SLACK = 2;

const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0) + 1);

/**
 * The columns of a fixed-width table, found from its figures' right edges across all its
 * rows: edges within two characters of each other are one column. Columns whose figures
 * overlap and never print on one row together are one column too (a left-aligned
 * column's edges vary). `rows` are the values of each row, left to right.
 */
export function findColumns(rows: Placed[][]): TextColumn[] {
  const all = rows.flatMap((row, r) => row.map((v) => ({ ...v, r })));
  const isNumber = (v: Placed) => isFigure(v.text) && !isYear(v.text);
  const columns = clusterByEdge(all.filter(isNumber));
  // Values that sit under no column of figures (a column printing only nil marks) make columns of their own.
  const loose = all.filter((v) => !isNumber(v) && !columns.some((c) => overlap(v.start, v.end, c.start, c.end) > 0 || (v.end >= c.edgeFrom - EDGE_SLACK && v.end <= c.edgeTo + EDGE_SLACK)));
  return [...columns, ...clusterByEdge(loose)].sort((a, b) => a.edgeTo - b.edgeTo).map(({ start, end, edgeFrom, edgeTo }) => ({ start, end, edgeFrom, edgeTo }));
}

function clusterByEdge(values: (Placed & { r: number })[]): (TextColumn & { rows: Set<number> })[] {
  const sorted = [...values].sort((a, b) => a.end - b.end);
  const clusters: (typeof sorted)[] = [];
  for (const v of sorted) {
    const last = clusters.at(-1);
    if (last && v.end - last.at(-1)!.end <= EDGE_SLACK) last.push(v);
    else clusters.push([v]);
  }
  const columns = clusters.map((c) => ({
    start: c.reduce((m, v) => Math.min(m, v.start), Infinity),
    end: c.reduce((m, v) => Math.max(m, v.end), -Infinity),
    edgeFrom: c[0].end,
    edgeTo: c.at(-1)!.end,
    rows: new Set(c.map((v) => v.r)),
  }));
  // Merge neighbours that overlap and never share a row: one column whose edges vary.
  for (let merged = true; merged; ) {
    merged = false;
    for (let k = 0; k + 1 < columns.length; k++) {
      const a = columns[k];
      const b = columns[k + 1];
      if (overlap(a.start, a.end, b.start, b.end) > 0 && ![...a.rows].some((r) => b.rows.has(r))) {
        columns.splice(k, 2, { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end), edgeFrom: a.edgeFrom, edgeTo: b.edgeTo, rows: new Set([...a.rows, ...b.rows]) });
        merged = true;
        break;
      }
    }
  }
  return columns;
}

/**
 * Columns by order, for a table whose figures do not line up (text copied from a PDF, one
 * space between label and figures): when every row prints the same number of values, the
 * k-th value of each row is column k. Null when rows print different numbers of values.
 */
export function columnsByOrder(rows: Placed[][]): TextColumn[] | null {
  const printed = rows.filter((r) => r.length > 0);
  const n = printed[0]?.length ?? 0;
  if (n === 0 || printed.some((r) => r.length !== n)) return null;
  return Array.from({ length: n }, (_, k) => {
    const values = printed.map((r) => r[k]);
    const start = values.reduce((m, v) => Math.min(m, v.start), Infinity);
    const end = values.reduce((m, v) => Math.max(m, v.end), -Infinity);
    const edgeFrom = values.reduce((m, v) => Math.min(m, v.end), Infinity);
    // Large tables: no spread of every value into Math.min's arguments.
    return { start, end, edgeFrom, edgeTo: end };
  });
}

/**
 * The column a value belongs to: the one its right edge aligns with, else the one it
 * overlaps most (a nil mark centred under a column), else the nearest.
 */
export function columnOf(value: Placed, columns: TextColumn[]): number {
  let best = -1;
  let bestScore = -Infinity;
  columns.forEach((c, k) => {
    const aligned = value.end >= c.edgeFrom - EDGE_SLACK && value.end <= c.edgeTo + EDGE_SLACK;
    const o = overlap(value.start, value.end, c.start, c.end);
    const distance = o > 0 ? 0 : Math.min(Math.abs(value.start - c.end), Math.abs(value.end - c.start));
    const score = (aligned ? 1000 : 0) + o * 10 - distance;
    if (score > bestScore) {
      bestScore = score;
      best = k;
    }
  });
  return best;
}

/**
 * The columns a header's text covers: every column it overlaps (by more than a character, when
 * it overlaps several); text centred in the gap
 * between two columns spans both ("Year Ended" over two years); text over no column
 * belongs to the nearest. Null when there are no columns.
 */
export function headerColumns(start: number, end: number, columns: TextColumn[], unheaded?: () => readonly boolean[]): [number, number] | null {
  if (columns.length === 0) return null;
  const covered = columns.map((c, k) => ({ k, o: overlap(start, end, c.start, c.end) })).filter((x) => x.o > 0);
  // A heading over one column that runs a character into the next ("December 31," over "$ 814,748"
  // beside "100%") does not head it: a heading that spans columns reaches well into each.
  while (covered.length > 1 && covered.at(-1)!.o <= 1) covered.pop();
  while (covered.length > 1 && covered[0].o <= 1) covered.shift();
  const center = (start + end) / 2;
  let first: number;
  let last: number;
  if (covered.length > 0) {
    first = covered[0].k;
    last = covered.at(-1)!.k;
  } else {
    // Equally near two columns, the one no other heading of the header stands over, where the caller says which
    // (BNP Paribas' "CIB" between "Protection / Services" and a column of no other heading, 2Q25, pdftotext: read by
    // the left one, it joined the heading beside it); else the left one (OpenText's "GAAP-based / Measures").
    const near = columns.map((c, k) => ({ k, d: Math.min(Math.abs(start - c.end), Math.abs(end - c.start)) })).sort((a, b) => a.d - b.d);
    // Asked for only where two are equally near: reading the header's other headings costs a pass over them.
    const open = near.length > 1 && near[0]!.d === near[1]!.d ? unheaded?.() : undefined;
    const nearest = open && !open[near[0]!.k] && open[near[1]!.k] ? near[1]! : near[0]!;
    first = last = nearest.k;
  }
  // Centred over the gap between two columns: it spans both.
  if (first === last) {
    const c = columns[first];
    const left = columns[first - 1];
    const right = columns[first + 1];
    if (right && center > c.end && center < right.start && end >= right.start - 1) last = first + 1;
    else if (left && center < c.start && center > left.end && start <= left.end + 1) first = first - 1;
  }
  return [first, last];
}

/**
 * A figure set a little off its column (FinWise's average balances, 4Q24, a page printed to PDF: "Savings 9,192 9 0.40%",
 * its interest of 9 ending ten characters right of the interest column's edge, where every other line's interest ends):
 * a column of its own printing one or two lines' figures, under no heading of its own, beside a column of many lines none
 * of which it shares, nearer that column than the one on its other side, and of its kind (no percentage beside amounts):
 * that column's figure, as a reader takes it. Read apart, the interest column's total counted the line as nothing and
 * the table's dates headed the wrong groups of columns.
 */
const NIL_MARK = /^(?:—|–|-|--)$/;

export function withStrayFiguresJoined(columns: TextColumn[], rows: Placed[][], headings: Placed[]): TextColumn[] {
  let out = columns;
  for (let changed = true; changed; ) {
    changed = false;
    const members = out.map(() => [] as { r: number; v: Placed }[]);
    rows.forEach((row, r) => row.forEach((v) => members[columnOf(v, out)]?.push({ r, v })));
    for (let k = 0; k < out.length && !changed; k++) {
      const own = members[k]!;
      const figures = own.filter((m) => isFigure(m.v.text) && !isYear(m.v.text));
      if (figures.length === 0 || figures.length > 2 || !own.every((m) => figures.includes(m) || NIL_MARK.test(m.v.text))) continue;
      const c = out[k]!;
      if (headings.some((h) => overlap(h.start, h.end, c.start, c.end) > 0 && !out.some((o, j) => j !== k && overlap(h.start, h.end, o.start, o.end) > 0))) continue;
      const percent = figures.some((m) => m.v.text.includes('%'));
      const gap = (j: number) => (j < k ? c.start - out[j]!.end : out[j]!.start - c.end);
      const candidates = [k - 1, k + 1].filter((j) => j >= 0 && j < out.length).sort((a, b) => gap(a) - gap(b));
      const j = candidates[0];
      if (j === undefined || (candidates.length > 1 && gap(candidates[1]!) <= gap(j) * 1.5)) continue;
      const near = members[j]!;
      if (near.length < 4 || own.some((m) => near.some((n) => n.r === m.r))) continue;
      if (near.filter((n) => n.v.text.includes('%')).length > near.length / 2 !== percent) continue;
      const a = out[Math.min(j, k)]!;
      const b = out[Math.max(j, k)]!;
      const edge = out[j]!;
      const joined: TextColumn = { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end), edgeFrom: edge.edgeFrom, edgeTo: edge.edgeTo };
      out = [...out.slice(0, Math.min(j, k)), joined, ...out.slice(Math.max(j, k) + 1)];
      changed = true;
    }
  }
  return out;
}

