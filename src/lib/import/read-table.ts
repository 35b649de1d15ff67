import type { SourceLocation } from '../types.ts';
import { childElements, locate, tag, type Element } from './dom.ts';
import { buildGrid, cellsOf, hiddenRows, type Grid, type GridCell } from './table-grid.ts';
import { heldText } from './hidden.ts';
import { joinRanges, rowItems, type Item } from './row-items.ts';
import { assignColumns } from './table-columns.ts';
import { TotalMarks } from './total-marks.ts';
import { indentLevels, type LabelIndent } from './indent-levels.ts';
import { isApproximation, isCurrencySymbol, isFootnoteText, isOpener, isUnauditedNote, isUnitStatement, isValueText, isYear } from './cell-text.ts';
import { flatText } from './inline-text.ts';
import { messages } from './messages.ts';
import { noteLetters } from '../note-marks.ts';
import { spreadPackedHeadings } from './packed-headings.ts';
import { ungluedTitle } from './glued-title.ts';
import { pairedHeadings } from './paired-columns.ts';
import { pushTo } from '../grouped.ts';

/** A table as the release text prints it (see ARCHITECTURE.md, "The release text"). */
export interface TableText {
  /** Title block: headings and unit statement printed above or inside the table. */
  title: string[];
  /** Header lines: one text per column (the label column excluded). */
  header: string[][];
  /** Rows: the label (indented two spaces a level), then one cell per column. */
  rows: string[][];
  /** Footnotes printed as rows of the table, written as prose after it. */
  notes: string[];
  at: SourceLocation;
  /** The problem said of a table printing no header (it may continue the table before it: continued-tables.ts). */
  headerless?: TableIssue;
}

export interface TableIssue {
  at: SourceLocation;
  message: string;
}

export interface BodyRow {
  kind: 'row';
  r: number;
  label: string;
  indent: LabelIndent;
  items: Item[];
}
export interface RuleRow {
  kind: 'rule';
  r: number;
  cells: GridCell[];
}

export interface Segment {
  title: string[];
  headerRows: number[];
  bodyStart: number;
  /** Last grid row of the segment. */
  end: number;
  body: (BodyRow | RuleRow)[];
  notes: string[];
  /**
   * Each heading's span is printed (a fixed-width heading sits over the columns it covers):
   * no heading was packed to the left by a converter, so none is spread or doubted.
   */
  spansPrinted?: boolean;
  /** Headings a converter packed left into the label zone, beside headings of their kind over the values. */
  headingsLeft?: GridCell[];
  /**
   * Headings that start in the label zone and reach over the values: a heading centred over a
   * spacer column and its figure's ("| | DECEMBER 31, 2021 (two cells) | | DECEMBER 31, 2020 |"
   * over "| Investment banking | | | $ 14,168 |"), the figure's heading, not a label.
   */
  headingsAcross?: GridCell[];
}

/**
 * What the table holds that no reader sees (hidden.ts), left out and said: its hidden rows, once
 * with how many figures they hold; text hidden inside a cell where a figure is or could be made
 * ("1" hidden before "5,931"), at its place, since the figure read is not the markup's.
 */
function hiddenIssues(table: Element, grid: Grid, issues: TableIssue[]): void {
  const rows = hiddenRows(table).filter((h) => heldText(h.tr) !== '');
  if (rows.length > 0) {
    const figures = rows.reduce((n, h) => n + cellsOf(h.tr).filter((td) => isValueText(heldText(td))).length, 0);
    issues.push({ at: locate(rows[0]!.tr), message: messages.hiddenRows(rows.length, figures, rows[0]!.how) });
  }
  for (const row of grid.rows) {
    for (const cell of row) {
      for (const h of cell.hidden ?? []) {
        if (/\d/.test(h.text) || /\d/.test(cell.text)) issues.push({ at: h.at, message: messages.hiddenInCell(h.text, h.how, cell.text) });
      }
      for (const u of cell.unread ?? []) {
        if (/\d/.test(u.text)) issues.push({ at: u.at, message: messages.unreadInCell(u.text, u.how, cell.text) });
      }
    }
  }
}

const inked = (cells: GridCell[]) => cells.filter((c) => c.text !== '');
const lastCol = (c: GridCell) => c.col + c.colSpan - 1;

