import { describe, expect, test } from 'vitest';
import { readCaption } from '../../../src/lib/ingest/caption.ts';

// Title blocks as PNC's first-quarter 2022 exhibit prints them (../shared/corpus/pnc-2022-q1.htm): a unit
// statement bare on its own line, or after the title on one line, is the table's unit and no part of its title.
describe('readCaption: a unit statement printed bare is the unit, never the title', () => {
  test.each<[string, string[], string, string | null, number | null]>([
    ['a title over a bare statement', ['CONSOLIDATED REVENUE REVIEW', 'In millions'], 'CONSOLIDATED REVENUE REVIEW', 'In millions', 6],
    ['a bare statement alone names no table', ['In billions'], '', 'In billions', 9],
    ['a statement with its exception after a title', ['Earnings Summary', 'In millions, except per share data'], 'Earnings Summary', 'In millions, except per share data', 6],
    ['a title and its statement on one line', ['Financial Highlights (Unaudited) Dollars in millions, except per share data'], 'Financial Highlights (Unaudited)', 'Dollars in millions, except per share data', 6],
    ['a statement in parentheses, as before', ['Consolidated Balance Sheets', '(In thousands, except per share amounts)'], 'Consolidated Balance Sheets', '(In thousands, except per share amounts)', 3],
    ['words that state no unit stay the title', ['Investment securities in the portfolio'], 'Investment securities in the portfolio', null, null],
  ])('%s', (_name, lines, title, note, scale) => {
    const caption = readCaption(lines, 'The PNC Financial Services Group, Inc.');
    expect(caption.title).toBe(title);
    expect(caption.unitNote).toBe(note);
    expect(caption.scale).toBe(scale);
  });
});
