import type { SourceLocation } from '../types.ts';
import { defaultTreeAdapter } from 'parse5';
import { attr, childElements, descendants, isElement, isText, locate, tag, childNodes, type Element, type Node } from './dom.ts';
import { classRule, edgeRule, inlineStyle, leftIndent, type Rule } from './style.ts';
import { inlineRuns, runLines, collapse, flatText } from './inline-text.ts';
import { isChrome, shownNotReadInside } from './chrome.ts';
import { hiddenHow, hiddenInside } from './hidden.ts';
import { figureForm, withoutDirectionalMarks } from './figure-forms.ts';
import { ruleSegments } from './text-tokens.ts';
import { pushTo } from '../grouped.ts';

/** One cell of an HTML table, placed on the table's grid of columns. */
export interface GridCell {
  /** The cell's element; absent for a table laid out in plain text (text-table.ts). */
  el?: Element;
  /** First grid row and column it covers, and how many of each (colspan/rowspan expanded). */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** The printed text on one line: breaks become spaces, superscript digits `¹`. */
  text: string;
  /** The printed lines (split at `<br>` and block boundaries). */
  lines: string[];
  /** Rules drawn on its top and bottom edges (borders, or an `<hr>` under a header). */
  top: Rule;
  bottom: Rule;
  /** All of its text is underlined (`<u>`, `text-decoration`). */
  underlined: boolean;
  bold: boolean;
  /** Left indentation of its text in points: padding, margin, text-indent, leading no-break spaces. */
  indent: number;
  at: SourceLocation;
  /** Text inside the cell hidden from sight, left out of `text` (hidden.ts): what, how, where. */
  hidden?: { text: string; how: string; at: SourceLocation }[];
  /** Text a reader sees in the cell that the import does not read (a <math> formula, a <button>): said where it holds a digit. */
  unread?: { text: string; how: string; at: SourceLocation }[];
}

export interface Grid {
  /** Cells by the row they start in, in column order. */
  rows: GridCell[][];
  /** Every grid position: the cell covering it, or null where the source has no cell. */
  slots: (GridCell | null)[][];
  width: number;
  /** Rows' own elements, for their location. */
  rowElements: Element[];
  /**
   * A header row whose headings no row's figures can be set under (see singleFiguresUnderSpans): the row was left out,
   * so that the figures stand under no heading and are read by nothing, and this says so.
   */
  outOfStep?: { headings: string[]; figures: number; at: SourceLocation };
}

const MAX_SPAN = 1000;
/** The width of a no-break space in points, at a 10pt font. */
const NBSP_POINTS = 2.5;

/**
 * The table's rows in reading order: header group, body groups and loose rows, footer group;
 * nested tables excluded, and rows hidden from sight (hidden.ts), which `hiddenRows` gives.
 */
export function tableRows(table: Element): Element[] {
  return rowGroups(table).filter((tr) => !hiddenRow(tr));
}

/** The rows of the table hidden from sight (by their own style or their group's), with how. */
export function hiddenRows(table: Element): { tr: Element; how: string }[] {
  return rowGroups(table).flatMap((tr) => {
    const how = hiddenRow(tr);
    return how ? [{ tr, how }] : [];
  });
}

function hiddenRow(tr: Element): string | null {
  const group = tr.parentNode as Element;
  return hiddenHow(tr) ?? (tag(group) === 'table' ? null : hiddenHow(group));
}

function rowGroups(table: Element): Element[] {
  const head: Element[] = [];
  const body: Element[] = [];
  const foot: Element[] = [];
  // Pushed one by one: a table of 200,000 rows spread as arguments overflows the stack.
  const add = (to: Element[], group: Element) => {
    for (const e of childElements(group)) if (tag(e) === 'tr') to.push(e);
  };
  for (const child of childElements(table)) {
    const name = tag(child);
    if (name === 'tr') body.push(child);
    else if (name === 'thead') add(head, child);
    else if (name === 'tbody') add(body, child);
    else if (name === 'tfoot') add(foot, child);
  }
  return head.concat(body, foot);
}

