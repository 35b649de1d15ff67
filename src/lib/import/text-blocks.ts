import type { IngestIssue } from '../types.ts';
import type { Block } from './blocks.ts';
import { isCurrencySymbol, isDayAndYear, isFigure, isNilMark, isUnauditedNote, isUnitStatement, isValueText, isYear } from './cell-text.ts';
import { isNoteLetters, ruleSegments, tokenize, type Token } from './text-tokens.ts';
import { readTextTable } from './text-table.ts';
import type { TableText } from './read-table.ts';
import { firstValue, inLabelZone, labelZone, leftOfValues, type LabelZone } from './text-labels.ts';
import type { SourceLine } from './text-lines.ts';
import { messages } from './messages.ts';
import { coverPages } from './cover-page.ts';
import { runningLines } from './running-lines.ts';
import { columnEdges, columnsAgree } from './page-columns.ts';

/** Lines of text (captions, wrapped labels) a table may hold between two rows. */
const TABLE_GAP_LINES = 4;
/** Lines looked through for the next row of a table, past which the table has ended. */
const MAX_GAP_SCAN = 40;
/** How far right of the rows' labels a wrapped label's line may start. */
const MAX_LABEL_HANG = 3;
/** Title lines above a table's header that join its title block. */
const MAX_TITLE = 6;
/** The longest text in the labels' zone a line of spanners parted from the header may print ("Q2", "($ in Millions)"). */
const SHORT_STUB = 20;
/**
 * The most values a line of a table prints: real tables print a few dozen columns at most, and a
 * line of thousands of figures (a data dump joined into one line) is no row, so its cost is never
 * that of laying out thousands of columns (columns are found pairwise).
 */