/**
 * Reads one HTML table as the release text's tables: the title block, header lines and
 * rows, with spacer columns collapsed, `$` and `)` cells joined to their figures, totals
 * marked and labels indented. A footnote row followed by a header that differs starts a
 * new table. Returns null for a table that holds no figures (it lays text out).
 */
export function readTable(table: Element): { tables: TableText[]; issues: TableIssue[] } | null {
  const grid = buildGrid(table);
  const boundary = labelBoundary(grid);
  if (boundary === null) return null;
  const issues: TableIssue[] = [];
  const at = locate(table);
  hiddenIssues(table, grid, issues);

  // A heading in a cell that starts past the label column and spans over the values (centred over
  // the spacer column before its figures) heads them, in a header line printing no figure: beside
  // other headings over the values ("December 31, 2021 | September 30, 2021"), or alone on its line
  // when it names a period ("Year Ended" over "December 31, 2021 | December 31, 2020", U.S. Bancorp
  // 4Q21), at the top of a table or over a block inside it. Read as a label, the block's columns
  // lost their heading, or the heading became the table's title and its years instants.
  const headingCells = (row: GridCell[]) => {
    const ink = inked(row);
    if (ink.some((c) => isValueText(c.text) && !isYear(c.text))) return [];
    const across = ink.filter((c) => c.col > 0 && c.col < boundary && lastCol(c) >= boundary);
    if (across.length === 0) return [];
    if (ink.some((c) => c.col >= boundary)) return across;
    return across.length === 1 && ink.length === 1 && PERIOD_PHRASE.test(across[0].text) ? across : [];
  };
  const split = (row: GridCell[]) => {
    const across = headingCells(row);
    return { label: inked(row).filter((c) => c.col < boundary && !across.includes(c)), values: inked(row).filter((c) => c.col >= boundary || across.includes(c)) };
  };
  const isDataRow = (r: number) => rowItems(split(grid.rows[r]).values).some((i) => isValueText(i.text) && !isYear(i.text));
  const firstData = grid.rows.findIndex((_, r) => isDataRow(r));
  // Cells past the label column but no row printing a figure ("(65" never closed, a lone "$"): it lays out text.
  if (firstData < 0) return null;

  // The top: title rows, header rows, and a label printed beside the header ("ASSETS").
  const title: string[] = captionOf(table);
  const headerRows: number[] = [];
  const headingsLeft: GridCell[] = [];
  const headingsAcross: GridCell[] = [];
  const lead: BodyRow[] = [];
  let bodyStart = firstData;
  for (let r = 0; r < firstData; r++) {
    const { label: inLabel, values: overValues } = split(grid.rows[r]);
    // A cell past the first column whose span reaches over the values is a heading over them
    // (centred over the spacer column before its figures), when the line heads other columns too.
    const across = overValues.length > 0 ? inLabel.filter((c) => c.col > 0 && lastCol(c) >= boundary) : [];
    const label = inLabel.filter((c) => !across.includes(c));
    const values = [...across, ...overValues];
    headingsAcross.push(...across, ...headingCells(grid.rows[r]));
    if (label.length === 0 && values.length === 0) continue;
    const labelLines = label.flatMap((c) => c.lines);
    if (values.length === 0) {
      if (headerRows.length === 0 || labelLines.every((t) => isUnitStatement(t) || isUnauditedNote(t))) title.push(...labelLines);
      else {
        bodyStart = r;
        break;
      }
      continue;
    }
    // A unit statement over the values, once or over each group of columns ("(dollars in
    // thousands)" under each of three dates), is the table's, as above it.
    if (values.every((v) => v.lines.every((t) => isUnitStatement(t) || isUnauditedNote(t)))) {
      title.push(...labelLines, ...new Set(values.flatMap((v) => v.lines)));
      continue;
    }
    headerRows.push(r);
    const above = headerRows.length >= 2 ? split(grid.rows[headerRows.at(-2)!]).values.length : 0;
    for (const cell of label) {
      if (isPackedLeftHeading(cell, label, values) || isShiftedHeading(cell, label, values, above)) {
        headingsLeft.push(cell);
        continue;
      }
      const titleLike = cell.lines.every((t) => isUnitStatement(t) || isUnauditedNote(t) || PERIOD_PHRASE.test(t));
      const titled = headerRows.length === 1 ? titleWithUnit(cell.text) : null;
      if (titleLike) title.push(...cell.lines);
      else if (titled) title.push(...titled);
      else lead.push({ kind: 'row', r, label: cell.text, indent: { col: cell.col, points: cell.indent }, items: [] });
    }
  }
  let headerless: TableIssue | undefined;
  if (grid.outOfStep) issues.push({ at: grid.outOfStep.at, message: messages.headingsOutOfStep(grid.outOfStep.headings.length, grid.outOfStep.figures) });
  else if (headerRows.length === 0) {
    const first = grid.rows[firstData].find((c) => c.text !== '') ?? null;
    headerless = { at: first?.at ?? at, message: messages.tableWithoutHeader(first?.text ?? '') };
    issues.push(headerless);
  }

  // Title lines a wire copy glued together ("… INC.Condensed … Sheets(Amounts in thousands …)") parted as printed.
  title.splice(0, title.length, ...title.flatMap(ungluedTitle));

  // The body, cut where a footnote row is followed by a different header.
  const unit = title.find(isUnitStatement);
  const segments: Segment[] = [{ title, headerRows, bodyStart, end: grid.rows.length - 1, body: [...lead], notes: [], headingsLeft, headingsAcross }];
  let seg = segments[0];
  let recentNotes: string[] = [];
  const headerText = (rows: number[]) => rows.map((r) => inked(grid.rows[r]).map((c) => c.text).join('\t')).join('\n');
  const headerLike = (r: number) => {
    const { label, values } = split(grid.rows[r]);
    const items = rowItems(values);
    if (items.length === 0 || !items.every((i) => (!isValueText(i.text) || isYear(i.text)) && !isAnnotatedFigure(i.text))) return false;
    // A row printing a header row of the segment again, cell for cell ("30 September | 2016 | 2015" over a
    // second block of the table), is that header, whatever its corner says: its years are no figures.
    if (seg.headerRows.some((h) => headerText([h]) === headerText([r]))) return true;
    return label.every((c) => isUnitStatement(c.text)) || (isStatementTitle(label) && items.every((i) => isPeriodHeading(i.text)));
  };
  // The years under span phrases that name none ("Three Months Ended December 31, | Year Ended December 31," over
  // "Reconciliation to EBITDA and Adjusted EBITDA: | 2024 | 2023 | 2024 | 2023", Avient's wire copy), with the next
  // table's title in their label cell: the header goes on, and the label is that table's title. Read as a row, its
  // years were figures and the spans alone headed (and misplaced) the columns.
  // So are the column headings under a dated span ("Three Months Ended March 31, 2024" over "Reconciliation to …
  // Statements of Income | $ | EPS(1)": the amount and the per-share figure of that quarter).
  const yearsUnderSpans = (above: number[], r: number) => {
    const items = rowItems(split(grid.rows[r]).values);
    const spans = above.flatMap((h) => rowItems(split(grid.rows[h]).values).map((i) => i.text));
    if (items.length < 2 || !spans.some((t) => PERIOD_PHRASE.test(t))) return false;
    if (items.every((i) => isYear(i.text))) return !spans.some((t) => isYear(t) || /\b(?:19|20)\d\d\b/.test(t));
    return items.every((i) => isColumnHeading(i.text)) && items.some((i) => /[A-Za-z]{2}/.test(i.text));
  };
  const hasData = () => seg.body.some((b) => b.kind === 'row' && b.items.length > 0);
  for (let r = bodyStart; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    const { label, values } = split(row);
    if (label.length === 0 && values.length === 0) {
      seg.body.push({ kind: 'rule', r, cells: row });
      continue;
    }
    if (hasData() && headerLike(r)) {
      const repeat: number[] = [];
      let k = r;
      for (; k < grid.rows.length; k++) {
        if (inked(grid.rows[k]).length === 0) continue;
        if (!headerLike(k) && !(repeat.length > 0 && yearsUnderSpans(repeat, k))) break;
        repeat.push(k);
      }
      // A header printed again after a footnote starts the footnote's table; printed again
      // as it was with nothing between, it only repeats the header over a page break.
      if (recentNotes.length > 0 || headerText(repeat) !== headerText(seg.headerRows)) {
        seg.end = r - 1;
        const named = repeat.flatMap((h) => split(grid.rows[h]).label.filter((c) => !isUnitStatement(c.text)).map((c) => c.text));
        // A heading inside the table that names no period, straight after figures ("Average Variable Transaction Fee
        // Per Million" over MarketAxess's two quarters, under "Three Months Ended | March 31, | 2020 2019"), names what
        // the next block measures: its columns stay the periods the header above dates. Written alone, its figures had none.
        const namesPeriod = (h: number) => rowItems(split(grid.rows[h]).values).some((i) => isPeriodHeading(i.text));
        const periodRows = recentNotes.length === 0 && !repeat.some(namesPeriod) ? seg.headerRows.filter(namesPeriod) : [];
        const next: Segment = { title: [...recentNotes, ...named, ...(unit ? [unit] : [])], headerRows: [...periodRows, ...repeat], bodyStart: k, end: grid.rows.length - 1, body: [], notes: [], headingsAcross: repeat.flatMap((h) => headingCells(grid.rows[h])) };
        recentNotes = [];
        segments.push(next);
        seg = next;
      }
      r = k - 1;
      continue;
    }
    const items = rowItems(values);
    const text = label.map((c) => c.text).join(' ');
    // A footnote mark printed in a row of its own between the header and the first figures
    // ("*" over "March 31, 2022", "* Ratios estimated" under the table) marks the heading left of it.
    if (text === '' && !hasData() && seg.headerRows.length > 0 && items.length > 0 && items.every((i) => /^(?:\*+|†+|‡+|§)$/.test(i.text))) {
      const heads = inked(grid.rows[seg.headerRows.at(-1)!]);
      for (const item of items) {
        const head = heads.filter((c) => c.col <= item.start && c.col >= boundary).at(-1);
        if (head) head.text = `${head.text}${item.text}`;
        else seg.body.push({ kind: 'row', r, label: text, indent: { col: boundary, points: 0 }, items: [item] });
      }
      continue;
    }
    if (items.length === 0 && isFootnoteText(text)) {
      recentNotes.push(text);
      continue;
    }
    seg.notes.push(...recentNotes);
    recentNotes = [];
    const first = label[0];
    seg.body.push({ kind: 'row', r, label: text, indent: { col: first?.col ?? boundary, points: first?.indent ?? 0 }, items });
  }
  seg.notes.push(...recentNotes);

  const tables = segments.map((s) => writeSegment(grid, s, boundary, issues, at)).filter((t): t is TableText => t !== null);
  if (headerless && tables[0] && tables[0].header.length === 0) tables[0].headerless = headerless;
  if (grid.outOfStep) for (const t of tables) headingsBeside(t, grid.outOfStep.headings);
  return { tables, issues };
}

