// Wire copies kept as Markdown with every table cell a paragraph of its own (set s35, an archive of wire releases;
// test/fixtures/import/cell-lines/README.md): Peapack-Gladstone's 3Q25 and Royalty Management's FY2024. Blind, neither
// release had a fact: its dates were split over two paragraphs ("Dec. 31," / " 2024"), its headings glued where the page
// broke their lines ("Nine Months EndedSeptember 30,2025"), its change columns headed by "Increase/(Decrease)" after
// the periods or by "$" and "%" after the years (src/lib/import/cell-lines.ts `changeHeadings`). Read as a reader reads
// them, the periods head their own columns, never the changes'.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { hasCellLines } from '../../../src/lib/import/cell-lines.ts';
import { checkExcerpt, readExcerpt, type Excerpt } from '../excerpt-release.ts';

const fixture = (file: string) => readFileSync(`test/fixtures/import/cell-lines/${file}`, 'utf8');
const SUMMARY = fixture('pgc-2025-q3-summary.md');
const NINE = fixture('pgc-2025-q3-nine-months.md');
const ROYALTY = fixture('rmco-2024-q4-statements.md');
const pgc: Excerpt = { id: 'pgc-2025-q3', headline: 'Results', name: 'Peapack-Gladstone Financial Corporation', ticker: 'PGC', fiscalPeriod: '2025-q3', releaseDate: '2025-10-22', fiscalYearEnd: '12-31' };
const rmco: Excerpt = { id: 'rmco-2024-q4', headline: 'Results', name: 'Royalty Management Holding Corporation', ticker: 'RMCO', fiscalPeriod: '2024-fy', releaseDate: '2025-03-31', fiscalYearEnd: '12-31' };

describe('cells a paragraph each are the form', () => {
  test.each([
    ['pgc-2025-q3-summary.md', SUMMARY],
    ['pgc-2025-q3-nine-months.md', NINE],
    ['rmco-2024-q4-statements.md', ROYALTY],
    // Its balance sheets' last row, "Assets under management and / or administration at … (market value, not included
    // above-dollars in billions)", 161 characters: a label, or its figures were a run no label precedes and no table of
    // the release was read.
    ['pgc-2025-q3-balance-sheet.md', fixture('pgc-2025-q3-balance-sheet.md')],
  ])('%s', (_file, text) => expect(hasCellLines(text)).toBe(true));
});

describe('each column of figures under its own heading', () => {
  test.each([
    // [excerpt, its metadata, row, the periods of its figures left to right]
    ['Peapack summary', SUMMARY, pgc, 'net-interest-income', ['2025-9m', '2024-9m', '2025-9m-vs-2024-9m', '2025-9m-vs-2024-9m']],
    ['Peapack nine months', NINE, pgc, 'net-income', ['2025-9m', '2024-9m', '2025-9m-vs-2024-9m', '2025-9m-vs-2024-9m']],
    // Its statement of operations dated "Dec. 31, 2024" alone, in a release of the year: the years ended those days.
    ['Royalty Management', ROYALTY, rmco, 'total-revenue', ['2024-fy', '2023-fy']],
  ])('%s', (_what, text, e, row, periods) => {
    const facts = readExcerpt(text, e).facts.filter((f) => f.row === row && f.status === 'reported');
    expect(facts.map((f) => f.period)).toEqual(periods);
  });

  test.each([
    // [excerpt, its metadata, row, the change columns' measures: an amount, then a percentage]
    ['Peapack summary', SUMMARY, pgc, 'net-interest-income'],
    ['Peapack nine months', NINE, pgc, 'net-income'],
  ])('%s: the change, an amount then a percentage', (_what, text, e, row) => {
    const facts = readExcerpt(text, e).facts.filter((f) => f.row === row && f.status === 'reported' && f.period.includes('-vs-'));
    expect(facts.map((f) => f.unit)).toEqual(['USD', 'percent']);
  });

  test("Royalty Management: the line of Class A common stock, 170 characters of par, shares and dates, is one row", () => {
    const facts = readExcerpt(ROYALTY, rmco).facts.filter((f) => f.label.startsWith('Class A Common Stock: $0.0001 par value'));
    expect(facts.filter((f) => f.status === 'reported' && f.unit === 'USD').map((f) => f.value)).toEqual(['1496', '1427']);
  });
});

describe("Peapack: the summary in millions struck so that its chain foots, tied to the statement's thousands", () => {
  // The summary prints the nine months of 2024 as pretax income 32.71, tax 8.96, net income 23.75 (32.71 − 8.96 =
  // 23.75, as 35.32 − 10.15 = 25.17 in 2025); the selected data print the tax 8,966, which rounds alone to 8.97.
  const both = `${SUMMARY}\n\n${NINE}`;
  const tie = (text: string) => checkExcerpt(text, pgc).find((c) => c.id === 'tie/income-tax/2024-9m');
  test('as printed: within the rounding of the chain', () => {
    const check = tie(both);
    expect(check?.verdict).toBe('rounding');
    expect(check?.explanation).toMatch(/makes its table's chain foot as printed/);
  });
  test('the statement\'s tax planted 8,986: a mismatch', () => {
    expect(both).toContain('\n8,966\n');
    expect(tie(both.replace('\n8,966\n', '\n8,986\n'))?.verdict).toBe('mismatch');
  });
});
