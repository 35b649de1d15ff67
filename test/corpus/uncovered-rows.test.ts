// `--uncovered` (scripts/corpus/uncovered-rows.ts): the figures no evaluated check reads, by table and row, each row
// with the column and value of each uncovered figure; covered figures count only in their table's total.
import { describe, expect, test } from 'vitest';
import type { Fact } from '../../src/lib/types.ts';
import { uncoveredLines, uncoveredRows } from '../../scripts/corpus/uncovered-rows.ts';

const fact = (table: string, label: string, period: string, value: string, unit = 'USD', extra: Partial<Fact> = {}): Fact =>
  ({ id: `r/${table}/${label}/${period}${extra.dimension ? `.${extra.dimension}` : ''}`, release: 'r', table, row: label, label, section: [], concept: null, period, value, status: 'reported', unit, scale: 3, decimals: 0, ...extra }) as Fact;

// Horizon Bancorp 1Q20's tangible book value reconciliation, two of its five columns, and a ratio table beside it.
const figures = [
  fact('tangible', "Total tangible stockholders' equity", '2020-03-31', '453881'),
  fact('tangible', "Total tangible stockholders' equity", '2019-12-31', '478106'),
  fact('tangible', 'Common shares outstanding', '2020-03-31', '43763623', 'shares'),
  fact('tangible', 'Tangible book value per common share', '2020-03-31', '10.37', 'USD/share'),
  fact('tangible', 'Tangible book value per common share', '2019-12-31', '10.63', 'USD/share'),
  fact('ratios', 'Return on average assets', '2020-q1', '0.94', 'percent', { section: ['Ratios'] }),
  fact('ratios', 'Return on average assets', '2020-q1', '0.10', 'percent', { section: ['Ratios'], dimension: 'change' }),
];

describe('uncoveredRows', () => {
  test('groups the figures no check reads by table and row, largest loss first; covered figures count in the table only', () => {
    const covered = new Set([figures[0].id, figures[1].id]);
    const tables = uncoveredRows(figures, covered);
    expect(tables.map((t) => [t.table, t.uncovered, t.figures])).toEqual([['tangible', 3, 5], ['ratios', 2, 2]]);
    expect(tables[0].rows).toEqual([
      { label: 'Common shares outstanding', unit: 'shares', columns: ['2020-03-31'], values: ['43763623'] },
      { label: 'Tangible book value per common share', unit: 'USD/share', columns: ['2020-03-31', '2019-12-31'], values: ['10.37', '10.63'] },
    ]);
    expect(tables[1].rows).toEqual([{ label: 'Ratios / Return on average assets', unit: 'percent', columns: ['2020-q1', '2020-q1.change'], values: ['0.94', '0.10'] }]);
  });

  test('a release every figure of which a check reads has no table to list', () => {
    expect(uncoveredRows(figures, new Set(figures.map((f) => f.id)))).toEqual([]);
  });
});

describe('uncoveredLines', () => {
  test('a line a table with its units and columns counted, then its rows, at most as many as asked', () => {
    const lines = uncoveredLines('hbnc-2020-q1', uncoveredRows(figures, new Set()), 1);
    expect(lines).toEqual([
      'uncovered hbnc-2020-q1 tangible: 5 of 5 figures; units USD 2, shares 1, USD/share 2; columns 2020-03-31 3, 2019-12-31 2',
      "    Total tangible stockholders' equity [USD] 2020-03-31=453881 2019-12-31=478106",
      '    … 2 rows more',
      'uncovered hbnc-2020-q1 ratios: 2 of 2 figures; units percent 2; columns 2020-q1 1, 2020-q1.change 1',
      '    Ratios / Return on average assets [percent] 2020-q1=0.94 2020-q1.change=0.10',
    ]);
  });
});
