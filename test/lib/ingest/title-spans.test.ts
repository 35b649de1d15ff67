// Periods a reader takes from the title or the span above a table's own headings (issue 29), on excerpts of real
// releases imported by tieout (test/fixtures/checks/corpus/README.md), with no company model:
// - Micron's cash flows (unseen s20, mu-fy2026-q3): "Nine Months Ended" over "May 28, 2026 | May 29, 2025", the heading
//   row's first cell left by the page as a line of the title, was read as two days;
// - HomeTrust's ratios (unseen s14, htbi-fy2020-q3): "At or For the Three Months Ended" gave each quarter a dimension "or";
// - Chipotle's reconciliation (unseen s20, cmg-2025-q4): "Three months ended December 31, 2025 | Year ended December 31,
//   2025" over "2025 | 2024 | 2025 | 2024" was read as 2025's quarter and year named "2025" and "2024";
// - Everything Fresh (unseen s16, fresh-2022-q2): "2022 three months June" named its quarter "june", and the cash flow
//   under "$,000", its title a blank line above, read "2022 June | 2021 June | 2021 December" as three fiscal years;
// - Royalty Management's 2024 results (unseen s35, rmco-2024-q4): "STATEMENTS OF OPERATIONS" over "Dec. 31, 2024 |
//   Dec. 31, 2023", no span anywhere above, read as two days: its revenue a balance at December 31.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { alteredIsMismatch } from '../checks/fixture.ts';
import { CORPUS_EXCERPTS, excerpt } from '../checks/no-model.ts';

describe('a column takes the period its title or span states, as a reader does', () => {
  test.each([
    // [excerpt, table, row, column key, period kind, start, end, dimension, printed]
    ['mu-fy2026-q3-cash', 'statements-of-cash-flows', 'net-income', '2026-9m', 'duration', '2025-09-01', '2026-05-28', null, '$47,268'],
    ['mu-fy2026-q3-cash', 'statements-of-cash-flows', 'net-cash-provided-by-operating-activities', '2025-9m', 'duration', '2024-09-01', '2025-05-29', null, '11,795'],
    ['htbi-fy2020-q3-at-or-for', 'asset-quality-ratios', 'nonperforming-assets-to-total-assets', '2020-q3', 'duration', '2020-01-01', '2020-03-31', null, '0.47%'],
    ['htbi-fy2020-q3-at-or-for', 'asset-quality-ratios', 'average-equity-to-average-assets', '2019-q4', 'duration', '2019-04-01', '2019-06-30', null, '11.72'],
    ['cmg-2025-q4-reconciliation', 'reconciliation-of-non-gaap-financial-measures-adjusted', 'net-income', '2024-q4', 'duration', '2024-10-01', '2024-12-31', null, '$ 331,764'],
    ['cmg-2025-q4-reconciliation', 'reconciliation-of-non-gaap-financial-measures-adjusted', 'adjusted-net-income', '2024-fy', 'duration', '2024-01-01', '2024-12-31', null, '$ 1,538,831'],
    ['fresh-2022-q2-cash', 'revenue', 'revenue', '2022-q2', 'duration', '2022-04-01', '2022-06-30', null, '731,196'],
    ['fresh-2022-q2-cash', 'revenue', 'revenue', '2021-fy', 'duration', '2021-01-01', '2021-12-31', null, '1,614,806'],
    ['fresh-2022-q2-cash', 'end-of-page-4', 'interest-paid', '2022-h1', 'duration', '2022-01-01', '2022-06-30', null, '(14,847)'],
    ['fresh-2022-q2-cash', 'end-of-page-4', 'interest-paid', '2021-h1', 'duration', '2021-01-01', '2021-06-30', null, '(8,016)'],
    ['fresh-2022-q2-cash', 'end-of-page-4', 'interest-paid', '2021-fy', 'duration', '2021-01-01', '2021-12-31', null, '(18,786)'],
    ['rmco-2024-q4-operations', 'statements-of-operations', 'total-revenue', '2024-fy', 'duration', '2024-01-01', '2024-12-31', null, '807,089'],
    ['rmco-2024-q4-operations', 'statements-of-operations', 'net-loss', '2023-fy', 'duration', '2023-01-01', '2023-12-31', null, '(1,113,645)'],
    ['rmco-2024-q4-operations', 'statements-of-cash-flows', 'net-loss', '2024-fy', 'duration', '2024-01-01', '2024-12-31', null, '$ (114,261)'],
    ['rmco-2024-q4-operations', 'balance-sheet-assets', 'cash-and-cash-equivalents', '2024-12-31', 'instant', undefined, '2024-12-31', null, '$ 114,138'],
  ])('%s: %s / %s in column %s is a %s from %s to %s', (id, table, row, key, kind, start, end, dimension, raw) => {
    const { release } = excerpt(id);
    const fact = release.facts.find((f) => f.id === `${id}/${table}/${row}/${key}`);
    expect(fact?.raw.trim()).toBe(raw);
    expect(fact?.dimension ?? null).toBe(dimension);
    const period = release.periods.find((p) => p.id === fact?.period);
    expect([period?.kind, period?.start, period?.end]).toEqual([kind, start, end]);
  });

  test('a statement of flows dated by days alone is the year only in a release of the year: in a quarter\'s, no span is made up', () => {
    const text = readFileSync(`${CORPUS_EXCERPTS}/rmco-2024-q4-operations/release.txt`, 'utf8');
    const meta = { id: 'rmco-2024-q4', title: 'Results', company: 'rmco', name: 'Royalty Management Holding Corporation', ticker: 'RMCO', exchange: '', fiscalYearEnd: '12-31', releaseDate: '2025-03-31', currency: 'USD', scale: 0 };
    const revenue = (fiscalPeriod: string) => parseRelease(text, { ...meta, fiscalPeriod }, emptyModel, 'release.txt').facts.filter((f) => f.id.includes('/statements-of-operations/total-revenue/')).map((f) => f.period);
    expect(revenue('2024-fy')).toEqual(['2024-fy', '2023-fy']);
    expect(revenue('2024-q4')).toEqual(['2024-12-31', '2023-12-31']);
  });

  test.each(['mu-fy2026-q3-cash', 'htbi-fy2020-q3-at-or-for', 'cmg-2025-q4-reconciliation', 'fresh-2022-q2-cash', 'rmco-2024-q4-operations'])('%s: no figure is a mismatch as printed', (id) => {
    expect(excerpt(id).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // [excerpt, as printed, as altered, the check that accuses it]
    ['mu-fy2026-q3-cash', 'Net cash provided by operating activities\t45,702\t11,795', 'Net cash provided by operating activities\t45,702\t11,895', 'footing/statements-of-cash-flows/net-cash-provided-by-operating-activities/2025-9m'],
    ['cmg-2025-q4-reconciliation', 'Diluted earnings per share\t$ 0.25\t$ 0.24', 'Diluted earnings per share\t$ 0.25\t$ 0.34', 'definition/reconciliation-of-non-gaap-financial-measures-adjusted/diluted-earnings-per-share/2024-q4'],
  ])('%s: %j altered to %j is a mismatch', (id, from, to, check) => {
    alteredIsMismatch(id, from, to, check);
  });
});