const MAX_ROW_VALUES = 500;
/** A line this long or longer that ends a sentence is prose. */
const PROSE_LENGTH = 50;
/** A paragraph's line this long wraps onto the next line. */
const WRAP_LENGTH = 45;
const CORPORATE_SUFFIX = /\b(?:Inc|Corp|Co|Ltd|plc|L\.P|LLC)\.$/i;
const PAGE_NUMBER = /^(?:page\s+)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s+of\s+\d{1,3})?$/i;
const DASHED_PAGE_NUMBER = /^[-–]\s*\d{1,3}\s*[-–]$/;
/** "Page 7", "Page 2 of 9": a page number wherever it stands, as the dashed form is. */
const NAMED_PAGE_NUMBER = /^page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$/i;
/** A wire service's page continuation mark. */
const MORE = /^[-–(]\s*more\s*[-–)]$/i;
const BULLET = /^(--|[•·●▪*o-])\s+(?=\S)/;
/** A period named in a heading: a quarter, a half, a fiscal year, or the words PERIOD_WORD holds. */
const PERIOD_TEXT = /\b(?:Q[1-4]|[1-4]Q|H[12]|FY|\d{4})\b|\b(?:ended|ending|months|weeks|quarters?|years?|fiscal|half)\b/i;
const PERIOD_WORD = /\b(?:ended|ending|as of|as at|months|weeks|quarters?|years?|fiscal|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/i;

interface Classified {
  src: SourceLine;
  tokens: Token[];
  kind: 'blank' | 'rule' | 'row' | 'text';
}

export interface TextBlocks {
  blocks: Block[];
  issues: IngestIssue[];
  tables: number;
  pageNumbers: number;
}

/**
 * A fixed-width release in reading order: tables (a header over rows of figures aligned
 * in columns, read by readTextTable), their title lines, and prose: paragraphs wrapped
 * over several lines joined into one, list items, headings. Page numbers at page breaks
 * are left out and counted.
 */
export function textBlocks(source: SourceLine[], file: string): TextBlocks {
  const pageNumbers = new Set<number>();
  source.forEach((l, i) => {
    const text = l.text.trim();
    const near = [i + 1, i + 2, i + 3].some((k) => k >= source.length || source[k].pageBreak) || [i, i - 1].some((k) => k >= 0 && source[k].pageBreak);
    // "- 2 -" is a page number wherever it stands; a bare number only at a page's end or start.
    if ((near && PAGE_NUMBER.test(text)) || DASHED_PAGE_NUMBER.test(text) || NAMED_PAGE_NUMBER.test(text) || MORE.test(text)) pageNumbers.add(i);
  });
  // The pages' running heads and feet (running-lines.ts) are left out as page numbers are.
  for (const i of runningLines(source)) pageNumbers.add(i);

  const lines: Classified[] = source.map((src, i) => classify(src, pageNumbers.has(i)));
  const issues: IngestIssue[] = [];
  for (const l of lines) {
    if (l.tokens.length - 1 <= MAX_ROW_VALUES) continue;
    if (l.kind === 'row') issues.push({ file, line: l.src.line, column: 1, message: messages.rowTooWide(l.tokens.length - 1, MAX_ROW_VALUES) });
    l.kind = 'text';
  }
  // An SEC form's cover page is no table of figures (cover-page.ts).
  for (const [from, to] of coverPages(lines.map((l) => l.src.text))) for (let k = from; k < to; k++) if (lines[k].kind === 'row') lines[k].kind = 'text';
  // A line of a paragraph that happens to end in figures ("… ABOUT 5 -10") is prose: figures
  // parted from the text by single spaces make a row only among rows, not between lines of prose.
  lines.forEach((l, i) => {
    const prose = (k: number) => lines[k]?.kind === 'text' && lines[k].src.text.trim().length >= WRAP_LENGTH;
    if (l.kind === 'row' && !/\S {2,}\S/.test(l.src.text.trim()) && prose(i - 1) && prose(i + 1)) l.kind = 'text';
  });
  // A footnote's mark alone on its line, set where the labels of the rows above start, is the note's, never a column of
  // figures: Centene's "(1)" under its membership table, its text on the lines below (2Q26, a page printed to PDF, every
  // line indented twenty characters), read as a value, made the labels a column of their own.
  lines.forEach((l, i) => {
    if (l.kind !== 'row' || l.tokens.length !== 1 || !LONE_MARK.test(l.tokens[0]!.text)) return;
    const mark = l.tokens[0]!;
    for (let k = i - 1; k >= 0 && i - k <= TABLE_GAP_LINES + 2; k--) {
      if (lines[k]!.kind !== 'row') continue;
      const row = lines[k]!.tokens;
      if (!isValueText(row[0]!.text) && mark.start <= row[0]!.start + MAX_LABEL_HANG && row.slice(1).some((t) => isValueText(t.text) && t.start > mark.end)) l.kind = 'text';
      break;
    }
  });
  // A line of note marks alone over a line of headings (J&J's "(1)" over each "% Change", 2Q23 segment sales, PDF text)
  // marks those headings: no row of figures, which cut the header in two (the "SECOND QUARTER" over its years left
  // above as a table of its own, the years under it read as fiscal years).
  lines.forEach((l, i) => {
    if (l.kind !== 'row' || !l.tokens.every((t) => MARKS.test(t.text))) return;
    let k = i + 1;
    while (k < lines.length && lines[k]!.kind === 'blank' && !lines[k]!.src.pageBreak) k++;
    const next = lines[k];
    // Headings of words and years alone: not "~   —   ~   —", a row of nil marks a guidance prints.
    const headings = (n: Classified) => n.tokens.every((t) => isYear(t.text) || (/\p{L}/u.test(t.text) && !isValueText(t.text)));
    if (next !== undefined && next.kind === 'text' && !next.src.pageBreak && headerLike(next) && headings(next)) l.kind = 'text';
  });
  const withoutLayout = drawnWithoutLayout(lines);
  const blocks: Block[] = [];
  let tables = 0;
  let prose: Classified[] = [];
  let proseFrom = 0;
  const flushProse = (next: number) => {
    for (const block of proseBlocks(prose)) blocks.push(block);
    prose = [];
    proseFrom = next;
  };

  let previous: Block | null = null;
  // Of each table: its rows' tokens (where its columns stand) and the caption its page's foot left unfinished.
  const rowTokens = new WeakMap<TableText, Token[][]>();
  const footCaptions = new WeakMap<TableText, string[]>();
  let i = 0;
  while (i < lines.length) {
    if (lines[i].src.pageBreak) {
      flushProse(i);
      blocks.push({ kind: 'break' });
    }
    // The next exhibit of a submission: a table there never continues one of the last.
    if (lines[i].src.documentBreak) previous = null;
    if (lines[i].kind !== 'row') {
      prose.push(lines[i]);
      i++;
      continue;
    }
    // A table: its rows, with the captions, rules and blank lines between them.
    const first = i;
    let last = i;
    let j = i + 1;
    const ends = (l: Classified) => l.src.pageBreak || l.src.tableBreak;
    while (j < lines.length) {
      if (ends(lines[j])) break;
      if (lines[j].kind === 'row') {
        last = j++;
        continue;
      }
      // Blank lines and rules never end a table; a heading line, a sentence or many lines of text do.
      // A label wrapped over lines right above its figures ("Income (loss) / from / continuing /
      // operations / before / income / taxes   54,783") is one row's label, however many lines.
      let k = j;
      let ok = true;
      // A label's line wrapped where the labels start and ending left of the figures is no heading, whatever
      // dates it names (VOXX's "Accounts receivable, net of / allowances of $1,921 and $3,041 at / November 30,
      // 2024 and February 29, / 2024, respectively   79,686": its year parted by two spaces cut the balance sheet).
      const rowsZone = labelZone(lines.slice(first, last + 1).map((l) => l.tokens));
      const wrappedLabel = (l: Classified) => rowsZone !== null && l.tokens[0].start <= rowsZone.maxStart + MAX_LABEL_HANG && leftOfValues(l.tokens, rowsZone);
      while (k < lines.length && lines[k].kind !== 'row') {
        const l = lines[k];
        if (ends(l) || k - j > MAX_GAP_SCAN || (l.kind === 'text' && ((headerLike(l) && !wrappedLabel(l)) || proseLike(l)))) ok = false;
        if (!ok) break;
        k++;
      }
      if (!ok || k >= lines.length || ends(lines[k])) break;
      const zone = labelZone([...lines.slice(first, last + 1), lines[k]].map((l) => l.tokens));
      let wrapTop = k;
      const labelLine = (l: Classified) => l.kind === 'text' && (inLabelZone(l.tokens, zone!) || leftOfValues(l.tokens, zone!));
      // A caption wrapped over lines, blank lines between them (Advanced Energy's "Earnings (loss) /
      // per share / attributable to / Advanced Energy / Industries, Inc:" over its EPS rows), is the table's.
      while (zone && wrapTop > j && (labelLine(lines[wrapTop - 1]) || (lines[wrapTop - 1].kind === 'blank' && wrapTop - 1 > j && labelLine(lines[wrapTop - 2])))) wrapTop--;
      if (lines.slice(j, wrapTop).filter((l) => l.kind === 'text').length > TABLE_GAP_LINES) break;
      last = k;
      j = k + 1;
    }
    // Rules right under the last row (a total's double rule) belong to the table.
    while (last + 1 < lines.length && lines[last + 1].kind === 'rule' && !ends(lines[last + 1])) last++;
    // The label of a last row its raised note mark alone labels, set on the line under its figures (Krispy Kreme's
    // "(3)   417   430   423" over "Total Hubs", 2Q26, PDF text): the table's (text-table.ts lowerRaisedMarks joins them).
    if (lines[last]!.kind === 'row' && MARKS.test(lines[last]!.tokens[0]!.text) && lines[last]!.tokens.length >= 2 && last + 1 < lines.length && !ends(lines[last + 1]!)) {
      const under = lines[last + 1]!;
      if (under.kind === 'text' && under.tokens.length === 1 && under.tokens[0]!.start < lines[last]!.tokens[0]!.start && !proseLike(under) && !endsSentence(under)) last++;
    }
    // A text drawn without its layout prints its columns one space apart: no column can be told; each table is said, and left as text.
    if (withoutLayout) {
      issues.push({ file, line: lines[first]!.src.line, column: 1, message: messages.columnsRunTogether(withoutLayout.gapped, withoutLayout.lines) });
      for (let k = first; k <= last; k++) prose.push(lines[k]!);
      i = last + 1;
      continue;
    }

    // The header: the lines above the first row back to a blank line (the rules and blank lines just above the rows included).
    const floor = proseFrom;
    const opensPage = (k: number) => lines[k].src.pageBreak;
    // A code fence opening the block ends the header: the text above it is the page's, never the table's
    // (Cresud's last highlight bullet, "… dividend yield 7%). Financial Highlights …", read as the header
    // of the fenced table under it made its every figure a percentage).
    const fenceOpens = (k: number) => lines[k].src.fenced === true;
    let h = first;
    while (h > floor && first - h < 3 && !opensPage(h) && !fenceOpens(h) && (lines[h - 1].kind === 'blank' || lines[h - 1].kind === 'rule')) h--;
    const textAbove = (from: number) => {
      let x = from;
      while (x > floor && !opensPage(x) && !fenceOpens(x) && (lines[x - 1].kind === 'text' || lines[x - 1].kind === 'rule') && !proseLike(lines[x - 1]) && !endsSentence(lines[x - 1]) && !introducesTable(lines[x - 1], lines[x - 2])) x--;
      return x;
    };
    h = textAbove(h);
    // Only captions above the rows ("ASSETS", blank, "Current Assets:", blank): the headings are
    // above them, past a blank line or two, as a reader looks for them.
    const zone = labelZone(lines.slice(first, last + 1).map((l) => l.tokens));
    // A caption centred in the labels' width ("Assets" over Delta Galil's balance sheet rows) is no heading; nor is a unit
    // statement or "(Unaudited)" set over the values, which names no column: Dauch's "(in millions, except per share data)"
    // two blank lines over its rows and two under "2026  2025  2026  2025" (2Q26, a PR Newswire page printed to PDF).
    const naming = (l: Classified) => l.tokens.filter((t) => !isUnitStatement(t.text) && !isUnauditedNote(t.text));
    const headings = (from: number) =>
      lines.slice(from, first).some((l) => l.kind === 'rule' || (l.kind === 'text' && zone !== null && naming(l).length > 0 && !inLabelZone(naming(l), zone) && !leftOfValues(naming(l), zone)));
    for (let x = h; zone && !headings(x); ) {
      let b = x;
      while (b > floor && x - b < 2 && !opensPage(b) && lines[b - 1].kind === 'blank') b--;
      const up = b < x ? textAbove(b) : b;
      if (up === b) break;
      x = up;
      if (headings(x)) h = x;
    }
    // Spanners parted from the headings by a blank line or two (J&J's "Q2   % Change" over "Reported  Operational
    // Currency", PepsiCo's "Revenue / Percentage Point Impact" over its impacts): each such line prints two texts or
    // more, those over the columns standing over headings below, the others short in the labels' zone.
    if (zone) {
      for (;;) {
        let b = h;
        while (b > floor && h - b < 2 && !opensPage(b) && lines[b - 1].kind === 'blank') b--;
        if (b === h) break;
        let x = b;
        while (x > floor && !opensPage(x) && !fenceOpens(x) && lines[x - 1].kind === 'text' && partedSpanners(lines[x - 1], lines.slice(h, first), zone)) x--;
        if (x === b) break;
        // With the title lines that adjoin them.
        h = textAbove(x);
      }
    }
    const groupTop = h;
    // Title lines at the top of that group (a centred statement name, the unit statement); not a heading printed alone
    // right of the table's middle, over a heading below, adjoining the header (J&J's "Adjusted" over "Operational1,3").
    const title: string[] = [];
    // (A loop, not Math.max(...rows): a table of 200,000 rows would overflow the stack.)
    let rowsEnd = 0;
    for (let r = first; r <= last; r++) rowsEnd = Math.max(rowsEnd, lines[r].tokens.at(-1)?.end ?? 0);
    // Where the rows' figures start (a heading left open stands over them: loneHeading).
    let figuresStart = Infinity;
    for (let r = first; r <= last; r++) {
      const toks = lines[r].tokens;
      if (lines[r].kind !== 'row' || toks.length < 2) continue;
      const v = toks.findIndex((t, k) => k > 0 && isValueText(t.text));
      if (v > 0) figuresStart = Math.min(figuresStart, toks[v]!.start);
    }
    while (h < first && (lines[h].kind === 'blank' || lines[h].kind === 'rule' || (lines[h].kind === 'text' && titleLike(lines[h]) && !periodLike(lines[h]) && !loneHeading(lines[h], lines.slice(h + 1, first), rowsEnd, figuresStart)))) {
      if (lines[h].kind === 'text') title.push(lines[h].src.text.trim());
      h++;
    }
    // Title lines just above it, up to two blank lines.
    let top = groupTop;
    const above: string[] = [];
    // An EDGAR <TABLE> tag just above the header, blank lines only between, opens the table: those blank
    // lines are the table's own, and the title printed above the tag is the table's (Southern Company's
    // "(In Millions of Dollars Except Earnings Per Share)", a blank line, <TABLE>, <CAPTION>, two blank lines, the header).
    let tag = groupTop;
    while (tag > floor && lines[tag - 1].kind === 'blank' && !lines[tag].src.tableBreak) tag--;
    if (!lines[tag]?.src.tableBreak || tag === groupTop) tag = -1;
    for (let t = tag > 0 ? tag - 1 : groupTop - 1, blanks = 0; t >= floor && above.length < MAX_TITLE && !opensPage(t + 1); t--) {
      const l = lines[t];
      // One blank line may part the title from the header, two where the title opens its page (Dauch's "DAUCH
      // CORPORATION / CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS / (Unaudited)" atop each statement's page, 2Q26,
      // a PR Newswire page printed to PDF); title lines themselves are not parted.
      if (l.kind === 'blank') {
        // (A blank line that is a page number left out is none: the running head over it is no title, Horizon's "HRZB-EPS Up
        // 29% YTD" / "January 19, 2006" / "Page 3".)
        if (above.length > 0 || ++blanks > 2 || (blanks === 2 && (l.src.text.trim() !== '' || !opensPageTitle(lines, t - 1, floor)))) break;
        continue;
      }
      if (l.kind === 'rule') continue;
      if (l.kind !== 'text' || !titleLike(l)) break;
      blanks = 0;
      above.unshift(l.src.text.trim());
      top = t;
    }
    // Before the prose above is written: the spans glued to its last line are the table's.
    const glued = gluedHeading(lines, h, first, floor);
    prose.splice(Math.max(0, top - proseFrom));
    flushProse(last + 1);
    const header = [...glued, ...lines.slice(h, first).map((l) => l.src)];
    // The title's last line adjoins the header when it is the group's own (no blank line between).
    const read = readTextTable(header, lines.slice(first, last + 1).map((l) => l.src), [...above, ...title], title.length > 0 && lines[h - 1]?.kind === 'text');
    const rows = lines.slice(first, last + 1).filter((l) => l.kind === 'row').map((l) => l.tokens);
    // The lines over a headerless table set where its labels stand, its first label going on from them in lower case,
    // are that label's first lines, not a title (a label a page break cut: Krispy Kreme's "Repayment of long-term debt"
    // over "and lease obligations   (74,494) …").
    // (Where labels stand is told by the rows printing one: a footnote's mark alone over a row, Krispy Kreme's "(8)", is none.)
    const labels = labelZone(rows.filter((r) => firstValue(r) > 0));
    const titleLines = lines.slice(top, first).filter((l) => l.kind === 'text');
    const labelTitle =
      labels !== null &&
      titleLines.every((l) => l.tokens[0]!.start <= labels.maxStart + MAX_LABEL_HANG && leftOfValues(l.tokens, labels) && !isUnitStatement(l.src.text.trim()) && !isUnauditedNote(l.src.text.trim()));
    for (const issue of read.issues) issues.push({ file, ...issue.at, message: issue.message });
    if (read.table) {
      const table = read.table;
      unheadClipped(table);
      rowTokens.set(table, rows);
      const foot = footCaption(lines, last + 1, labels);
      if (foot) footCaptions.set(table, foot);
      // A table continued on the next page (its header printed again, or none) is one table.
      const since = blocks.slice(blocks.lastIndexOf(previous!) + 1);
      // Not where it is titled otherwise: Horizon's "AVERAGE BALANCES" and "CONSOLIDATED FINANCIAL RATIOS" (10-Q
      // exhibit of 2006) print the same header as the tables before them, each under a title of its own.
      // A caption left at the foot of the page heads the rows the next page prints (Centene's "Other income (expense):"
      // over "Investment and other income", 2Q26, a page printed to PDF): it goes on in the table, a caption row.
      const captions = since.filter((b) => b.kind === 'text');
      const continues =
        previous?.kind === 'table' && since.some((b) => b.kind === 'break') && since.every((b) => b.kind === 'break' || isPageFootCaption(b)) &&
        (read.headerless ? table.rows[0]?.length === previous.table.rows[0]?.length : JSON.stringify(table.header) === JSON.stringify(previous.table.header)) &&
        !titledOtherwise(table.title, previous.table.title);
      // A label the page break cut: begun at the foot of the page (Krispy Kreme's "Change in operating assets / and
      // liabilities, excluding", 2Q26, a Business Wire page printed to PDF) or over the next page's first row, which goes
      // on in lower case ("business acquisitions and / … / adjustments:"). Its rows go on under the header of the page
      // the table started on where their columns stand where that page's stood; else the table is said as headerless.
      const cutFoot = previous?.kind === 'table' ? (footCaptions.get(previous.table) ?? []) : [];
      const cutText = (ls: readonly string[]) => ls.join(' ').replace(/\s+/g, ' ').trim();
      const sinceText = cutText(captions.flatMap((b) => (b.kind === 'text' ? b.lines : [])));
      const cutLabel =
        !continues && previous?.kind === 'table' && read.headerless && labelTitle && (cutFoot.length > 0 || titleLines.length > 0) &&
        /^\s*\p{Ll}/u.test(table.rows[0]?.[0] ?? '') && table.rows[0]!.length === previous.table.rows[0]?.length &&
        since.some((b) => b.kind === 'break') && since.every((b) => b.kind === 'break' || b.kind === 'text') && sinceText === cutText(cutFoot) &&
        agreeingColumns(rowTokens.get(previous.table), rows, table.rows[0]!.length - 1);
      if (cutLabel && previous?.kind === 'table') {
        const first = table.rows[0]!;
        const indent = /^\s*/.exec(first[0]!)![0];
        first[0] = indent + cutText([...cutFoot, ...table.title, first[0]!]);
        // What stood between (the caption, now the label's, and the page break) is gone: a table printed later on this
        // page under the same header is no page's continuation (Krispy Kreme's segments under its reconciliation).
        blocks.splice(blocks.lastIndexOf(previous) + 1);
        for (const row of table.rows) previous.table.rows.push(row);
        for (const note of table.notes) previous.table.notes.push(note);
        footCaptions.delete(previous.table);
        if (foot) footCaptions.set(previous.table, foot);
      } else if (continues && previous?.kind === 'table') {
        const cut = previous.table.rows.at(-1);
        if (cut && table.rows[0] && printedAgain(cut, table.rows[0])) {
          previous.table.rows.pop();
          issues.push({ file, ...table.at, message: messages.lineBrokenAtBreak(cut.slice(1).join('  ')) });
        }
        const width = (previous.table.rows[0]?.length ?? 1) - 1;
        for (const c of captions) {
          if (c.kind === 'text') previous.table.rows.push([c.lines[0]!, ...Array<string>(width).fill('')]);
          blocks.splice(blocks.indexOf(c), 1);
        }
        for (const row of table.rows) previous.table.rows.push(row);
        for (const note of table.notes) previous.table.notes.push(note);
        footCaptions.delete(previous.table);
        if (foot) footCaptions.set(previous.table, foot);
      } else {
        if (read.headerless) issues.push({ file, ...read.headerless.at, message: read.headerless.message });
        // The title was gathered here; nothing above the table may join it again (release-text.ts).
        blocks.push({ kind: 'break' });
        previous = { kind: 'table', table };
        blocks.push(previous);
        tables++;
      }
    }
    i = last + 1;
  }
  flushProse(lines.length);
  return { blocks, issues, tables, pageNumbers: pageNumbers.size };
}

/**
 * The lines a table's page leaves at its foot under its last row, set where its labels stand, no sentence among them:
 * a caption the page break cut, going on over the next page's rows. Null where anything else stands before the break.
 */
function footCaption(lines: readonly Classified[], from: number, zone: LabelZone | null): string[] | null {
  if (!zone) return null;
  const out: string[] = [];
  for (let k = from; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.src.pageBreak || l.src.documentBreak) return l.src.pageBreak && !l.src.documentBreak && out.length > 0 ? out : null;
    if (l.kind === 'blank') continue;
    if (l.kind !== 'text' || l.tokens[0]!.start > zone.maxStart + MAX_LABEL_HANG || !leftOfValues(l.tokens, zone) || endsSentence(l) || proseLike(l)) return null;
    out.push(l.src.text.trim());
  }
  return null;
}

