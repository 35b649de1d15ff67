/**
 * A table's unit statement printed among its rows rather than above its header: as the first
 * row under the header ("($ in millions, except earnings per share)", "Dollars in millions,
 * except per share data", "SEK m"), or as the tail of a statement the title opened and the
 * header interrupted ("($ millions," above the header, "except per share data)" under it). Such
 * a line states the unit of every row of the table: it is read with the title block, and is no
 * row (as a caption it would open a section whose words, "per share", make every figure under
 * it a per-share amount).
 */
import { readBareUnitStatement, readHeaderUnit, readPercentStatement, readUnitStatement } from '../units/unit-statements.ts';
import { parseValue } from './parse-value.ts';

/** Words that name a table, before a statement printed at the end of its title ("Consolidated Statements of Operations (In thousands)"). */
const TABLE_TITLE = /\b(?:statements?|balance\s+sheets?|financial|results|highlights|summary|data|information|reconciliation|table)\b/i;

/** A statement's remainder cut off by the header: "except per share data)". */
// A remark in parentheses may follow on its line: "data) (Unaudited)" (Molson Coors' 4Q24 Dow Jones copy).
const TAIL = /^except\b[^()]*\)(?:\s*\([^()]*\))*\s*$/i;
/**
 * The remainder of a statement the title block leaves open after a comma, in lower case, closing
 * it: "(Thousands of dollars except per share data," above the header, "numbers of shares and
 * kilometres of seismic data)" under it (Pulse Seismic, FY2024). A tail only where a title line
 * leaves a unit statement open.
 */
const CONTINUED = /^[a-z][^()]*\)(?:\s*\([^()]*\))*\s*$/;

/** Whether title lines leave a unit statement open, cut off after a comma: "(Thousands of dollars except per share data,". */
export function leavesStatementOpen(titleLines: string[], currency: string): boolean {
  const line = titleLines.findLast((l) => openParen(l) >= 0);
  if (!line) return false;
  const open = line.slice(openParen(line)).trim();
  if (!/,$/.test(open)) return false;
  const unit = readHeaderUnit(open.slice(1, -1), currency);
  return unit.scale !== null || unit.currency !== null;
}

/** A row completing a statement the title left open: "except per share data)", or its lower-case rest after a comma. */
const isTail = (label: string, open: boolean) => TAIL.test(label) || (open && CONTINUED.test(label));

export interface StatementRows {
  /** Body lines (0-based) that state the table's unit. */
  lines: number[];
  /** Their texts, to be read with the title block. */
  texts: string[];
}

/** The label-only rows before the table's first figure that state its unit. */
export function statementRows(body: number[], lines: string[], currency: string, titleLines: string[] = []): StatementRows {
  const out: StatementRows = { lines: [], texts: [] };
  const open = leavesStatementOpen(titleLines, currency);
  for (const n of body) {
    const cells = lines[n].split('\t');
    const label = cells[0].trim();
    if (cells.slice(1).some((c) => c.trim() !== '' && parseValue(c.trim()) !== null)) break;
    if (label === '' || cells.slice(1).some((c) => c.trim() !== '')) continue;
    if (statesUnit(label, currency) || isTail(label, open)) {
      out.lines.push(n);
      out.texts.push(label);
    }
  }
  return out;
}

/** Whether a label is a unit statement, whole or the tail of one. */
export function statesUnit(label: string, currency: string): boolean {
  if (TAIL.test(label) || readPercentStatement(label)) return true;
  const stated = readUnitStatement(label, currency) ?? readBareUnitStatement(label, currency);
  // The statement alone, or a title ending in one stated as a table's is ("… Income or (Loss)(In EUR'000s,
  // except share and per share data)"); "Revenue (millions)" is a caption stating its own rows' unit.
  if (stated) return label === stated.note || (label.endsWith(stated.note) && TABLE_TITLE.test(label.slice(0, -stated.note.length)));
  // "SEK m", "€m", "US$ millions": a unit and nothing else.
  const unit = readHeaderUnit(label, currency);
  return unit.rest === '' && unit.currency !== null && unit.scale !== null;
}

/**
 * The unit statement a title block leaves open ("($ millions," above the header) completed by
 * its tail printed under the header ("except per share data)"): "($ millions, except per share
 * data)"; null when no row is such a tail or no title line leaves a statement open.
 */
export function completedStatement(titleLines: string[], rows: string[], currency = 'USD'): string | null {
  const left = leavesStatementOpen(titleLines, currency);
  const tails = rows.filter((t) => isTail(t, left));
  if (tails.length === 0) return null;
  const at = titleLines.findLastIndex((l) => openParen(l) >= 0);
  if (at < 0) return null;
  // "($ in millions," then "(Unaudited)" then the tail: the statement is the opened one and its tail.
  const open = titleLines[at].slice(openParen(titleLines[at]));
  const between = titleLines.slice(at + 1).join(' ').replace(/\([^()]*\)/g, ' ');
  return `${open} ${between} ${tails.join(' ')}`.replace(/\s+/g, ' ');
}

/** Index of the first "(" a line leaves open, or -1. */
export function openParen(line: string): number {
  const stack: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '(') stack.push(i);
    else if (line[i] === ')') stack.pop();
  }
  return stack.length ? stack[0] : -1;
}
