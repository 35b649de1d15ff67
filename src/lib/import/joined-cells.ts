/**
 * A release saved as text whose tables are rows of cells joined by " | ", one row a line: HTML
 * stripped by a converter (BeautifulSoup's `get_text(" | ")` on each row, as research pipelines save
 * EDGAR exhibits), with no Markdown delimiter row, no outer pipes and the HTML's empty cells dropped.
 * It is written as HTML for the HTML path, which reads tables, every element on the line the text
 * prints it at (`data-tieout-at`, read by dom.ts's locate()).
 *
 * What the converter lost is put back only where the rows establish it:
 * - a `$` (or `(`, `~`) printed as a cell of its own is joined to the figure after it, and a `%` or
 *   `)` to the figure before it, so every row of figures has one cell a column;
 * - a heading row with fewer cells than the rows of figures lost its empty label cell and its
 *   spans: its cells are placed over the columns of figures when they divide them evenly ("2026 |
 *   2025 | 2026 | 2025", "GAAP | Non-GAAP" over six), or when the dates of the heading row under it
 *   repeat where the second span starts (three dates, then two); a table with a heading the rows do
 *   not place is left as lines of text, unread;
 * - a line of one cell between rows of figures ("Operating expenses:") is a label row of the table;
 * - a row of figures only, one a column, below rows of figures is a line printed without a label, not a heading.
 * Lines `[TABLE]` and `[/TABLE]` (a converter's markers) bound tables and print nothing.
 */
import { escapeHtml } from '../markup.ts';
import type { IngestIssue } from '../types.ts';
import { messages } from './messages.ts';
import { isApproximation, isCloser, isCurrencySymbol, isNilMark, isOpener, isUnitWord, isUnitStatement, isValueText } from './cell-text.ts';

/** Cells of a line: split at " | ". */
const JOIN = ' | ';
const MARKER = /^\s*\[\/?TABLE\]\s*$/;
const PAGE_BREAK = '<div style="page-break-before:always"></div>';
/** A running head is printed more often than this. */
const RUNNING_HEAD_REPEATS = 2;
/** "Page 8 of 10": a page's number, named, on a line of its own. */
const NAMED_PAGE_NUMBER = /^page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$/i;
/** A row between outer pipes, as Markdown prints one. */
const PIPED_ROW = /^\s*\|.*\|\s*$/;
/** How many rows of figures make the form: fewer may be prose that quotes a pipe. */
const MIN_ROWS = 3;
/** Title lines above a table that a label row could be mistaken for are at most this long. */
const LABEL_MAX = 100;
/** A period named alone, as a heading spanning a table's columns: "THREE MONTHS ENDED", "Year Ended", "Six Months Ended June 30,". */
const PERIOD_ALONE = /^(?:for\s+the\s+)?(?:(?:three|six|nine|twelve|\d{1,2})\s+months?|(?:fiscal\s+)?(?:years?|quarters?)|(?:\d{1,2}|thirteen|fourteen|twelve|fifty-two|fifty-three)\s+weeks?)\s+end(?:ed|ing)\b[\w ,.]*$/i;

interface Row {
  line: number;
  /** The line as printed, for a row left as text. */
  text: string;
  cells: string[];
  kind: 'heading' | 'figures' | 'label';
}

/** Whether the text prints its tables as rows of cells joined by " | ": three rows of figures at least. */
export function hasJoinedRows(text: string): boolean {
  let rows = 0;
  for (const line of text.split('\n')) if (line.includes(JOIN) && isFigureRow(joinedCells(line)) && ++rows >= MIN_ROWS) return true;
  return false;
}

/**
 * The text as an HTML page: each line a paragraph, each run of joined rows a table; with a problem for each table
 * whose headings the rows do not place, which is left as lines of text. `positions` (by line) says where each cell of
 * a row stood across it, where the source kept its empty cells (grid-rows.ts).
 */
