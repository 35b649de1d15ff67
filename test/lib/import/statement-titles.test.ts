import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeSource, importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

// Horizon Financial's 8-K of January 19, 2006 (../shared/corpus/hrzb-fy2006-q3.txt; the excerpt's lines are named in
// test/fixtures/import/text/README.md): each page opens with its running head ("HRZB-EPS Up 29% YTD" / "January 19,
// 2006" / "Page 3") and prints its statement's title in capitals left of the column headings, whole or wrapped. Each
// table was titled by the running head, and the statement's own title became a bold first row ("CONSOLIDATED
// STATEMENTS OF INCOME"; on page 4 the title 'CONSOLIDATED STATEMENTS' and the row 'OF INCOME').
const source = decodeSource(readFileSync('test/fixtures/import/text/hrzb-2006-q3-titles.txt')).text;
const imported = importRelease({ text: source, file: 'hrzb-2006-q3-titles.txt', kind: 'text' });
const meta: ReleaseMeta = {
  id: 'hrzb-2006-q3', title: 'Horizon Financial', company: 'hrzb', name: 'Horizon Financial Corp.', ticker: 'HRZB', exchange: '',
  fiscalYearEnd: '03-31', fiscalPeriod: '2006-q3', releaseDate: '2006-01-19', currency: 'USD', scale: 3,
};
const release = parseRelease(imported.releaseText, meta, emptyModel, 'release.txt');

describe('a statement\'s title printed beside its header, under a page\'s running head', () => {
  test('imports with no problem, a table a page', () => {
    expect(imported.issues).toEqual([]);
    expect(release.tables).toHaveLength(4);
  });

  test.each<[string, number, string, string, string]>([
    ['page 3: the whole title left of the first heading line', 0, 'statements-of-income', 'CONSOLIDATED STATEMENTS OF INCOME (unaudited)', 'Interest income:'],
    ['page 4: a title line above, its rest going on left of the headings ("OF INCOME")', 1, 'statements-of-income-2', 'CONSOLIDATED STATEMENTS OF INCOME (unaudited)', 'Interest income:'],
    ['page 5: a title line left open ("… STATEMENTS OF"), its rest left of the headings', 2, 'statements-of-financial-condition', 'CONSOLIDATED STATEMENTS OF FINANCIAL CONDITION (unaudited)', 'Assets:'],
    // Capitals that name no statement and go on with no title line are a caption of the rows: it stays the first row.
    ['page 6: "LOANS" beside the header names no statement: still the first row', 3, 'loans', '(unaudited)', 'LOANS'],
  ])('%s', (_name, index, id, title, firstRow) => {
    const table = release.tables[index]!;
    expect([table.id, table.title, table.rows[0]!.rawLabel.trim()]).toEqual([id, title, firstRow]);
  });

  test('no title carries the running head, and no row the statement\'s title', () => {
    for (const table of release.tables) expect(table.title).not.toMatch(/HRZB-EPS|January 19|Page \d/);
    expect(release.tables.flatMap((t) => t.rows.map((r) => r.label))).not.toContainEqual(expect.stringMatching(/STATEMENTS|OF INCOME|FINANCIAL CONDITION/));
  });
});

describe('capitals beside a header that are no title', () => {
  // Constructed (no corpus release prints it so): a section's caption beside the last heading line, under a title in
  // capitals that it does not go on with, opens the rows as it did.
  test.each<[string, string[], string, string]>([
    ['a caption under a complete title', ['CONSOLIDATED BALANCE SHEETS', '                                December 31,', 'ASSETS                       2005        2004', 'Cash                     $  25,244   $  20,310', 'Loans                       63,016      75,767'], 'CONSOLIDATED BALANCE SHEETS', 'ASSETS'],
    ['a caption ending in a colon', ['WEIGHTED AVERAGE', 'INTEREST RATES:              2005        2004', 'Yield on loans               7.88%       6.68%', 'Cost of deposits             2.63%       1.89%'], 'WEIGHTED AVERAGE', 'INTEREST RATES:'],
  ])('%s', (_name, lines, title, firstRow) => {
    const text = importRelease({ text: `ACME REPORTS RESULTS\n\nAcme earned more than a year ago.\n\n${lines.join('\n')}\n`, file: 'x.txt', kind: 'text' }).releaseText;
    const table = parseRelease(text, meta, emptyModel, 'release.txt').tables[0]!;
    expect([table.title, table.rows[0]!.rawLabel.trim()]).toEqual([title, firstRow]);
  });
});

