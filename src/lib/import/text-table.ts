import type { SourceLocation } from '../types.ts';
import type { Grid, GridCell } from './table-grid.ts';
import type { Rule } from './style.ts';
import { rowItems, type Item } from './row-items.ts';
import { writeSegment, type BodyRow, type RuleRow, type Segment, type TableIssue, type TableText } from './read-table.ts';
import { isCurrencySymbol, isDayAndYear, isFigure, isFootnoteText, isUnauditedNote, isUnitStatement, isValueText, isYear } from './cell-text.ts';
import { continuesLabel, firstValue, inLabelZone, labelZone, wrappedAtWidth, type LabelZone } from './text-labels.ts';
import { isNoteLetters, ruleSegments, tokenize, type Token } from './text-tokens.ts';
import { columnOf, columnsByOrder, findColumns, headerColumns, withStrayFiguresJoined, type Placed, type TextColumn } from './text-columns.ts';
import type { SourceLine } from './text-lines.ts';
import { messages } from './messages.ts';
import { triangleForm } from './figure-forms.ts';
import { groupedHeadings } from './text-heading-groups.ts';

/** Indentation in characters counts as this many points a character (indent-levels.ts takes 3 points as one level's jitter). */
const POINTS_PER_CHAR = 2;
/** A period phrase printed in the label zone of a header line ("Year ended December 31,"). */
const PERIOD_PHRASE = /\b(?:ended|ending|as of|as at|months|weeks|quarter|year|fiscal)\b/i;
const LEADER_ONLY = /^[.\s_]+$/;
/** A span phrase whose end the dates below print ("Twelve months ended,", "Three Months Ended"). */
const OPEN_SPAN = /\b(?:months|weeks|quarters?|years?)\s+(?:ended|ending)\s*,?$/i;
/**
 * How far a change's heading may stand from the centre of a wider run of columns from `from` to `to`: pdftotext sets
 * a wide run's heading a character or two further off than a column's (J&J's "Percent Change", 2.5 off).
 */
const runSlack = (from: number, to: number) => Math.min(4, Math.max(CENTRE_SLACK, (to - from) / 10));