export function joinedRowsHtml(text: string, file: string, positions?: Map<number, number[]>): { html: string; issues: IngestIssue[] } {
  const issues: IngestIssue[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let at = 1;
  const moveTo = (line: number) => {
    while (at < line) {
      out.push('\n');
      at++;
    }
  };
  // The paragraphs written since the last table or page break, where each stands in `out`: a page's running head.
  let recent: { at: number; text: string }[] = [];
  const paragraph = (line: number, content: string) => {
    moveTo(line);
    recent.push({ at: out.length, text: content.trim() });
    out.push(`<p data-tieout-at="${line}:1">${escapeHtml(content)}</p>`);
  };
  // "Page 8 of 10" on a line of its own, under the lines printed on every page: the page starts at its running head,
  // as the filing's page-break style said before the converter dropped it (a table goes on over it: continued-tables.ts).
  const pageBreak = () => {
    let k = recent.length;
    while (k > 0 && (printed.get(recent[k - 1]!.text) ?? 0) > RUNNING_HEAD_REPEATS) k--;
    out.splice(k < recent.length ? recent[k]!.at : out.length, 0, PAGE_BREAK);
    recent = [];
  };
  const flush = (rows: Row[]) => {
    if (!rows.some((r) => r.kind === 'figures')) {
      for (const r of rows) paragraph(r.line, r.text);
      return;
    }
    const headed = placeHeadings(rows);
    const placed = headed?.cells ?? null;
    if (placed) for (const [r, cells] of placeShortRows(rows, placed, positions)) placed.set(r, cells);
    // A first row of figures left unplaced (its figures one cell, "(1,898) | 914 | …") would head the table as a header
    // line above the rows after it: where the first row says no column, the table says none, and is left as text.
    const first = rows.find((r) => r.kind === 'figures');
    if (placed && first && (placed.get(first)?.[1]?.text ?? '').includes(JOIN)) {
      const figures = rows.filter((r) => r.kind === 'figures');
      const values = figures.reduce((n, r) => n + r.cells.slice(1).filter(isValueText).length, 0);
      issues.push({ file, line: first.line, column: 1, message: messages.joinedFirstRowUnplaced(figureWidth(rows) - 1, figures.length, values) });
      for (const r of rows) paragraph(r.line, r.text);
      return;
    }
    if (!placed) {
      const figures = rows.filter((r) => r.kind === 'figures');
      const heading = rows.find((r) => r.kind === 'heading');
      const values = figures.reduce((n, r) => n + r.cells.slice(1).filter(isValueText).length, 0);
      issues.push({ file, line: heading?.line ?? rows[0]!.line, column: 1, message: messages.joinedHeadingsUnplaced(rows.filter((r) => r.kind === 'heading').map((r) => r.cells.length), figureWidth(rows) - 1, figures.length, values) });
      for (const r of rows) paragraph(r.line, r.text);
      return;
    }
    // The table's title, printed in its heading's first cell: a line over the table, as a reader takes it.
    if (headed?.title) paragraph(rows[0]!.line, headed.title);
    moveTo(rows[0]!.line);
    recent = [];
    out.push(`<table data-tieout-at="${rows[0]!.line}:1">`);
    for (const r of rows) {
      moveTo(r.line);
      const cells = placed.get(r) ?? r.cells.map((text) => ({ text, span: 1 }));
      out.push(`<tr data-tieout-at="${r.line}:1">${cells.map((c) => `<td${c.span > 1 ? ` colspan="${c.span}"` : ''}>${escapeHtml(c.text)}</td>`).join('')}</tr>`);
    }
    out.push('</table>');
  };

  // How often each line is printed: a page's running head is printed on every page.
  const printed = new Map<string, number>();
  for (const l of lines) if (l.trim()) printed.set(l.trim(), (printed.get(l.trim()) ?? 0) + 1);
  let table: Row[] = [];
  const close = () => {
    if (table.length > 0) flush(table);
    table = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i]!;
    if (MARKER.test(raw)) {
      close();
      continue;
    }
    if (raw.trim() === '') continue;
    const joined = raw.includes(JOIN) ? joinedCells(raw) : null;
    // Between outer pipes, a row of padding cells only prints nothing, and a row of one cell is a line of that cell
    // ("| Costs and expenses: |   |   |   |").
    const piped = joined && PIPED_ROW.test(raw) ? joined : null;
    if (piped && piped.length === 0) continue;
    if (joined && !(piped && piped.length === 1)) {
      let cells = joined;
      let kind: Row['kind'] = isFigureRow(cells) ? 'figures' : 'heading';
      // Years under a table's unit statement, before its first row of figures, are its heading ("(in millions) | 2025 |
      // 2025 | 2026": Robinhood, 1Q26), not a line of figures.
      if (kind === 'figures' && !table.some((r) => r.kind === 'figures') && unitOverYears(cells)) kind = 'heading';
      // A row of figures only, one a column, below rows of figures: a line the table prints without a label (Micron's
      // income before taxes, "33,212 | 16,160 | 2,113 | 55,433 | 6,023" between the other income and the taxes), not a
      // heading of a new table: its empty label cell was dropped.
      if (kind === 'heading' && cells.every(isValueText) && cells.length + 1 === figureWidth(table)) {
        cells = ['', ...cells];
        kind = 'figures';
      }
      // A heading after rows of figures starts the next table.
      if (kind === 'heading' && table.some((r) => r.kind === 'figures')) close();
      table.push({ line, text: raw.trim(), cells, kind });
      continue;
    }
    // A line of one cell is a label row when the table goes on with rows of figures after it
    // ("Operating expenses:" / "Research and development | 741.1 | …"); otherwise it ends the table.
    const text = piped ? piped[0]! : raw.trim();
    // "Page 10 of 10" amid a table's rows, under the page's running head (lines printed on every page): the page's
    // foot and the next page's head, not label rows; the table is cut there, and goes on past the break
    // (continued-tables.ts joins it again).
    if (NAMED_PAGE_NUMBER.test(text)) {
      const heads: Row[] = [];
      if (table.some((r) => r.kind === 'figures')) while (table.length > 0 && table.at(-1)!.kind === 'label' && (printed.get(table.at(-1)!.text) ?? 0) > RUNNING_HEAD_REPEATS) heads.unshift(table.pop()!);
      close();
      for (const h of heads) paragraph(h.line, h.text);
      pageBreak();
      paragraph(line, text);
      continue;
    }
    if (table.length > 0 && opensRows(lines, i)) table.push({ line, text, cells: [text], kind: 'label' });
    // A period alone on a line over a table's heading row spans its columns ("YEAR ENDED" over "$ Millions
    // … | Jun 30, 2026 | Jun 30, 2025"): the converter wrote the heading's one cell as a line of its own. After rows
    // of figures it heads the next table, as the heading row under it would ("Three months ended March 31," over
    // "2026 | 2025 | % Change" between Reddit's revenue and its users by geography, 1Q26).
    else if (PERIOD_ALONE.test(text) && headsTable(lines, i)) {
      close();
      table.push({ line, text, cells: [text], kind: 'heading' });
    }
    else {
      close();
      paragraph(line, text);
    }
  }
  close();
  moveTo(at);
  return { html: `<!doctype html><html><body>${out.join('')}</body></html>\n`, issues };
}

