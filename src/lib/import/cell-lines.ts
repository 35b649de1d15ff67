/**
 * A release saved as text with every table cell on a line of its own: an EX-99.1's HTML written out element by element
 * (Amkor's, Entegris', Corning's statements as a research repository kept them: "Net sales" / "$" / "1,897,965" /
 * "$" / "1,511,392" / … / "Cost of sales" / "1,579,375" / …), the empty cells dropped, the headings too one cell a
 * line ("For the Three Months Ended June 30," / "For the Six Months Ended June 30," / "2026" / "2025" / "2026" / "2025").
 *
 * It is written in the " | "-joined form (joined-cells.ts), line for line, for that reader to set the headings over the
 * columns: a label's line and the figures on the lines after it become one row on the label's line, the figures' lines
 * left blank; a "$" (or "(") on a line alone goes with the figure after it, a "%" or ")" with the one before it (as
 * joinedCells joins them); years or dates on lines of their own, two at least, one heading row; periods alone on lines of
 * their own ("For the Three Months Ended June 30,"), two at least, one heading row. Lines of prose and captions stay as
 * they are. Only a text in that form is rewritten: many figures on lines alone, under labels (`hasCellLines`).
 */
import { findDates } from './dates.ts';
import { isValueText } from './cell-text.ts';
import { cellPositions } from './grid-rows.ts';
import { joinedCells } from './joined-cells.ts';

/** How many label rows of figures make the form. */
const MIN_ROWS = 10;
/** A label is a line of words, not a sentence of prose; longer than most as `longLabel` says (Royalty Management's line of stock, 170 characters). */
const LABEL_MAX = 260;
const LONG_LABEL = 160;
const YEAR = /^(?:FY\s?)?(?:19|20)\d{2}$/;
const PERIOD_ALONE = /^(?:for\s+the\s+)?(?:(?:three|six|nine|twelve|\d{1,2})\s+months?|(?:fiscal\s+)?(?:years?|quarters?)|(?:\d{1,2}|thirteen|fourteen|twelve|fifty-two|fifty-three)\s+weeks?)\s+end(?:ed|ing)\b[\w ,.]*$/i;
/** A month and its day with no year: "June 30,". */
const DAY_OF_YEAR = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?$/i;
const MARK_BEFORE = /^(?:\$|US\$|€|£|¥|\()$/;
const MARK_AFTER = /^(?:%|\)|%\))$/;