/** A heading naming a change, which heads the columns of its parts ("Percent Change" over "Total | Operations | Currency"). */
const CHANGE_SPANNER = /\b(?:change|increase|decrease|variance)\b/i;
/** A month and day with no year ("December 31", "Dec. 31,"): a date heading whose year is printed below it. */
// A month (name or abbreviation) with its day, and a year of the dates a release prints; the headings below are built
// from them so that they differ only where they mean to (a year alone, a year required, any four digits).
const MONTH_AND_DAY = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2},?`;
const YEAR = String.raw`(?:19|20)\d\d`;
const MONTH_DAY = new RegExp(String.raw`^${MONTH_AND_DAY}$`, 'i');
/** A mark of approximation printed apart from its figure, a currency sign perhaps glued to it: "~", "≈", "~$". */
const APPROXIMATE_MARK = /^[~≈](?:\s?(?:US\$|\$|€|£|¥))?$/;
/** Such a mark ending a label's words by one space ("… (pre-tax) ~ $"). */
const GLUED_APPROXIMATE_MARK = /\s([~≈](?:\s?(?:US\$|\$|€|£|¥))?)$/;

interface Line {
  src: SourceLine;
  tokens: Token[];
  rules: ReturnType<typeof ruleSegments>;
}

/**
 * Reads one table laid out in fixed-width columns: `header` lines (column headings and
 * the rules under them) then `body` lines (rows, captions, rules, blank lines). Columns
 * are found from the figures' right edges; each header text belongs to the columns it
 * overlaps; "----" and "====" rules become total marks, as an HTML table's borders do;
 * labels keep their indentation. The table is then written as an HTML table is
 * (read-table.ts `writeSegment`). Figures that cannot be placed in one column each are
 * located errors, and are still written. A table with no header is reported in
 * `headerless`, for the caller to decide whether it continues the table before it.
 */
export function readTextTable(header: SourceLine[], body: SourceLine[], title: string[], titleAdjoins = false): { table: TableText | null; issues: TableIssue[]; headerless: TableIssue | null } {
  const lines: Line[] = [...header, ...body].map((src) => {
    const rules = ruleSegments(src.text);
    return { src, tokens: rules ? [] : tokenize(src.text), rules };
  });
  joinWrappedUnits(lines.slice(header.length));
  joinSpacedGroups(lines.slice(header.length));
  attachNoteLetters(lines.slice(header.length));
  lowerRaisedMarks(lines.slice(header.length));
  joinLabelsAroundMarks(lines.slice(header.length));
  lowerMarksOntoHeadings(lines.slice(0, header.length));
  const issues: TableIssue[] = [];
  const at: SourceLocation = { line: (body[0] ?? header[0]).line, column: 1 };
  const at0 = (line: Line, col: number): SourceLocation => ({ line: line.src.line, column: col + 1 });

  // The label zone: left of the leftmost value of any row.
  const zone = labelZone(lines.slice(header.length).map((l) => l.tokens));
  if (!zone) return { table: null, issues, headerless: null };
  const boundary = zone.boundary;
  const bodyStart = captionsFrom(lines.slice(0, header.length), zone, lines.slice(header.length));

  // Each body row: its label and its values (a `$` or "(" joined to its figure, as in HTML).
  const split = lines.map((line, r) => {
    if (r < bodyStart || line.rules) return null;
    const label: Token[] = [];
    const values: Token[] = [];
    for (const t of line.tokens) {
      if (t.start < boundary || (LEADER_ONLY.test(t.text) && values.length === 0)) label.push(t);
      else values.push(t);
    }
    // A mark of approximation left of the first column ("Tax impacts  ~  (22) ~  (13)", PG&E's guidance ranges, the
    // label zone ending at the leftmost figure) is that figure's, with a currency sign between them ("~ $  50", "~$  65").
    const glued = values.length > 0 ? GLUED_APPROXIMATE_MARK.exec(label.at(-1)?.text ?? '') : null;
    if (glued) {
      const t = label.pop()!;
      const words = t.text.slice(0, glued.index);
      label.push({ text: words, start: t.start, end: t.start + words.length - 1 }, { text: glued[1]!, start: t.end - glued[1]!.length + 1, end: t.end });
    }
    let k = label.length;
    while (k > 1 && (isCurrencySymbol(label[k - 1]!.text) || APPROXIMATE_MARK.test(label[k - 1]!.text))) k--;
    if (values.length > 0 && k < label.length && APPROXIMATE_MARK.test(label[k]!.text)) {
      // Set against the figure, as a "$" printed beside it: where the marks stand, left in the label zone, is no
      // part of the column (a heading centred over two columns is judged by where their figures stand).
      const at = values[0]!.start - 1;
      const marks = label.splice(k).flatMap((t) => (t.text.length > 1 && /^[~≈]/.test(t.text) ? [t.text[0]!, t.text.slice(1).trim()] : [t.text]));
      values.unshift(...marks.map((text) => ({ text, start: at, end: at })));
    }
    // A triangle before a figure is its sign where the release settles it (triangle-signs.ts).
    const cells = values.map((t) => cellAt(triangleForm(t.text), r, t.start, t.end - t.start + 1, at0(line, t.start)));
    return { label, items: rowItems(cells) };
  });
  const rowsOfValues = split.map((s) => (s ? s.items.map((i): Placed => ({ text: i.text, start: i.start, end: i.end })) : []));
  // Place every value in a column; two values of one row in one column cannot be aligned.
  const place = (columns: TextColumn[], byOrder: boolean) => {
    const problems: TableIssue[] = [];
    const placed = split.map((s, r) => {
      if (!s) return [];
      const seen = new Map<number, Item>();
      return s.items.map((item, i) => {
        const k = byOrder ? i : columnOf(item, columns);
        const other = seen.get(k);
        if (other) problems.push({ at: at0(lines[r], item.start), message: messages.unalignedFigure(item.text, other.text) });
        seen.set(k, item);
        return { item, k };
      });
    });
    return { columns, placed, problems, byOrder };
  };
  const headingTokens = lines.slice(0, bodyStart).flatMap((l) => (l.rules ? [] : l.tokens.filter((t) => t.start >= boundary)));
  let layout = place(withStrayFiguresJoined(findColumns(rowsOfValues), rowsOfValues, headingTokens), false);
  // Figures that do not line up, but every row prints as many: the k-th value is column k.
  const ordered = columnsByOrder(rowsOfValues);
  if (ordered && (layout.problems.length > 0 || layout.columns.length !== ordered.length)) layout = place(ordered, true);
  const { columns, placed, byOrder } = layout;
  // Columns read by order, or merged from rows printed out of line ("61.1%" left of "$ 71,753"),
  // overlap their neighbours; headings are set over the figures of the first row that prints every column.
  const overlapping = columns.some((c, k) => k > 0 && c.start <= columns[k - 1].end);
  const headed = byOrder || overlapping ? firstRowColumns(rowsOfValues, columns.length) ?? columns : columns;
  for (const problem of layout.problems) issues.push(problem);

  // Columns printing a figure with a digit somewhere (not dashes alone).
  const figured = columns.map((_, k) => placed.some((row) => row.some((p) => p.k === k && /\d/.test(p.item.text))));
  // Columns some heading of the header stands over (widenOverUnheaded).
  const headedAnywhere = headedByAny(lines.slice(0, bodyStart), headed);
  // The columns no heading of the header but `t` stands over, read as a heading equally near two columns is placed.
  const unheadedBy = (t: Token) => headedByAny(lines.slice(0, bodyStart), headed, t).map((h) => !h);
  // The grid the HTML path reads: column 0 is the label, column k + 1 is value column k.
  const width = columns.length + 1;
  const gridRows: GridCell[][] = lines.map(() => []);
  const leadTitle: string[] = [];
  const lead: BodyRow[] = [];
  const headerRows: number[] = [];
  // Text printed left of the values on a header line: a unit statement or period phrase is title, and so is a
  // statement's title in capitals; other text is a label beside the header ("ASSETS"). A statement wrapped in the
  // label zone ("($ in millions," / "except per share" / "data)") goes on until its parenthesis closes.
  const opening = lines.findIndex((l, r) => r < bodyStart && !l.rules && l.tokens.length > 0);
  // Period headings matched to the columns, or to the leaf's groups, by order where their counts say which (text-heading-groups.ts).
  const grouped = groupedHeadings(lines.slice(0, bodyStart).map((l) => (l.rules ? [] : l.tokens.flatMap((t) => columnHeadings(t, headed)))), columns.length);
  const beside = (t: { text: string; start: number }, r: number, alone = false) => {
    const open = leadTitle.at(-1);
    if (open !== undefined && unclosed(open)) leadTitle[leadTitle.length - 1] = `${open} ${t.text}`;
    else if (isUnitStatement(t.text) || isUnauditedNote(t.text) || PERIOD_PHRASE.test(t.text) || wordsBeforeUnitStatement(t.text) || nameWithUnitStatement(t.text)) leadTitle.push(t.text);
    else if (titleInCapitals(t.text, leadTitle.at(-1) ?? title.at(-1))) leadTitle.push(t.text);
    else if (r === opening && titleGoesOn(t.text, leadTitle.at(-1) ?? (titleAdjoins ? title.at(-1) : undefined), alone)) leadTitle.push(t.text);
    // A name in title case beside the first line of headings, no title above it (Krispy Kreme's "Key Operating Metrics"
    // left of "Quarter Ended", 2Q26, PDF text): the table's title, as a reader takes it; read as a caption of no
    // figures, the table was titled by the prose above it ("of Non-GAAP Financial Measures.”").
    // Only beside headings naming a period: beside words in place of figures ("Current Remaining Performance Obligation
    // Growth (Y/Y)   Slightly above 11%   N/A", Salesforce's guidance) it is a row's label.
    else if (r === opening && title.length === 0 && leadTitle.length === 0 && titleCased(t.text) && lines[r]!.tokens.some((o) => o.start > t.start && HEADING_PERIOD.test(o.text))) leadTitle.push(t.text);
    else lead.push({ kind: 'row', r, label: t.text, indent: { col: 0, points: t.start * POINTS_PER_CHAR }, items: [] });
  };
  const titleLine = (t: Token) => headed.length > 0 && t.start < headed[0].start - 1 && nameWithUnitStatement(t.text);
  // Where the rows' labels start: a header line's text there, beside words under a heading, may be a row (wordedRow).
  let labelStart = Infinity;
  for (const s of split) if (s && s.items.length > 0 && s.label.length > 0) labelStart = Math.min(labelStart, s.label[0].start);
  // Headings a line names by order, out of line with their figures (yearsOutOfLine), head those columns for the
  // spanners above them too (columnExtents).
  if (!byOrder) {
    for (let r = 0; r < bodyStart; r++) {
      const tokens = lines[r].rules || grouped.get(r) ? [] : lines[r].tokens;
      const from = yearsOutOfLine(tokens, headed);
      if (from >= 0) tokens.slice(from).forEach((t, j) => HEADS.set(t, [j, j]));
    }
  }
  for (let r = 0; r < bodyStart; r++) {
    const line = lines[r];
    if (line.rules) {
      continue;
    }
    const worded = r === bodyStart - 1 ? wordedRow(line.tokens, labelStart, headed) : null;
    if (worded) {
      gridRows[r].push(cellAt(worded.label.text, r, 0, 1, at0(line, worded.label.start)));
      const cell = cellAt(worded.value.text, r, worded.column + 1, 1, at0(line, worded.value.start));
      gridRows[r].push(cell);
      lead.push({ kind: 'row', r, label: worded.label.text, indent: { col: 0, points: worded.label.start * POINTS_PER_CHAR }, items: [{ text: worded.value.text, cells: [cell], start: worded.column + 1, end: worded.column + 1 }] });
      continue;
    }
    const under = lines[r + 1]?.rules ?? null;
    const cells: HeadingCell[] = [];
    const byGroup = grouped.get(r);
    if (byGroup) {
      byGroup.stub.forEach((t) => beside(t, r));
      cells.push(...byGroup.cells);
    } else if (byOrder && (line.tokens.length === columns.length || (line.tokens.length === 1 && !isUnitStatement(line.tokens[0].text) && !titleLine(line.tokens[0])))) {
      // Columns by order: a heading line printing one text per column names them in turn; one text spans them all.
      line.tokens.forEach((t, j) => {
        const [first, last] = line.tokens.length === 1 ? spannedByOrder(t, lines.slice(r + 1, bodyStart), headed) : [j, j];
        cells.push({ first, last, text: t.text, start: t.start });
      });
    } else {
      // One year per column, in order, printed left of its figures (Killam's "2024  2023  2024  2023", the
      // first one in the labels' zone): each names its column in turn, as a reader reads them. The stub's own
      // words may open the line (H&R REIT's "(in thousands of    2024   2023   2024   2023"): they are its text.
      const from = yearsOutOfLine(line.tokens, headed);
      if (from >= 0) {
        line.tokens.slice(0, from).forEach((t) => beside(t, r));
        line.tokens.slice(from).forEach((t, j) => cells.push({ first: j, last: j, text: t.text, start: t.start }));
        if (from > 0 && cells.length === 0) continue;
      }
    }
    for (const t of cells.length > 0 ? [] : line.tokens.flatMap((t) => columnHeadings(t, headed))) {
      // A month and day centred over a rule drawn across the table, stub and all (Delta Galil's "December 31"
      // over its balance sheet's "2024  2023"), heads the columns that rule reaches, as the same date printed
      // over a rule under the columns alone does; other text left of the columns is the stub's.
      const across = headed.length > 0 && t.end < headed[0].start - 1 && MONTH_DAY.test(t.text) ? under?.find((s) => s.start <= t.end && s.end >= t.start && s.end >= headed[0].end) : undefined;
      // A span phrase left open for the dates below ("Twelve months ended,"), printed past the stub's words but ending
      // left of the figures, and the only heading of its line, spans every column (Killam's "Normalized   Twelve
      // months ended," over "December 31, 2024   December 31, 2023"): as a title, its dates read as days.
      if (headed.length > 0 && t.start > 0 && t.end < headed[0].start - 1 && OPEN_SPAN.test(t.text) && line.tokens.every((o) => o === t || (o.end < t.start && !PERIOD_PHRASE.test(o.text)))) {
        cells.push({ first: 0, last: headed.length - 1, text: t.text, start: t.start });
        continue;
      }
      // A date's day and year wrapped under its heading ("As of December" over "31,2024", Danaos' balance sheet, 4Q24),
      // set left of the figures as the heading's start is: that heading's end, over the columns the heading reaches.
      const dateAbove = headed.length > 0 && t.end < headed[0].start - 1 && isDayAndYear(t.text) ? headingAbove(lines.slice(0, r), t, headed) : undefined;
      if (dateAbove) {
        cells.push({ first: dateAbove[0], last: dateAbove[1], text: t.text, start: t.start });
        continue;
      }
      // A table's name and unit statement on one line, from the stub across the columns (eBay's "Second Quarter 2023
      // Financial Highlights (presented in millions, except per share data and percentages)", PDF text): its title, never
      // a heading spread over every column.
      if (headed.length === 0 || (t.end < headed[0].start - 1 && !across) || titleLine(t)) {
        beside(t, r, headed.length > 0 && line.tokens.every((o) => o.end < headed[0].start - 1));
        continue;
      }
      // A rule drawn just under a heading shows how many columns it spans (a rule across the whole table does not).
      const rule = under?.find((s) => s.start <= t.end && s.end >= t.start && s.start >= headed[0].start - 2);
      const span = across
        ? headerColumns(headed[0].start, across.end, headed)!
        : (HEADS.get(t) ?? headerColumns(Math.min(t.start, rule?.start ?? t.start), Math.max(t.end, rule?.end ?? t.end), headed, () => unheadedBy(t))!);
      const prev = cells.at(-1);
      // Two texts over the same columns on one line ("Three Months" "Ended") are one heading.
      if (prev && prev.last >= span[0]) {
        prev.text = `${prev.text} ${t.text}`;
        prev.last = Math.max(prev.last, span[1]);
      } else cells.push({ first: span[0], last: span[1], text: t.text, start: t.start });
    }
    if (cells.length === 0) continue;
    if (!byOrder && !byGroup) widenCentredSpans(cells, line, lines.slice(r + 1, bodyStart), headed);
    if (!byOrder && !byGroup) spanOverDatedGroups(cells, line, lines.slice(r + 1, bodyStart), headed);
    if (!byOrder && !byGroup) fitSpannersToGroups(cells, line, lines.slice(r + 1, bodyStart), headed);
    if (!byOrder && !byGroup && !headGroupsFromLeft(cells, headedAnywhere, headed, figured)) widenOverUnheaded(cells, line, headedAnywhere, headed, figured);
    if (!byOrder && !byGroup) splitAtRepeatedYears(cells, lines.slice(r + 1, bodyStart), headed);
    if (cells.length === 1 && !byOrder && !byGroup) cells[0] = centredOverAll(cells[0], line, lines.slice(r + 1, bodyStart).find((l) => l.rules)?.rules ?? null, headed);
    // The one period the header names, alone on its line ("24 Weeks Ended 6/17/2023" over PepsiCo's ten columns of
    // changes and their impacts, 2Q23, pdftotext, set off the table's centre): every column's, as a reader takes it; no
    // other heading dates any of them.
    // (One set over the first column already reaches the rest: the reader spreads it rightwards, XP Power's.)
    if (cells.length === 1 && !byOrder && !byGroup && cells[0].first > 0 && PERIOD_PHRASE.test(cells[0].text) && /\b(?:19|20)\d\d\b/.test(cells[0].text) && onlyPeriod(lines.slice(0, bodyStart), line, headed[0]?.start ?? 0)) {
      cells[0] = { ...cells[0], first: 0, last: headed.length - 1 };
    }
    // One unit statement on a line of its own over the values (centred under the header's rules, as Everus's
    // "(In millions, except percentages)"), once or over each group of columns, is the table's, as an HTML
    // table's is (read-table.ts): written over the columns it happens to overlap, it scaled those alone. Not
    // "(unaudited)" over one date, which says that date's figures alone are unaudited (Pericom's balance sheet).
    const texts = new Set(cells.map((c) => c.text));
    if (texts.size === 1 && isUnitStatement(cells[0].text) && !headsOneColumnOfEachGroup(cells, headed.length)) {
      leadTitle.push(cells[0].text);
      continue;
    }
    headerRows.push(r);
    for (const c of cells) gridRows[r].push({ ...cellAt(c.text, r, c.first + 1, c.last - c.first + 1, at0(line, c.start)) });
  }

  spellSiblingHeadings(headerRows.map((r) => gridRows[r]), width);
  spanWholeGroups(headerRows.map((r) => gridRows[r]));
  spanRepeatedGroups(headerRows.map((r) => gridRows[r]), width);
  yearOverPeriods(headerRows.map((r) => gridRows[r]), width);
  periodBetweenYears(headerRows.map((r) => gridRows[r]));
  spanOverDates(headerRows.map((r) => gridRows[r]));

  const bodyRows: (BodyRow | RuleRow)[] = [...lead];
  const notes: string[] = [];
  // A label wrapped onto the next line ("Total cost of" / "  revenue   11,593") is that line's
  // label; its first line is left empty, so a rule above it still marks the figures' total.
  let carried: { text: string; start: number } | null = null;
  // Rows whose label began on a line above them (wrapped), for a label's last word printed under the figures.
  const wrappedRows = new Set<number>();
  // The furthest right a label printed beside its figures reaches: the width of the labels' column.
  // (A loop, not Math.max(...rows): a table of 200,000 rows would overflow the stack.)
  let labelWidth = -1;
  for (const s of split) if (s && s.items.length > 0 && s.label.length > 0) labelWidth = Math.max(labelWidth, s.label.at(-1)!.end);
  for (let r = bodyStart; r < lines.length; r++) {
    const line = lines[r];
    const here = split[r];
    const text = here ? here.label.map((t) => t.text).join(' ') : '';
    const below = split[r + 1]?.label[0];
    const from = carried?.start ?? here?.label[0]?.start ?? 0;
    const wrapped =
      here &&
      here.items.length === 0 &&
      here.label.length > 0 &&
      below !== undefined &&
      (continuesLabel(text, from, below.text, below.start, closesBlock(lines, split, r)) ||
        (wrappedAtWidth(carried ? `${carried.text} ${text}` : text, here.label[0].start, here.label.at(-1)!.end, below.text, below.start, labelWidth) &&
          (endsCaption(split, r + 1) || split[r + 1]!.items.length > 0))) &&
      !headsSiblings(text, from, below, split, r + 1);
    // A label alone on its line over a line of figures alone is those figures' ("Other non-operating income, net (1)" /
    // "(261)  (1,177) …", Krispy Kreme's): read apart, the figures were a line of no name, taken for a subtotal. A
    // label closing on a colon opens a section instead.
    const next = split[r + 1];
    const over = !!here && here.items.length === 0 && here.label.length > 0 && !!next && next.label.length === 0 && next.items.length > 0 &&
      !lines[r + 1]!.rules && !/:\s*$/.test(text) && !isFootnoteText(text);
    if (wrapped || over) {
      carried = carried ? { text: `${carried.text} ${text}`, start: carried.start } : { text, start: here.label[0].start };
      bodyRows.push({ kind: 'rule', r, cells: [] });
      continue;
    }
    if (carried && here && here.label.length > 0) {
      here.label[0] = { ...here.label[0], text: `${carried.text} ${here.label[0].text}`, start: carried.start };
      wrappedRows.add(r);
    } else if (carried && here && here.items.length > 0) {
      here.label = [{ text: carried.text, start: carried.start, end: carried.start + carried.text.length - 1 }];
      wrappedRows.add(r);
    }
    carried = null;
    if (line.rules) {
      for (let k = 0; k < columns.length; k++) {
        const seg = line.rules.find((s) => s.start <= columns[k].end && s.end >= columns[k].start);
        if (seg) gridRows[r].push(cellAt('', r, k + 1, 1, at0(line, seg.start), seg.kind));
      }
      bodyRows.push({ kind: 'rule', r, cells: gridRows[r] });
      continue;
    }
    const s = split[r]!;
    if (line.tokens.length === 0) {
      bodyRows.push({ kind: 'rule', r, cells: [] });
      continue;
    }
    const labelText = s.label.map((t) => t.text).join(' ');
    if (s.items.length === 0 && isFootnoteText(labelText)) {
      notes.push(labelText);
      continue;
    }
    // The end of the label of the row just above, wrapped under its figures: a text naming a unit ("Growth %") heads no
    // rows, so under a row, where that row's label starts, it is that label's (Amcor's "Comparable Constant Currency" /
    // "Growth %", its figures on the first line, FY2023 Q4 through pdftotext). Read apart, the row's percentages were
    // amounts, summed across the columns.
    const above = bodyRows.at(-1);
    // So is a rate in parentheses under its line ("Dividends declared" / "($0.24299 per Common Share)", OpenText's changes
    // in equity, 3Q FY24, the figures on the first line): read apart, it headed the next line, its figures then per share.
    if (s.items.length === 0 && s.label.length > 0 && (UNIT_ENDING.test(labelText) || RATE_IN_PARENTHESES.test(labelText)) && above?.kind === 'row' && above.r === r - 1 && above.items.length > 0 && above.label !== '' && Math.abs(s.label[0].start * POINTS_PER_CHAR - above.indent.points) <= POINTS_PER_CHAR) {
      above.label = `${above.label} ${labelText}`;
      const cell = gridRows[above.r].find((c) => c.col === 0);
      if (cell) {
        cell.text = above.label;
        cell.lines = [...cell.lines, labelText];
      }
      bodyRows.push({ kind: 'rule', r, cells: [] });
      continue;
    }
    // A label of three lines whose figures stand on its middle line, but one, printed on its last with the label's last
    // word (XP Power's "Semiconductor" / "Manufacturing  2.6 … 45.7" / "Equipment  6.4", the 6.4 under the H1 2024 Asia
    // column the line above leaves empty): that figure is the row's, and the word its label's. Read apart, Asia's 6.4 was
    // a row of its own and the row's total, 45.7, summed without it.
    if (above?.kind === 'row' && above.r === r - 1 && wrappedRows.has(above.r) && above.items.length >= 2 && s.label.length === 1 && /^[A-Z][a-z]+$/.test(labelText) &&
      !/^(?:Total|Net|Less|Add|Other)$/.test(labelText) && placed[r].length > 0 && placed[r].every(({ k }) => !above.items.some((i) => i.start === k + 1))) {
      above.label = `${above.label} ${labelText}`;
      const cell = gridRows[above.r].find((c) => c.col === 0);
      if (cell) {
        cell.text = above.label;
        cell.lines = [...cell.lines, labelText];
      }
      for (const { item, k } of placed[r]) {
        const moved = cellAt(item.text, above.r, k + 1, 1, at0(line, item.start));
        gridRows[above.r].push(moved);
        above.items.push({ text: item.text, cells: [moved], start: k + 1, end: k + 1 });
      }
      above.items.sort((a, b) => a.start - b.start);
      gridRows[above.r].sort((a, b) => a.col - b.col);
      bodyRows.push({ kind: 'rule', r, cells: [] });
      continue;
    }
    const items: Item[] = [];
    if (s.label.length > 0) gridRows[r].push(cellAt(labelText, r, 0, 1, at0(line, s.label[0].start)));
    for (const { item, k } of placed[r]) {
      const cell = cellAt(item.text, r, k + 1, 1, at0(line, item.start));
      gridRows[r].push(cell);
      items.push({ text: item.text, cells: [cell], start: k + 1, end: k + 1 });
    }
    bodyRows.push({ kind: 'row', r, label: labelText, indent: { col: 0, points: (s.label[0]?.start ?? 0) * POINTS_PER_CHAR }, items });
  }

  const grid = toGrid(gridRows, width);
  let headerless: TableIssue | null = null;
  if (headerRows.length === 0) {
    const first = bodyRows.find((b): b is BodyRow => b.kind === 'row');
    headerless = { at: first ? { line: lines[first.r].src.line, column: 1 } : at, message: messages.tableWithoutHeader(first?.label || first?.items[0]?.text || '') };
  }
  const seg: Segment = { title: [...title, ...leadTitle], headerRows, bodyStart, end: lines.length - 1, body: bodyRows, notes, spansPrinted: !byOrder };
  const table = writeSegment(grid, seg, 1, issues, at);
  return { table, issues, headerless };
}

/**
 * The last line over the rows printing a label where the rows' labels start and, under the heading above, words in
 * place of a figure (Ferguson's FY2025 guidance: "Net sales*   Low single digit growth" under "2025 Guidance", over
 * "Adjusted operating margin**   9.0% - 9.5%"): a row whose value is printed in words, never a heading. Read as one,
 * "growth" made a column of changes of the guidance's margin and tax rate. Only words in sentence case naming no
 * period or unit, one text over one column: the label and the words, or null.
 */
export function wordedRow(tokens: readonly Token[], labelStart: number, headed: TextColumn[]): { label: Token; value: Token; column: number } | null {
  if (tokens.length !== 2 || headed.length === 0 || !Number.isFinite(labelStart)) return null;
  const [label, value] = tokens;
  if (Math.abs(label.start - labelStart) > 1 || label.end >= headed[0].start - 1 || /\d/.test(value.text)) return null;
  if (isUnitStatement(value.text) || isUnauditedNote(value.text) || PERIOD_PHRASE.test(value.text) || isUnitStatement(label.text) || isUnauditedNote(label.text)) return null;
  const words = value.text.split(/\s+/);
  if (words.length < 2 || !/^[A-Z][a-z]+$/.test(words[0]) || !words.slice(1).every((w) => /^[a-z]+$/.test(w))) return null;
  const span = headerColumns(value.start, value.end, headed);
  return span && span[0] === span[1] ? { label, value, column: span[0] } : null;
}

/**
 * A word or two before a unit statement in the header's corner (XP Power's "Adjusted £m" beside "30 June 2024 | impact |
 * Currency1 | 30 June 2025"): the basis and unit of the table, title as the statement alone is. Read as a label beside
 * the header, it became a row of no figures, and the table's "Adjusted" and "£m" were lost.
 */
export function wordsBeforeUnitStatement(text: string): boolean {
  const words = text.trim().split(/\s+/);
  for (let k = 1; k < words.length && k <= 3; k++) {
    if (words.slice(0, k).every((w) => /^[A-Za-z][A-Za-z-]*$/.test(w)) && isUnitStatement(words.slice(k).join(' '))) return true;
  }
  return false;
}

/**
 * A table's name followed by its unit statement in parentheses: "Second Quarter 2023 Financial Highlights (presented in
 * millions, except per share data and percentages)". The name is words (a year among them), two at least, no other figure.
 */
export function nameWithUnitStatement(text: string): boolean {
  const m = /^([^()]+?)\s*(\([^()]*\))\s*$/.exec(text.trim());
  if (!m || !isUnitStatement(m[2]!)) return false;
  const words = m[1]!.split(/\s+/);
  return words.length >= 2 && words.every((w) => /^(?:[A-Za-z][A-Za-z'’&.-]*|(?:19|20)\d\d|[–—&-])$/.test(w)) && words.some((w) => /^[A-Za-z]{3,}/.test(w));
}

/**
 * A unit statement printed over one column of each group alike (LPL's 2Q26 client cash table: "(in billions)" under
 * "Average Balance" of each quarter's "Average Balance | Revenue | Net Yield (bps)"): that column's unit, not the table's.
 * Taken as the title, it scaled the quarters' revenue, printed in thousands under the page's title, to billions.
 */
export function headsOneColumnOfEachGroup(cells: readonly { first: number; last: number }[], columns: number): boolean {
  if (cells.length < 2 || columns % cells.length !== 0 || columns / cells.length < 2) return false;
  const size = columns / cells.length;
  return cells.every((c, i) => c.first === c.last && c.first - i * size === cells[0].first);
}

/** How far, in characters, a heading's centre may stand from the centre of the columns it is set over. */
const CENTRE_SLACK = 2;

/** A label's end naming its row's unit: "Growth %", "(%)", "bps". */
const UNIT_ENDING = /(?:%|\(%\)|\bbps|\bbasis points)\s*$/i;
/** A rate alone in parentheses: "($0.24299 per Common Share)". */
const RATE_IN_PARENTHESES = /^\(\s*(?:[$€£¥]|[A-Z]{1,3}\$)?\s?\d[\d,]*(?:\.\d+)?\s+per\s+[^()]*\)$/i;

type HeadingCell = { first: number; last: number; text: string; start: number };

/** A heading's line left open for the next: it ends on a preposition, a conjunction or an article. */
const HEADING_LEFT_OPEN = /\b(?:for|of|and|or|the|to|in|at|by|from|with|on|per)$/i;

/** A date heading a column alone: "March 31,", "2026", "December 31, 2025". */
const DATE_HEADING = new RegExp(String.raw`^(?:${MONTH_AND_DAY}(?:\s+\d{4})?|\d{4})$`, 'i');

/**
 * Where a heading's own characters lie on its line (from its start to the next heading's), and their centre: a
 * heading merged from texts over the same columns is measured from its first text to its last.
 */
function ownExtent(cell: HeadingCell, cells: HeadingCell[], line: Line): { start: number; end: number; centre: number } | null {
  const next = cells.filter((o) => o.start > cell.start).reduce((m, o) => Math.min(m, o.start), Infinity);
  const own = line.tokens.filter((t) => t.start >= cell.start && t.start < next);
  if (own.length === 0) return null;
  const start = own[0].start;
  const end = own.at(-1)!.end;
  return { start, end, centre: (start + end) / 2 };
}

/**
 * A span phrase ("Three Months Ended") centred over a run of columns headed by dates alone heads the whole run, not
 * only the column under its characters (Netflix's letters print "Three Months Ended" over "June 30, | March 31, |
 * June 30," with the middle date under it): read under no span, a quarter's figures were a balance struck on its
 * last day. Widened the same number of columns on each side, onto columns no other heading of its line stands over,
 * while its centre stays within CENTRE_SLACK of the run's. Changes the cells in place.
 */
function widenCentredSpans(cells: HeadingCell[], line: Line, below: Line[], columns: TextColumn[]): void {
  const headsOf = (k: number) =>
    below.flatMap((l) => l.tokens).filter((t) => {
      const span = headerColumns(t.start, t.end, columns);
      return span !== null && span[0] <= k && k <= span[1];
    });
  const datesOnly = (k: number) => {
    const heads = headsOf(k);
    return heads.length > 0 && heads.every((t) => DATE_HEADING.test(t.text));
  };
  // Centred over the run's figures, or over the dates that head them (set apart from the figures, as Netflix's are).
  const centred = (centre: number, first: number, last: number) =>
    Math.abs(centre - (columns[first].start + columns[last].end) / 2) <= CENTRE_SLACK ||
    Math.abs(centre - (Math.min(...headsOf(first).map((t) => t.start)) + Math.max(...headsOf(last).map((t) => t.end))) / 2) <= CENTRE_SLACK;
  for (const cell of cells) {
    if (!OPEN_SPAN.test(cell.text)) continue;
    const own = ownExtent(cell, cells, line);
    if (own === null) continue;
    const { centre } = own;
    const free = (k: number) => k >= 0 && k < columns.length && !cells.some((o) => o !== cell && o.first <= k && k <= o.last) && datesOnly(k);
    let widest = 0;
    for (let n = 1; free(cell.first - n) && free(cell.last + n); n++) {
      if (centred(centre, cell.first - n, cell.last + n)) widest = n;
    }
    if (widest === 0 || !datesOnly(cell.first) || !datesOnly(cell.last)) continue;
    cell.first -= widest;
    cell.last += widest;
  }
}

/** A year as a header prints it alone, or a full date: what heads one group of columns in spanOverDatedGroups. */
const DATED = new RegExp(String.raw`^(?:${YEAR}|${MONTH_AND_DAY}\s+${YEAR})$`, 'i');

/**
 * A span phrase or a month and day, alone on its line and centred over the dates of a line below that each head a
 * group of as many columns (a year over its amount, "per share" beside it under no date), heads every group whole:
 * Ferguson's "Three months ended" / "July 31," over "2024 | 2023", each over "$451 | $2.23 per share(1)" (FY2024,
 * pdftotext), its characters over the first group's second column alone; read so, the quarter's net income, under
 * the year alone, was the fiscal year's. Changes the cell in place, and sets each date over its group (HEADS).
 */
function spanOverDatedGroups(cells: HeadingCell[], line: Line, below: Line[], columns: TextColumn[]): void {
  const cell = cells[0];
  if (cells.length !== 1 || !(OPEN_SPAN.test(cell.text) || MONTH_DAY.test(cell.text.trim()))) return;
  const own = ownExtent(cell, cells, line);
  const dates = below.map((l) => l.tokens.filter((t) => DATED.test(t.text.trim()))).find((ts) => ts.length >= 2);
  if (own === null || dates === undefined) return;
  const at = dates.map((t) => headerColumns(t.start, t.end, columns));
  if (at.some((s) => s === null || s[0] !== s[1])) return;
  const cols = at.map((s) => s![0]);
  const step = cols[1] - cols[0];
  // Groups of one width, each printing its date once: a date under no group of its own is no such header.
  if (step < 2 || cols.some((k, i) => i > 0 && k - cols[i - 1] !== step)) return;
  const [first, last] = [cols[0], cols.at(-1)! + step - 1];
  if (last >= columns.length || cell.first < first || cell.last > last || (cell.first === first && cell.last === last)) return;
  const [from, to] = [dates[0].start, dates.at(-1)!.end];
  if (Math.abs(own.centre - (from + to) / 2) > runSlack(from, to)) return;
  // Every other column of a group headed below by words of its own naming no date ("per share(1)"): a column of its own
  // period would break the group, and one headed by nothing (Ulta's percentages of sales beside each amount) would be
  // named as its amount is.
  const heads = (k: number) => below.flatMap((l) => l.tokens).filter((t) => {
    const s = headerColumns(t.start, t.end, columns);
    return s !== null && s[0] === k && s[1] === k;
  });
  const undated = (k: number) => {
    const own = heads(k);
    return own.length > 0 && own.every((t) => !(DATED.test(t.text.trim()) || DATE_HEADING.test(t.text.trim()) || PERIOD_PHRASE.test(t.text)));
  };
  for (let k = first; k <= last; k++) if (!cols.includes(k) && !undated(k)) return;
  [cell.first, cell.last] = [first, last];
  // Each date heads its group too, so the column beside its amount is of its period.
  dates.forEach((t, i) => HEADS.set(t, [cols[i], cols[i] + step - 1]));
}

/**
 * A spanner fitted to the run of columns a reader sees it centred over: J&J's "% Change" printed between
 * "Operational" and "Currency" heads "Reported | Operational | Currency | Adjusted Operational", the four headings
 * under it, not the one column its characters come nearest. A column's extent is that of its figures and of the
 * headings below that stand over it alone; a heading centred (within CENTRE_SLACK) over the columns it already heads
 * keeps them. Else the smallest run around them whose extent it is centred over, every column of the run headed
 * below and none taken by another heading of its line, is its own. Changes the cells in place.
 */
function fitSpannersToGroups(cells: HeadingCell[], line: Line, below: Line[], columns: TextColumn[]): void {
  const n = columns.length;
  if (n < 2 || below.length === 0) return;
  // One heading printed three times or more over the same column of each group, one column each at equal steps, is
  // fitted alike in every group: FinWise's "% of total" over the "loans" column of each date's "Amount | loans" stays
  // over it (only the middle one reached the amounts beside it, which it made shares). (Two printings say no group.)
  const steps = cells.slice(1).map((c, i) => c.first - cells[i]!.first);
  const repeated = cells.length >= 3 && cells.every((c) => c.first === c.last && c.text === cells[0]!.text) && steps.every((d) => d >= 2 && d === steps[0]);
  const before = cells.map((c) => [c.first, c.last] as const);
  fitEach(cells, line, below, columns);
  if (!repeated || cells.every((c, i) => c.first - before[i]![0] === cells[0]!.first - before[0]![0] && c.last - before[i]![1] === cells[0]!.last - before[0]![1])) return;
  // Fitted unalike: the widest fit of any of them, given to each, where the groups then neither overlap nor leave the
  // table; else each its own column.
  const left = Math.min(...cells.map((c, i) => c.first - before[i]![0]));
  const right = Math.max(...cells.map((c, i) => c.last - before[i]![1]));
  const fitted = before.map(([f, l]) => [f + left, l + right] as const);
  const fits = fitted.every(([f, l], i) => f >= 0 && l < n && (i === 0 || f > fitted[i - 1]![1]));
  cells.forEach((c, i) => ([c.first, c.last] = fits ? fitted[i]! : before[i]!));
}

/** Each heading of the line fitted to the run of columns it is centred over (see fitSpannersToGroups). */
function fitEach(cells: HeadingCell[], line: Line, below: Line[], columns: TextColumn[]): void {
  const n = columns.length;
  const { from, to, headedBelow, heads } = columnExtents(below, columns);
  const off = (centre: number, first: number, last: number) => Math.abs(centre - (from[first] + to[last]) / 2);
  for (const cell of cells) {
    // A period's span is widened over the dates it heads alone (widenCentredSpans): "Three Months Ended" centred over
    // "Budget | March 31, | Variance" heads the date.
    // A year is fitted too: J&J's "2023" centred over "Amount | Percent to Sales" (1Q23, pdftotext), its characters
    // over neither, heads the pair; read over the amounts alone, the percentages took another heading's period.
    if (PERIOD_PHRASE.test(cell.text) || (DATE_HEADING.test(cell.text) && !/^\d{4}$/.test(cell.text.trim()))) continue;
    const own = ownExtent(cell, cells, line);
    if (own === null) continue;
    const { centre } = own;
    const free = (k: number) => headedBelow[k] && !cells.some((o) => o !== cell && o.first <= k && k <= o.last);
    const wordsOnly = (k: number) => free(k) && heads[k]!.every((h) => !DATE_HEADING.test(h.trim()) && !PERIOD_PHRASE.test(h));
    const run = cells.length === 1 && CHANGE_SPANNER.test(cell.text) ? wordRunAround(own, from, to, wordsOnly, (k) => heads[k]!.some((h) => DATE_HEADING.test(h.trim()))) : null;
    if (run) {
      [cell.first, cell.last] = run;
      continue;
    }
    // The columns whose headings its characters reach well into (PepsiCo's "Percentage Point Impact" over "Foreign
    // Exchange Translation" and three characters of "Acquisitions and Divestitures"), where its figures' columns were fewer.
    const reached = columns.map((_, k) => k).filter((k) => headedBelow[k] && Math.min(own.end, to[k]) - Math.max(own.start, from[k]) + 1 > 1);
    if (reached.length > 1 && reached[0] <= cell.first && reached.at(-1)! >= cell.last && reached.every(free) && reached.at(-1)! - reached[0] === reached.length - 1) {
      [cell.first, cell.last] = [reached[0], reached.at(-1)!];
      continue;
    }
    // A word set within one column's heading below and no wider than it is that heading's first line: Spire's "Gas" over
    // "Marketing" (3Q FY2024, a Word PDF's text) heads "Gas Marketing", not "Gas Utility | Marketing | Midstream" too.
    if (cell.first === cell.last && /^[A-Za-z][A-Za-z'’&.-]*$/.test(cell.text.trim()) && !PERIOD_PHRASE.test(cell.text) && own.start >= from[cell.first]! && own.end <= to[cell.first]! && heads[cell.first]!.some((h) => !/\d/.test(h) && h.length >= cell.text.trim().length)) continue;
    if (off(centre, cell.first, cell.last) <= CENTRE_SLACK) {
      // A change's heading centred over its own column and over a wider run whose columns are headed below by words
      // that name no period heads the run: J&J's "Percent Change" over "Total | Operations | Currency" (1Q23,
      // pdftotext), set over "Operations", the middle one; read over it alone, the currency effects were amounts.
      if (!CHANGE_SPANNER.test(cell.text)) continue;
      let wide: [number, number] | null = null;
      for (let first = cell.first; first >= 0 && wordsOnly(first); first--) {
        for (let last = cell.last; last < n && wordsOnly(last); last++) {
          if (last - first > cell.last - cell.first && off(centre, first, last) <= runSlack(from[first]!, to[last]!) && (wide === null || last - first > wide[1] - wide[0])) wide = [first, last];
        }
      }
      if (wide) [cell.first, cell.last] = wide;
      continue;
    }
    let best: [number, number] | null = null;
    for (let first = cell.first; first >= 0 && free(first); first--) {
      for (let last = cell.last; last < n && free(last); last++) {
        if (off(centre, first, last) > CENTRE_SLACK || (first === cell.first && last === cell.last)) continue;
        if (best === null || last - first < best[1] - best[0]) best = [first, last];
      }
    }
    if (best === null) continue;
    [cell.first, cell.last] = best;
  }
}

/**
 * The run of columns a change's heading alone on its line heads where it stands within columns headed below by words
 * alone, the run closed by the compared periods' columns or by the table's edge on each side and reaching a dated
 * column on one: J&J's "% Change" over "Reported | Operational (1) | Currency" right of "2023 | 2022" (1Q23,
 * pdftotext, which sets it over "Operational" alone; centred over the three in the PDF). Null where it is not so.
 */
function wordRunAround(own: { start: number; end: number }, from: number[], to: number[], wordsOnly: (k: number) => boolean, dated: (k: number) => boolean): [number, number] | null {
  const n = from.length;
  const at = from.findIndex((f, k) => wordsOnly(k) && f <= own.end && to[k]! >= own.start);
  if (at < 0) return null;
  let first = at;
  let last = at;
  while (first > 0 && wordsOnly(first - 1)) first--;
  while (last + 1 < n && wordsOnly(last + 1)) last++;
  const closedLeft = first === 0 || dated(first - 1);
  const closedRight = last === n - 1 || dated(last + 1);
  const comparing = (first > 0 && dated(first - 1)) || (last < n - 1 && dated(last + 1));
  if (last === first || !closedLeft || !closedRight || !comparing || own.start < from[first]! || own.end > to[last]!) return null;
  return [first, last];
}

/**
 * Each column's extent, that of its figures and of the headings below that stand over it alone, and which columns
 * such a heading stands over.
 */
function columnExtents(below: Line[], columns: TextColumn[]): { from: number[]; to: number[]; headedBelow: boolean[]; heads: string[][] } {
  const from = columns.map((c) => c.start);
  const to = columns.map((c) => c.end);
  const headedBelow = columns.map(() => false);
  const heads: string[][] = columns.map(() => []);
  for (const t of below.flatMap((l) => l.tokens)) {
    const byOrder = HEADS.get(t);
    const span = byOrder ?? headerColumns(t.start, t.end, columns);
    if (span === null || span[0] !== span[1] || (!byOrder && t.end < columns[0].start - 1)) continue;
    const k = span[0];
    headedBelow[k] = true;
    heads[k].push(t.text);
    from[k] = Math.min(from[k], t.start);
    to[k] = Math.max(to[k], t.end);
  }
  return { from, to, headedBelow, heads };
}

/**
 * The columns one heading of its line spans where the figures are read by order: all of them, as a reader takes a
 * heading alone on its line, unless it is set off the table's centre over a run of columns headed below, none of them
 * by a year or a date, that it is centred over: J&J's "Percent Change" over "Total | Operations | Currency", right of
 * "2023 | 2022" (1Q23, pdftotext), spread over the years, read their sales as percentages. Of the runs it is centred
 * over (its middle column alone may be one), the widest: a spanner's words head a group.
 */
function spannedByOrder(t: Token, below: Line[], columns: TextColumn[]): [number, number] {
  const n = columns.length;
  const all: [number, number] = [0, n - 1];
  if (n < 3 || below.length === 0 || PERIOD_PHRASE.test(t.text) || DATE_HEADING.test(t.text)) return all;
  const { from, to, headedBelow, heads } = columnExtents(below, columns);
  const centre = (t.start + t.end) / 2;
  const off = (first: number, last: number) => Math.abs(centre - (from[first] + to[last]) / 2);
  if (off(0, n - 1) <= CENTRE_SLACK) return all;
  const free = (k: number) => headedBelow[k] && !heads[k].some((h) => DATE_HEADING.test(h.trim()));
  let best: [number, number] | null = null;
  for (let first = 0; first < n; first++) {
    for (let last = first; last < n && free(last); last++) {
      if (!free(first) || off(first, last) > CENTRE_SLACK || t.end < from[first] || t.start > to[last]) continue;
      if (best === null || last - first > best[1] - best[0]) best = [first, last];
    }
  }
  return best ?? all;
}

/**
 * A heading set off its column's centre and centred over a run of columns around it that no heading of the header
 * stands over heads that run: McDonald's "Inc/ (Dec)" centred over its "$ (78.1) | (3)%" pair (1Q23, pdftotext), its
 * characters nearest the amounts; read over them alone, the percentages had no heading and were not read at all.
 * Only over columns printing figures (`figured`). Changes the cells in place.
 */
function widenOverUnheaded(cells: HeadingCell[], line: Line, headedAnywhere: boolean[], columns: TextColumn[], figured: boolean[]): void {
  const n = columns.length;
  if (n < 2) return;
  const off = (centre: number, first: number, last: number) => Math.abs(centre - (columns[first].start + columns[last].end) / 2);
  for (const cell of cells) {
    const own = ownExtent(cell, cells, line);
    if (own === null) continue;
    const { centre } = own;
    if (off(centre, cell.first, cell.last) <= CENTRE_SLACK) continue;
    let best: [number, number] | null = null;
    // Only onto columns printing figures: a column of dashes alone gains nothing from a heading but a wrong one (J&J's
    // "Other" adjustment, its heading set apart by pdftotext, beside "Non-GAAP").
    const open = (k: number) => !headedAnywhere[k] && figured[k]!;
    for (let first = cell.first; first >= 0 && (first === cell.first || open(first)); first--) {
      for (let last = cell.last; last < n && (last === cell.last || open(last)); last++) {
        if ((first === cell.first && last === cell.last) || off(centre, first, last) > CENTRE_SLACK) continue;
        if (best === null || last - first < best[1] - best[0]) best = [first, last];
      }
    }
    if (best) [cell.first, cell.last] = best;
  }
}

/**
 * Headings set flush left over groups of columns of equal width, each over the first column of its group and every other
 * column of the groups headed by nothing (Dave & Buster's "14 Weeks Ended | 13 Weeks Ended" over "$ 138,626  45.5 % |
 * $ 126,001  46.6 %", each amount's share of revenue beside it, pdftotext): each heads its group whole, as a reader
 * takes them. Read over the columns nearest their characters, the first period's shares were the second period's, and
 * the second's amounts were read as percentages. Changes the cells in place; whether it did.
 */
function headGroupsFromLeft(cells: HeadingCell[], headedAnywhere: boolean[], columns: TextColumn[], figured: boolean[]): boolean {
  const n = columns.length;
  const k = cells.length;
  if (k < 2 || n % k !== 0 || n === k) return false;
  const step = n / k;
  const sorted = cells.toSorted((a, b) => a.start - b.start);
  const fits = sorted.every((c, i) => {
    const first = i * step;
    // Set over its group's first column: starting over it and before the next column starts.
    if (c.first !== first || c.last !== first || c.start < columns[first]!.start || c.start >= columns[first + 1]!.start) return false;
    for (let j = first + 1; j < first + step; j++) if (headedAnywhere[j] || !figured[j]) return false;
    return true;
  });
  if (!fits) return false;
  sorted.forEach((c, i) => ([c.first, c.last] = [i * step, i * step + step - 1]));
  return true;
}

/** Which columns some heading of the header's lines stands over (text left of the columns is the stub's). */
function headedByAny(header: Line[], columns: TextColumn[], except?: Token): boolean[] {
  const headed = columns.map(() => false);
  if (columns.length === 0) return headed;
  for (const t of header.flatMap((l) => l.tokens)) {
    if (t.end < columns[0].start - 1 || t === except) continue;
    const span = headerColumns(t.start, t.end, columns);
    if (span) for (let k = span[0]; k <= span[1]; k++) headed[k] = true;
  }
  return headed;
}

/**
 * Spanners naming periods over groups that each print the same years below, as many spanners as groups: each heads its group whole,
 * a group running from one printing of the first year to the next. Pfizer's "Second-Quarter" and "Six Months" over
 * "2023  2022  % Change Total | Oper." twice (2Q23, pdftotext): set between the first group's "2022" and its change,
 * "Second-Quarter" headed neither 2023, which was read as the fiscal year, nor the change columns of its own group,
 * and "Six Months" the second group's "2023" by its characters. Changes the cells in place.
 */
function splitAtRepeatedYears(cells: HeadingCell[], below: Line[], columns: TextColumn[]): void {
  if (cells.length < 2 || !cells.every((c) => PERIOD_PHRASE.test(c.text))) return;
  const yearOf: (string | null)[] = columns.map(() => null);
  for (const t of below.flatMap((l) => l.tokens)) {
    if (!/^(?:19|20)\d{2}$/.test(t.text.trim())) continue;
    const span = headerColumns(t.start, t.end, columns);
    if (span && span[0] === span[1]) yearOf[span[0]] = t.text.trim();
  }
  const first = yearOf.findIndex((y) => y !== null);
  if (first < 0) return;
  const starts = yearOf.flatMap((y, k) => (y === yearOf[first] ? [k] : []));
  if (starts.length !== cells.length) return;
  const groups = starts.map((from, i) => [from, (starts[i + 1] ?? columns.length) - 1] as const);
  const years = (g: readonly [number, number]) => yearOf.slice(g[0], g[1] + 1).filter((y) => y !== null).join(' ');
  if (groups.some((g) => years(g) !== years(groups[0]!))) return;
  const sorted = cells.toSorted((a, b) => a.start - b.start);
  if (!sorted.every((c, i) => c.first <= groups[i]![1] && c.last >= groups[i]![0])) return;
  sorted.forEach((c, i) => ([c.first, c.last] = groups[i]!));
}

/** Whether no header line but `line` names a period, a date or a year over the columns (from `from`; the stub's words aside). */
function onlyPeriod(header: Line[], line: Line, from: number): boolean {
  return header.every((l) => l === line || l.tokens.every((t) => t.end < from - 1 || (!PERIOD_PHRASE.test(t.text) && !DATE_HEADING.test(t.text.trim()) && !/\b(?:19|20)\d\d\b/.test(t.text))));
}

/**
 * The one heading of a header line, set centred over the whole table (Anywhere's "Three Months Ended
 * December 31," over "2024  2023  Change  % Change", its characters over the middle two alone), heads
 * every column, as a reader takes it: where its centre is that of the rules drawn under the headings
 * across the columns (or of the columns, with no such rules), and not that of the columns under its
 * characters. A heading centred over its own columns keeps them.
 */
function centredOverAll(cell: { first: number; last: number; text: string; start: number }, line: Line, rules: Line['rules'], columns: TextColumn[]): typeof cell {
  const n = columns.length;
  if (n < 3 || (cell.first === 0 && cell.last === n - 1)) return cell;
  const over = line.tokens.filter((t) => t.end >= columns[0].start - 1);
  if (over.length === 0) return cell;
  const centre = (Math.min(...over.map((t) => t.start)) + Math.max(...over.map((t) => t.end))) / 2;
  const ruled = rules && rules.length >= 3 ? headerColumns(rules[0].start, rules.at(-1)!.end, columns) : null;
  const [first, last] = ruled ?? [0, n - 1];
  if (last - first < 2 || (cell.first <= first && cell.last >= last)) return cell;
  const from = rules && ruled ? rules[0].start : columns[first].start;
  const to = rules && ruled ? rules.at(-1)!.end : columns[last].end;
  const offAll = Math.abs(centre - (from + to) / 2);
  const offOwn = Math.abs(centre - (columns[cell.first].start + columns[cell.last].end) / 2);
  return offAll <= CENTRE_SLACK && offAll < offOwn ? { ...cell, first, last } : cell;
}

/**
 * A heading naming a period without its year: "Q1", "2Q", "H1", "SIX MONTHS", "FULL YEAR", "Fourth Quarter", "Three Months
 * Ended". Loose (any words ending in a period's word): it only decides whether a lone year above heads every column.
 */
const YEARLESS_PERIOD_HEADING = /^(?:Q[1-4]|[1-4]Q|H[12]|(?:[A-Za-z-]+\s+)*(?:quarter|months|weeks|year|year to date|ytd)(?:\s+ended,?)?)$/i;

/**
 * A year alone on a header line, the only year or date the header prints, over a line naming periods without their
 * year that together head every column, heads every column: J&J's "2023" over "Q1 | Q2 | SIX MONTHS" (the 8-K recasting
 * 2023, pdftotext), set over "Q2", the middle one; read by its characters, Q1 and the six months had no year. Changes
 * the cells in place.
 */
function yearOverPeriods(lines: GridCell[][], width: number): void {
  const dated = (c: GridCell) => /\b(?:19|20)\d\d\b/.test(c.text) || DATE_HEADING.test(c.text.trim());
  const years = lines.flatMap((cells) => cells.filter(dated));
  if (years.length !== 1 || !isYear(years[0].text.trim())) return;
  const at = lines.findIndex((cells) => cells.includes(years[0]));
  if (lines[at].length !== 1) return;
  const below = lines.slice(at + 1).find((cells) => cells.length > 0);
  if (!below || below.length < 2 || !below.every((c) => YEARLESS_PERIOD_HEADING.test(c.text.trim()))) return;
  const covered = new Set(below.flatMap((c) => Array.from({ length: c.colSpan }, (_, i) => c.col + i)));
  for (let k = 1; k < width; k++) if (!covered.has(k)) return;
  years[0].col = 1;
  years[0].colSpan = width - 1;
}

// A span's words with its end to come and no date of its own: "Quarter Ended", "For the Three Months Ended".
const SPAN_HEADING = /^(?:for\s+the\s+)?(?:(?:(?:three|six|nine|twelve|\d{1,2})\s+months|(?:[a-z]+\s+)?quarters?|(?:[a-z-]+\s+)?weeks|(?:fiscal\s+)?years?|half[\s-]*years?)\s+(?:ended|ending))$/i;
const DATED_HEADING = new RegExp(String.raw`^(?:${MONTH_AND_DAY}(?:\s+${YEAR})?|${YEAR})$`, 'i');

/**
 * A span heading alone on its line, the only one the header prints, set over some of the dated columns it heads: a PDF's
 * text puts it where its characters fall (Krispy Kreme's "Quarter Ended" over "June 29, 2025" alone, "June 28, / 2026"
 * wrapped to its left); read by its characters, the current quarter was the day June 28, 2026. It heads the dated columns
 * beside it, up to a column no date heads ("Change"). Not where any heading says "as of" a day. Changes the cells in place.
 */
function spanOverDates(lines: GridCell[][]): void {
  const spans = lines.flatMap((cells) => cells.filter((c) => c.col >= 1 && SPAN_HEADING.test(c.text.replace(/\s+/g, ' ').trim())));
  if (spans.length !== 1) return;
  const span = spans[0];
  const at = lines.findIndex((cells) => cells.includes(span));
  if (lines[at].some((c) => c !== span && c.col >= 1)) return;
  const below = lines.slice(at + 1).flat().filter((c) => c.col >= 1);
  if (lines.flat().some((c) => /\b(?:as\s+(?:of|at)|balance)\b/i.test(c.text))) return;
  const dated = new Set(below.filter((c) => c.colSpan === 1 && DATED_HEADING.test(c.text.replace(/\s+/g, ' ').trim())).map((c) => c.col));
  // Over one dated column, or several (eBay's "Three Months Ended" over the second and third of five dates, 1Q23); never
  // onto a column a period of its own heads below (Confluent's "Year Ended December 31," beside "December 31," under
  // "Three Months Ended", 4Q24).
  for (let k = span.col; k < span.col + span.colSpan; k++) if (!dated.has(k)) return;
  const ownSpan = new Set(below.filter((c) => PERIOD_PHRASE.test(c.text)).flatMap((c) => Array.from({ length: c.colSpan }, (_, j) => c.col + j)));
  const open = (k: number) => dated.has(k) && !ownSpan.has(k);
  let first = span.col;
  let last = span.col + span.colSpan - 1;
  while (open(first - 1)) first--;
  while (open(last + 1)) last++;
  if (first === span.col && last === span.col + span.colSpan - 1) return;
  span.col = first;
  span.colSpan = last - first + 1;
}

/**
 * A period named without its year, alone on its header line and set between two years of a line below, over neither,
 * heads both years' columns: J&J's "SECOND QUARTER" between "2023" and "2022", each fitted over its "Amount | Percent to
 * Sales" pair (2Q23, pdftotext, unseen set s27), its characters over the second pair's amounts alone; read so, the first
 * pair was under its year alone, 2023's quarter read as the fiscal year. As a heading centred in the gap between two
 * columns heads both (`byGroups`). Changes the cells in place.
 */
function periodBetweenYears(lines: GridCell[][]): void {
  const extent = (c: GridCell) => ({ start: c.at.column - 1, end: c.at.column - 2 + c.text.length });
  for (const [i, cells] of lines.entries()) {
    if (cells.length !== 1 || !YEARLESS_PERIOD_HEADING.test(cells[0].text.trim())) continue;
    const period = cells[0];
    const own = extent(period);
    const below = lines.slice(i + 1).find((row) => row.filter((c) => isYear(c.text.trim())).length >= 2);
    if (!below) continue;
    const years = below.filter((c) => isYear(c.text.trim())).sort((a, b) => a.col - b.col);
    for (let k = 0; k + 1 < years.length; k++) {
      const [a, b] = [years[k]!, years[k + 1]!];
      if (!(extent(a).end < own.start && own.end < extent(b).start)) continue;
      // Widened over both years' columns, never narrowed: a heading already spanning more keeps what it spans.
      const [first, last] = [Math.min(period.col, a.col), Math.max(period.col + period.colSpan - 1, b.col + b.colSpan - 1)];
      // Only a heading already over part of those columns: never one moved onto columns it does not stand over.
      if (period.col + period.colSpan - 1 < a.col || period.col > b.col + b.colSpan - 1) break;
      period.col = first;
      period.colSpan = last - first + 1;
      break;
    }
  }
}

/**
 * A group's column headings run together into one text over the wrong columns (XP Power's H1 2025 regions: "Europe North
 * America Asia" one space apart over two columns, "Total" over Asia's figures, its total under no heading) where the
 * group beside it, of as many columns, prints the same headings apart, word for word in order ("Europe | North America |
 * Asia | Total", "America" on the line below): each column of the group takes its sibling's heading in turn. Only
 * where the words agree whole and nothing else heads the group's columns on those lines. Changes the lines in place.
 */
export function spellSiblingHeadings(lines: GridCell[][], width: number): void {
  const words = (texts: string[]) => texts.join(' ').split(/\s+/).filter(Boolean).join(' ');
  for (let i = 0; i < lines.length; i++) {
    for (const run of [...lines[i]]) {
      if (run.colSpan < 2 || run.text.trim().split(/\s+/).length < 2) continue;
      for (let n = run.colSpan + 1; n <= width - 1; n++) {
        const group = [run.col, run.col + n - 1];
        for (const s of [run.col + n, run.col - n]) {
          if (s < 1 || s + n - 1 > width - 1) continue;
          // The sibling's headings: its columns' single-column cells on these lines, top to bottom.
          const sibling = Array.from({ length: n }, (_, j) =>
            words(lines.slice(i).flatMap((l) => l.filter((c) => c.colSpan === 1 && c.col === s + j).map((c) => c.text))));
          if (sibling.some((t) => t === '') || lines.slice(i).some((l) => l.some((c) => c.col < s + n && c.col + c.colSpan - 1 >= s && c.colSpan > 1))) continue;
          // This group's: the run and what follows it on its line, nothing else on these lines over its columns.
          const mine = lines[i].filter((c) => c.col >= group[0] && c.col <= group[1]).sort((a, b) => a.col - b.col);
          if (mine.some((c) => c.col + c.colSpan - 1 > group[1]) || lines.slice(i + 1).some((l) => l.some((c) => c.col + c.colSpan - 1 >= group[0] && c.col <= group[1]))) continue;
          if (words(mine.map((c) => c.text)) !== words(sibling)) continue;
          const kept = lines[i].filter((c) => !mine.includes(c));
          const spelt = sibling.map((text, j) => ({ ...run, col: group[0] + j, colSpan: 1, text, lines: [text] }));
          lines[i].splice(0, lines[i].length, ...[...kept, ...spelt].sort((a, b) => a.col - b.col));
          // A heading above that stood over part of either group (its period, centred over the misplaced run) heads it
          // whole, as many columns as its sibling, where nothing else on its line does.
          for (const start of [group[0], s]) {
            for (const above of lines.slice(0, i)) {
              const over = above.find((c) => c.col === start && c.col + c.colSpan - 1 < start + n - 1);
              if (over && !above.some((c) => c !== over && c.col <= start + n - 1 && c.col + c.colSpan - 1 >= start)) over.colSpan = n;
            }
          }
          return spellSiblingHeadings(lines, width);
        }
      }
    }
  }
}

/**
 * A heading centred over part of each of two groups the line below sets (Avient's "Three Months Ended December 31,"
 * over "2024" and "2023", each ruled over its "$ | EPS" pair) heads both groups whole: a reader never splits a group
 * under one heading, and the group's first column read under none was a year alone, the quarter's figures a year's.
 * Widened only where no other heading of its line stands over the columns it gains. Changes the cells in place.
 */
function spanWholeGroups(lines: GridCell[][]): void {
  for (let i = lines.length - 2; i >= 0; i--) {
    for (const cell of lines[i]) {
      let first = cell.col;
      let last = cell.col + cell.colSpan - 1;
      for (const g of lines[i + 1]) {
        const end = g.col + g.colSpan - 1;
        if (g.colSpan > 1 && g.col <= last && end >= first) {
          first = Math.min(first, g.col);
          last = Math.max(last, end);
        }
      }
      const taken = lines[i].some((o) => o !== cell && o.col <= last && o.col + o.colSpan - 1 >= first);
      if (taken || (first === cell.col && last === cell.col + cell.colSpan - 1)) continue;
      cell.col = first;
      cell.colSpan = last - first + 1;
    }
  }
}

/**
 * Headings over a leaf line that repeats one group of headings (McDonald's "2023 | 2022 | Inc/ (Dec) | … Translation"
 * twice, 1Q23, pdftotext), one heading over each repetition, none straddling two and one heading its repetition whole
 * ("Net Income", "Earnings per share - diluted"), each head their repetition whole: "Net Income", centred left of its
 * group by the layout, headed "2022 | Inc/ (Dec)" alone, the current year's income was a line of no measure and its
 * growths were read by no pair of columns the release names. Changes the cells in place.
 */
function spanRepeatedGroups(lines: GridCell[][], width: number): void {
  const leaf = lines.at(-1);
  const n = width - 1;
  if (!leaf || n < 4) return;
  const texts: (string | undefined)[] = Array.from({ length: n }, (_, k) => leaf.find((c) => c.col === k + 1 && c.colSpan === 1)?.text.trim());
  if (texts.some((t) => !t)) return;
  for (let p = 2; p <= n / 2; p++) {
    if (n % p !== 0 || !texts.every((t, k) => t === texts[k % p])) continue;
    const groups = n / p;
    const groupOf = (col: number) => Math.floor((col - 1) / p);
    for (const line of lines.slice(0, -1)) {
      // Spanners alone: a heading over one column is a stacked part of the leaf's ("Inc/ (Dec)" over "Excluding …").
      const cells = line.filter((c) => c.col > 0);
      if (cells.length !== groups || cells.some((c) => c.colSpan < 2)) continue;
      const own = cells.map((c) => groupOf(c.col));
      if (!cells.every((c, i) => groupOf(c.col + c.colSpan - 1) === own[i]) || new Set(own).size !== groups) continue;
      // One of them heads its repetition whole, as the others then do; spanners set alike in each ("Percent Change" over
      // "Total | Operations | Currency" of each period, J&J's supplementary sales) head the same part of each.
      if (!cells.some((c) => c.colSpan === p)) continue;
      for (const [i, c] of cells.entries()) {
        c.col = own[i]! * p + 1;
        c.colSpan = p;
      }
    }
    return;
  }
}

/** A financial statement named in capitals: "CONSOLIDATED STATEMENTS OF INCOME", "BALANCE SHEETS", "STATEMENTS OF FINANCIAL CONDITION". */
const STATEMENT_NAME = /\b(?:STATEMENTS?\s+OF|BALANCE\s+SHEETS?|FINANCIAL\s+(?:CONDITION|POSITION)|CASH\s+FLOWS?)\b/;
/** A title line left open for the next ("CONSOLIDATED STATEMENTS OF"), and a line going on with one ("OF INCOME"). */
const OPEN_END = /\b(?:OF|AND|FOR|TO|IN|ON|THE)$|&$/;
const GOES_ON = /^(?:(?:OF|AND|FOR|TO|IN|ON)\b|&)/;

/**
 * Whether text printed beside a header line is the table's title, in capitals as statement titles
 * are: a statement's name ("CONSOLIDATED STATEMENTS OF INCOME" left of "Quarter Ended"), or the rest
 * of a title line in capitals that the line leaves open or the text goes on with ("CONSOLIDATED
 * STATEMENTS" above, "OF INCOME" left of "Nine Months Ended"; Horizon Financial's 2006 EDGAR
 * exhibit). A section's caption ("ASSETS", "INTEREST RATES:") names no statement, and continues no title.
 */
function titleInCapitals(text: string, above: string | undefined): boolean {
  const capitals = (t: string) => /[A-Z]/.test(t) && !/[a-z]/.test(t.replace(/\([^()]*\)/g, ''));
  const words = text.replace(/\s*\([^()]*\)\s*$/, '').trim();
  if (!capitals(text) || words.endsWith(':')) return false;
  if (STATEMENT_NAME.test(words)) return true;
  return above !== undefined && capitals(above) && (OPEN_END.test(above.trim()) || GOES_ON.test(words));
}

/**
 * Capitals beside a header's first line that go on with the title, though they name no statement: after a title
 * line printed right above the header (no blank line between), in capitals, that names none either ("CONSOLIDATED FINANCIAL" / "RATIOS   Quarter Ended …"; "RESERVE FOR
 * LOAN" / "LOSSES   Quarter Ended …"), or, with no title above, alone on that line ("AVERAGE  BALANCES" over the
 * headings), in Horizon's 2006 exhibit. A caption ending in a colon, or under a title naming a statement ("ASSETS"
 * under "CONSOLIDATED BALANCE SHEETS"), opens the rows.
 */
function titleGoesOn(text: string, above: string | undefined, alone: boolean): boolean {
  const capitals = (t: string) => /[A-Z]/.test(t) && !/[a-z]/.test(t.replace(/\([^()]*\)/g, ''));
  if (!capitals(text) || text.trim().endsWith(':')) return false;
  if (above === undefined) return alone;
  return capitals(above) && !STATEMENT_NAME.test(above) && !isUnitStatement(above) && !isUnauditedNote(above) && !above.trim().endsWith(':');
}

/**
 * A name in title case: two words or more, every word of four letters or more capitalised, some in lower case (capitals
 * are `titleInCapitals`'), no figure and no closing colon ("Key Operating Metrics"; not "Net sales", "Assets:").
 */
function titleCased(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || /[\d:]$|\d/.test(text.trim()) || !/[a-z]/.test(text)) return false;
  return words.every((w) => !/^\p{L}{4,}/u.test(w) || /^\p{Lu}/u.test(w));
}

/** A heading naming a period: a span, a month, a year. */
const HEADING_PERIOD = /\b(?:quarters?|months?|weeks?|years?|ended|ending|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:19|20)\d{2}|\b(?:q[1-4]|[1-4]q|fy|h[12])\b/i;

/** Text that opens more parentheses than it closes: a statement wrapped onto the next line. */
function unclosed(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
}

/** The columns as the first row printing `n` values sets them; null when no row does. */
function firstRowColumns(rows: Placed[][], n: number): TextColumn[] | null {
  const row = rows.find((r) => r.length === n);
  return row ? row.map((v) => ({ start: v.start, end: v.end, edgeFrom: v.end, edgeTo: v.end })) : null;
}

/** A figure printed with a comma between thousands, whose span can cover two digit groups another row parts with a space. */
const GROUPED = /\d,\d{3}/;

/**
 * Digit groups parted by one space ("1 215") right under a figure of another row that covers them both ("12,493") are
 * one figure's text, not two columns: Costco's 3Q23 balance sheet (pdftotext -layout) prints an overprinted line
 * "Sh  i   1 215   846" before a page break, and its "1" made a column of its own that no header named, so the
 * table's two dates headed three columns and its rows after the break, two figures each, continued nothing.
 * The joined text is no figure the ingest reads; the line is said, not read. Changes the lines' tokens in place.
 */
function joinSpacedGroups(lines: Line[]): void {
  const figures = lines.flatMap((l) => l.tokens.filter((t) => GROUPED.test(t.text) && isFigure(t.text)));
  for (const line of lines) {
    for (let k = 0; k + 1 < line.tokens.length; k++) {
      const [a, b] = [line.tokens[k], line.tokens[k + 1]];
      if (!/^\d{1,3}$/.test(a.text) || !/^\d{3}$/.test(b.text) || b.start - a.end !== 2) continue;
      if (!figures.some((f) => f.start <= a.start && f.end >= b.end)) continue;
      line.tokens.splice(k, 2, { text: `${a.text} ${b.text}`, start: a.start, end: b.end });
    }
  }
}

/** A unit printed alone under its figure when the cell wrapped ("(790)" over "bps"). */
const UNIT_WORD = /^(?:bps|bp|pts?|points|%|x|years?)$/i;
/** How far apart a wrapped figure and its unit may print, in characters. */
const UNIT_REACH = 3;

/**
 * Cells wrapped over two lines ("Gross Margin   (790)" over " %   61.1%  …  bps"): a line whose
 * figures each stand just above a unit printed alone on the next line gives them to that line,
 * joined ("(790) bps"), and keeps its label, which the next line's label continues. Changes the
 * lines' tokens in place.
 */
function joinWrappedUnits(lines: Line[]): void {
  for (let r = 0; r + 1 < lines.length; r++) {
    const upper = lines[r];
    const lower = lines[r + 1];
    if (upper.rules || lower.rules) continue;
    const v = firstValue(upper.tokens);
    if (v < 0) continue;
    const figures = upper.tokens.slice(v);
    const units = lower.tokens.filter((t) => UNIT_WORD.test(t.text));
    const below = figures.map((f) => units.find((u) => u.start <= f.end + UNIT_REACH && u.end >= f.start - UNIT_REACH));
    if (figures.length === 0 || below.some((u) => u === undefined) || new Set(below).size !== below.length) continue;
    figures.forEach((f, i) => {
      const u = below[i]!;
      const k = lower.tokens.indexOf(u);
      lower.tokens[k] = { text: `${f.text} ${u.text}`, start: Math.min(f.start, u.start), end: u.end };
    });
    upper.tokens = upper.tokens.slice(0, v);
  }
}

/**
 * A column of note letters beside the figures (Carrier's reconciliation: "(96)  a", "831  b", and "a,"
 * wrapped above "b"): each letter is a note mark of the figure before it, appended as "(96)(a)" as a
 * raised mark is, never a column of its own (it made the marks values and the "a," line a header).
 * A line of marks alone gives them to the mark under them. A mark after a nil is left out, as the
 * release text has no form for a nil's note. Changes the lines' tokens in place.
 */
function attachNoteLetters(lines: Line[]): void {
  const isMark = (t: Token) => isNoteLetters(t.text);
  for (let r = 0; r < lines.length; r++) {
    const line = lines[r];
    if (line.rules || line.tokens.length === 0) continue;
    if (line.tokens.every((t) => isMark(t) && t.start > 0)) {
      const below = lines[r + 1];
      for (const t of line.tokens) {
        const k = below?.rules ? -1 : (below?.tokens.findIndex((u) => isMark(u) && u.start <= t.end + 1 && u.end >= t.start - 1) ?? -1);
        if (k > 0 && isValueText(below.tokens[k - 1].text)) below.tokens[k] = { ...below.tokens[k], text: `${t.text.replace(/,$/, '')}, ${below.tokens[k].text}` };
      }
      line.tokens = [];
      continue;
    }
    const kept: Token[] = [];
    for (const t of line.tokens) {
      const prev = kept.at(-1);
      if (!prev || !isMark(t) || !isValueText(prev.text)) {
        kept.push(t);
        continue;
      }
      if (/[\d%)]$/.test(prev.text)) {
        const marks = t.text.split(',').map((m) => m.trim()).filter((m) => m !== '');
        kept[kept.length - 1] = { ...prev, text: `${prev.text}${marks.map((m) => `(${m})`).join('')}` };
      }
    }
    line.tokens = kept;
  }
}

/** A note mark printed alone: "(1)", "(a)", "(1,2)". */
const LONE_MARK = /^\((?:\d{1,2}|[a-z])(?:,\s?(?:\d{1,2}|[a-z]))*\)$/i;

/**
 * A note mark set on a line of its own, raised over the end of the label below it (Amcor's cash flow statement,
 * PDF text: "(1)" above "Cash and cash equivalents at the beginning of the year   850   850"), is that label's
 * mark, as a superscript is: read alone, it was a figure (−1) in a column of its own, and the row lost its note.
 * Joined where it stands right of the label's start and left of the row's first figure. A mark wrapped under a label
 * of no figures, over the figures' line ("Other non-operating income, net" / "(1)" / "(261)  (1,177) …", Krispy
 * Kreme's), ends that label, as a label's own wrapped words would; one raised over a caption of no figures ("(1)" over
 * "U.S.:") is the caption's. Changes the lines in place.
 */
function lowerRaisedMarks(lines: Line[]): void {
  // Where the block's figures start: a mark left of it is a label's, never a figure.
  let figures = Infinity;
  for (const l of lines) {
    const v = l.rules || l.tokens.length < 2 ? -1 : firstValue(l.tokens);
    if (v >= 1) figures = Math.min(figures, l.tokens[v].start);
  }
  for (let r = 0; r + 1 < lines.length; r++) {
    const line = lines[r];
    const below = lines[r + 1];
    // A row whose figures a raised mark alone labels, over words alone set left of the mark, the table's last line or
    // a blank line after them: those words are the row's label, set lower than its figures, as a PDF's text prints a
    // bolder label (Krispy Kreme's "(3)   417   430   423" over "Total Hubs", 2Q26). Read as printed, "(3)" was
    // the row and the total a caption heading nothing.
    if (!line.rules && !below.rules && line.tokens.length >= 2 && LONE_MARK.test(line.tokens[0]!.text) && line.tokens.slice(1).every((t) => isValueText(t.text) || isCurrencySymbol(t.text)) &&
      below.tokens.length === 1 && firstValue(below.tokens) < 0 && below.tokens[0]!.start < line.tokens[0]!.start && !LONE_MARK.test(below.tokens[0]!.text) &&
      (r + 2 >= lines.length || lines[r + 2]!.tokens.length === 0)) {
      const [mark, label] = [line.tokens[0]!, below.tokens[0]!];
      line.tokens[0] = { ...label, text: `${label.text} ${mark.text}` };
      below.tokens = [];
      continue;
    }
    if (line.rules || below.rules || line.tokens.length !== 1 || !LONE_MARK.test(line.tokens[0].text)) continue;
    const mark = line.tokens[0];
    const v = firstValue(below.tokens);
    const above = r > 0 ? lines[r - 1] : undefined;
    // Raised over a caption of no figures ("(1)" over "U.S.:", Krispy Kreme's points of access by segment): its mark.
    // Not under a line of words alone: there it ends those words (Russel Metals' "Segment / Operating / Profits /
    // and EBIT / (1)" over "Metals service / centers  $ 20.9 …").
    const underWords = !!above && !above.rules && above.tokens.length > 0 && firstValue(above.tokens) < 0;
    if (v < 0 && !underWords && below.tokens.length > 0 && mark.start > below.tokens[0].start && mark.end < figures) {
      const caption = below.tokens.at(-1)!;
      below.tokens[below.tokens.length - 1] = { ...caption, text: `${caption.text} ${mark.text}`, end: Math.max(caption.end, mark.end) };
      line.tokens = [];
      continue;
    }
    if (v === 0 && above && !above.rules && above.tokens.length === 1 && firstValue(above.tokens) < 0) {
      // Wrapped under its label: at or right of where the label starts, left of every figure of the line below.
      const label = above.tokens[0];
      if (mark.start < label.start || mark.end >= below.tokens[0].start) continue;
      // The label comes down onto the mark's line, beside the figures' line it heads.
      line.tokens = [{ ...label, text: `${label.text} ${mark.text}`, end: Math.max(label.end, mark.end) }];
      above.tokens = [];
      continue;
    }
    if (v < 1 || mark.start <= below.tokens[0].start || mark.end >= below.tokens[v].start) continue;
    // The label's last words, past the marks set before a figure ("~", "$": PG&E's "Bankruptcy and legal costs   ~  0.03"
    // under "(3)", 2023 guidance): the mark joined to "~" was read as a figure of (3).
    let k = v - 1;
    while (k > 0 && (APPROXIMATE_MARK.test(below.tokens[k]!.text) || isCurrencySymbol(below.tokens[k]!.text))) k--;
    const label = below.tokens[k]!;
    below.tokens[k] = { ...label, text: `${label.text} ${mark.text}`, end: Math.max(label.end, mark.end) };
    line.tokens = [];
  }
}

/**
 * A label set on the lines around its figures, centred beside them, its note mark a bare digit on the figures' line:
 * BNP Paribas' "Other net losses for risk on financial" / "1   -115   -96 …" / "instruments" (2Q25, a PDF's text, every
 * label centred). Read as printed, the mark was a figure (1) in a column of its own, left of every other, which moved
 * the table's centre, and "instruments" a caption. The mark stands within the words above, left of every figure of
 * the block; the words above and below (one line each, no figure) are the label, the mark its note. In place.
 */
function joinLabelsAroundMarks(lines: Line[]): void {
  let figures = Infinity;
  for (const l of lines) {
    const v = l.rules || l.tokens.length < 2 ? -1 : firstValue(l.tokens);
    if (v >= 1) figures = Math.min(figures, l.tokens[v]!.start);
  }
  const words = (l: Line | undefined) => !!l && !l.rules && l.tokens.length === 1 && firstValue(l.tokens) < 0;
  for (let r = 1; r < lines.length; r++) {
    const line = lines[r]!;
    const [above, below] = [lines[r - 1]!, lines[r + 1]];
    if (line.rules || line.tokens.length === 0 || !words(above)) continue;
    // With no mark, the figures alone between the label's lines, the row closed by a blank line under them: "Share of
    // Earnings of Equity-Method" / "420   385 …" / "Entities".
    if (firstValue(line.tokens) === 0 && line.tokens[0]!.start >= figures && words(below) && (r + 2 >= lines.length || lines[r + 2]!.tokens.length === 0)) {
      const [label, rest] = [above.tokens[0]!, below!.tokens[0]!];
      if (rest.start < label.start || rest.end > label.end) continue;
      line.tokens.unshift({ text: `${label.text} ${rest.text}`, start: label.start, end: label.end });
      above.tokens = [];
      below!.tokens = [];
      continue;
    }
    if (line.tokens.length < 2 || !/^\d$/.test(line.tokens[0]!.text)) continue;
    const mark = line.tokens[0]!;
    const label = above.tokens[0]!;
    if (mark.end >= figures || mark.start < label.start || mark.start > label.end + RAISED_MARK_GAP || !line.tokens.slice(1).every((t) => isValueText(t.text) || isCurrencySymbol(t.text))) continue;
    const rest = words(below) && below!.tokens[0]!.start >= label.start && below!.tokens[0]!.end <= label.end ? below!.tokens[0]! : null;
    line.tokens[0] = { text: `${label.text}${rest ? ` ${rest.text}` : ''} (${mark.text})`, start: label.start, end: Math.max(label.end, mark.end) };
    above.tokens = [];
    if (rest) below!.tokens = [];
  }
}

/** Characters a superscript note mark may stand past the end of the heading it marks. */
const RAISED_MARK_GAP = 4;

/**
 * A header line of note marks alone, each raised over the end of a heading on the line below (J&J's "(1)" over each
 * "Operational", 2Q23 segment sales, PDF text): each mark ends the heading it stands over, as a superscript does, and
 * the line goes, so it parts no spanner ("% Change") from the headings it heads. Changes the lines in place.
 */
function lowerMarksOntoHeadings(header: Line[]): void {
  joinOpenHeadings(header);
  for (let r = 0; r + 1 < header.length; r++) {
    const line = header[r]!;
    if (line.rules || line.tokens.length === 0 || !line.tokens.every((t) => LONE_MARK.test(t.text))) continue;
    const below = header.slice(r + 1).find((l) => !l.rules && l.tokens.length > 0);
    if (!below) continue;
    // Over the heading's last characters, or just past its end (a superscript set after the word); else in the gap
    // after a heading, nearer its end than the next heading's start (J&J 1Q23's "(2,3)" four spaces past
    // "PHARMACEUTICAL SEGMENT", the stub's caption, the first column far right of it).
    const headings = below.tokens.filter((t) => !LONE_MARK.test(t.text));
    const after = (m: Token) => {
      const k = headings.findLastIndex((t) => t.end <= m.start);
      const next = headings[k + 1];
      if (k < 0 || (next && (next.start <= m.end || next.start - m.end <= m.start - headings[k]!.end))) return -1;
      return below.tokens.indexOf(headings[k]!);
    };
    const under = line.tokens.map((m) => {
      const k = below.tokens.findIndex((t) => t.start <= m.end && t.end >= m.start - RAISED_MARK_GAP && !LONE_MARK.test(t.text));
      return k >= 0 ? k : after(m);
    });
    if (under.some((k) => k < 0)) continue;
    // The heading keeps its place: a superscript widens no heading, so a spanner stays centred over its columns (J&J
    // 1Q23's "% Change" over "Reported | Operational (1) | Currency").
    under.forEach((k, i) => {
      const t = below.tokens[k]!;
      below.tokens[k] = { ...t, text: `${t.text} ${line.tokens[i]!.text}` };
    });
    line.tokens = [];
  }
}

/**
 * A text alone on a header line, left open on a word no heading ends with, over one heading of the next line that goes
 * on in lower case, is that heading's first line (Ulta's "Gross square feet for" over "stores opened or" / "expanded
 * during the" / "quarter", 2Q FY2023): joined to it, so it is written into its column and spreads over no columns
 * beside it, as a heading written once over a merged cell does. Changes the lines in place.
 */
function joinOpenHeadings(header: Line[]): void {
  for (let r = 0; r + 1 < header.length; r++) {
    const line = header[r]!;
    const below = header[r + 1]!;
    if (line.rules || below.rules || line.tokens.length !== 1 || !HEADING_LEFT_OPEN.test(line.tokens[0]!.text.trim())) continue;
    const t = line.tokens[0]!;
    const under = below.tokens.filter((o) => o.start <= t.end && o.end >= t.start);
    if (under.length !== 1 || !/^\p{Ll}/u.test(under[0]!.text)) continue;
    const k = below.tokens.indexOf(under[0]!);
    below.tokens[k] = { ...under[0]!, text: `${t.text} ${under[0]!.text}` };
    line.tokens = [];
  }
}

/**
 * The columns of the heading on a line above that `t` sits under (their characters overlap) and that reaches the
 * figures' columns: undefined where none does.
 */
function headingAbove(above: readonly Line[], t: Token, headed: TextColumn[]): [number, number] | undefined {
  for (const line of above.toReversed()) {
    const over = line.tokens.find((o) => o.start <= t.end && o.end >= t.start);
    if (over === undefined) continue;
    return over.end >= headed[0]!.start - 1 ? (HEADS.get(over) ?? headerColumns(over.start, over.end, headed) ?? undefined) : undefined;
  }
  return undefined;
}

/**
 * Where the body starts among `header` lines: captions printed under the headings, where
 * the labels start ("Reconciliation of GAAP gross profit to non-GAAP gross profit:", "ASSETS",
 * a label wrapped above its first row) open the rows, with the blank lines between them. The
 * headings themselves stay: at least one line of text or a rule is left above.
 */
function captionsFrom(header: Line[], zone: LabelZone, body: Line[] = []): number {
  // Sections of the body each naming a period on a line alone ("Three Months Ended June 30, 2023" over its rows, then
  // "Nine Months Ended June 30, 2024": Spire's reconciliation by segment, 3Q FY2024): the first such line, printed right
  // under the headings, opens the first section as they do, no title dating every column.
  const periodSections = body.some((l) => l.tokens.length === 1 && inLabelZone(l.tokens, zone) && PERIOD_PHRASE.test(l.tokens[0]!.text) && /\b(?:19|20)\d\d\b/.test(l.tokens[0]!.text));
  let from = header.length;
  for (let r = header.length - 1; r >= 0; r--) {
    const line = header[r];
    if (line.rules) break;
    if (line.tokens.length === 0) continue;
    const periodCaption = periodSections && r === header.length - 1 && line.tokens.length === 1 && /\b(?:19|20)\d\d\b/.test(line.tokens[0]!.text);
    if (!inLabelZone(line.tokens, zone) || isUnitStatement(line.tokens[0].text) || isUnauditedNote(line.tokens[0].text) || (PERIOD_PHRASE.test(line.tokens[0].text) && !periodCaption)) break;
    from = r;
  }
  const above = header.slice(0, from).some((l) => l.rules || l.tokens.length > 0);
  return above ? from : header.length;
}

function cellAt(text: string, row: number, col: number, colSpan: number, at: SourceLocation, bottom: Rule = 'none'): GridCell {
  return { row, col, rowSpan: 1, colSpan, text, lines: text ? [text] : [], top: 'none', bottom, underlined: false, bold: false, indent: 0, at };
}

function toGrid(rows: GridCell[][], width: number): Grid {
  const slots = rows.map((cells) => {
    const slot: (GridCell | null)[] = Array.from({ length: width }, () => null);
    for (const c of cells) for (let k = c.col; k < c.col + c.colSpan && k < width; k++) slot[k] = c;
    return slot;
  });
  return { rows: rows.map((cells) => [...cells].sort((a, b) => a.col - b.col)), slots, width, rowElements: [] };
}

export type { TextColumn };

/** The column a heading split off a token heads where its characters reach into two (see columnHeadings). */
const HEADS = new WeakMap<Token, [number, number]>();

/** A month's name alone, as a date's first line prints it over the day and the year below. */
const MONTH_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/i;

/** A heading that names one column by itself: a year, or a change ("Change", "% Change", "Variance", "Increase (Decrease)"). */
const COLUMN_HEADING = /^(?:(?:19|20)\d\d|%?\s*change|%|variance|increase|\(?decrease\)?|increase\s*\/?\s*\(?decrease\)?|inc\.?\s*\/?\s*\(?dec\.?\)?|(?:yoy|qoq|y-o-y|q-o-q)(?:\s*\(?%\)?)?|(?:Q[1-4]|[1-4]Q|H[12]|\d{1,2}M)\s+FY\s?'?\d{2,4}|FY\s?['’]?\d{2,4}(?:\s+YTD)?|\$\s*change)$/i;
/** A change's word alone, and the first word of a short period ("9M", "Q3", "H1"), as a heading line prints them. */
const CHANGE_WORD = /^(?:yoy|qoq|y-o-y|q-o-q|change|%)$/i;
const PERIOD_START = /^(?:Q[1-4]|[1-4]Q|H[12]|\d{1,2}M)$/i;
/** A fiscal year printed with its apostrophe ("FY'24"), which starts a heading of its own as a year does. */
const FISCAL_YEAR_WORD = /^FY['’]?\d{2,4}$/i;

/**
 * Headings of two columns printed one space apart ("2003 Change" over a year and its change
 * column, where the typist left one space): split where a year meets the next heading, when
 * each part names a column by itself and sits over a column of its own. A phrase that spans
 * columns ("Three Months Ended December 31, 2004") is left whole.
 */
function columnHeadings(token: Token, columns: TextColumn[]): Token[] {
  const words = [...token.text.matchAll(/\S+/g)];
  if (words.length < 2 || columns.length < 2) return [token];
  const parts: Token[] = [];
  for (const [i, w] of words.entries()) {
    const start = token.start + w.index;
    const end = start + w[0].length - 1;
    const prev = words[i - 1];
    const last = parts.at(-1);
    // A month's name after another's is another column's ("January January January" over Ulta's three quarters,
    // pdftotext parting them by one space, 4Q22), as a year after a year is.
    // A change word and a short period after it ("YoY 9M FY26", JTL's highlights, pdftotext parting them by one space).
    // A fiscal year, or a "$" before "Change", starts another ("FY'24 YTD FY'23 YTD $ Change" over OpenText's three
    // columns of the year to date, 3Q FY24, pdftotext parting them by one space).
    const breaks = !last || /^(?:19|20)\d\d$/.test(w[0]) || /^(?:19|20)\d\d$/.test(prev[0]) || (MONTH_WORD.test(w[0]) && MONTH_WORD.test(prev[0])) || (CHANGE_WORD.test(prev[0]) && PERIOD_START.test(w[0])) || (FISCAL_YEAR_WORD.test(w[0]) && !PERIOD_START.test(prev[0])) || (w[0] === '$' && /^change$/i.test(words[i + 1]?.[0] ?? ''));
    if (breaks) parts.push({ text: w[0], start, end });
    else {
      last.text = `${last.text} ${w[0]}`;
      last.end = end;
    }
  }
  if (parts.length < 2 || !parts.every((p) => COLUMN_HEADING.test(p.text) || MONTH_WORD.test(p.text))) return [token];
  // Months' names are set left over figures set right, each reaching a character or two into the column before: each
  // heads the column it overlaps most.
  const most = (p: Token): [number, number] | null => {
    const o = columns.map((c) => Math.min(p.end, c.end) - Math.max(p.start, c.start) + 1);
    const best = o.indexOf(Math.max(...o));
    return o[best]! > 0 ? [best, best] : null;
  };
  const months = parts.every((q) => MONTH_WORD.test(q.text));
  const distinct = (spans: ([number, number] | null)[]) => spans.every((s, i) => s !== null && s[0] === s[1] && (i === 0 || s[0] > spans[i - 1]![1]));
  const spans = parts.map((p) => (months ? most(p) : headerColumns(p.start, p.end, columns)));
  if (distinct(spans)) {
    if (months) parts.forEach((p, i) => HEADS.set(p, spans[i]!));
    return parts;
  }
  // Headings set a character or two into the column before, as OpenText's "$ Change" reaches over the year before's
  // figures: each heads the column it overlaps most, where that gives each its own column in order.
  const nearest = parts.map(most);
  if (months) return [token];
  if (distinct(nearest)) {
    parts.forEach((p, i) => HEADS.set(p, nearest[i]!));
    return parts;
  }
  // Set further left still ("FY'24 YTD FY'23 YTD $ Change", 2Q FY24, where "$ Change" ends a character short of its
  // figures and overlaps only the year before's): the columns in turn from the first heading's, where each heading
  // overlaps its column or ends within two characters of it, and no column is left between.
  const first = nearest[0];
  if (!first || first[0] + parts.length > columns.length) return [token];
  const near = (p: Token, c: TextColumn) => Math.max(0, c.start - p.end - 1, p.start - c.end - 1) <= 2;
  if (!parts.every((p, i) => near(p, columns[first[0] + i]!))) return [token];
  parts.forEach((p, i) => HEADS.set(p, [first[0] + i, first[0] + i]));
  return parts;
}

/**
 * Where the years of a line printing one year per column out of line begin (0, or after the stub's words
 * that open the line, none of them a year), or -1 where the line is not one.
 */
function yearsOutOfLine(tokens: Token[], columns: TextColumn[]): number {
  const from = tokens.length - columns.length;
  if (columns.length < 2 || from < 0 || tokens.slice(0, from).some((t) => isYear(t.text))) return -1;
  const years = tokens.slice(from);
  // Full dates count as years (Killam's "December 31,\u00a0 2024   December 31,\u00a0 2023   % Change", its first
  // date left of the figures), and so does a change heading after them, a column of its own.
  const dated = (t: Token) => isYear(t.text) || FULL_DATE.test(t.text);
  const last = years.findIndex((t) => !dated(t));
  // After the years, a change's heading, or a word or two naming a measure of the change (J&J's "2023  2022  Reported
  // Operational (1)  Currency", 1Q23, pdftotext setting each 10 to 15 characters left of its figures): one per column.
  const after = (t: Token) => !isYear(t.text) && (COLUMN_HEADING.test(t.text) || (WORDED_HEADING.test(t.text) && !HEADING_PERIOD.test(t.text)));
  if (last === 0 || (last > 0 && !years.slice(last).every(after))) return -1;
  const spans = years.map((t) => (t.end < columns[0]!.start - 1 ? null : headerColumns(t.start, t.end, columns)));
  return spans.every((sp, j) => sp !== null && sp[0] === j && sp[1] === j) ? -1 : from;
}

/** A heading of one to three words, a note mark after it perhaps: "Reported", "Operational (1)", "Constant currency". */
const WORDED_HEADING = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,2}(?:\s*\((?:\d{1,2}|[a-z])(?:,\s?(?:\d{1,2}|[a-z]))*\))?$/u;

/** A day printed whole: "December 31, 2024", "Dec. 31, 2024". */
const FULL_DATE = new RegExp(String.raw`^${MONTH_AND_DAY}\s+${YEAR}$`, 'i');

const CAPITALS = /^[^a-z]*[A-Z][^a-z]*$/;

/**
 * Whether line `r`, a label alone, stands where a block's total does: right under a rule, with the line below it
 * printing figures and closing the table or followed by a rule (Avantor's "-------" / "   Adjusted Operating" /
 * "       Income   $ 279.4 …" / "=======", Dow Jones copy). A caption there would head that one row alone.
 */
function closesBlock(lines: Line[], split: ({ label: Token[]; items: unknown[] } | null)[], r: number): boolean {
  if (r === 0 || !lines[r - 1].rules || !split[r + 1] || split[r + 1]!.items.length === 0) return false;
  return r + 2 >= lines.length || lines[r + 2].rules !== null || lines[r + 2].tokens.length === 0;
}

/**
 * Whether the lines from `r` on, labels alone at one indentation, end on a caption's colon ("RESTAURANTS CORP.
 * PER COMMON" / "SHARE:"): a label filling its column is read as wrapped only into a caption so closed or into the
 * label of a row of figures ("Loss on closure of El Rio" / "Grande   146"). Stacked headings ("LIABILITIES AND
 * STOCKHOLDERS' EQUITY" / "CURRENT LIABILITIES") and a caption over a row's wrapped label ("Benefits, losses and
 * expenses" / "Policyholder" / " benefits   670.5") fill a column as well and are not one label.
 */
function endsCaption(split: ({ label: Token[]; items: unknown[] } | null)[], r: number): boolean {
  const start = split[r]?.label[0]?.start;
  for (let k = r; k < split.length; k++) {
    const s = split[k];
    if (!s || s.items.length > 0 || s.label.length === 0 || s.label[0].start !== start) return false;
    if (/:\s*$/.test(s.label.map((t) => t.text).join(' '))) return true;
  }
  return false;
}

/** Words and marks a label's line does not stop on: it goes on below. */
const LABEL_GOES_ON = /(?:\b(?:and|or|of|from|to|for|in|on|at|by|with|before|after|the|a|an|per|than|into|over)|[-–,;&/(])$/i;

/**
 * A heading in capitals over rows indented one character further ("OPERATING EXPENSES" over
 * " Vessel operating expenses", " Depreciation & amortization"), not a label wrapped with a
 * hanging indent ("Income From" / " Operations"): the line below is one of several rows
 * starting at its indentation before any line starts left of it.
 */
function headsSiblings(label: string, start: number, below: Token, split: ({ label: Token[] } | null)[], r: number): boolean {
  if (below.start !== start + 1) return false;
  // So does a caption set as a sentence, ending on a word in lower case, over rows each starting with a capital (Dauch's
  // "Current assets" over " Cash and cash equivalents", " Restricted cash", 2Q26, a page printed to PDF), unless it stops
  // on a word a label goes on after; a label in title case wraps so ("Stock-Based" / " Compensation (1)", Lattice's).
  const sentence = /(?:^|\s)\p{Ll}[\p{Ll}'’-]*$/u.test(label.trimEnd()) && !LABEL_GOES_ON.test(label.trimEnd());
  // So does a caption closed by a colon over a list of rows each starting with a capital (Centene's "Less:" over
  // " Acquisition and divestiture related expenses", " Severance", 2Q26, a page printed to PDF): joined to the first,
  // "Less:" named one row and left the others added. A label wrapped in a narrow column goes on in lower case
  // ("Less:" / " Acquisition-related" / " expenses").
  const listed = /:\s*$/.test(label) && /^\p{Lu}/u.test(below.text);
  const caption = CAPITALS.test(label) ? !CAPITALS.test(below.text) : /^\p{Lu}/u.test(below.text) && (sentence || listed);
  if (!caption) return false;
  for (let k = r + 1; k < split.length; k++) {
    const t = split[k]?.label[0];
    if (!t) continue;
    if (t.start < below.start) return false;
    if (t.start === below.start) return !listed || /^\p{Lu}/u.test(t.text);
  }
  return false;
}