/** The cells of a joined row, each mark a converter printed as a cell of its own joined to its figure. */
export function joinedCells(line: string): string[] {
  // A Markdown pipe row of a table written with no delimiter row ("| Revenue | $ | 40,111 |   | $ | 32,165 |   | 25 % |",
  // Meta's newsroom page saved as Markdown, 4Q23): its outer pipes, its emphasis marks and its padding cells print nothing.
  const piped = PIPED_ROW.test(line);
  const body = piped ? line.trim().slice(1, -1) : line;
  const parts = body.split(JOIN).map((c) => unglued((piped ? c.replace(/(?<!\\)\*+/g, '') : c).trim())).filter((c) => !piped || c !== '');
  const cells: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const previous = cells.length > 0 ? cells[cells.length - 1]! : null;
    if ((isCloser(part) || isUnitWord(part)) && previous !== null && /\d$/.test(previous)) cells[cells.length - 1] = previous + part;
    // A "%" after a figure in parentheses or a nil mark is theirs too ("In-App Purchases | … | (23) | %", "Duolingo English
    // Test | … | — | %": Duolingo, 2Q26).
    else if (part === '%' && previous !== null && (/\)$/.test(previous) || isNilMark(previous)) && isValueText(previous)) cells[cells.length - 1] = previous + part;
    else if ((isCurrencySymbol(part) || isOpener(part) || isApproximation(part)) && i + 1 < parts.length && /^[(\d.+\-−–—]/.test(parts[i + 1]!)) parts[i + 1] = `${part} ${parts[i + 1]!}`.replace(/\( /, '(');
    else cells.push(part);
  }
  return cells;
}

