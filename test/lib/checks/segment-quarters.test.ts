// Valaris 1Q20 prints its segments' results under "First Quarter" spanned over every column, then each segment's
// "Q1 2020 | Q4 2019 | Chg": the Q4 2019 columns are the fourth quarter of 2019 (they were read as 2019-q1, and the
// segments' Q1 and Q4 columns named apart, "jackups-q1" beside "jackups-q4", so no column added up to the consolidated
// total). Read so, the segments and the reconciling items add up to "Consolidated Total" in both quarters, line by line.
// Excerpt of the imported release (test/fixtures/checks/corpus/README.md), with no company model.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'val-2020-q1-segments';
const T = 'footing/valaris-plc-reports-first-quarter-2020';

describe('the segments add up to the consolidated total in each quarter', () => {
  test('every column is read in the quarter its own header names', () => {
    const table = excerpt(ID).release.tables[0]!;
    const periods = table.columns.map((c) => c.period);
    expect(periods.filter((p) => p === '2019-q4')).toHaveLength(6);
    expect(periods.filter((p) => p === '2020-q1')).toHaveLength(6);
    expect(periods).not.toContain('2019-q1');
    expect(new Set(table.columns.filter((c) => c.period === '2019-q4').map((c) => c.dimension))).toEqual(new Set(table.columns.filter((c) => c.period === '2020-q1').map((c) => c.dimension)));
  });

  test.each(['revenues', 'contract-drilling', 'depreciation', 'operating-income-loss'])('%s foots in both quarters', (row) => {
    const l = excerpt(ID);
    for (const q of ['2020-q1', '2019-q4']) expect(l.check(`${T}/${row}/${q}.consolidated-total/columns`).verdict).toBe('exact');
  });

  test('no figure is a mismatch as printed', () => {
    expect(excerpt(ID).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test('a segment\'s misprinted figure is caught by its quarter\'s column footing', () => {
    // Floaters' Q1 2020 depreciation 89.4 printed 84.4: 159.5 against the consolidated 164.5.
    const l = excerpt(ID, [['  Depreciation\t89.4', '  Depreciation\t84.4']]);
    expect(l.check(`${T}/depreciation/2020-q1.consolidated-total/columns`).verdict).toBe('mismatch');
  });
});