/**
 * A table whose headings are out of step with its figures (table-grid.ts) written with its headings as printed, in
 * columns of their own after the figures': every figure stands under no heading, so that the ingest reads none and
 * says each unread where release.txt prints it (the page lists them), and the headings are there for a reader to set
 * over their figures. Written with no header, its rows read on under the header of the table before it.
 */
function headingsBeside(table: TableText, headings: string[]): void {
  const width = Math.max(0, ...table.rows.map((r) => r.length - 1), ...table.header.map((h) => h.length));
  table.header = [[...Array<string>(width).fill(''), ...headings]];
  table.rows = table.rows.map((r) => [...r, ...Array<string>(width + 1 + headings.length - r.length).fill('')]);
}

/**
 * A figure with words after it, printed under the row it qualifies ("20.6% before
 * acquisitions (2)" under "As % of sales 20.5%"): a cell of the body, not a heading printed
 * again. Only a percentage or a figure with decimals counts: a heading may open with a count
 * ("3 Months Ended").
 */
function isAnnotatedFigure(text: string): boolean {
  return /^[+\-−–]?\(?(?:[$€£]\s*)?(?:\d[\d,]*\.\d+\s*%?|\d[\d,]*\s*%)\)?\s+[A-Za-z]/.test(text.trim());
}