// Horizon's page 7 (test/fixtures/import/text/hrzb-2006-q3-page7.txt, named in test/fixtures/import/text/README.md):
// three tables in <TABLE> tags of their own, each printing the same header as the table before it (page 6's "WEIGHTED
// AVERAGE INTEREST RATES"), each under its own title, whose last word is printed beside the header's first line or
// alone above it. They were read as one table continued, their titles as rows ("AVERAGE", "RATIOS", "LOSSES"), and the
// page's running head ("HRZB-EPS Up 29% YTD" / "January 19, 2006" / "Page 7") as the first one's title.
describe('tables printing the same header under titles of their own are tables of their own', () => {
  const page7 = importRelease({ text: decodeSource(readFileSync('test/fixtures/import/text/hrzb-2006-q3-page7.txt')).text, file: 'hrzb-2006-q3-page7.txt', kind: 'text' });
  const tables = parseRelease(page7.releaseText, meta, emptyModel, 'release.txt').tables;

  test('four tables, with no problem', () => {
    expect(page7.issues).toEqual([]);
    expect(tables).toHaveLength(4);
  });

  test.each<[number, string, string, string]>([
    // A caption ending in a colon beside the first heading line opens the rows (as before).
    [0, 'WEIGHTED AVERAGE (unaudited)', 'INTEREST RATES:', 'Cost of interest- bearing liabilities'],
    [1, 'AVERAGE BALANCES (unaudited)', 'Loans', "Average stockholders' equity"],
    [2, 'CONSOLIDATED FINANCIAL RATIOS (unaudited)', 'Return on average assets', 'Tangible book value per share'],
    [3, 'RESERVE FOR LOAN LOSSES (unaudited)', 'Balance at beginning of period', 'Balance at end of period'],
  ])('table %i: "%s", its rows from "%s" to "%s"', (index, title, first, last) => {
    const table = tables[index]!;
    expect([table.title, table.rows[0]!.rawLabel.trim(), table.rows.at(-1)!.rawLabel.trim()]).toEqual([title, first, last]);
  });

  test('each table keeps its own figures under the periods of its header', () => {
    const ratios = tables[2]!;
    expect(ratios.rows.map((r) => r.label)).not.toContain('Loans');
    const reserve = parseRelease(page7.releaseText, meta, emptyModel, 'release.txt').facts.filter((f) => f.table === tables[3]!.id && f.label === 'Balance at end of period');
    expect(reserve.map((f) => [f.period, f.value])).toEqual([
      ['2006-q3', '13925'],
      ['2006-q2', '13161'],
      ['2005-q3', '11168'],
      ['2006-9m', '13925'],
      ['2005-9m', '11168'],
    ]);
  });
});

describe('a table printed on under the same title, or marked continued, is still one table', () => {
  // Zenith's wire copy (test/fixtures/import/text/wire-2005-q4.txt, constructed, see its README): the balance sheet
  // over a page break, its title printed again with "(continued)".
  test('the balance sheet continued is one table', () => {
    const wire = importRelease({ text: decodeSource(readFileSync('test/fixtures/import/text/wire-2005-q4.txt')).text, file: 'wire-2005-q4.txt', kind: 'text' });
    expect(wire.summary.tables).toBe(2);
    expect(wire.releaseText).not.toMatch(/BALANCE SHEETS \(continued\)/);
  });
});