export function cellsOf(row: Element): Element[] {
  return childElements(row).filter((e) => tag(e) === 'td' || tag(e) === 'th');
}

/** Does the table hold another table (so it may lay out a page rather than print figures)? */
export function holdsTable(table: Element): boolean {
  for (const el of descendants(table)) if (tag(el) === 'table') return true;
  return false;
}

/** Expands colspan and rowspan into a grid, reading each cell's text, rules and indentation. */
export function buildGrid(table: Element): Grid {
  const rowElements = tableRows(table);
  const out: Pick<Grid, 'outOfStep'> = {};
  const placed = placeCells(rowElements, out);
  const column = columnMap(placed, rowElements.length);
  const slots: (GridCell | null)[][] = rowElements.map(() => []);
  const rows: GridCell[][] = rowElements.map(() => []);
  let next = 0;
  rowElements.forEach((tr, r) => {
    const rowStyle = { el: tr, style: inlineStyle(tr) };
    for (; next < placed.length && placed[next]!.r === r; next++) {
      const p = placed[next]!;
      const c = column(p.c);
      const colSpan = column(p.c + p.colSpan) - c;
      const cell = readCell(p.td, r, c, p.rowSpan, colSpan, rowStyle);
      rows[r].push(cell);
      for (let dr = 0; dr < p.rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) slots[r + dr][c + dc] = cell;
    }
  });
  let width = 0;
  for (const s of slots) width = Math.max(width, s.length);
  for (const s of slots) for (let c = 0; c < width; c++) s[c] ??= null;
  for (const row of rows) typedRules(row);
  for (const row of rows) raisedMarks(row);
  return { rows, slots, width, rowElements, ...out };
}

/** A note mark as a cell of its own prints it: "(10)", "(a)", "1", "*". */
const MARK = /^(?:\(\s*(?:\d{1,2}|[a-z])\s*\)|\d{1,2}|[a-z]|\*{1,3}|[†‡§])$/i;

/**
 * A note mark printed raised in a cell of its own, after a figure (Pfizer's reconciliation:
 * "$ (728)" then a cell holding "(10)" at 4.55pt, `position:relative; top:-2.44pt`, the mark of
 * note (10)), is the figure's mark, not a figure of a column of its own: it is appended to the
 * figure's cell, where ingest reads it as a note mark ("(728)(10)"), and its own cell is left empty.
 */
function raisedMarks(row: GridCell[]): void {
  row.forEach((cell, i) => {
    if (!cell.el || !MARK.test(cell.text) || !isRaised(cell.el)) return;
    const before = row.slice(0, i).findLast((c) => c.text !== '');
    if (!before || !/\d\)?%?$/.test(before.text)) return;
    before.text = `${before.text}${cell.text.replace(/\s+/g, '')}`;
    if (before.lines.length) before.lines[before.lines.length - 1] += cell.text.replace(/\s+/g, '');
    cell.text = '';
    cell.lines = [];
  });
}

/** Every printed character of the cell is inside an element raised by style: `vertical-align: super`, or `position: relative` with a negative `top`. */
function isRaised(td: Element): boolean {
  let printed = false;
  const visit = (node: Node, raised: boolean): boolean => {
    for (const child of childNodes(node)) {
      if (isText(child)) {
        if (child.value.trim() === '') continue;
        printed = true;
        if (!raised) return false;
        continue;
      }
      if (!isElement(child)) continue;
      const style = inlineStyle(child);
      const up = raised || /^(super|top)$/.test(style.get('vertical-align') ?? '') || tag(child) === 'sup' || (style.get('position') === 'relative' && /^-\d/.test(style.get('top') ?? ''));
      if (!visit(child, up)) return false;
    }
    return true;
  };
  return visit(td, false) && printed;
}

interface Placed {
  td: Element;
  r: number;
  c: number;
  rowSpan: number;
  colSpan: number;
}

/**
 * Where each cell sits on the grid, colspan and rowspan expanded as HTML lays them out: a cell
 * takes the first column of its row that no cell above spans into. What rows above span into
 * is kept as intervals, not slots, so the cost follows the cells, not their spans.
 */
