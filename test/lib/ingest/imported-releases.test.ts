import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease, formatIssue } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

/**
 * Real filings of other companies as `tieout import` writes them (its goldens in
 * test/fixtures/import/real): Buckle's 52/53-week quarter and nine months ("Thirteen Weeks
 * Ended", "Thirty-Nine Weeks Ended", a fiscal 2024 that ends in February 2025, a header with a
 * footnote mark "February 3, 2024 (1)", unlabelled subtotal rows), Apple's five fiscal years,
 * a broker's revenues. Each reads with no error and every value cell becomes a fact.
 */
const meta = (m: Partial<ReleaseMeta>): ReleaseMeta => ({
  id: 'r', title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '12-31',
  fiscalPeriod: '2019-fy', releaseDate: '2020-01-01', currency: 'USD', scale: 3, ...m,
});
const CASES = [
  ['buckle-2024-q3', meta({ id: 'bke', name: 'The Buckle, Inc.', fiscalYearEnd: '02-01', fiscalYearNamedBy: 'start' }),
    [['statements-of-income', ['2024-q3', '2023-q3', '2024-9m', '2023-9m']], ['balance-sheets', ['2024-11-02', '2024-02-03', '2023-10-28']]]],
  ['apple-fy2007-selected-data', meta({ id: 'aapl', name: 'Apple Inc.', fiscalYearEnd: '09-29', scale: 6 }),
    [['five-fiscal-years-ended-september-29', ['2007-fy', '2006-fy', '2005-fy', '2004-fy', '2003-fy']]]],
  ['broker-fy2006-revenues', meta({ id: 'brk' }), [['revenues', ['2006-fy', '2005-fy', '2004-fy']]]], // no title, no heading: named by its first row, "Revenues:"
] as const;

describe.each(CASES)('%s', (name, m, tables) => {
  const file = `test/fixtures/import/real/${name}.release.txt`;
  const text = readFileSync(file, 'utf8');
  const release = parseRelease(text, m, emptyModel, file);

  test('reads with no error, its tables and columns as the filing prints them', () => {
    expect(release.errors.map(formatIssue)).toEqual([]);
    expect(release.tables.map((t) => [t.id, t.columns.map((c) => c.key)])).toEqual(tables);
  });

  test('every value cell of every table row is exactly one fact', () => {
    const lines = text.split('\n');
    let cells = 0;
    for (const t of release.tables) for (const r of t.rows) cells += lines[r.line - 1].split('\t').slice(1).filter((c) => c.trim() !== '').length;
    expect(cells).toBeGreaterThan(20);
    expect(release.facts.filter((f) => f.origin === 'cell')).toHaveLength(cells);
  });
});

test('Buckle: unlabelled subtotal rows and figures with their period', () => {
  const file = 'test/fixtures/import/real/buckle-2024-q3.release.txt';
  const release = parseRelease(readFileSync(file, 'utf8'), CASES[0][1], emptyModel, file);
  const income = release.tables[0];
  // The unlabelled row closes the operating expenses it follows.
  expect(income.rows.filter((r) => r.label === '').map((r) => [r.id, r.total, r.section])).toEqual([['subtotal', true, ['OPERATING EXPENSES']]]);
  expect(release.facts.find((f) => f.id === 'bke/statements-of-income/subtotal/2024-9m')).toMatchObject({ value: '248163', unit: 'USD', scale: 3, underlined: true });
  expect(release.facts.find((f) => f.id === 'bke/statements-of-income/diluted/2024-q3')).toMatchObject({ value: '0.88', unit: 'USD/share', scale: 0 });
  expect(release.periods.find((p) => p.id === '2024-9m')).toMatchObject({ start: '2024-02-04', end: '2024-11-02' });
});

// Tables with no title and no heading of the prose above them are named by what they print
// first, never "table": the first row's label less parentheses and colon, with the next label
// where the first names nothing alone. Ids stay readable and the same on every run.
describe('a table with no title and no heading, named by its first rows', () => {
  const table = (rows: string) => `\tFiscal 2006\tFiscal 2005\n${rows}`;
  test.each([
    ['Revenues:\t\t\nInvestment banking\t$ 4,318\t$ 3,477\nTotal revenues\t4,318\t3,477', 'revenues'],
    ['Net sales (1)\t78,206\t75,960\nCost of sales\t58,664\t60,195', 'net-sales'],
    ['Total\t78,206\t75,960\nNet sales\t58,664\t60,195', 'total-net-sales'],
    ['Unit sales volume:\t\t\nMasterCraft\t409\t422', 'unit-sales-volume'],
    ['\t78,206\t75,960', 'table'],
  ])('%j → %s', (rows, id) => {
    const release = parseRelease(`Some prose.\n\n${table(rows)}\n`, meta({ id: 'x' }), emptyModel, 'x/release.txt');
    expect(release.tables.map((t) => t.id)).toEqual([id]);
  });

  test('two such tables starting alike are told apart, in printed order', () => {
    const text = `${table('Revenues:\t\t\nProducts\t1\t2')}\n\nSome prose between them.\n\n${table('Revenues:\t\t\nServices\t3\t4')}\n`;
    expect(parseRelease(text, meta({ id: 'x' }), emptyModel, 'x/release.txt').tables.map((t) => t.id)).toEqual(['revenues', 'revenues-2']);
  });
});

// ManTech's EX-99.1 of 2020-04-29 (EDGAR 0000892537-20-000010; release.txt:215–244 as imported): two untitled
// reconciliations both open on "NET INCOME". A reader tells them apart by what each reconciles to.
describe('untitled tables that open alike are named by the line each closes on', () => {
  const text = readFileSync('test/fixtures/ingest/untitled/mant-2020-q1-reconciliations.txt', 'utf8');
  const release = parseRelease(text, meta({ id: 'mant', fiscalPeriod: '2020-q1', releaseDate: '2020-04-29' }), emptyModel, 'mant/release.txt');
  test('named "… to EBITDA" and "… to ADJUSTED NET INCOME"; ids unchanged', () => {
    expect(release.tables.map((t) => [t.id, t.name])).toEqual([
      ['net-income', 'NET INCOME to EBITDA'],
      ['net-income-2', 'NET INCOME to ADJUSTED NET INCOME'],
    ]);
  });
  test('a table named by its first line alone keeps its name', () => {
    const one = parseRelease(text.split('Adjusted net income is calculated')[0], meta({ id: 'mant', fiscalPeriod: '2020-q1' }), emptyModel, 'mant/release.txt');
    expect(one.tables.map((t) => t.name)).toEqual(['NET INCOME']);
  });
});
