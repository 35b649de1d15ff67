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
  ['broker-fy2006-revenues', meta({ id: 'brk' }), [['table', ['2006-fy', '2005-fy', '2004-fy']]]],
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