/**
 * A period heading a converter packed left past the first value column into the label zone
 * ("| | Three Months Ended December 31, | | Six Months Ended December 31, |" over figures that start
 * in the third cell; a year beside years): not in the label column, the label column beside it empty
 * or holding the unit statement, and a heading of its kind printed over the values beside it. It heads values, as its sibling does; read as the
 * table's title, the first period would be lost and the second spread over every column.
 */
function isPackedLeftHeading(cell: GridCell, label: GridCell[], values: GridCell[]): boolean {
  // A year printed in the label cell itself, alone there, over a line of years: the line lost its first cell ("| 2024 | | 2023 | | | 2024 |").
  if (cell.col === 0) return isYear(cell.text) && label.length === 1 && values.length > 0 && values.every((v) => isYear(v.text));
  // The label cell beside it may hold what heads the table, not a line of it: its unit statement, or the date the
  // whole table is as at (Precision Drilling's contracts, "| As at February 12, 2025 | Average for the quarter ended 2024 |").
  if (label.some((c) => c.col === 0 && !isUnitStatement(c.text) && !isUnauditedNote(c.text) && !AS_AT.test(c.text))) return false;
  if (isUnitStatement(cell.text)) return false;
  // A year beside years over the values ("| (In thousands …) | | 2024 | | 2023 |" over figures from the fourth cell),
  // change headings perhaps among them (Precision Drilling's "| | 2024 | | 2023 | | % Change |" over figures from the third).
  if (isYear(cell.text)) return values.some((v) => isYear(v.text)) && values.every((v) => isYear(v.text) || !isPeriodHeading(v.text));
  if (PERIOD_PHRASE.test(cell.text) && values.some((v) => PERIOD_PHRASE.test(v.text) && !isUnitStatement(v.text))) return true;
  // A day of a month beside days of months ("| | Mar. 31 | | June 30 | | Sept. 30 |", "| | December 31, 2024 | | December 31, 2023 |").
  return MONTH_DAY.test(cell.text) && values.some((v) => MONTH_DAY.test(v.text));
}