function placeCells(rowElements: Element[], out: Pick<Grid, 'outOfStep'>): Placed[] {
  const placed: Placed[] = [];
  const taken: [number, number][][] = rowElements.map(() => []);
  rowElements.forEach((tr, r) => {
    const spans = taken[r]!.sort((a, b) => a[0] - b[0]);
    let c = 0;
    let k = 0;
    for (const td of cellsOf(tr)) {
      if (takesNoColumn(td)) continue;
      for (; k < spans.length && spans[k]![0] <= c; k++) c = Math.max(c, spans[k]![1]);
      const colSpan = span(attr(td, 'colspan'));
      const rowSpanAttr = attr(td, 'rowspan');
      const rowSpan = rowSpanAttr?.trim() === '0' ? rowElements.length - r : Math.min(span(rowSpanAttr), rowElements.length - r);
      placed.push({ td, r, c, rowSpan, colSpan });
      for (let dr = 1; dr < rowSpan; dr++) taken[r + dr]!.push([c, c + colSpan]);
      c += colSpan;
    }
  });
  figuresOnlyRows(placed, taken);
  return labelsHoldingFigures(singleFiguresUnderSpans(placed, out), taken);
}

/**
 * Headings spanning two columns each over rows that print one figure under each: a PDF converter writes FESCO's
 * highlights (3Q 2022/23) as "3rd Quarter 3months ended 31-Dec-22" (colspan 2), "… 31-Dec-21" (colspan 2), "Growth %" and
 * "Difference +/-" over a row of empty headings, then rows of a label and six cells, "6,713,364,582 | 3,675,462,444 |
 * 82.65% | 3,037,902,138 | | ": one figure for each heading, the last two cells empty in every row. Read on the grid,
 * the 2021 quarter's figure stood under the 2022 quarter's heading and the growth under the 2021 quarter's. Each
 * heading is set over one column, the n-th figure under the n-th heading, only where: the headings are one row (the
 * rows under it down to the figures print nothing), one of them spans columns, every row of figures is a label and cells
 * of one column each, no row prints a figure past the n-th cell, and some row prints one in the n-th (so that the rows
 * print as many figures as there are headings, fewer than the columns the headings span).
 *
 * Where the rows print fewer figures than there are headings, and fewer cells than the columns the headings span, no
 * reading sets each figure under its heading: FESCO's year-to-date highlights print ten headings ("3rd Quarter YTD ended
 * 31-Dec-22" and "… 31-Dec-21" and "12 months ended 31-Mar-22" spanning two columns each, "Audited" beside the last
 * over no figure of its own) over rows of nine figures, which grid and heading by heading both misplace from the
 * sixth on (the year to March's 12,671,115,147 under "Audited", its growth 58.95% under the year). The header row is
 * left out, so that the figures stand under no heading and are read by nothing, and `out.outOfStep` says so.
 */
function singleFiguresUnderSpans(placed: Placed[], out: Pick<Grid, 'outOfStep'>): Placed[] {
  const byRow = new Map<number, Placed[]>();
  for (const p of placed) pushTo(byRow, p.r, p);
  const text = (p: Placed) => flatText(p.td).trim();
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const firstBody = rows.find((r) => byRow.get(r)!.some((p) => tag(p.td) === 'td' && /\d/.test(text(p))));
  if (firstBody === undefined || firstBody === rows[0]) return placed;
  const top = byRow.get(rows[0]!)!;
  const heads = top.slice(1);
  if (top[0]!.c !== 0 || top[0]!.colSpan !== 1 || heads.length < 2 || !heads.some((p) => p.colSpan > 1) || heads.some((p) => text(p) === '')) return placed;
  const under = rows.filter((r) => r > rows[0]! && r < firstBody);
  if (under.some((r) => byRow.get(r)!.some((p) => text(p) !== ''))) return placed;
  const k = heads.length;
  const width = Math.max(...placed.map((p) => p.c + p.colSpan));
  if (k >= width - 1) return placed;
  let fills = false;
  let figures = 0;
  let fitsGrid = false;
  for (const r of rows.filter((r) => r >= firstBody)) {
    const cells = byRow.get(r)!;
    if (cells[0]!.c !== 0 || cells.some((p) => p.colSpan !== 1 || p.rowSpan !== 1)) return placed;
    if (cells.at(-1)!.c + 1 >= width) fitsGrid = true;
    const last = cells.findLast((p) => text(p) !== '');
    if (!last) continue;
    if (last.c > k) return placed;
    if (last.c === k && /\d/.test(text(last))) fills = true;
    if (/\d/.test(text(last))) figures = Math.max(figures, last.c);
  }
  if (!fills) {
    if (fitsGrid || figures < 2) return placed;
    out.outOfStep = { headings: heads.map(text), figures, at: locate(heads[0]!.td) };
    return placed.filter((p) => p.r !== rows[0]! || p === top[0]).filter((p) => !under.includes(p.r));
  }
  heads.forEach((p, i) => {
    p.c = i + 1;
    p.colSpan = 1;
  });
  // The empty headings under them and the empty cells past the n-th stood for columns the table does not print.
  return placed.filter((p) => !under.includes(p.r) && (p.r < firstBody || p.c <= k));
}