/** A heading's line break the converter dropped between "Ended" and its month: "Three Months EndedJune 30," (Robinhood, 2Q26). */
const GLUED_MONTH = /\b(Ended|Ending|ENDED|ENDING)(?=(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b)/g;
const unglued = (cell: string) => cell.replace(GLUED_MONTH, '$1 ');

/** The width of a table's rows of figures, label included (the most common), or 0 before its first. */
function figureWidth(rows: Row[]): number {
  const counts = new Map<number, number>();
  for (const r of rows) if (r.kind === 'figures') counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

/** A row of figures: a label, then at least one figure, and figures (or nil marks) in half its cells at least. */
function isFigureRow(cells: string[]): boolean {
  if (cells.length < 2 || isValueText(cells[0]!)) return false;
  const values = cells.slice(1).filter(isValueText).length;
  return values >= 1 && values * 2 >= cells.length - 1;
}

/** Years under a table's unit statement ("(in millions) | 2025 | 2025 | 2026": Robinhood, 1Q26): a heading row, not figures. */
function unitOverYears(cells: string[]): boolean {
  return cells.length > 1 && isUnitStatement(cells[0]!) && cells.slice(1).every((c) => /^(?:19|20)\d{2}$/.test(c));
}

/** Whether the next line that prints anything is a heading row of joined cells (years under a unit statement among them). */
function headsTable(lines: string[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const text = lines[j]!.trim();
    if (text === '') continue;
    if (!text.includes(JOIN)) return false;
    const cells = joinedCells(text);
    return !isFigureRow(cells) || unitOverYears(cells);
  }
  return false;
}

/** Whether the lines after `i` (blank ones skipped, a few short lines of one cell allowed) go on with a row of figures. */
function opensRows(lines: string[], i: number): boolean {
  let single = 0;
  for (let j = i; j < lines.length; j++) {
    const text = lines[j]!.trim();
    if (text === '') continue;
    if (MARKER.test(text)) return false;
    const cells = text.includes(JOIN) ? joinedCells(text) : null;
    const piped = cells && PIPED_ROW.test(text) ? cells : null;
    if (piped && piped.length === 0) continue;
    if (cells && !(piped && piped.length === 1)) return isFigureRow(cells);
    if ((piped?.[0] ?? text).length > LABEL_MAX || ++single > 3) return false;
  }
  return false;
}

/** A heading cell over the labels: the table's unit or the like ("(Dollars in millions)", "Revenue ($ in millions)"). */
function headsLabels(cell: string): boolean {
  return isUnitStatement(cell) || /^\(|\b(?:in\s+(?:thousands|millions|billions)|except)\b|[$€£¥]/i.test(cell);
}

/**
 * Each heading row's cells placed over the columns of figures, or null when a heading row does not
 * divide them in a way the rows establish: such a table is left as lines of text, unread, rather
 * than read with headings over columns they may not head (a period or a basis misplaced is a
 * mismatch raised on figures the release prints right).
 */
function placeHeadings(rows: Row[]): { cells: Map<Row, { text: string; span: number }[]>; title: string | null } | null {
  const widths = new Map<number, number>();
  for (const r of rows) if (r.kind === 'figures') widths.set(r.cells.length, (widths.get(r.cells.length) ?? 0) + 1);
  const width = [...widths.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  const columns = width - 1;
  const placed = new Map<Row, { text: string; span: number }[]>();
  let title: string | null = null;
  const headings = rows.filter((r) => r.kind === 'heading');
  const one = (text: string) => ({ text, span: 1 });
  for (const [k, r] of headings.entries()) {
    const n = r.cells.length;
    if (n >= width) continue; // as printed: a cell over the labels, one a column
    const label = headsLabels(r.cells[0]!);
    // A caption ending on a colon over the labels, then the periods ("Selected Cash Flow Information: | Six Months
    // Ended June 30," over "2026 | 2025"; "Reconciliation of Adjusted Diluted Earnings Per Common Share: | Three Months
    // Ended June 30, | Six Months Ended June 30," over four years: Karat Packaging, 2Q26): the table's title, the
    // periods spanning the columns.
    const under0 = headings[k + 1]?.cells;
    const captioned = !label && n >= 2 && /:\s*$/.test(r.cells[0]!) && !PERIOD_WORD.test(r.cells[0]!) && r.cells.slice(1).every((c) => PERIOD_WORD.test(c));
    const captionSpans = captioned ? (columns % (n - 1) === 0 ? Array<number>(n - 1).fill(columns / (n - 1)) : under0 && under0.length === columns ? repeatSpans(under0, n - 1) : null) : null;
    if (captionSpans) {
      title ??= r.cells[0]!.replace(/:\s*$/, '');
      placed.set(r, [one(''), ...r.cells.slice(1).map((text, j) => ({ text, span: captionSpans[j]! }))]);
      continue;
    }
    if (!label && columns % n === 0) {
      placed.set(r, [one(''), ...r.cells.map((text) => ({ text, span: columns / n }))]);
      continue;
    }
    if (label && n > 1 && columns % (n - 1) === 0) {
      placed.set(r, [one(r.cells[0]!), ...r.cells.slice(1).map((text) => ({ text, span: columns / (n - 1) }))]);
      continue;
    }
    // Spans of unequal width: the heading row under this one, one cell a column, repeats its first
    // date where the next span starts ("Three Months Ended | Six Months Ended" over "August 1, 2026 |
    // May 2, 2026 | August 2, 2025 | August 1, 2026 | August 2, 2025").
    // The row under may open with its cell over the labels ("$ Millions (unaudited) | Mar 31, 2026 | …": Coherent, 3Q FY26).
    const under = headings[k + 1]?.cells;
    const dates = under && under.length === columns + 1 && headsLabels(under[0]!) ? under.slice(1) : under;
    const spans = !label && dates && dates.length === columns ? repeatSpans(dates, n) : null;
    if (spans) {
      placed.set(r, [one(''), ...r.cells.map((text, j) => ({ text, span: spans[j]! }))]);
      continue;
    }
    // A first cell naming no period over spans the dates establish without it is the table's own title, over the
    // labels ("Reconciliation of GAAP Measures to Non-GAAP Measures* | THREE MONTHS ENDED | NINE MONTHS ENDED": Coherent).
    const titled = !label && n > 2 && !PERIOD_WORD.test(r.cells[0]!) && dates && dates.length === columns ? repeatSpans(dates, n - 1) : null;
    if (titled) {
      title ??= r.cells[0]!;
      placed.set(r, [one(''), ...r.cells.slice(1).map((text, j) => ({ text, span: titled[j]! }))]);
      continue;
    }
    const byYears = !label && dates && dates.length === columns ? distinctYearSpans(dates, n) : null;
    if (byYears) {
      placed.set(r, [one(''), ...r.cells.map((text, j) => ({ text, span: byYears[j]! }))]);
      continue;
    }
    const byKind = placeByKinds(label ? r.cells.slice(1) : r.cells, columnKinds(rows, width));
    if (!byKind) return null;
    placed.set(r, [one(label ? r.cells[0]! : ''), ...byKind]);
  }
  return { cells: placed, title };
}

/**
 * What each column of figures prints, as the rows of full width establish it: `percent` where some print "%" there
 * and every other prints no figure ("NM", "—"), `amount` where none prints "%"; null for a column of both.
 */
function columnKinds(rows: Row[], width: number): ('amount' | 'percent')[] | null {
  const full = rows.filter((r) => r.kind === 'figures' && r.cells.length === width);
  const kinds: ('amount' | 'percent')[] = [];
  for (let j = 1; j < width; j++) {
    const cells = full.map((r) => r.cells[j]!);
    const marked = cells.filter((c) => PERCENT.test(c)).length;
    if (marked === 0) kinds.push('amount');
    else if (cells.every((c) => PERCENT.test(c) || !/\d/.test(c))) kinds.push('percent');
    else return null;
  }
  return kinds;
}

/** A cell printing a year alone, or a date ending in one. */
const YEAR = /(?:^|\s)((?:19|20)\d{2})$/;

/**
 * The widths of `count` spans over a row of years where one way only gives every span its years in the order the
 * table keeps: no span names the same year twice, and the spans of several years all run the same way (earliest
 * first, or latest first). "Three Months Ended December 31, | Three Months Ended March 31," over "2025 | 2025 | 2026"
 * is one column and two (Robinhood, 1Q26), as two and one would name December 31, 2025 twice; "… June 30, | … March
 * 31, | Six Months Ended June 30," over "2025 | 2026 | 2026 | 2025 | 2026" is two, one and two (2Q26), as two, two and
 * one would run the second span the other way. Null where the row prints anything but years, or where no way or
 * several ways do.
 */
function distinctYearSpans(cells: string[], count: number): number[] | null {
  const years = cells.map((c) => Number(YEAR.exec(c.trim())?.[1] ?? NaN));
  if (count < 2 || years.some((y) => Number.isNaN(y))) return null;
  /** The way a span's years run: 1 earliest first, -1 latest first, 0 one year; null when they do not run one way. */
  const direction = (span: number[]): number | null => {
    if (span.length === 1) return 0;
    const d = Math.sign(span[1]! - span[0]!);
    return d !== 0 && span.every((y, i) => i === 0 || Math.sign(y - span[i - 1]!) === d) ? d : null;
  };
  const found: number[][] = [];
  const split = (from: number, left: number, widths: number[], way: number) => {
    if (found.length > 1) return;
    for (let w = 1; from + w <= cells.length - (left - 1); w++) {
      if (left === 1 && from + w !== cells.length) continue;
      const d = direction(years.slice(from, from + w));
      if (d === null || (d !== 0 && way !== 0 && d !== way)) continue;
      if (left === 1) found.push([...widths, w]);
      else split(from + w, left - 1, [...widths, w], way || d);
    }
  };
  split(0, count, [], 0);
  return found.length === 1 ? found[0]! : null;
}

/** Words that name a period in a heading. */
const PERIOD_WORD = /\b(?:months?|weeks?|years?|quarters?|ended|ending|fiscal|ytd|q[1-4]|\d{4})\b/i;

/** A heading naming a change or a percentage ("YOY% Change", "% Change", "Increase (Decrease)", "vs. Q1 2025"), not a period or an amount. */
const CHANGE_HEADING = /%|\bchange\b|\bgrowth\b|\bvariance\b|\bincrease\b|\bdecrease\b|\bvs\.?(?=\s)|\bpercent/i;

/**
 * A heading row's cells placed by the kinds of the columns under them, where the converter lost the spans: a table's
 * columns of amounts and of percentages alternate in runs ("2025 | 2026" amounts, "YOY% Change", "2025", "QOQ% Change":
 * Robinhood, 1Q26; Meta's highlights, 4Q23), and a heading row whose cells name periods and changes in the same order
 * heads those runs one cell each. A row of as many cells as the columns of amounts (the years under the periods), none
 * naming a change, heads those columns in order, nothing over the percentages. Null where neither holds.
 */
function placeByKinds(cells: string[], kinds: ('amount' | 'percent')[] | null): { text: string; span: number }[] | null {
  if (!kinds || !kinds.includes('percent') || !kinds.includes('amount')) return null;
  const runs: { kind: 'amount' | 'percent'; width: number }[] = [];
  for (const k of kinds) {
    if (runs.at(-1)?.kind === k) runs.at(-1)!.width++;
    else runs.push({ kind: k, width: 1 });
  }
  const cellKinds = cells.map((c) => (CHANGE_HEADING.test(c) ? 'percent' : 'amount'));
  if (cells.length === runs.length && cellKinds.every((k, i) => k === runs[i]!.kind)) return cells.map((text, i) => ({ text, span: runs[i]!.width }));
  const amounts = kinds.filter((k) => k === 'amount').length;
  if (cells.length === amounts && cellKinds.every((k) => k === 'amount')) {
    const queue = [...cells];
    return kinds.map((k) => ({ text: k === 'amount' ? queue.shift()! : '', span: 1 }));
  }
  return null;
}

/** A figure that prints "%" (as the converter's joined cells end: "99.5%", "(0.3)%"). */
const PERCENT = /%\)?$/;
/** A figure that prints a currency symbol before it ("$ 0.32", "$(1.05)", "($ 2"). */
const MONEY = /^[(\-−–]?\s*(?:US\$|[A-Z]{1,3}\$|\$|€|£|¥)/;

/**
 * Rows of figures shorter than the table, each figure placed under the columns its marks fit: the
 * converter dropped the empty cells, so a row that prints two figures in a table of four (amount, %,
 * amount, %) says nothing of its columns by position ("Basic | $ | 0.32 | $ | 0.32" under "2026 | 2025",
 * each year an amount and a percent-of-revenue column: Chipotle, 2Q26). Where the table's rows print
 * "%" in some columns and never a currency there, a short row's figures that print no "%" go to the
 * other columns, if they are as many; and figures each printing "%" to those columns, if as many. A
 * row that fills a heading's first span exactly is that span's, as printed. Any other short row is not
 * guessed: its figures stay one cell, which the reader reports, and no check rests on them.
 */
function placeShortRows(rows: Row[], headings: Map<Row, { text: string; span: number }[]>, positions?: Map<number, number[]>): Map<Row, { text: string; span: number }[]> {
  // The first span of each heading over several columns ("GAAP" over "Q1 2026 | Q1 2025 | vs. Q1 2025").
  const spans = [...headings.values()].map((cells) => cells[1]?.span ?? 1).filter((w) => w > 1);
  const figures = rows.filter((r) => r.kind === 'figures');
  const width = Math.max(...figures.map((r) => r.cells.length));
  const wide = rows.find((r) => r.kind === 'heading' && r.cells.length > width && !headings.has(r));
  const underWide = wide ? placeUnderWideHeading(figures, wide) : null;
  if (underWide) return underWide;
  const percent = new Set<number>();
  const money = new Set<number>();
  for (const r of figures) {
    if (r.cells.length !== width) continue;
    r.cells.forEach((c, j) => {
      if (j === 0) return;
      if (PERCENT.test(c)) percent.add(j);
      if (MONEY.test(c)) money.add(j);
    });
  }
  const percentColumns = [...percent].filter((j) => !money.has(j)).sort((a, b) => a - b);
  const out = new Map<Row, { text: string; span: number }[]>();
  const amountColumns = Array.from({ length: width - 1 }, (_, i) => i + 1).filter((j) => !percentColumns.includes(j));
  const columns = positions ? columnPositions(figures, width, positions) : null;
  for (const r of figures) {
    const values = r.cells.slice(1);
    if (r.cells.length >= width) continue;
    const at = columns ? byPosition(values, positions!.get(r.line), columns) : null;
    if (at) {
      const cells = Array.from({ length: width }, () => ({ text: '', span: 1 }));
      cells[0] = { text: r.cells[0]!, span: 1 };
      at.forEach((j, k) => (cells[j + 1] = { text: values[k]!, span: 1 }));
      out.set(r, cells);
      continue;
    }
    const marked = values.filter((v) => PERCENT.test(v)).length;
    const to = percentColumns.length === 0 ? null : marked === 0 && values.length === amountColumns.length ? amountColumns : marked === values.length && values.length === percentColumns.length ? percentColumns : null;
    // A row filling a heading's first span exactly prints that group's figures, the other groups' cells empty (Intel's
    // "Revenue ($B) | $13.6 | $12.7 | up 7%" under "GAAP | Non-GAAP", 1Q26): as printed.
    if (!to && spans.includes(values.length)) continue;
    if (!to) {
      // Not placed: its figures printed as one cell, the rest empty, which the reader reports as a figure it cannot
      // read, rather than filled from the left ("Stock-based compensation forfeiture | - | - | (27,863)", three cells
      // in a table of four: the totals and another table of the release put (27,863) in the fourth; Chipotle, 4Q25).
      out.set(r, [r.cells[0]!, values.join(JOIN), ...Array.from({ length: width - 2 }, () => '')].map((text) => ({ text, span: 1 })));
      continue;
    }
    const cells = Array.from({ length: width }, () => ({ text: '', span: 1 }));
    cells[0] = { text: r.cells[0]!, span: 1 };
    to.forEach((j, k) => (cells[j] = { text: values[k]!, span: 1 }));
    out.set(r, cells);
  }
  return out;
}

/**
 * Where each column of figures stands across the rows, as the table's full rows place their figures (the mean of
 * theirs); null where a full row's positions are unknown or its figures stand in another order.
 */
function columnPositions(figures: Row[], width: number, positions: Map<number, number[]>): number[] | null {
  const full = figures.filter((r) => r.cells.length === width);
  if (full.length === 0) return null;
  const sums = Array.from({ length: width - 1 }, () => 0);
  for (const r of full) {
    const at = positions.get(r.line)?.slice(-(width - 1));
    if (!at || at.length !== width - 1 || at.some((p, j) => j > 0 && p <= at[j - 1]!)) return null;
    at.forEach((p, j) => (sums[j]! += p));
  }
  return sums.map((s) => s / full.length);
}

/**
 * The columns a short row's figures stand under, where the source kept its empty cells: each figure under the column
 * whose full rows' figures stand nearest to it, within half the distance between two columns, no two figures under one
 * column and in the order printed ("GAAP gross margin | 91.5 | % | | 90.5 | % | | |", figures at a quarter and five
 * eighths of the row, under columns at a fifth, three fifths and nineteen twentieths: the first two). Null where a
 * figure stands near no column alone: the row is then placed as the joined form is.
 */
function byPosition(values: string[], at: number[] | undefined, columns: number[]): number[] | null {
  const mine = at?.slice(-values.length);
  if (!mine || mine.length !== values.length || columns.length < 2) return null;
  const gap = Math.min(...columns.slice(1).map((c, j) => c - columns[j]!));
  if (!(gap > 0)) return null;
  const placed: number[] = [];
  for (const p of mine) {
    const distances = columns.map((c) => Math.abs(c - p));
    const j = distances.indexOf(Math.min(...distances));
    if (distances[j]! >= gap / 2 || (placed.length > 0 && j <= placed.at(-1)!)) return null;
    placed.push(j);
  }
  return placed;
}

/** What a heading says its column's figures print: a price or amount of a currency ("Price as of June 30, 2026",
 * "Weighted-average exercise price"), percentages, or neither. */
type Mark = 'currency' | 'percent' | 'plain';
const headingMark = (text: string): Mark => (/\bprices?\b|[$€£¥]/i.test(text) ? 'currency' : /%|\bpercent/i.test(text) ? 'percent' : 'plain');
const figureMark = (text: string): Mark => (MONEY.test(text) ? 'currency' : PERCENT.test(text) ? 'percent' : 'plain');
/** A heading's words less its dates and small words: "Price as of June 30, 2026" names "price". */
const headingWords = (text: string): string[] =>
  text.toLowerCase().replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s*(?:\d{4})?/g, ' ').split(/[^a-z]+/)
    .filter((w) => w.length > 2 && !['as', 'of', 'the', 'and', 'for', 'at', 'in'].includes(w));

/**
 * A table whose heading names more columns than any row fills: the converter dropped every row's empty cells, so a
 * row's figures say by position only their order. Duolingo's dilutive securities (2Q26), under "(Amounts in millions,
 * except share price) | Price as of June 30, 2026 | Weighted-average exercise price | Shares", print "Share price |
 * $115.02", "Common stock outstanding as of June 30, 2026 | 46.7" and "Dilutive effect of stock options outstanding (2)
 * | $21.09 | 0.5": filled from the left, 46.7 million shares stood under the share price. Where the headings mark
 * their columns apart (a price or a currency, percentages, neither), each figure goes, in printed order, under a
 * column marked as it prints (a figure with a currency symbol under a price, a bare one under "Shares"); where that
 * leaves a choice, under the heading whose every word its label names ("Share price" under "Price as of June 30,
 * 2026"), else against the right edge, as a short row's figures print (the $21.09 under the exercise price, beside the
 * shares). Null where the headings mark no two columns apart, or a row fits no placement: then as before.
 */
function placeUnderWideHeading(figures: Row[], heading: Row): Map<Row, { text: string; span: number }[]> | null {
  const headers = heading.cells.slice(1);
  const marks = headers.map(headingMark);
  if (new Set(marks).size < 2) return null;
  const out = new Map<Row, { text: string; span: number }[]>();
  for (const r of figures) {
    const values = r.cells.slice(1);
    const label = new Set(headingWords(r.cells[0]!));
    let best: number[] | null = null;
    let bestScore = -1;
    // Every placement in printed order whose columns are marked as the figures print; the later of two equal placements
    // is further right.
    const place = (k: number, from: number, at: number[]) => {
      if (k === values.length) {
        const named = at.filter((j) => headingWords(headers[j]!).every((w) => label.has(w))).length;
        if (named >= bestScore) [best, bestScore] = [[...at], named];
        return;
      }
      for (let j = from; j < headers.length; j++) if (marks[j] === figureMark(values[k]!)) place(k + 1, j + 1, [...at, j]);
    };
    place(0, 0, []);
    if (!best) return null;
    const cells = [{ text: r.cells[0]!, span: 1 }, ...headers.map(() => ({ text: '', span: 1 }))];
    (best as number[]).forEach((j, k) => (cells[j + 1] = { text: values[k]!, span: 1 }));
    out.set(r, cells);
  }
  return out;
}

/**
 * The widths of `count` spans over `cells`, each starting where the first cell's text recurs; or, where the heading
 * has more cells than that, the first run's columns each under a cell of its own and each later run under one
 * ("3rd Qtr. | 2nd Qtr. | 3rd Qtr. | Nine Months Ended" over "May 28, 2026 | February 26, 2026 | May 29, 2025 | May
 * 28, 2026 | May 29, 2025": Micron, 3Q FY26); null when neither counts `count`.
 */
function repeatSpans(cells: string[], count: number): number[] | null {
  const starts = cells.flatMap((c, i) => (c === cells[0] ? [i] : []));
  const widths = starts.map((s, j) => (starts[j + 1] ?? cells.length) - s);
  if (starts.length === count) return widths;
  if (starts.length > 1 && widths[0]! + starts.length - 1 === count) return [...Array.from({ length: widths[0]! }, () => 1), ...widths.slice(1)];
  return null;
}