/**
 * A heading a converter shifted into the label cell of a header line under another: the line's
 * headings over the values head its first columns only (fewer than the line above prints), in the
 * same bold as the one in the label cell, which is the heading of the first column. Pegasystems'
 * backlog, "| **Pega Cloud** | | **Maintenance** |" under "| | **Subscription services** | |
 * **Subscription license** | …": Pega Cloud and Maintenance are the two columns of Subscription
 * services. Read as a row label, Pega Cloud was a line of the table and its column had no heading.
 */
function isShiftedHeading(cell: GridCell, label: GridCell[], values: GridCell[], above: number): boolean {
  if (cell.col !== 0 || label.length !== 1 || !cell.bold || values.length === 0 || values.length >= above - 1) return false;
  return values.every((v) => v.bold && !isValueText(v.text)) && !isUnitStatement(cell.text) && !PERIOD_PHRASE.test(cell.text) && !isYear(cell.text);
}

/**
 * A statement's title printed in capitals in the label cell of the header that starts it inside
 * one table ("SUMMARY BALANCE SHEETS | December 31, | June 30,", under the statement of earnings).
 */
function isStatementTitle(label: GridCell[]): boolean {
  return label.length === 1 && /[A-Z]{3}/.test(label[0]!.text) && label[0]!.text === label[0]!.text.toUpperCase() && !/\d/.test(label[0]!.text);
}

/** A cell that heads a column: a currency symbol alone or a short name, no figure, no sentence ("$", "EPS(1)", "% of Sales"). */
function isColumnHeading(text: string): boolean {
  const t = text.trim();
  return isCurrencySymbol(t) || (!isValueText(t) && !isFootnoteText(t) && t.length <= 30 && !/[.!?]$/.test(t));
}

/** A heading naming a period: a date, a year, or a span ("December 31,", "2024", "Six Months Ended"). */
function isPeriodHeading(text: string): boolean {
  return isYear(text) || PERIOD_PHRASE.test(text) || MONTH_DAY.test(text);
}

/** A month and a day, the year perhaps after them ("Mar. 31", "December 31, 2024"). */
const MONTH_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

