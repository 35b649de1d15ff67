// How a table is named on the site where its printed title names it badly, on Molson Coors' 4Q24 release
// (../shared/corpus/tap-2024-q4.md; excerpt test/fixtures/ingest/forms/tap-2024-q4-untitled-tables.txt). Its pages
// listed "Us gaap income before income taxes" and "Emeaapac" (untitled tables named by their id, a slug that keeps no
// capitals, parentheses or "&") and "* Effective Tax Rate and …" (the Markdown bullet kept as a word of the title).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { readableTitle, sameTitle, tableTitle } from '../../../src/lib/site/labels.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const file = 'test/fixtures/ingest/forms/tap-2024-q4-untitled-tables.txt';
const meta: ReleaseMeta = {
  id: 'tap-2024-q4', title: 'x', company: 'tap', name: 'Molson Coors Beverage Company', ticker: '', exchange: '', fiscalYearEnd: '12-31',
  fiscalPeriod: '2024-q4', releaseDate: '2025-02-13', currency: 'USD', scale: 6,
};
const release = parseRelease(readFileSync(file, 'utf8'), meta, emptyModel, file);

describe('tableTitle on Molson Coors 4Q24: a table is named as it is printed', () => {
  test.each([
    // id (unchanged: permalinks and reviews name it), title shown
    ['effective-tax-rate-and-underlying', 'Effective Tax Rate and Underlying Effective Tax Rate'],
    // Its printed title, "SUMMARIZED SEGMENT RESULTS (volume and $ in millions) (Unaudited)", once its "(Unaudited)" after the
    // unit statement was read (it was named by its first row, "americas", the id now of the volume table below it).
    ['summarized-segment-results', 'Summarized Segment Results'],
    ['emeaapac', 'EMEA&APAC'],
    ['reconciliation-to-underlying-income-loss-before', 'Reconciliation to Underlying Income (Loss) Before Income Taxes by Segment'],
    ['us-gaap-income-before-income-taxes', 'U.S. GAAP Income (loss) before income taxes'],
  ])('%s → %s', (id, title) => {
    const table = release.tables.find((t) => t.id === id);
    expect(table, release.tables.map((t) => t.id).join(', ')).toBeDefined();
    expect(tableTitle(table!, release)).toBe(title);
  });
});

describe('readableTitle: initials joined by "&" keep their capitals in a title printed in capitals', () => {
  test.each([
    ['EMEA&APAC SEGMENT RESULTS', 'EMEA&APAC Segment Results'],
    ['P&C AND M&A HIGHLIGHTS', 'P&C and M&A Highlights'],
    ['R&D EXPENSES', 'R&D Expenses'],
    // Words joined by "&" are still words.
    ['NET SALES & EXPENSES', 'Net Sales & Expenses'],
  ])('%s → %s', (printed, readable) => expect(readableTitle(printed)).toBe(readable));
});

describe('tableTitle: a table named by its first line, less its note marks', () => {
  const head = (name: string) => ({ id: 'x', title: '', name, release: 'r', unitNote: null, scale: 6, currency: 'USD', columns: [], line: 1, column: 1, endLine: 2 });
  test.each([
    ['Net sales', 'Net sales'],
    ['AMERICAS', 'Americas'],
    ['contract brewing and wholesale/factored volume', 'Contract brewing and wholesale/factored volume'],
  ])('%s → %s', (name, title) => expect(tableTitle(head(name))).toBe(title));
});

describe('tableTitle: a note\'s mark or a wire\'s continuation mark is no word of a title (corpus releases as imported)', () => {
  const head = (title: string) => ({ id: 'x', title, release: 'r', unitNote: null, scale: 6, currency: 'USD', columns: [], line: 1, column: 1, endLine: 2 });
  test.each([
    // Pegasystems 4Q24 (pega-2024-q4)
    ['Reconciliation of Free Cash Flow (1) and Other Metrics', 'Reconciliation of Free Cash Flow and Other Metrics'],
    ['2025 Guidance (1)', '2025 Guidance'],
    // Oracle 4Q FY2014 (orcl-fy2014-q4)
    ['Fiscal 2014 Financial Results Free Cash Flow—Trailing 4-Quarters (1)', 'Fiscal 2014 Financial Results Free Cash Flow—Trailing 4-Quarters'],
    // Lattice Semiconductor 4Q24 (lscc-2024-q4)
    ['Non-GAAP* Financial Results', 'Non-GAAP Financial Results'],
    // Caterpillar 1Q22 (cat-2022-q1), a wire copy's page mark
    ['(more) Sales and Revenues by Geographic Region', 'Sales and Revenues by Geographic Region'],
    // Words in parentheses stay
    ['Net Income (Loss) per Share', 'Net Income (Loss) per Share'],
    ['Segment Results (in millions)', 'Segment Results (in millions)'],
  ])('%s → %s', (printed, title) => {
    expect(tableTitle(head(printed))).toBe(title);
    // Said once: the printed title says nothing more than the short one.
    expect(sameTitle(printed, title)).toBe(true);
  });
});