/** A figure on a line alone (not a year, which heads a column), or a mark that goes with one. */
const isFigureLine = (t: string) => (isValueText(t) && !YEAR.test(t)) || MARK_BEFORE.test(t) || MARK_AFTER.test(t);
/** A quarter or a fiscal year named alone: "2Q26", "Q2 2026", "FY2026". */
const QUARTER = /^(?:[1-4]Q\s?'?\d{2}(?:\d{2})?|Q[1-4]\s?'?\d{2}(?:\d{2})?|FY\s?'?\d{2}(?:\d{2})?)$/i;
/** A year, a quarter or a date alone: a column's heading. */
const isHeadingCell = (t: string) => {
  if (YEAR.test(t) || QUARTER.test(t)) return true;
  if (t.length > 40 || !/\d/.test(t)) return false;
  const dates = findDates(t);
  return dates.length === 1 && dates[0]!.text.length >= t.replace(/[,.\s]+$/, '').length - 1;
};
const isLabel = (t: string) => t !== '' && (t.length <= LONG_LABEL || longLabel(t)) && !isValueText(t) && !isFigureLine(t) && !/[.!?]$/.test(t) && !isHeadingCell(t);
/**
 * A label longer than most states its line's details (a line of stock its par, shares and dates; Peapack-Gladstone's
 * "Assets under management and / or administration at … (market value, not included above-dollars in billions)"):
 * opening on a capital, never a quotation or prose of more than one sentence (Corning's CEO quoted, line-broken before
 * "30%").
 */
const longLabel = (t: string) => t.length <= LABEL_MAX && /^[A-Z]/.test(t) && !/[“”"]/.test(t) && !/[.!?]\s+[A-Z]/.test(t);

const MONTH_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b/gi;
const FIGURE_TOKEN = /^[$(]?-?\d[\d,]*(?:\.\d+)?\)?%?$/;
/** How many figures a line prints as words apart (dates left out). */
const figuresIn = (line: string) => line.replace(MONTH_DATE, ' ').split(/\s+/).filter((w) => FIGURE_TOKEN.test(w)).length;

/**
 * Whether the text prints its tables a cell a line: ten labels at least each followed by two figures or more on lines
 * alone, three lines printing a figure alone for each printing several (a layout table's rows, a Japanese summary's,
 * print several a line: that is another form), and no tab.
 */
export function hasCellLines(text: string): boolean {
  if (text.includes('\t') || text.includes(' | ')) return false;
  const lines = text.split(/\r\n?|\n/).map((l) => l.trim());
  let alone = 0;
  let several = 0;
  for (const l of lines) {
    if (!/\d/.test(l)) continue;
    const n = figuresIn(l);
    if (n >= 2) several++;
    else if (n === 1 && FIGURE_TOKEN.test(l)) alone++;
  }
  if (alone < 3 * several) return false;
  // Figures printed before the labels they belong to (a table laid out by columns, each column's figures one cell:
  // Lumen's reconciliations, "2Q26" / … / "$ (201)" / "(915)" / … / "Net loss" / …) are no row a label and the figures
  // after it make: read so, they would be figures under other lines. Such a text is left to be said, unread.
  if (orphanRuns(lines) > 0) return false;
  let rows = 0;
  for (let i = 0; i < lines.length && rows < MIN_ROWS; i++) {
    if (!isLabel(lines[i]!)) continue;
    let k = i + 1;
    let figures = 0;
    while (k < lines.length && (isFigureLine(lines[k]!) || (lines[k] === '' && k + 1 < lines.length && (isFigureLine(lines[k + 1]!) || lines[k + 1] === '')))) {
      if (isValueText(lines[k]!)) figures++;
      k++;
    }
    if (figures >= 2) rows++;
  }
  return rows >= MIN_ROWS;
}

/** Runs of three figures or more on lines alone that no label precedes (blank lines and marks between them aside). */
function orphanRuns(lines: string[]): number {
  let runs = 0;
  let i = 0;
  while (i < lines.length) {
    if (!isValueText(lines[i]!) || YEAR.test(lines[i]!)) {
      i++;
      continue;
    }
    // Back past marks and blank lines to what stands before the run.
    let b = i - 1;
    while (b >= 0 && (lines[b] === '' || MARK_BEFORE.test(lines[b]!))) b--;
    let k = i;
    let figures = 0;
    while (k < lines.length && (isFigureLine(lines[k]!) || lines[k] === '')) {
      if (isValueText(lines[k]!)) figures++;
      k++;
    }
    const previous = b >= 0 ? lines[b]! : '';
    if (figures >= 3 && !isLabel(previous) && !/^\(\d{1,2}\)$/.test(previous)) runs++;
    i = k;
  }
  return runs;
}

/**
 * The text in the " | "-joined form, line for line (see the module's comment), with where each joined cell stood across
 * its row where the source kept a row's empty cells as lines of spaces (Corning's "Plus: Proceeds from government
 * incentives" / " " / " " / "$" / "8" / " ": the third of four columns), for joined-cells.ts to place a short row.
 */
export function cellLinesAsJoined(text: string): { text: string; positions: Map<number, number[]> } {
  const lines = text.split(/\r\n?|\n/);
  const t = lines.map((l) => l.trim());
  const out = [...lines];
  const join = (from: number, to: number, cells: string[]) => {
    out[from] = cells.join(' | ');
    for (let k = from + 1; k < to; k++) out[k] = '';
  };
  // A line of spaces after a label, before a figure of its row: an empty cell the converter kept. A blank line between
  // the cells of a row (Teradyne's, each cell a paragraph) goes on to the next cell where one follows.
  const emptyCell = (k: number) => lines[k] !== undefined && lines[k]!.length > 0 && t[k] === '';
  const between = (k: number) => lines[k] === '' && k + 1 < t.length && (isFigureLine(t[k + 1]!) || emptyCell(k + 1));
  const rows: Written[] = [];
  // The columns the last heading row of years, quarters or dates names (0 before any).
  let columns = 0;
  // Words a line break glued in a heading ("Nine Months EndedSeptember 30,2025", a wire copy's cells written without the
  // break): set apart, as printed.
  for (let k = 0; k < t.length; k++) {
    if (!/\bend(?:ed|ing)[A-Z]|\d,(?:19|20)\d\d$/i.test(t[k]!) || t[k]!.length > 60) continue;
    t[k] = out[k] = t[k]!.replace(/\b(end(?:ed|ing))(?=[A-Z])/gi, '$1 ').replace(/(\d),((?:19|20)\d\d)$/, '$1, $2');
  }
  // Periods, then as many days, each a line ("Year ended" / "Three months ended" / "December 31," / "December 31," over
  // four years, Foresight's wire copy): each period with its day, in turn.
  for (let k = 0; k < t.length; k++) {
    const periods: number[] = [];
    let j = k;
    while (j < t.length && (PERIOD_ALONE.test(t[j]!) || (t[j] === '' && periods.length > 0))) {
      if (t[j] !== '') periods.push(j);
      j++;
    }
    const days: number[] = [];
    while (j < t.length && days.length < periods.length && (DAY_OF_YEAR.test(t[j]!) || t[j] === '')) {
      if (t[j] !== '') days.push(j);
      j++;
    }
    if (periods.length < 2 || days.length !== periods.length) continue;
    periods.forEach((p, n) => {
      t[p] = out[p] = `${t[p]} ${t[days[n]!]}`;
      t[days[n]!] = out[days[n]!] = '';
    });
    k = j;
  }
  // A month and day on a line, its year on the next printed line ("Dec. 31," / " 2024", Royalty Management's statements,
  // a blank line between): one date.
  for (let k = 0; k + 1 < t.length; k++) {
    if (!DAY_OF_YEAR.test(t[k]!)) continue;
    const j = t[k + 1] === '' ? k + 2 : k + 1;
    if (j >= t.length || !YEAR.test(t[j]!)) continue;
    // Not a period's day over years of its own ("Six months ended" / "June 30," / "2026" / "2025", Corning's): there the
    // years are a heading row of their own.
    const next = filledAfter(t, j + 1);
    if (next < t.length && YEAR.test(t[next]!)) continue;
    t[k] = out[k] = `${t[k]} ${t[j]}`;
    t[j] = out[j] = '';
  }
  // A period's day on the line after it, its year under it ("Three months ended" / "June 30,", Corning's): one heading cell.
  for (let k = 0; k + 1 < t.length; k++) {
    if (!PERIOD_ALONE.test(t[k]!) || !DAY_OF_YEAR.test(t[k + 1]!)) continue;
    t[k] = out[k] = `${t[k]} ${t[k + 1]}`;
    t[k + 1] = out[k + 1] = '';
  }
  let i = 0;
  while (i < t.length) {
    // Periods alone, or years or dates alone, two lines at least: one heading row (a period's day joined to it).
    const heading = [(x: string) => PERIOD_ALONE.test(x), isHeadingCell].map((is) => {
      let k = i;
      while (k < t.length && (is(t[k]!) || (t[k] === '' && k > i && is(t[filledAfter(t, k)] ?? '')))) k++;
      return k;
    }).find((k) => t.slice(i, k).filter((c) => c !== '').length >= 2);
    if (heading !== undefined) {
      const cells = t.slice(i, heading).filter((c) => c !== '');
      const changes = changeHeadings(t, i, heading, cells.length);
      for (const k of changes.lines) t[k] = out[k] = '';
      cells.push(...changes.cells);
      join(i, heading, cells);
      // Years, quarters or dates: as many columns of figures as they are.
      if (isHeadingCell(cells[0]!)) {
        columns = cells.length;
        // Short lines right above them, as many as divide their columns, each its own: a spanner's cells ("Actual QTD" /
        // "Actual YTD" over "2Q26 | 2Q25 | 2Q26 | 2Q25", Lumen's).
        let top = i;
        while (top > 0 && t[top - 1] !== '' && out[top - 1] === lines[top - 1] && t[top - 1]!.length <= 30 && !/[:.]$/.test(t[top - 1]!) && !/\d/.test(t[top - 1]!) && !/^\(/.test(t[top - 1]!)) top--;
        const spans = t.slice(top, i);
        if (spans.length >= 2 && columns % spans.length === 0 && spans.every((x) => /^[A-Z]/.test(x)) && !rows.some((r) => r.line - 1 >= top)) join(top, i, spans);
      }
      i = heading;
      continue;
    }
    if (!isLabel(t[i]!)) {
      i++;
      continue;
    }
    // A note's mark set off by spaces right after the label (" (1) " under "Adjustment for hedged exposures", Corning's
    // matrix of adjustments): the label's, not a figure.
    let label = t[i]!;
    let k = i + 1;
    // A label left open by ";" or "," and the label on the next line, figures after it: one line item written over two
    // cells ("Common stock – Par value $0.50 per share; Shares authorized 3.8 billion;" / "Shares issued: 1.9 billion and
    // 1.8 billion" / "927", Corning's balance sheet). Read apart, the first was a caption, and every line of equity under
    // it a count of shares, as its words name shares.
    const on = filledAfter(t, k);
    if (/[;,]$/.test(label) && on < t.length && on - k <= 1 && isLabel(t[on]!) && /^[A-Z]/.test(t[on]!)) {
      const after = filledAfter(t, on + 1);
      if (after < t.length && isFigureLine(t[after]!)) {
        label = `${label} ${t[on]}`;
        t[on] = out[on] = '';
        k = on + 1;
      }
    }
    while (k < t.length && /^\s+\(\d{1,2}\)\s*$/.test(lines[k]!)) label = `${label} ${t[k++]}`;
    const first = k;
    let end = k;
    while (k < t.length && (isFigureLine(t[k]!) || emptyCell(k) || between(k))) {
      k++;
      if (isFigureLine(t[k - 1]!)) end = k;
    }
    let cells = t.slice(first, end).filter((c) => c !== '');
    const before = rows.at(-1);
    // A note's mark printed as the row's first cell ("Transaction and separation costs" / "(1)" / "48" / …, Lumen's): one
    // figure more than the row before it, or than the columns its heading names, numbers of two digits at most in
    // parentheses ("(1)", "(1)(2)"), is the label's mark.
    const over = (n: number) => (before && i + 1 - before.end <= RUN_GAP && n === before.width + 1) || (columns > 0 && n === columns + 2);
    if (/^(?:\(\d{1,2}\))+$/.test(cells[0] ?? '') && over(joinedWidth([label, ...cells]))) {
      label = `${label} ${cells[0]}`;
      cells = cells.slice(1);
    }
    // A page's number printed after the last row of the page ("Total liabilities and equity" / "$" / "9,716,114" / "$" /
    // "8,136,309" / "6"): one figure more than the row before it, a bare number of three digits at most, is no cell.
    // It ends its page: no row follows it (a label and its figures).
    const next = t.findIndex((x, j) => j >= end && x !== '');
    const after = next < 0 ? -1 : t.findIndex((x, j) => j > next && x !== '');
    const rowNext = next >= 0 && isLabel(t[next]!) && after >= 0 && isFigureLine(t[after]!);
    if (!rowNext && before && i + 1 - before.end <= RUN_GAP && /^\d{1,3}$/.test(cells.at(-1) ?? '') && joinedWidth([label, ...cells]) === before.width + 1) {
      const page = t.lastIndexOf(cells.at(-1)!, end - 1);
      cells = cells.slice(0, -1);
      end = page;
    }
    if (cells.some((c) => isValueText(c))) {
      join(i, end, [label, ...cells]);
      // The row's cells, its label's and the empty ones included, up to the next line that prints something.
      const grid = t.slice(i, k).filter((_, j) => lines[i + j] !== '');
      const filled = grid.flatMap((c, j) => (c === '' ? [] : [{ text: c, at: j }]));
      rows.push({ line: i + 1, end: k, width: joinedWidth([label, ...cells]), kept: filled.length < grid.length, at: cellPositions([label, ...cells].join(' | '), filled, grid.length) });
    }
    i = Math.max(end, i + 1);
  }
  return { text: out.join('\n'), positions: keptPositions(rows) };
}

/** A heading naming a change: "Change", "Increase/(Decrease)", "Variance". */
const CHANGE_LINE = /^(?:(?:\$|%)\s*)?(?:change|variance|increase\s*\/\s*\(?decrease\)?|inc\.?\s*\/\s*\(?dec\.?\)?)$/i;

/**
 * The change columns a heading row of periods goes on with, each cell a line of its own (Peapack-Gladstone's wire copy,
 * 3Q25): "Increase/(Decrease)" after "Nine Months Ended September 30, 2025" and "… 2024", over the "$ 37.27 | 35%" of each
 * row (as many cells as the figures of the row under it print beyond the periods: an amount, then its percentage); or
 * "Change" printed before the years and "$" / "%" after them, each a line, the marks heading the change's columns
 * ("For the Nine Months Ended September 30," / "Change" / "2025" / "2024" / "$" / "%"). Read apart, the periods were
 * spread over the change's columns and a change of 1,419 became the nine months of 2024. Returns the cells and the
 * lines they were printed on.
 */
function changeHeadings(t: string[], from: number, to: number, periods: number): { cells: string[]; lines: number[] } {
  const none = { cells: [], lines: [] };
  const before = (() => {
    let k = from - 1;
    while (k >= 0 && t[k] === '') k--;
    return k >= 0 && from - k <= 4 && CHANGE_LINE.test(t[k]!) ? k : -1;
  })();
  let k = filledAfter(t, to);
  const after = k < t.length && CHANGE_LINE.test(t[k]!) ? k : -1;
  if (after >= 0) k = filledAfter(t, k + 1);
  const change = after >= 0 ? t[after]! : before >= 0 ? t[before]! : null;
  if (change === null) return none;
  const marks: number[] = [];
  while (k < t.length && /^(?:\$|%)$/.test(t[k]!) && marks.length < 2) {
    marks.push(k);
    k = filledAfter(t, k + 1);
  }
  // Marks heading columns stand over a caption or a label, never over the figure a "$" goes with.
  if (marks.length > 0 && k < t.length && isLabel(t[k]!)) {
    return { cells: marks.map((m) => `${t[m]} ${change.replace(/^[$%]\s*/, '')}`), lines: [...(after >= 0 ? [after] : before >= 0 ? [before] : []), ...marks] };
  }
  if (after < 0) return none;
  // As many change cells as the next row prints figures beyond the periods: an amount, and its percentage after it.
  const row = k < t.length && isLabel(t[k]!) ? figuresOfRow(t, k) : 0;
  if (row === periods + 1) return { cells: [change], lines: [after] };
  if (row === periods + 2) return { cells: [change, `% ${change}`], lines: [after] };
  return none;
}

/** How many figures the row whose label is on line `k` prints (a "$" with its figure, a "%" with the one before it). */
function figuresOfRow(t: string[], k: number): number {
  let n = 0;
  for (let j = k + 1; j < t.length && (isFigureLine(t[j]!) || t[j] === ''); j++) if (isValueText(t[j]!)) n++;
  return n;
}

/** The next line from `k` that prints something, blank lines between cells (a wire copy's, each cell a paragraph) skipped, up to four. */
const filledAfter = (t: string[], k: number): number => {
  let j = k;
  while (j < t.length && j - k < 4 && t[j] === '') j++;
  return j;
};

interface Written {
  line: number;
  /** The index of the line after the row's last cell. */
  end: number;
  /** Its cells once joined (a "$" with its figure). */
  width: number;
  /** Whether it kept an empty cell as a line of spaces. */
  kept: boolean;
  at: number[] | null;
}

const joinedWidth = (cells: string[]) => joinedCells(cells.join(' | ')).length;

/**
 * Where the cells stand, for the rows that kept empty cells and the full rows of their run (rows a few lines apart):
 * only where a row kept its empty cells does where its figures stand say which columns they are under; a row that
 * dropped them (Amkor's) is placed as the joined form is.
 */
function keptPositions(rows: Written[]): Map<number, number[]> {
  const positions = new Map<number, number[]>();
  let from = 0;
  while (from < rows.length) {
    let to = from + 1;
    while (to < rows.length && rows[to]!.line - 1 - rows[to - 1]!.end <= RUN_GAP) to++;
    const run = rows.slice(from, to);
    const width = Math.max(...run.map((r) => r.width));
    // Only where every short row of the run kept its empty cells: one that did not is placed by no position, and the
    // positions of the others would place rows of a table whose columns the run does not establish.
    const plain = run.every((r) => r.kept || r.width === width);
    if (plain && run.some((r) => r.kept && r.width < width)) for (const r of run) if (r.at && (r.kept || r.width === width)) positions.set(r.line, r.at);
    from = to;
  }
  return positions;
}

/** Rows of one table stand at most this many lines apart (a caption, blank lines). */
const RUN_GAP = 4;