/** The date a whole table is as at, alone in its corner ("As at February 12, 2025", "As of June 30, 2024"). */
const AS_AT = /^as\s+(?:at|of)\s+[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}$/i;

/** A period phrase printed in a table's top-left cell ("Five fiscal years ended September 29, 2007"). */
const PERIOD_PHRASE = /\b(?:ended|ending|as of|as at|months|weeks|quarter|year|fiscal)\b/i;

/**
 * A table's title and unit statement printed together in the first header row's corner
 * ("Balance Sheet, Liquidity, and Capital Highlights ($ in billions except per share data, end of
 * period)"), as two title lines; null for any other text. Left as a row label, its "per share"
 * would make every line below it money per share, and its scale would be lost.
 */
function titleWithUnit(text: string): [string, string] | null {
  const m = /^([^()]*[A-Za-z][^()]*?)\s*(\([^()]+\))$/.exec(text.trim());
  if (!m || /\d/.test(m[1]!) || !isUnitStatement(m[2]!)) return null;
  return [m[1]!, m[2]!];
}

function captionOf(table: Element): string[] {
  const caption = childElements(table).find((e) => tag(e) === 'caption');
  const text = caption ? flatText(caption) : '';
  return text ? [text] : [];
}

/**
 * The first grid column of values: where the leftmost figure of any row starts (a `$`
 * printed before it counts). Everything left of it is the label. Null when no row
 * prints a figure: the table lays out text.
 */
function labelBoundary(grid: Grid): number | null {
  let boundary = Infinity;
  for (const row of grid.rows) {
    const cells = inked(row);
    const i = cells.findIndex((c) => isValueText(c.text) && !isYear(c.text) && !isCurrencySymbol(c.text));
    // A row that opens with a figure and holds nothing else is a stray number, not a column.
    if (i < 0 || (i === 0 && cells.length === 1 && cells[0].col === 0)) continue;
    // A "$", "(" or "~" printed in its own cell before the figure is the value's.
    let j = i;
    while (j > 0 && (isCurrencySymbol(cells[j - 1].text) || isOpener(cells[j - 1].text) || isApproximation(cells[j - 1].text))) j--;
    const start = cells[j].col;
    // Figures inside the first cell of a row that also has later figures are labels ("2025").
    boundary = Math.min(boundary, start === 0 && cells.length > 1 && i === 0 ? boundaryAfterFirst(cells) : start);
  }
  return Number.isFinite(boundary) ? boundary : null;
}

function boundaryAfterFirst(cells: GridCell[]): number {
  const rest = cells.slice(1).find((c) => isValueText(c.text) || isCurrencySymbol(c.text) || isOpener(c.text));
  return rest ? rest.col : Infinity;
}

/**
 * Writes one table segment: the reader's columns, header lines, total marks and label
 * indentation. Shared by HTML tables and tables laid out in plain text (text-table.ts).
 */
