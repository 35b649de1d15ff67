import type { Block } from './blocks.ts';
import type { TableIssue, TableText } from './read-table.ts';
import { isFootnoteText, isUnitStatement } from './cell-text.ts';
import { findDates } from './dates.ts';

/** A page number printed at a page break ("2", "- 3 -", "Page 4 of 9"), which blocks.ts leaves out. */
const PAGE_NUMBER = /^(?:page\s+)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s+of\s+\d{1,3})?$/i;
/** Words that name a period: a table's own title naming one dates its columns itself, so it continues nothing. */
const PERIOD_WORDS = /\b(?:ended|ending|as of|as at|months|weeks|quarter|year|fiscal)\b/i;
/** How many times a page's running head is printed elsewhere, at least, to be told from a heading printed once. */
const RUNNING_HEAD_REPEATS = 2;

export interface Joined {
  blocks: Block[];
  /** Running heads left out between a table and its continuation (page furniture, printed on every page). */
  runningHeads: number;
}

/**
 * A table printed on in a table of its own after a page break, with no header of its own, is the table before it
 * continued: its rows go on under that table's header. Farmers National's "Capital and Liquidity" and "Asset Quality"
 * rows (EX-99.1 of 1Q20) follow its statement of financial condition over a page break and a footnote; Equity
 * Bancshares' "Capital Ratios" rows follow the page's running head ("Equity Bancshares, Inc." / "PRESS RELEASE -
 * 04/29/2020"). Read alone, no period headed their figures. Only where nothing else could head them: the table has no
 * header, prints as many columns as the header before it heads, its own title lines name no period and state no unit
 * of their own, and only a page break, footnotes, page numbers and the running head stand between. The footnotes
 * become the table's notes (written after it); the running head is left out, as page numbers are.
 */
export function joinContinuedTables(blocks: Block[], issues: TableIssue[]): Joined {
  const repeats = printedLines(blocks);
  const out: Block[] = [];
  let runningHeads = 0;
  let previous = -1;
  for (const block of blocks) {
    if (block.kind !== 'table') {
      out.push(block);
      continue;
    }
    const prior = previous >= 0 ? (out[previous] as Extract<Block, { kind: 'table' }>).table : null;
    const between = out.slice(previous + 1);
    if (prior && continuesTable(prior, block.table, between, repeats)) {
      const width = prior.header[0]!.length;
      const notes = between.flatMap((b) => (b.kind === 'text' && isFootnoteText(b.lines.join(' ')) ? [b.lines.join(' ')] : []));
      const captions = captionsAfterBreak(between, repeats);
      runningHeads += between.filter((b) => b.kind === 'text' && !captions.includes(b as TextBlock) && !isFootnoteText(b.lines.join(' ')) && !b.lines.every((l) => PAGE_NUMBER.test(l.trim()))).length;
      for (const b of captions) prior.rows.push([b.lines[0]!, ...Array<string>(width).fill('')]);
      for (const line of block.table.title) prior.rows.push([line, ...Array<string>(width).fill('')]);
      for (const row of block.table.rows) prior.rows.push(row);
      prior.notes.push(...notes, ...block.table.notes);
      const issue = block.table.headerless ? issues.indexOf(block.table.headerless) : -1;
      if (issue >= 0) issues.splice(issue, 1);
      // What stood between is the table's now (its notes) or the page's (running head, break): the next table's title cannot reach it.
      out.splice(previous + 1, out.length - previous - 1);
      continue;
    }
    out.push(block);
    previous = out.length - 1;
  }
  return { blocks: out, runningHeads };
}

function continuesTable(prior: TableText, table: TableText, between: Block[], repeats: Map<string, number>): boolean {
  if (table.header.length > 0 || prior.header.length === 0 || prior.rows.length === 0 || table.rows.length === 0) return false;
  const width = prior.header[0]!.length;
  if (prior.header.some((h) => h.length !== width) || table.rows.some((r) => r.length !== width + 1)) return false;
  // Each column prints a figure (or a nil mark) in some row: a grid's empty column is no column of figures.
  for (let c = 1; c <= width; c++) if (!table.rows.some((r) => /[\d—–-]/.test(r[c] ?? ''))) return false;
  // Its own title lines are captions of its rows: none may date them or state their unit (a unit the table before states again is its own).
  for (const line of table.title) {
    if (PERIOD_WORDS.test(line) || findDates(line).length > 0) return false;
    if (isUnitStatement(line) && !prior.title.includes(line)) return false;
  }
  if (!between.some((b) => b.kind === 'break')) return false;
  const captions = captionsAfterBreak(between, repeats);
  return between.every((b) => {
    if (b.kind === 'break' || captions.includes(b as TextBlock)) return true;
    if (b.kind !== 'text') return false;
    const text = b.lines.join(' ').trim();
    if (isFootnoteText(text) || b.lines.every((l) => PAGE_NUMBER.test(l.trim()))) return true;
    return b.lines.every((l) => (repeats.get(l.trim()) ?? 0) > RUNNING_HEAD_REPEATS);
  });
}

/** How many times each short line of text is printed in the document: a page's running head is printed on every page. */
function printedLines(blocks: Block[]): Map<string, number> {
  const count = new Map<string, number>();
  const add = (line: string) => {
    const t = line.trim();
    if (t !== '' && t.length <= 100) count.set(t, (count.get(t) ?? 0) + 1);
  };
  for (const b of blocks) {
    if (b.kind === 'text') b.lines.forEach(add);
    else if (b.kind === 'table') b.table.title.forEach(add);
  }
  return count;
}

/** A caption of rows: one short line ending on a colon that dates nothing ("Cash paid during the period for:"). */
const CAPTION = /^[^:]{2,100}:$/;

/**
 * The captions printed after the last page break, over the rows the next page goes on with (Strattec's 8-K as text:
 * "SUPPLEMENTAL DISCLOSURE OF CASH FLOW INFORMATION:" / "Cash paid during the period for:" over "Income taxes" under
 * the statement of cash flows' header): caption rows of the table, not what ends it. Not a running head.
 */
type TextBlock = Extract<Block, { kind: 'text' }>;

function captionsAfterBreak(between: Block[], repeats: Map<string, number>): TextBlock[] {
  const last = between.findLastIndex((b) => b.kind === 'break');
  // Past the next page's running head and number.
  let first = last + 1;
  while (first < between.length && isFurniture(between[first]!, repeats)) first++;
  const after = between.slice(first);
  const caption = (b: Block): b is TextBlock => {
    if (b.kind !== 'text' || b.lines.length !== 1) return false;
    const line = b.lines[0]!.trim();
    return CAPTION.test(line) && !PERIOD_WORDS.test(line) && findDates(line).length === 0 && (repeats.get(line) ?? 0) <= 1;
  };
  const captions = after.filter(caption);
  return last >= 0 && after.length > 0 && captions.length === after.length ? captions : [];
}

/** A page's number, or a line of its running head (printed more than twice in the document). */
function isFurniture(b: Block, repeats: Map<string, number>): boolean {
  return b.kind === 'text' && b.lines.every((l) => PAGE_NUMBER.test(l.trim()) || (repeats.get(l.trim()) ?? 0) > RUNNING_HEAD_REPEATS);
}
