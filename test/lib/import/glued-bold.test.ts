// Title lines a wire converter wrote as bold runs glued on one line (src/lib/import/glued-bold.ts): each run is a
// line as the reader sees it, so the table is titled by its printed title and scaled by its unit statement.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { gluedBoldRuns } from '../../../src/lib/import/glued-bold.ts';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

describe('gluedBoldRuns', () => {
  test.each<[string, string[], string[] | null]>([
    // Watts Water, 4Q24 (set s28, wts-2024-q4.md:351, :443).
    ['a title glued to its number, unit statement and audit note',
      ['**TABLE 3****SEGMENT INFORMATION - RECONCILIATION OF NET SALES TO NON-GAAP ORGANIC SALES****(Amounts in millions)****(Unaudited)**'],
      ['TABLE 3', 'SEGMENT INFORMATION - RECONCILIATION OF NET SALES TO NON-GAAP ORGANIC SALES', '(Amounts in millions)', '(Unaudited)']],
    ['the company over its statement', ['**WATTS WATER TECHNOLOGIES, INC. AND SUBSIDIARIES****CONSOLIDATED BALANCE SHEETS**'], ['WATTS WATER TECHNOLOGIES, INC. AND SUBSIDIARIES', 'CONSOLIDATED BALANCE SHEETS']],
    ['a paragraph of two lines, one glued', ['**ACME CORP****BALANCE SHEETS**', '**(In thousands)**'], ['ACME CORP', 'BALANCE SHEETS', '(In thousands)']],
    // A run that holds no word is a mark printed inside its neighbour: the paragraph stays as GFM reads it.
    ['a footnote mark (set unseen-s21)', ['**REALIZED METAL PRICES****1**'], null],
    ['a registered mark (Vertex, corpus crsp-2024-q4.md)', ['**About CASGEVY****®****(exagamglogene autotemcel [exa-cel])**'], null],
    // Nothing glued, or more than bold runs: not this form.
    ['one bold run', ['**CONSOLIDATED BALANCE SHEETS**'], null],
    ['bold runs in a sentence', ['Revenue of **$5.9 million****rose** 4%'], null],
    ['a run holding other markup', ['**About*****In Vivo*****Programs**'], null],
  ])('%s', (_name, lines, expected) => {
    expect(gluedBoldRuns(lines, 1)?.flat().map((r) => r.text) ?? null).toEqual(expected);
  });

  test('each run is placed where the Markdown prints it', () => {
    expect(gluedBoldRuns(['**TABLE 6****2025 OUTLOOK****(Unaudited)**'], 443)).toEqual([
      [{ text: 'TABLE 6', line: 443, column: 1 }, { text: '2025 OUTLOOK', line: 443, column: 12 }, { text: '(Unaudited)', line: 443, column: 28 }],
    ]);
  });
});

// Watts Water, 4Q24 (test/fixtures/import/wire/wts-2024-q4-glued-titles.md): each table named by its first row
// ("current-portion-of-long-term-debt"), its unit statement lost, while the titles were read as one line.
describe('tables under glued bold titles are titled and scaled as printed', () => {
  const file = 'wts-2024-q4-glued-titles.md';
  const imported = importRelease({ text: readFileSync(`test/fixtures/import/wire/${file}`, 'utf8'), file, kind: 'text' }, { ticker: 'WTS', fiscalPeriod: '2024-q4', scale: 'millions' });
  const meta: ReleaseMeta = {
    id: 'wts-2024-q4', title: 'Watts Water', company: 'wts', name: 'Watts Water Technologies, Inc.', ticker: 'WTS', exchange: '',
    fiscalYearEnd: '12-31', fiscalPeriod: '2024-q4', releaseDate: '2025-02-11', currency: 'USD', scale: 6,
  };
  const release = parseRelease(imported.releaseText, meta, emptyModel, 'release.txt');

  test('imports with no problem, three tables', () => {
    expect(imported.issues).toEqual([]);
    expect(release.tables).toHaveLength(3);
  });

  test.each<[string, number, string, string, string | null]>([
    ['a title under its table number', 0, 'table-4-reconciliation-of-net-cash', 'TABLE 4 RECONCILIATION OF NET CASH PROVIDED BY OPERATIONS TO FREE CASH FLOW (Unaudited)', '(Amounts in millions)'],
    // Its title runs to 104 characters, closed by its unit statement on the line below.
    ['a title past 100 characters, its unit statement below it', 1, 'reconciliation-of-long-term-debt-including-current',
      'RECONCILIATION OF LONG-TERM DEBT (INCLUDING CURRENT PORTION) TO NET DEBT AND NET DEBT TO CAPITALIZATION RATIO (Unaudited)', '(Amounts in millions)'],
    ['a title past 100 characters closed by its audit note', 2, '2025-full-year-outlook-reconciliation',
      '2025 FULL YEAR OUTLOOK – RECONCILIATION OF NET SALES GROWTH TO ORGANIC SALES GROWTH AND OPERATING MARGIN TO ADJUSTED OPERATING MARGIN (Unaudited)', null],
  ])('%s', (_name, index, id, title, unitNote) => {
    const table = release.tables[index]!;
    expect([table.id, table.title, table.unitNote]).toEqual([id, title, unitNote]);
  });
});