export function writeSegment(grid: Grid, seg: Segment, boundary: number, issues: TableIssue[], at: SourceLocation): TableText | null {
  const rows = mergeSplitLabels(seg.body);
  const dataRows = rows.filter((b): b is BodyRow => b.kind === 'row');
  if (dataRows.length === 0) return null;

  const left = new Set([...(seg.headingsLeft ?? []), ...(seg.headingsAcross ?? [])]);
  const headerCells = seg.headerRows.map((r) => inked(grid.rows[r]).filter((c) => (lastCol(c) >= boundary && c.col >= boundary) || left.has(c)));
  const joined = joinRanges(dataRows.map((b) => b.items), headerCells.at(-1) ?? []);
  dataRows.forEach((b, i) => (b.items = joined[i]!));
  const { columns, place, astray = [] } = assignColumns(headerCells, dataRows.map((b) => b.items));
  for (const item of astray) issues.push({ at: item.cells[0]?.at ?? at, message: messages.astrayFigure(item.text, place.get(item)! + 1) });
  const paired = seg.spansPrinted || seg.headerRows.length === 0 ? null : pairedHeadings(seg.headerRows.map((_, h) => columns.map((col) => col.headers[h] ?? '')), pairedCells(dataRows, columns.length, place));

  const bodyCells = dataRows.flatMap((b) => b.items.flatMap((i) => i.cells));
  const marks = new TotalMarks(grid, seg.bodyStart, seg.end, bodyCells);
  const levels = indentLevels(dataRows.filter((b) => b.label !== '').map((b) => b.indent));
  let k = 0;
  const out: string[][] = [];
  for (const b of rows) {
    if (b.kind === 'rule') continue;
    const level = b.label !== '' ? levels[k++] : 0;
    const cells = columns.map(() => '');
    for (const item of b.items) {
      const c = place.get(item)!;
      const text = marks.isTotal(item, b.r) ? `<u>${item.text}</u>` : item.text;
      cells[c] = cells[c] ? `${cells[c]} ${text}` : text;
    }
    out.push([`${'  '.repeat(level)}${b.label}`, ...cells]);
  }

  const lines = seg.headerRows.map((_, h) => columns.map((col) => col.headers[h] ?? ''));
  const inner = seg.headerRows.length > 0 ? foldInnerColumns(lines, out) : null;
  if (inner) {
    lines.splice(0, lines.length, ...inner.header);
    out.splice(0, out.length, ...inner.rows);
    columns.splice(0, columns.length, ...columns.filter((_, k) => !inner.folded.has(k)));
    for (const item of [...place.keys()]) {
      const k = place.get(item)!;
      place.set(item, k - [...inner.folded].filter((f) => f < k).length);
    }
  }
  const packed = seg.spansPrinted ? { header: lines, unresolved: [] } : paired ? { header: paired, unresolved: [] } : spreadPackedHeadings(lines, pairedCells(dataRows, columns.length, place));
  // A column no line heads once packed headings are spread (a change heading spread over the column no year heads is its).
  if (seg.headerRows.length > 0 && !paired) {
    // Items by column, once: a column-by-column search of every item is quadratic in a row of thousands of cells.
    const byColumn = new Map<number, (typeof dataRows)[number]['items']>();
    for (const i of dataRows.flatMap((b) => b.items)) {
      const k = place.get(i);
      if (k !== undefined) pushTo(byColumn, k, i);
    }
    columns.forEach((_, k) => {
      if (packed.header.every((line) => (line[k] ?? '') === '')) {
        const items = byColumn.get(k) ?? [];
        // A column of note marks ("(b)" beside each revised figure) marks the figures left of it: it needs no header.
        if (items.length > 0 && items.every((i) => noteLetters(i.text) !== null)) return;
        const cell = items[0]?.cells[0];
        issues.push({ at: cell?.at ?? at, message: messages.columnWithoutHeader(k + 1, cell?.text ?? '') });
      }
    });
  }
  for (const { line, headings, columns: n, unheaded } of packed.unresolved) {
    issues.push({ at: columns[0]?.cells[line]?.at ?? at, message: unheaded ? messages.packedHeadingsUnheaded(headings, n, unheaded) : messages.packedHeadings(headings, n) });
  }
  const header = packed.header.filter((line) => line.some((t) => t !== ''));
  return { title: seg.title, header, rows: out, notes: seg.notes, at };
}

