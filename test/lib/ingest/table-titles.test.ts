import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

// What names a table, on title blocks as real releases print them (issue 29): the unit statement is the table's unit,
// never its title; a line above the table that is no sentence is its title; "Exhibit 99.1", a signature above it and a
// page's running head name no table.
const meta: ReleaseMeta = {
  id: 'w', title: 'W', company: 'w', name: 'The PNC Financial Services Group, Inc.', ticker: 'W', exchange: '', fiscalYearEnd: '12-31',
  fiscalPeriod: '2024-fy', releaseDate: '2025-02-10', currency: 'USD', scale: 6,
};
const FIRST = 'Results\n\n\t2024\t2023\nRevenue\t10\t9\nCosts\t4\t3\n\n';
const titles = (text: string) => parseRelease(text, meta, emptyModel, 'r.txt').tables.map((t) => [t.id, t.title]);

describe('a table\'s title and id', () => {
  test.each<[string, string, [string, string]]>([
    // PNC 1Q22 (../shared/corpus/pnc-2022-q1.htm): a title over a bare statement, and a bare statement alone.
    ['a title over a bare unit statement', 'CONSOLIDATED REVENUE REVIEW\nIn millions\n', ['revenue-review', 'CONSOLIDATED REVENUE REVIEW']],
    ['a bare statement alone: named by its first line', 'In millions\n', ['net-interest-income', '']],
    // Legrand FY2024 (../shared/corpus/lr-2024-fy.md): a title longer than a heading, a blank line, then its unit.
    ['a long title line above its unit statement', 'Reconciliation of cash flow from operations, free cash flow and normalized free cash flow with profit for the period\n\nIn € millions\n',
      ['reconciliation-of-cash-flow-from-operations', 'Reconciliation of cash flow from operations, free cash flow and normalized free cash flow with profit for the period']],
    // PNC 1Q22: the running head of a printed page above a table's unit statement.
    ['a page\'s running head names nothing', 'PNC Reports First Quarter 2022 Net Income of $1.4 Billion – Page 6\n\nIn millions\n', ['net-interest-income', '']],
    // Horizon Financial's 2006 8-K (../shared/corpus/hrzb-fy2006-q3.txt): a page's running head over three lines,
    // ending in its page number, above the statement's title.
    ['a running head ending in its page number names nothing', 'HRZB-EPS Up 29% YTD\nJanuary 19, 2006\nPage 3\nCONSOLIDATED STATEMENTS OF INCOME\n(unaudited)\n',
      ['statements-of-income', 'CONSOLIDATED STATEMENTS OF INCOME (unaudited)']],
    // Kornit Digital Q4 2024 (../shared/corpus/krnt-2024-q4.md): the entity's name over two lines, its tail alone on
    // the second, above the statement's title; the tail was kept ("And Its Subsidiaries Consolidated Balance Sheets").
    ['an entity line\'s tail on a line of its own names nothing', 'KORNIT DIGITAL LTD.\nAND ITS SUBSIDIARIES\nCONSOLIDATED BALANCE SHEETS\n(U.S. dollars in thousands)\n',
      ['balance-sheets', 'CONSOLIDATED BALANCE SHEETS']],
    // Coherent Q3 FY2026 (../shared/unseen-s20/cohr-fy2026-q3.txt, lines 90–93): the unit statement opens with its
    // currency and scale and says no "in"; it was kept in the title ("… Statements of Earnings $ Millions, except …").
    ['a statement "$ Millions, …" under the title', 'Coherent Corp. and Subsidiaries\nCondensed Consolidated Statements of Earnings*\n$ Millions, except per share amounts (unaudited)\n',
      ['statements-of-earnings', 'Condensed Consolidated Statements of Earnings']],
    // A sentence above the table is prose, not its title.
    ['a sentence is not a title', 'Net interest income rose on higher rates.\n\nIn millions\n', ['net-interest-income', '']],
  ])('%s', (_name, caption, expected) => {
    const text = `${FIRST}${caption}\t2024\t2023\nNet interest income\t5\t4\nOther\t1\t1\n`;
    expect(titles(text)[1]).toEqual(expected);
  });

  // Tigo Energy Q4 2024 (../shared/unseen-s28/tygo-2024-q4.md, release.txt line 133): the company, the statement, its
  // unit and "(unaudited)" on one line of 120 characters. Read as no title line, its unit statement was lost and the
  // share counts were read at the release's thousands (38 billion shares); and the words before the statement are its
  // title (its table was named after its first row, `net-revenue`; here the release is another company's, so the name stays).
  test('a title line closed by its unit statement and "(unaudited)" states the table\'s unit', () => {
    const caption = 'Tigo Energy, Inc. Condensed Consolidated Statement of Income (in thousands, except share and per share data) (unaudited)\n';
    const text = `${FIRST}${caption}\t2024\t2023\nNet loss\t(4,383)\t(984)\nWeighted-average common shares outstanding\t\t\nBasic\t38,048,516\t58,749,524\n`;
    const release = parseRelease(text, meta, emptyModel, 'r.txt');
    expect(release.tables[1]!.unitNote).toBe('(in thousands, except share and per share data)');
    const basic = release.facts.find((f) => f.table === release.tables[1]!.id && f.value === '38048516');
    expect([basic?.unit, basic?.scale]).toEqual(['shares', 0]);
    expect(titles(text)[1]).toEqual(['tigo-energy-inc-statement-of-income', 'Tigo Energy, Inc. Condensed Consolidated Statement of Income']);
  });

  // Horizon Financial's 2006 8-K (../shared/corpus/hrzb-fy2006-q3.txt): the exhibit starts under the filing's signature.
  test('"Exhibit 99.1" over a table: neither it nor the signature above it is the title', () => {
    const text = `${FIRST}V. Lawrence Evans\n\nPresident and Chief Executive Officer\n\nExhibit 99.1\n\t2024\t2023\nContacts\t5\t4\n`;
    expect(titles(text)[1]).toEqual(['contacts', '']);
  });

  // Molson Coors' 4Q24 Dow Jones copy (../shared/corpus/tap-2024-q4.md, lines 459–469, 520–525, 640–655): unit
  // statements wrapped over the title block's lines, none stating it alone, were kept in titles and ids
  // ('Statements of Operations except per', '(In millions, except per share data)').
  test.each<[string, string, string, [string, string]]>([
    ['a statement opened in the title and closed under the header: its middle line is no title',
      'Condensed Consolidated Statements of Operations\n(In millions,\nexcept per\n(Unaudited)\n', 'share data)\t\t\n',
      ['statements-of-operations', 'Condensed Consolidated Statements of Operations (Unaudited)']],
    ['a statement wrapped over two lines of the title block',
      'WORLDWIDE BRAND AND FINANCIAL VOLUME\n(In millions of\nhectoliters)\n(Unaudited)\n', '',
      ['worldwide-brand-and-financial-volume', 'WORLDWIDE BRAND AND FINANCIAL VOLUME (Unaudited)']],
    ['a statement the title leaves open, its tail under the header followed by a remark',
      'Reconciliation by Line Item\n(In millions,\nexcept per share\n', 'data) (Unaudited)\t\t\n',
      ['reconciliation-by-line-item', 'Reconciliation by Line Item']],
  ])('%s', (_name, caption, tail, expected) => {
    const text = `${FIRST}${caption}\t2024\t2023\n${tail}Net interest income\t5\t4\nOther\t1\t1\n`;
    expect(titles(text)[1]).toEqual(expected);
  });
});

