import { withoutDirectionalMarks } from './figure-forms.ts';
import type { Block } from './blocks.ts';
import type { TableText } from './read-table.ts';
import { isUnitStatement } from './cell-text.ts';

/** How many title lines printed just above a table may join its title block. */
const MAX_PULLED = 4;

interface Chunk {
  lines: string[];
  /** Consecutive items of one list are written without blank lines between them. */
  list?: number;
  /** A short line that may be the title of a table right below it. */
  titleLike: boolean;
}

/**
 * Writes blocks in the release-text layout of ARCHITECTURE.md: one paragraph per line,
 * list items as `- `, blocks separated by blank lines; a table as its title block, header
 * lines and tab-separated rows with no blank line between them. Short title lines printed
 * just above a table ("CONSOLIDATED STATEMENTS OF INCOME", "(In thousands)") join its
 * title block.
 */
export function releaseText(blocks: Block[]): string {
  const chunks: Chunk[] = [];
  for (const block of blocks) {
    // A page break ends what a title above a table can reach back to.
    if (block.kind === 'break') {
      chunks.push({ lines: [], titleLike: false });
      continue;
    }
    if (block.kind === 'text') {
      const lines = block.lines.map(clean).filter((l) => l !== '');
      if (lines.length === 0) continue;
      if (block.role === 'bullet') chunks.push({ lines: [`- ${lines.join(' ')}`], list: block.list, titleLike: false });
      // A paragraph of title lines broken with <br> ("ACME CORP<br>STATEMENTS OF OPERATIONS<br>(In thousands)") is one title block.
      else chunks.push({ lines, titleLike: lines.length <= MAX_PULLED && lines.every(isTitleLine) });
      continue;
    }
    const pulled: string[] = [];
    while (pulled.length < MAX_PULLED && chunks.at(-1)?.titleLike) pulled.unshift(...chunks.pop()!.lines);
    chunks.push({ lines: tableLines(block.table, pulled), titleLike: false });
    for (const note of block.table.notes) chunks.push({ lines: [clean(note)], titleLike: false });
  }
  const out: string[] = [];
  const written = chunks.filter((c) => c.lines.length > 0);
  written.forEach((chunk, i) => {
    const prev = written[i - 1];
    if (i > 0 && !(chunk.list !== undefined && prev.list === chunk.list)) out.push('');
    // One at a time: a table of 100,000 rows spread into push() overflows the call stack.
    for (const line of chunk.lines) out.push(line);
  });
  return `${out.join('\n')}\n`;
}

function tableLines(table: TableText, pulled: string[]): string[] {
  const title = [...pulled, ...table.title.map(clean)].filter((l) => l !== '');
  const header = table.header.map((cells) => `\t${cells.map(clean).join('\t')}`);
  const rows = table.rows.map((cells) => cells.map((c, i) => (i === 0 ? cleanLabel(c) : clean(c))).join('\t'));
  return [...title, ...header, ...rows];
}

/** A line announcing the tables below: "Financial information to follow", "(Tables follow)", "Financial Statements Follow". */
const FOLLOWS = /^\(?(?:[\w,&]+\s+){0,3}(?:tables?|information|statements|financials|schedules)\s+(?:to\s+)?follows?\)?\.?$/i;

/** A title printed above a table: short, not a sentence (a unit statement always qualifies). */
export function isTitleLine(line: string): boolean {
  if (isUnitStatement(line)) return true;
  // "THE BUCKLE, INC." ends in a period but is a name, not a sentence.
  const sentence = /[.!?]$/.test(line) && !/\b(?:Inc|Corp|Co|Ltd|plc|N\.V|S\.A|L\.P|LLC)\.$/i.test(line) && line !== line.toUpperCase();
  // A contact's e-mail address or a web address is never a table's title.
  if (/\S@\S+\.\w|\bhttps?:\/\/|\bwww\./i.test(line)) return false;
  // A wire's marker set between dashes ("-Financial Tables to Follow-", Byrna's 4Q24 copy) announces the tables and
  // names none: taken as the title, it named the statement of operations "financial-tables-to-follow-…".
  if (/^[-–—]+\s*[^-–—].*[^-–—]\s*[-–—]+$/.test(line.trim())) return false;
  // Nor, undashed, a line announcing what follows ("Financial information to follow", Criteo's 1Q20 8-K, over its
  // statements; "(Tables follow)"): taken as the title, it named the balance sheet "financial-information-to-follow-…".
  if (FOLLOWS.test(line.trim())) return false;
  return line.length <= 100 && !sentence && !/^- /.test(line) && /[A-Za-z]/.test(line);
}

/** No tabs in text (tabs separate cells), no trailing spaces. */
function clean(text: string): string {
  return withoutDirectionalMarks(text).replace(/[\t\r\n]+/g, ' ').trimEnd();
}

/** A label keeps its leading indentation spaces. */
function cleanLabel(text: string): string {
  const indent = /^ */.exec(text)![0];
  return indent + clean(text.slice(indent.length)).trim();
}