/** A printed amount as a number of its last digits' units ("$ 119,406" → 119406, "(1,271)" → -1271), or null. */
function amountOf(text: string): number | null {
  const t = text.replace(/<\/?u>/g, '').replace(/[$€£\s]/g, '');
  const m = /^(\()?(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(\))?$/.exec(t);
  if (!m || Boolean(m[1]) !== Boolean(m[5])) return null;
  const n = Number(`${m[3]!.replace(/,/g, '')}${m[4] ? `.${m[4]}` : ''}`);
  return m[1] || m[2] ? -n : n;
}

/**
 * Inner columns: a column no header line heads, just left of a headed one, whose figures are the
 * parts of a block the headed column prints the sum of on the block's last line, beside its last part.
 * Brookfield's balance sheet prints equity so under each December 31: "Non-controlling interests in net
 * assets $ 119,406", "Preferred equity 4,103", "Common equity 41,874 | 165,383", then "Total Equity
 * 165,383". A reader reads each part as its line's figure for the date above the pair, and 165,383 as
 * the block's total, not as common equity's. The parts move into the headed column, and each block's
 * sum to an unlabelled line of its own under its last part, as a subtotal prints; null when no column
 * reads so: every figure of the column in such a block, each block of two parts or more, and the sums
 * exact in one such column at least.
 */
function foldInnerColumns(header: string[][], rows: string[][]): { header: string[][]; rows: string[][]; folded: Set<number> } | null {
  const width = header[0]?.length ?? 0;
  const folded = new Set<number>();
  const sums = new Map<number, Set<number>>(); // row index → the folded columns whose block it closes
  let exact = false;
  for (let k = 0; k + 1 < width; k++) {
    if (header.some((line) => line[k] !== '') || header.every((line) => line[k + 1] === '') || folded.has(k - 1)) continue;
    const blocks: { rows: number[]; last: number }[] = [];
    let open: number[] = [];
    let ok = true;
    let inexact = false;
    rows.forEach((row, r) => {
      if (!ok) return;
      const part = row[k + 1] ?? '';
      const outer = row[k + 2] ?? '';
      if (part === '') {
        if (open.length > 0 && outer !== '') ok = false;
        return;
      }
      if (amountOf(part) === null) ok = false;
      open.push(r);
      if (outer === '') return;
      const sum = open.reduce((a, i) => a + amountOf(rows[i]![k + 1]!)!, 0);
      if (open.length < 2 || amountOf(outer) === null) ok = false;
      else if (Math.abs(sum - amountOf(outer)!) > 1e-6) inexact = true;
      blocks.push({ rows: open, last: r });
      open = [];
    });
    if (!ok || open.length > 0 || blocks.length === 0) continue;
    folded.add(k);
    if (!inexact) exact = true;
    for (const b of blocks) (sums.get(b.last) ?? sums.set(b.last, new Set()).get(b.last)!).add(k);
  }
  // The layout is read where the sums hold in one pair at least: a sum printed wrong in another is a
  // subtotal that does not foot (the checks say so), not a reason to read the pair otherwise.
  if (folded.size === 0 || !exact) return null;
  const keep = (cells: string[]) => cells.filter((_, k) => !folded.has(k));
  const out: string[][] = [];
  rows.forEach((row, r) => {
    const cells = row.slice(1);
    const own = cells.map((t, k) => (folded.has(k - 1) && cells[k - 1] !== '' ? cells[k - 1]! : t));
    out.push([row[0]!, ...keep(own)]);
    const closes = sums.get(r);
    if (closes) out.push(['', ...keep(cells.map((t, k) => (closes.has(k - 1) ? t : '')))]);
  });
  return { header: header.map(keep), rows: out, folded };
}

/** Each row's value texts, one per column ('' where it prints none). */
function pairedCells(rows: BodyRow[], width: number, place: Map<Item, number>): string[][] {
  return rows.map((b) => {
    const cells = Array<string>(width).fill('');
    for (const item of b.items) cells[place.get(item)!] += item.text;
    return cells;
  });
}

/**
 * A label printed over two rows ("Adjustments to reconcile net income to net cash" then
 * "provided by operating activities:") is one label: the second row starts lower case, or the
 * first ends on a word no label ends on ("Loss from Continuing Operations before" then "Income Taxes").
 */
/** A last word that leaves a label unfinished: a preposition, conjunction or article. */
const OPEN_ENDING = /\b(?:before|after|of|and|or|from|to|for|in|on|with|by|the|a|an|net of|less|plus|excluding|including)$/i;

function mergeSplitLabels(body: (BodyRow | RuleRow)[]): (BodyRow | RuleRow)[] {
  const out: (BodyRow | RuleRow)[] = [];
  for (const b of body) {
    const prev = out.findLast((x) => x.kind === 'row') as BodyRow | undefined;
    const adjacent = prev && out.at(-1) === prev;
    if (b.kind === 'row' && prev && adjacent && prev.items.length === 0 && prev.label !== '' && b.label !== '' && (/^[a-z]/.test(b.label) || OPEN_ENDING.test(prev.label))) {
      out[out.length - 1] = { ...b, label: `${prev.label} ${b.label}`, indent: prev.indent };
      continue;
    }
    out.push(b);
  }
  return out;
}