/** An amount as a figure cell prints it, with a thousands separator or in parentheses, or a nil mark: "4,022,960", "(467)", "-". */
const AMOUNT_CELL = /^(?:\(?[-−–]?\s?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?|\(\d+(?:\.\d+)?\)|[-−–—])$/;

/**
 * A row of figures only, one cell short, that opens with a figure where the table's rows print their labels, has lost
 * its label cell, not its last figure: a PDF converter writes CAC 2000's unlabelled cash-flow subtotal as
 * "<td>(4,879,713)</td><td>12,926,300</td><td>(1,681,133)</td>" under rows of a label and three figures, and Jamaica
 * Broilers' total of its discontinued operations as "- | (467) | (1,112,004) | (73,712)" under rows of five cells. Read
 * from the left, each figure sat a column early and the first was a label (unseen s16, class B). The first must be an
 * amount as no label prints it (separated thousands, parentheses, a nil mark), the others figures. Its cells are set flush
 * right, the label left empty: only where no row above spans into it, every cell is one, and no fewer rows of the table
 * print a label in their first cell than a figure.
 */
function figuresOnlyRows(placed: Placed[], taken: [number, number][][]): void {
  const byRow = new Map<number, Placed[]>();
  for (const p of placed) pushTo(byRow, p.r, p);
  const firstTexts = [...byRow.values()].map((cells) => flatText(cells[0]!.td).trim()).filter((t) => t !== '');
  const isLabel = (t: string) => !AMOUNT_CELL.test(t) && /\p{L}/u.test(t);
  if (firstTexts.filter(isLabel).length < firstTexts.filter((t) => AMOUNT_CELL.test(t)).length) return;
  // Where the rows of a label and figures end (a heading spanning the table may end further right).
  const ends = new Map<number, number>();
  for (const cells of byRow.values()) {
    if (cells.length < 2 || !isLabel(flatText(cells[0]!.td).trim()) || !cells.slice(1).some((p) => AMOUNT_CELL.test(flatText(p.td).trim()))) continue;
    const end = cells.at(-1)!.c + cells.at(-1)!.colSpan;
    ends.set(end, (ends.get(end) ?? 0) + 1);
  }
  const width = [...ends].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (width === undefined) return;
  for (const [r, cells] of byRow) {
    const end = cells.at(-1)!.c + cells.at(-1)!.colSpan;
    if (end >= width || taken[r]!.length > 0 || cells.some((p) => p.rowSpan > 1 || tag(p.td) !== 'td')) continue;
    const texts = cells.map((p) => flatText(p.td).trim());
    if (!AMOUNT_CELL.test(texts[0]!) || !texts.every((t) => AMOUNT_CELL.test(t) || /^\d+(?:\.\d+)?$/.test(t)) || texts.filter((t) => /\d/.test(t)).length < 2) continue;
    for (const p of cells) p.c += width - end;
  }
}

/**
 * A label cell that holds the row's first figure after a line break, in a row one cell short: a PDF converter writes
 * NCB's 3Q22 statement of income "<td><b>NET PROFIT</b><br>10,594,138</td><td>9,907,279</td>…", four cells of figures
 * under five periods, every line so. Read as printed, "NET PROFIT 10,594,138" is the label and each figure a column
 * early. The figure after the break is the first column's: the cell is split in two, the figure its own cell (moved
 * out of the label's element into a new one beside it), and the row's other cells move one column right. Only where the
 * table's widest row of two cells or more ends one column further right, the label holds letters before the break,
 * and every other cell of the row is a figure or a nil.
 */
function labelsHoldingFigures(placed: Placed[], taken: [number, number][][]): Placed[] {
  const byRow = new Map<number, Placed[]>();
  for (const p of placed) pushTo(byRow, p.r, p);
  // The table's width: its widest row of cells (the header's periods, where every row of figures is short).
  let width = 0;
  for (const cells of byRow.values()) if (cells.length >= 2) width = Math.max(width, cells.at(-1)!.c + cells.at(-1)!.colSpan);
  const added: Placed[] = [];
  for (const [r, cells] of byRow) {
    const first = cells[0]!;
    const end = cells.at(-1)!.c + cells.at(-1)!.colSpan;
    if (end !== width - 1 || first.c !== 0 || first.colSpan !== 1 || taken[r]!.length > 0 || cells.some((p) => p.rowSpan > 1)) continue;
    if (!cells.slice(1).every((p) => AMOUNT_CELL.test(flatText(p.td).trim()) || /^\(?\d+(?:\.\d+)?\)?$/.test(flatText(p.td).trim()))) continue;
    const kids = childNodes(first.td);
    const br = kids.findLastIndex((n) => isElement(n) && tag(n) === 'br');
    if (br <= 0) continue;
    const before = kids.slice(0, br);
    const after = kids.slice(br + 1);
    const figure = after.map((n) => (isText(n) ? n.value : flatText(n))).join('').trim();
    const label = before.map((n) => (isText(n) ? n.value : flatText(n))).join('').trim();
    if (!AMOUNT_CELL.test(figure) || !/\p{L}/u.test(label)) continue;
    const td = defaultTreeAdapter.createElement(tag(first.td), first.td.namespaceURI, []);
    td.sourceCodeLocation = first.td.sourceCodeLocation;
    for (const n of [kids[br]!, ...after]) defaultTreeAdapter.detachNode(n as Parameters<typeof defaultTreeAdapter.detachNode>[0]);
    for (const n of after) defaultTreeAdapter.appendChild(td, n as Parameters<typeof defaultTreeAdapter.appendChild>[1]);
    const tr = first.td.parentNode!;
    const siblings = childNodes(tr);
    const next = siblings[siblings.indexOf(first.td) + 1];
    if (next) defaultTreeAdapter.insertBefore(tr as Element, td, next as Parameters<typeof defaultTreeAdapter.insertBefore>[2]);
    else defaultTreeAdapter.appendChild(tr as Element, td);
    for (const p of cells.slice(1)) p.c += 1;
    added.push({ td, r, c: 1, rowSpan: 1, colSpan: 1 });
  }
  if (added.length === 0) return placed;
  headingsOverSplitRows(byRow, Math.min(...added.map((p) => p.r)), width, taken);
  return [...placed, ...added].sort((a, b) => a.r - b.r || a.c - b.c);
}

/**
 * The heading row of such a table lost its empty label cell the same way: NCB's statement of income heads its five
 * columns of figures "<th>Quarter ended June 30<br>$'000</th><th>Quarter ended March 31<br>$'000</th>…", five cells
 * from the left edge under "CURRENT YEAR" (colspan 4, the label column and three) and "PRIOR YEAR" (colspan 2). Read from
 * the left, the first heading named the labels and each other sat a column early, so that the quarter to June 2022 was
 * headed "Quarter ended March 31". A heading row above the first split row, one cell short of the table's width, each
 * cell one column and none empty or a figure, is set one column right, its label cell left empty: the table's rows of
 * figures are known to have lost their first cell, and a heading over the labels is never printed in every column.
 * A spanning heading over them that opens at the left edge, in a row of headings as wide as the table ("CURRENT YEAR",
 * colspan 4, beside "PRIOR YEAR", colspan 2), heads the columns of figures it reaches, not the labels: it starts at the
 * first of them, so that "CURRENT YEAR" heads the three current-year columns and the label column no heading.
 */
function headingsOverSplitRows(byRow: Map<number, Placed[]>, firstSplit: number, width: number, taken: [number, number][][]): void {
  for (const [r, cells] of byRow) {
    if (r >= firstSplit || taken[r]!.length > 0) continue;
    const end = cells.at(-1)!.c + cells.at(-1)!.colSpan;
    const first = cells[0]!;
    const headings = cells.map((p) => flatText(p.td).trim()).every((t) => t !== '' && !AMOUNT_CELL.test(t) && /\p{L}/u.test(t));
    if (cells.length >= 2 && first.c === 0 && first.colSpan >= 2 && first.rowSpan === 1 && end === width && headings) {
      first.c = 1;
      first.colSpan -= 1;
      continue;
    }
    if (cells[0]!.c !== 0 || end !== width - 1 || cells.length !== width - 1 || cells.some((p) => p.colSpan !== 1 || p.rowSpan !== 1)) continue;
    const texts = cells.map((p) => flatText(p.td).trim());
    if (texts.some((t) => t === '' || AMOUNT_CELL.test(t) || !/\p{L}|\d/u.test(t))) continue;
    for (const p of cells) p.c += 1;
  }
}

/**
 * An empty cell not displayed (`display: none`, the `hidden` attribute) is no column of the row, as a
 * browser lays the table out: Wells Fargo's Workiva tables print four such cells of colspan 3 in
 * some rows only, and counted, they set "Sep 30, 2021" twelve columns right of the change column it
 * heads. A hidden cell that holds text keeps its place, so that what it hides is said (hiddenOf).
 */
function takesNoColumn(td: Element): boolean {
  const how = hiddenHow(td);
  return (how === 'display: none' || how === 'the hidden attribute') && flatText(td) === '';
}

/** Above this many grid positions, a grid much larger than its cells is drawn with its columns merged. */
const LARGE_GRID = 200_000;

/**
 * The grid column of each column edge. Spans of hundreds (legal HTML: colspan up to 1,000)
 * over a few cells would make a grid of millions of positions; there, columns that no cell's
 * edge separates are one column (every cell covers all of them or none, so nothing is read
 * otherwise). A table of ordinary size keeps its columns as printed.
 */
function columnMap(placed: Placed[], rowCount: number): (edge: number) => number {
  let width = 0;
  for (const p of placed) width = Math.max(width, p.c + p.colSpan);
  if (width * rowCount <= LARGE_GRID || width * rowCount <= 8 * (placed.length + rowCount)) return (edge) => edge;
  const edges = new Set<number>([0]);
  for (const p of placed) {
    edges.add(p.c);
    edges.add(p.c + p.colSpan);
  }
  const index = new Map([...edges].sort((a, b) => a - b).map((e, i) => [e, i]));
  return (edge) => index.get(edge)!;
}

/**
 * A row whose every printed cell is a rule typed as text ("--------", "========"), as filings
 * converted from typewritten text draw them, is a row of rules like one of `<hr>`s: its cells
 * hold no text and draw a rule (double for "="). Only a whole row: a cell of dashes in a row
 * with a label or a figure is a nil ("----" beside "55,647").
 */
function typedRules(row: GridCell[]): void {
  const inked = row.filter((c) => c.text !== '');
  const rules = inked.map((c) => ruleSegments(c.text));
  if (inked.length === 0 || rules.some((r) => r === null)) return;
  inked.forEach((cell, i) => {
    cell.bottom = rules[i]!.some((s) => s.kind === 'double') ? 'double' : 'single';
    cell.text = '';
    cell.lines = [];
    cell.underlined = false;
    cell.bold = false;
  });
}

function span(value: string | null): number {
  const n = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

function readCell(td: Element, row: number, col: number, rowSpan: number, colSpan: number, rowStyle: { el: Element; style: Map<string, string> }): GridCell {
  const style = inlineStyle(td);
  // A table inside the cell is read as a table of its own (blocks.ts), not as the cell's text.
  // A cell hidden from sight prints nothing (its text is said as hidden, hiddenOf).
  const runs = hiddenHow(td) ? [] : inlineRuns(td, { bold: tag(td) === 'th', underline: false, superscript: false }, [], false);
  // A figure printed in other characters (full-width, Arabic-Indic, grouped by thin spaces) is read
  // as the figure it is before anything looks at the row, so its "$" cell joins it (figure-forms.ts).
  const lines = runLines(runs).map((l) => figureForm(withoutDirectionalMarks(l.text)));
  const inked = runs.filter((r) => !r.br && collapse(r.text) !== '');
  let top = edgeRule(style, 'top');
  let bottom = edgeRule(style, 'bottom');
  if (top === 'none') top = classRule(td, 'top');
  if (bottom === 'none') bottom = classRule(td, 'bottom');
  if (top === 'none') top = edgeRule(rowStyle.style, 'top');
  if (bottom === 'none') bottom = edgeRule(rowStyle.style, 'bottom');
  if (top === 'none') top = classRule(rowStyle.el, 'top');
  if (bottom === 'none') bottom = classRule(rowStyle.el, 'bottom');
  // Old EDGAR filings draw the rule under a column header with an <hr> inside the cell.
  if (bottom === 'none' && hasRuleElement(td)) bottom = 'single';
  return {
    el: td,
    row,
    col,
    rowSpan,
    colSpan,
    text: figureForm(collapse(lines.join(' '))),
    lines,
    top,
    bottom,
    underlined: inked.length > 0 && inked.every((r) => r.underline),
    bold: inked.length > 0 && inked.every((r) => r.bold),
    indent: textIndent(td),
    at: locate(td),
    ...hiddenOf(td),
    ...unreadOf(td),
  };
}

function unreadOf(td: Element): { unread?: GridCell['unread'] } {
  const found = shownNotReadInside(td);
  return found.length > 0 ? { unread: found.map((h) => ({ text: h.text, how: h.how, at: locate(h.el) })) } : {};
}

function hiddenOf(td: Element): { hidden?: GridCell['hidden'] } {
  const how = hiddenHow(td);
  if (how) {
    const text = collapse(inlineRuns(td, undefined, [], false).map((r) => (r.br ? ' ' : r.text)).join(''));
    return text ? { hidden: [{ text, how, at: locate(td) }] } : {};
  }
  const found = hiddenInside(td, false);
  return found.length > 0 ? { hidden: found.map((h) => ({ text: h.text, how: h.how, at: locate(h.el) })) } : {};
}

function hasRuleElement(td: Element): boolean {
  for (const el of descendants(td, (e) => tag(e) === 'table')) if (tag(el) === 'hr') return true;
  return false;
}

/**
 * How far the cell's text starts from its left edge, in points: the cell's padding, then
 * the margins, padding and text-indent of the blocks down to the first text, then the
 * no-break spaces that open the text.
 */
function textIndent(td: Element): number {
  let points = leftIndent(td);
  let node: Node = td;
  for (;;) {
    const next: Node | undefined = childNodes(node).find((n) => (isText(n) ? n.value.trim() !== '' : isElement(n) && !isChrome(n, true, true)));
    if (!next || !isElement(next)) break;
    points += leftIndent(next);
    node = next;
  }
  const first = firstText(td);
  const lead = /^[ \t\n\r]*([\u00a0 ]*)/.exec(first)?.[1] ?? '';
  const nbsp = lead.startsWith('\u00a0') ? lead.length : 0;
  return points + nbsp * NBSP_POINTS;
}

function firstText(node: Node): string {
  for (const child of childNodes(node)) {
    if (isText(child)) {
      if (child.value.replace(/[ \t\n\r]/g, '') !== '') return child.value;
    } else if (isElement(child) && !isChrome(child, true, true)) {
      const t = firstText(child);
      if (t) return t;
    }
  }
  return '';
}
