/**
 * The text of a table's note, as printed among the notes after the table: what a mark on a line says of it.
 */
import type { Table } from '../types.ts';
import type { CheckContext } from './context.ts';

/**
 * The text of a table's note `mark` as printed among the notes after it ("(2) For presentation purposes, … total
 * earning assets and total assets of the businesses may not equal total Consumer Banking."), or null. A page's notes
 * may follow its last block (Bank of America's quarters, then the year-ago quarter, then the notes of both), so the
 * notes read on past tables, up to the first line of prose that is no note.
 */
export function noteText(ctx: CheckContext, table: Table, mark: string): string | null {
  const m = mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const opens = new RegExp(`^(?:\\(${m}\\)|${m}(?![\\d.,]))\\s*(?=\\S)`, 'i');
  for (const p of ctx.release.prose) {
    // A title or unit statement of a table in between is no prose that ends the notes.
    if (p.line <= table.endLine || p.kind === 'caption') continue;
    if (opens.test(p.text)) return p.text.replace(opens, '').trim();
    if (!ANY_NOTE.test(p.text)) return null;
  }
  return null;
}
/** A line opening with a note mark: "(2)", "(a)", "2 ", "*". */
const ANY_NOTE = /^(?:\(\w{1,3}\)|\d{1,2}(?![\d.,])\s|[a-z](?:\)|\s)|[*†‡§])/i;