// SunLink's fiscal 2Q25 wire copy (../shared/corpus/ssy-fy2025-q2.md): the release's headline printed again over the
// statement's own title, as a running head.
describe('the release\'s headline over a statement\'s title names nothing', () => {
  const sunlink = { ...meta, name: 'SunLink Health Systems, Inc.', title: 'SunLink Health Systems, Inc. Announces Fiscal 2025 Second Quarter Results' };
  const titled = (caption: string) => parseRelease(`${caption}\t2024\t2023\nNet revenues\t5\t4\nOther\t1\t1\n`, sunlink, emptyModel, 'r.txt').tables.map((t) => [t.id, t.title]);
  test.each<[string, string, [string, string]]>([
    ['the headline over two lines, then the title', 'SUNLINK HEALTH SYSTEMS, INC. ANNOUNCES\nFISCAL 2025 SECOND QUARTER RESULTS\nAmounts in 000\'s, except per share\nCONSOLIDATED STATEMENTS OF EARNINGS (LOSS)\n',
      ['statements-of-earnings-loss', 'CONSOLIDATED STATEMENTS OF EARNINGS (LOSS)']],
    // Where the headline's words are all the title block prints, they title the table.
    ['the headline alone is kept', 'FISCAL 2025 SECOND QUARTER RESULTS\n', ['fiscal-2025-second-quarter-results', 'FISCAL 2025 SECOND QUARTER RESULTS']],
    // Words of the headline within a title of its own are the title's.
    ['a title sharing words with the headline', 'SECOND QUARTER SEGMENT RESULTS\n', ['second-quarter-segment-results', 'SECOND QUARTER SEGMENT RESULTS']],
  ])('%s', (_name, caption, expected) => {
    expect(titled(caption)[0]).toEqual(expected);
  });
});