/** Whether two pages' rows print their figures in the same columns (page-columns.ts). */
function agreeingColumns(before: Token[][] | undefined, after: Token[][], width: number): boolean {
  const [a, b] = [before ? columnEdges(before, width) : null, columnEdges(after, width)];
  return a !== null && b !== null && columnsAgree(a, b);
}

/** Whether the lines from `k` up are title lines alone atop their page: only blank lines between them and its break. */
function opensPageTitle(lines: readonly Classified[], k: number, floor: number): boolean {
  let x = k;
  for (; x >= floor && x > k - MAX_TITLE && lines[x]!.kind !== 'blank'; x--) {
    if (lines[x]!.kind === 'text' && !titleLike(lines[x]!)) return false;
    if (lines[x]!.kind === 'row') return false;
    if (lines[x]!.src.pageBreak) return true;
  }
  if (x === k) return false;
  for (; x >= floor && lines[x]!.kind === 'blank'; x--) if (lines[x]!.src.pageBreak) return true;
  return false;
}

/** A figure cut short: thousands a comma opens and fewer than three digits close ("1,05", "166,"), a parenthesis never closed ("(100"). */
const CUT_FIGURE = /^(?:\$\s?)?(?:\(?\d{1,3}(?:,\d{3})*,\d{0,2}|\(\d[\d,.]*)$/;

/**
 * A column of a table whose figures a page cut at its edge (a table wider than the page a browser printed it on:
 * Centene's reconciliation of adjusted net earnings, 2Q26, "1,05" and "(100" under the last column, and "346" printed
 * "34") reads no figure: its headings are emptied, so the ingest says each of its figures as having no column rather
 * than read "34" for 346.
 */
function unheadClipped(table: TableText): void {
  for (let c = 0; c < (table.header[0]?.length ?? 0); c++) {
    if (!table.rows.some((r) => CUT_FIGURE.test((r[c + 1] ?? '').trim()))) continue;
    for (const line of table.header) line[c] = '';
  }
}

/** Rows a text must print to be judged as drawn with or without its layout. */
const LAYOUT_SAMPLE = 20;
/** The share of rows printing two values that a laid-out text sets apart by two spaces or more somewhere, at least. */
const LAID_OUT_SHARE = 0.2;

/**
 * A text drawn from a PDF without its layout: of its rows printing two values or more, hardly any parts two texts by two
 * spaces or more, so its columns run together one space apart and its headings with them. Mitsubishi Gas Chemical's
 * kessan tanshin (FY2026, as a research repository keeps it): "Fiscal year ended Millions of yen % Millions of yen % …"
 * over "March 31, 2026 738,243 (4.6) 45,293 (10.9) …" read its net sales as a percentage. Null for a laid-out text.
 */
function drawnWithoutLayout(lines: Classified[]): { lines: number; gapped: number } | null {
  const rows = lines.filter((l) => l.kind === 'row' && l.tokens.filter((t) => isValueText(t.text)).length >= 2);
  if (rows.length < LAYOUT_SAMPLE) return null;
  const gapped = rows.filter((l) => /\S {2,}\S/.test(l.src.text.trim())).length;
  return gapped < rows.length * LAID_OUT_SHARE ? { lines: rows.length, gapped } : null;
}

/** A caption of the rows below it, alone at a page's foot: one short line ending in a colon, no sentence. */
function isPageFootCaption(b: Block): boolean {
  return b.kind === 'text' && b.role === 'paragraph' && b.lines.length === 1 && /^[^.!?]{1,80}:$/.test(b.lines[0]!.trim());
}

/** A figure printed as digit groups parted by a space ("1 215"), which text-table.ts keeps as one cell. */
const SPACED_GROUPS = /^\d{1,3}(?: \d{3})+$/;

/**
 * Whether the last row before a page break is the first row after it printed again, broken: the same figures, digit
 * for digit, one of them in groups parted by a space. Costco's 3Q23 balance sheet (pdftotext -layout) ends its page
 * with "Sh  i   1 215   846", an overprint of the next page's "Short-term investments   1,215   846"; read as a line
 * of its own, its 846 was counted twice in "Total current assets" (33,542 against the printed 32,696).
 */
function printedAgain(before: string[], after: string[]): boolean {
  const cells = before.slice(1);
  if (!cells.some((c) => SPACED_GROUPS.test(c.trim()))) return false;
  const digits = (row: string[]) => row.map((c) => c.replace(/\D/g, '')).filter((d) => d !== '');
  const [a, b] = [digits(cells), digits(after.slice(1))];
  return a.length > 0 && a.length === b.length && a.every((d, k) => d === b[k]);
}

/**
 * Whether a table's title names another table than the one before it: a title of its own that is neither that
 * table's again (a statement's running title over each page) nor marked as its continuation. Unit statements and
 * "(unaudited)" name no table.
 */
function titledOtherwise(title: readonly string[], before: readonly string[]): boolean {
  const naming = (lines: readonly string[]) =>
    lines
      .filter((l) => !isUnitStatement(l) && !isUnauditedNote(l))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  const own = naming(title);
  if (own === '' || /\bcontinued\b|\(cont(?:'d|\.)?\)/i.test(own)) return false;
  return own !== naming(before);
}

/** A run of period spans ending a line: "Three months ended December 31, Year ended December 31,". */
const SPAN = String.raw`(?:(?:three|six|nine|twelve|\d{1,2})[\s-]+months?|(?:thirteen|twenty-six|thirty-nine|fifty-two|fifty-three|\d{1,2})[\s-]+weeks?|(?:fiscal\s+)?years?|quarters?)\s+ended\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},?(?:\s+\d{4},?)?`;
const GLUED_SPANS = new RegExp(String.raw`[.!?:]\s+((?:${SPAN}\s*){2,})$`, 'i');
const ONE_SPAN = new RegExp(SPAN, 'gi');

/**
 * A table's spans printed at the end of the text line above it, the wrap that set them over the
 * columns lost ("… the lowest in Killam's operating history. Three months ended December 31, Year
 * ended December 31," over "(000's)  2024  2023  Change  2024  2023  Change", Dow Jones's copy of a
 * Canada Newswire release): when the header names no span and its line of headings falls into as
 * many groups as the spans (a group ends where a heading would repeat), each span is set over its
 * group, its words wrapped to the group's width, and taken out of the text. Else none.
 */
function gluedHeading(lines: Classified[], h: number, first: number, floor: number): SourceLine[] {
  const header = lines.slice(h, first).filter((l) => l.kind === 'text');
  if (header.length === 0 || header.some((l) => new RegExp(SPAN, 'i').test(l.src.text))) return [];
  // The text line above the header, past blank lines and a code fence.
  let t = h - 1;
  while (t >= floor && (lines[t]!.kind === 'blank' || /^\s*(?:```|~~~)\s*$/.test(lines[t]!.src.text))) t--;
  if (t < floor || lines[t]!.kind !== 'text') return [];
  const m = GLUED_SPANS.exec(lines[t]!.src.text.trimEnd());
  if (!m) return [];
  const spans = m[1]!.match(ONE_SPAN)!.map((x) => x.trim());
  // The headings line: the last header line whose headings repeat, parted into groups.
  for (const l of header.toReversed()) {
    const zone = l.tokens.filter((k) => !isUnitStatement(k.text) && k.start > 0);
    const starts: number[] = [];
    const ends: number[] = [];
    let seen = new Set<string>();
    for (const k of zone) {
      const key = k.text.toLowerCase();
      if (starts.length === 0 || seen.has(key)) {
        starts.push(k.start);
        seen = new Set();
      }
      seen.add(key);
      ends[starts.length - 1] = k.end;
    }
    if (starts.length !== spans.length || starts.length < 2) continue;
    const widths = starts.map((x, g) => (g + 1 < starts.length ? starts[g + 1]! - x - 2 : Math.max(...starts.slice(1).map((y, i) => y - starts[i]! - 2))));
    const wrapped = spans.map((span, g) => wrap(span, widths[g]!));
    const depth = Math.max(...wrapped.map((w) => w.length));
    const src = lines[t]!.src;
    src.text = src.text.trimEnd().slice(0, src.text.trimEnd().length - m[1]!.length).trimEnd();
    const line = (text: string): SourceLine => ({ ...src, pageBreak: false, tableBreak: false, text });
    // A rule under each span across its group's headings says which columns it covers, as a printed one would.
    const rule = starts.reduce((out, x, g) => out.padEnd(x) + '-'.repeat(ends[g]! - x + 1), '');
    return [...Array.from({ length: depth }, (_, r) => line(wrapped.reduce((out, w, g) => (w[r] ? out.padEnd(starts[g]!) + w[r] : out), ''))), line(rule)];
  }
  return [];
}

/** Words wrapped into lines no wider than `width` (a word wider than it on a line of its own). */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = out.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

function classify(src: SourceLine, pageNumber: boolean): Classified {
  if (pageNumber || src.text.trim() === '') return { src, tokens: [], kind: 'blank' };
  if (ruleSegments(src.text)) return { src, tokens: [], kind: 'rule' };
  const tokens = tokenize(src.text);
  // Note letters wrapped onto a line of their own over the figures' marks ("a," over "b") print no
  // label, heading or figure: a spacer among the rows (text-table.ts gives them to the mark below).
  if (tokens.every((t) => isNoteLetters(t.text) && t.start >= NOTE_MARGIN)) return { src, tokens: [], kind: 'blank' };
  // A list item whose text runs on past a sentence's end is prose, whatever figures close it (Cresud's last highlight,
  // "* On November 2024, we distributed … (dividend yield 7%). Financial Highlights … Operations (135,606) 449,429").
  if (LIST_ITEM_PROSE.test(src.text)) return { src, tokens, kind: 'text' };
  return { src, tokens, kind: isRow(tokens) ? 'row' : 'text' };
}

/** A Markdown list item ("* ", "- ", "+ ") holding a sentence that ends and another that starts. */
const LIST_ITEM_PROSE = /^\s{0,3}[*+-]\s+\S.*?[\p{Ll}\d%)]\)?[.!?]\s+\p{Lu}/u;

/** Columns from the margin past which a lone letter is no label ("a" or "b" as an item of a list). */
const NOTE_MARGIN = 10;
/** A footnote mark printed in a cell of its own: "(1)". */
const LONE_MARK = /^\(\d\)$/;
/** A note mark or marks printed alone: "(1)", "(2,3)", "(a)". */
const MARKS = /^\((?:\d{1,2}|[a-z])(?:,\s?(?:\d{1,2}|[a-z]))*\)$/i;

/** A row of a table: it prints a figure beside a label, or several figures, or one far right (an unlabelled total), or nil marks beside a label. */
function isRow(tokens: Token[]): boolean {
  // A figure opening a line makes a row only when all the line prints is values (an unlabelled
  // total); "(1)  Includes licensing." is a footnote.
  const unlabelled = tokens.every((t) => isValueText(t.text) || isCurrencySymbol(t.text));
  // Headings with a footnote mark among them ("Year   Leases   (1)   Base Rent   Area   Area", Agree Realty's
  // lease expirations): words on both sides of the mark, and no other figure, make no row.
  const marks = tokens.map((t, i) => (LONE_MARK.test(t.text) ? i : -1)).filter((i) => i > 0);
  if (marks.length > 0 && marks.every((i) => !isValueText(tokens[i + 1]?.text ?? '') && i + 1 < tokens.length) && tokens.every((t, i) => marks.includes(i) || !isValueText(t.text))) return false;
  // A date's day and year wrapped under its heading ("31,2024") is a heading's end, as a year is.
  if (tokens.some((t, i) => isFigure(t.text) && !isYear(t.text) && !isDayAndYear(t.text) && (i > 0 || (unlabelled && (tokens.length > 1 || t.start >= 20))))) return true;
  // A row of nil marks beside its label ("Restructuring   --   --"), each marked approximate perhaps (PG&E's guidance,
  // "Strategic repositioning costs   ~   —  ~   —": read as text, it cut the table in two).
  const values = tokens.slice(1);
  return values.some((t) => isNilMark(t.text)) && values.every((t) => isNilMark(t.text) || /^[~≈]$/.test(t.text));
}

/** A column heading line: years, dates or period words printed away from the left margin, or several headings across the line; no figure. */
function headerLike(l: Classified): boolean {
  const away = l.tokens.filter((t) => t.start >= 10);
  return (away.some((t) => isYear(t.text) || isDayAndYear(t.text) || PERIOD_WORD.test(t.text)) || away.length >= 2) && l.tokens.length <= 12;
}

/**
 * A line of spanners over a header, a blank line between: two texts or more, each over the columns within the width
 * the header's headings take, each in the labels' zone short ("Q2"); no sentence.
 */
function partedSpanners(l: Classified, header: Classified[], zone: { boundary: number }): boolean {
  if (l.tokens.length < 2 || l.tokens.length > 6 || proseLike(l) || endsSentence(l)) return false;
  const over = l.tokens.filter((t) => t.start >= zone.boundary);
  if (over.length === 0) return false;
  const heads = header.filter((h) => h.kind === 'text').flatMap((h) => h.tokens).filter((t) => t.start >= zone.boundary);
  if (heads.length === 0) return false;
  const from = Math.min(...heads.map((t) => t.start));
  const to = Math.max(...heads.map((t) => t.end));
  // Beside the spanners, the unit statement may stand in the labels' zone (J&J's "(Unaudited; in Millions Except Per
  // Share Figures)" left of "FIRST QUARTER", 1Q23, pdftotext): the table reads it as its title all the same.
  return l.tokens.every((t) => (t.start >= zone.boundary ? t.start >= from && t.end <= to : (t.text.length <= SHORT_STUB && !/[.!?:]$/.test(t.text)) || isUnitStatement(t.text)));
}


/**
 * One text printed alone right of the middle of the table's width, over a heading of the header lines under it and
 * adjoining them: the first line of a column's heading (J&J's "Adjusted" over "Operational1,3"), no title, which is
 * centred or set left.
 */
function loneHeading(l: Classified, below: Classified[], rowsEnd: number, figuresStart: number): boolean {
  if (l.tokens.length !== 1 || below[0]?.kind !== 'text') return false;
  const t = l.tokens[0];
  // A period ("Q2" over J&J's "2022", set right of its two years) spans the table, as a title's period does; a name in
  // capitals ("ACME CORP" over the years) is a title.
  if (isUnitStatement(t.text) || isUnauditedNote(t.text) || PERIOD_TEXT.test(t.text) || !/\p{Ll}/u.test(t.text)) return false;
  // Over one column's headings alone, stacked one over another: over two columns' it may be the table's title, set
  // right (PepsiCo's "Operating Profit and EPS" / "Percentage Point Impact").
  const under = below.filter((h) => h.kind === 'text').flatMap((h) => h.tokens).filter((o) => o.start <= t.end && o.end >= t.start);
  if (under.length === 0 || !under.every((a) => under.every((b) => a.start <= b.end && b.start <= a.end))) return false;
  // Right of the middle; or anywhere, where its words go on in the heading under it, left open on a word no title ends
  // with and the next in lower case (Ulta's "Gross square feet for" over "stores opened or" / "expanded during the" /
  // "quarter", 2Q FY2023, left of the middle: read as the title, the column lost what it measures).
  // Over the figures' columns, never where the labels stand: a label wrapped over lines ("business acquisitions and" /
  // "divestitures, and foreign …", a page of Krispy Kreme's cash flows) is no heading.
  return t.start > rowsEnd / 2 || (HEADING_GOES_ON.test(t.text) && /^\p{Ll}/u.test(under[0]!.text) && t.start >= figuresStart);
}

/** A heading's line left open for the next: it ends on a preposition, a conjunction or an article. */
const HEADING_GOES_ON = /\b(?:for|of|and|or|the|to|in|at|by|from|with|on|per)$/i;

/** A line naming periods (a year, "Three Months Ended", "September 30,"): a heading, never a title. */
function periodLike(l: Classified): boolean {
  // A fiscal year printed short, alone ("FY'24" over OpenText's "YTD in | CC*", 3Q FY24), is one as much as "2024" is;
  // not in a title's words (Shin-Etsu's "3. Forecast of Investments … of FY2026 (Annual)").
  return l.tokens.some((t) => isYear(t.text) || PERIOD_WORD.test(t.text) || /^FY\s?['’]?\d{2,4}$/i.test(t.text.trim()));
}

/** The last line of a paragraph ("president."), not a company name ("ACME CORP, INC."). */
function endsSentence(l: Classified): boolean {
  const text = l.src.text.trim().replace(CORPORATE_SUFFIX, '');
  // A date may end it too: Ulta's "… compared to the same periods ended January" / "29, 2022." over its first table
  // (pdftotext, 4Q22), no blank line between; a figure never ends in a full stop.
  return l.tokens.length === 1 && /(?:[a-z)]|\b(?:19|20)\d\d)[.!?]["”]?$/.test(text);
}

/**
 * The last line of a paragraph that introduces the table under it, ending in a colon after a line of prose: Centene's
 * "ST. LOUIS, July 28, 2026 /PRNewswire/ -- … announced today" / "its financial results for … In summary, the 2026
 * second quarter" / "results were as follows:" over its summary (2Q26, a page printed to PDF), no blank line between.
 * Read as the table's header, the dateline was lost to the release date and the paragraph spanned the columns.
 */
function introducesTable(l: Classified, above: Classified | undefined): boolean {
  const text = l.src.text.trim();
  if (l.tokens.length !== 1 || !/\p{Ll}\s*:$/u.test(text) || above?.kind !== 'text' || above.tokens.length !== 1) return false;
  // Set where the paragraph's lines start: a heading ending in a colon stands over the columns.
  return above.src.text.trim().length >= PROSE_LENGTH && Math.abs(l.tokens[0]!.start - above.tokens[0]!.start) <= 2;
}

/** A line of a paragraph: long and ending a sentence. */
function proseLike(l: Classified): boolean {
  const text = l.src.text.trim();
  return l.tokens.length === 1 && text.length >= PROSE_LENGTH && /[.!?"”]$/.test(text);
}

/** A title line: a short heading, the company name, the unit statement, "(Unaudited)". */
function titleLike(l: Classified): boolean {
  const text = l.src.text.trim();
  if (l.tokens.length === 1 && (isUnitStatement(text) || isUnauditedNote(text))) return true;
  return l.tokens.length === 1 && text.length <= 100 && !/[.!?:]$/.test(text.replace(CORPORATE_SUFFIX, '')) && /[A-Za-z]/.test(text);
}

/**
 * A short line with no closing mark, after a line ending a sentence and over a blank line, heads what follows: Ferguson's
 * "Full year" under the last line of its fourth quarter's paragraph (FY2024, pdftotext, no blank line between). Joined
 * to that paragraph, the full year's figures under it were read as the quarter's.
 */
function headsNext(above: string, text: string, next: Classified | undefined): boolean {
  return (next === undefined || next.kind === 'blank') && /[.!?]["”’)]*$/.test(above) && text.length < WRAP_LENGTH && /^\p{Lu}/u.test(text) && !/[.!?:;,]["”’)]*$/.test(text);
}

/**
 * Whether a line indented as a list's items are (eight characters or more), its bullet lost, goes on on the next line:
 * it stops mid-sentence and the next line is set at its indentation (Dave & Buster's highlights through pdftotext:
 * "… Adjusted EBITDA of $46.3 million, or 15.5% of" / "revenue in the third quarter of 2019."). Read a line at a
 * time, a figure's period and what it is a share of were on the line after it.
 */
function goesOnIndented(lines: Classified[], i: number): boolean {
  const line = lines[i]!.src.text;
  const next = lines[i + 1];
  const indent = line.length - line.trimStart().length;
  return indent >= 8 && next !== undefined && next.kind !== 'blank' && next.kind !== 'rule' && next.src.text.length - next.src.text.trimStart().length === indent && /[\p{L}\p{N},$%]$/u.test(line.trimEnd());
}

/** Prose lines → blocks: paragraphs (a wrapped line joins the next), list items, headings. */
function proseBlocks(lines: Classified[]): Block[] {
  const out: Block[] = [];
  let current: { role: 'paragraph' | 'bullet'; parts: string[]; at: SourceLine; wraps: boolean; indent: number } | null = null;
  const flush = () => {
    if (current) out.push({ kind: 'text', role: current.role, lines: [current.parts.join(' ')], at: { line: current.at.line, column: 1 }, tag: 'p' });
    current = null;
  };
  for (const [i, l] of lines.entries()) {
    if (l.kind === 'blank' || l.kind === 'rule') {
      flush();
      continue;
    }
    const raw = l.src.text;
    const text = raw.trim();
    const bullet = BULLET.exec(text);
    if (bullet) {
      flush();
      current = { role: 'bullet', parts: [text.slice(bullet[0].length)], at: l.src, wraps: raw.length >= WRAP_LENGTH, indent: Infinity };
      continue;
    }
    const indent = raw.length - raw.trimStart().length;
    // A wrapped line continues the paragraph; a line indented further starts the next one, and so does a line more than
    // twice as long as the one before, which no wrap at that line's width could have made: a text with a paragraph a
    // line, Amkor's EX-99.1 of Q2 2026 as text, its headline ("… for the Second Quarter 2026", 70 characters) over its
    // dateline's paragraph (300), no blank line between; joined, the dateline no longer opened a line.
    if (current && current.wraps && !/\S {6,}\S/.test(text) && (current.role === 'bullet' || indent <= current.indent + 1) && text.length <= 2 * current.parts.at(-1)!.length && !headsNext(current.parts.at(-1)!, text, lines[i + 1])) {
      current.parts.push(text);
      current.wraps = raw.length >= WRAP_LENGTH && (indent < 8 || current.role === 'bullet' || goesOnIndented(lines, i));
      current.indent = indent;
      continue;
    }
    flush();
    // Text laid out in columns (a contacts block, a trailer) keeps its lines.
    const columns = /\S {6,}\S/.test(text);
    // A line indented as a list's items are, its bullet lost (Dave & Buster's highlights through pdftotext, eight spaces
    // in), wraps where it stops mid-sentence and the next line goes on at its indentation: read a line at a time, a
    // figure's period and what it is a share of were on the line after it.
    current = { role: 'paragraph', parts: [text], at: l.src, wraps: raw.length >= WRAP_LENGTH && (indent < 8 || goesOnIndented(lines, i)) && !columns, indent: Infinity };
  }
  flush();
  return out;
}
