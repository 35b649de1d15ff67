import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease, formatIssue } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Fact, ReleaseMeta } from '../../../src/lib/types.ts';

/**
 * NVIDIA's fiscal 2023 (a 52/53-week year ending on the last Sunday of January), from tables of
 * its first- and fourth-quarter releases written in the release-text layout: fiscal-quarter
 * headers ("Q1 FY23"), dated spans ending on Sundays ("Three Months Ended May 1, 2022"),
 * change columns ("Q/Q", "Y/Y") with "Up 46%", "Down 2.1 pts", "Up 10 bps" and "--",
 * a unit statement in the table's corner, indented rows and an outlook column.
 */
const meta: ReleaseMeta = {
  id: 'nvda', title: 'NVIDIA', company: 'nvidia', name: 'NVIDIA Corporation', ticker: 'NVDA', exchange: 'NASDAQ',
  fiscalYearEnd: '01-29', fiscalPeriod: '2023-q1', releaseDate: '2022-05-25', currency: 'USD', scale: 6,
};
const load = (name: string) => {
  const file = `test/fixtures/ingest/nvidia/${name}`;
  const text = readFileSync(file, 'utf8');
  return { text, release: parseRelease(text, meta, emptyModel, file) };
};
const q1 = load('q1-excerpt.txt');
const q4 = load('q4-excerpt.txt');
const fact = (facts: Fact[], id: string) => {
  const f = facts.find((x) => x.id === `nvda/${id}`);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
};

/**
 * An independent count of the figures: every non-empty cell after the label on a tab-separated
 * line whose label is printed and is not a unit statement in the corner above column headings.
 */
function printedFigures(text: string) {
  const figures: { line: number; column: number; text: string }[] = [];
  text.split('\n').forEach((source, i) => {
    const cells = source.split('\t');
    if (cells.length < 2 || cells[0].trim() === '' || cells[0].startsWith('(')) return;
    let offset = cells[0].length + 1;
    for (const cell of cells.slice(1)) {
      if (cell.trim() !== '') figures.push({ line: i + 1, column: offset + cell.length - cell.trimStart().length + 1, text: cell.trim() });
      offset += cell.length + 1;
    }
  });
  return figures;
}

describe.each([
  ['q1', q1, 146],
  ['q4', q4, 124],
])('NVIDIA %s tables', (_, { text, release }, count) => {
  test('read with no errors', () => {
    expect(release.errors.map(formatIssue)).toEqual([]);
  });

  test('every printed figure is exactly one fact, at its place', () => {
    const figures = printedFigures(text);
    expect(figures).toHaveLength(count);
    const at = new Map(release.facts.map((f) => [`${f.line}:${f.column}`, f]));
    expect(figures.filter((f) => at.get(`${f.line}:${f.column}`)?.raw !== f.text)).toEqual([]);
    expect(release.facts).toHaveLength(count);
    expect(new Set(release.facts.map((f) => f.id)).size).toBe(count);
  });
});

describe('NVIDIA periods follow its fiscal calendar', () => {
  test('tables and their columns', () => {
    expect(q1.release.tables.map((t) => [t.id, t.columns.map((c) => c.key)])).toEqual([
      ['gaap', ['2023-q1', '2022-q4', '2022-q1', '2023-q1-vs-2022-q4', '2023-q1-vs-2022-q1']],
      ['non-gaap', ['2023-q1', '2022-q4', '2022-q1', '2023-q1-vs-2022-q4', '2023-q1-vs-2022-q1']],
      ['statements-of-income', ['2023-q1', '2022-q1']],
      ['balance-sheets', ['2022-05-01', '2022-01-30']],
      ['reconciliation-of-gaap-to-non-gaap-outlook', ['2023-q2.outlook']],
    ]);
    expect(q4.release.tables.map((t) => [t.id, t.columns.map((c) => c.key)])).toEqual([
      ['gaap', ['2023-q4', '2023-q3', '2022-q4', '2023-q4-vs-2023-q3', '2023-q4-vs-2022-q4']],
      ['gaap-2', ['2023-fy', '2022-fy', '2023-fy-vs-2022-fy']],
      ['statements-of-income', ['2023-q4', '2022-q4', '2023-fy', '2022-fy']],
    ]);
  });

  test('a quarter printed with its dates keeps the date it ended on', () => {
    const period = (id: string) => q1.release.periods.find((p) => p.id === id);
    // Fiscal 2022 ended January 30, 2022, the date its balance sheet is struck: the quarter began the day after.
    expect(period('2023-q1')).toMatchObject({ kind: 'duration', start: '2022-01-31', end: '2022-05-01', label: 'Q1 FY2023' });
    expect(period('2023-q1-vs-2022-q1')).toMatchObject({ kind: 'change', compare: { basis: 'yoy', current: '2023-q1', prior: '2022-q1' } });
    expect(q4.release.periods.find((p) => p.id === '2023-fy')).toMatchObject({ end: '2023-01-29', label: 'FY2023' });
  });
});

describe('NVIDIA figures have their unit, scale and sign', () => {
  test.each([
    // id, value, status, unit, scale, decimals
    [q1, 'gaap/revenue/2023-q1', '8288', 'reported', 'USD', 6, 0],
    [q1, 'gaap/revenue/2023-q1-vs-2022-q1', '46', 'reported', 'percent', 0, 0],
    [q1, 'gaap/gross-margin/2023-q1-vs-2022-q1', '140', 'reported', 'basis-points', 0, 0],
    [q1, 'gaap/operating-income/2023-q1-vs-2022-q4', '-37', 'reported', 'percent', 0, 0],
    [q1, 'gaap/diluted-earnings-per-share/2022-q1', '0.76', 'reported', 'USD/share', 0, 2],
    [q1, 'non-gaap/net-income/2022-q4', '3350', 'reported', 'USD', 6, 0],
    [q1, 'statements-of-income/acquisition-termination-cost/2022-q1', null, 'nil', 'USD', 6, 0],
    [q1, 'statements-of-income/interest-expense/2023-q1', '-68', 'reported', 'USD', 6, 0],
    [q1, 'statements-of-income/net-income-per-share--diluted/2023-q1', '0.64', 'reported', 'USD/share', 0, 2],
    [q1, 'statements-of-income/weighted-average-shares--diluted/2022-q1', '2528', 'reported', 'shares', 6, 0],
    [q1, 'balance-sheets/total-assets/2022-01-30', '44187', 'reported', 'USD', 6, 0],
    [q1, 'reconciliation-of-gaap-to-non-gaap-outlook/gaap-gross-margin/2023-q2.outlook', '65.1', 'reported', 'percent', 0, 1],
    [q1, 'reconciliation-of-gaap-to-non-gaap-outlook/stock-based-compensation-expense-and-acquisition-related-costs/2023-q2.outlook', '-710', 'reported', 'USD', 6, 0],
    [q4, 'gaap/gross-margin/2023-q4-vs-2023-q3', '9.7', 'reported', 'percentage-points', 0, 1],
    [q4, 'gaap/gross-margin/2023-q4-vs-2022-q4', '-2.1', 'reported', 'percentage-points', 0, 1],
    // "--" in the Q/Q column, whose first figure is "Up 2%": no change, in percent (it was read as dollars, the row's unit).
    [q4, 'gaap/operating-expenses/2023-q4-vs-2023-q3', null, 'nil', 'percent', 0, 0],
    [q4, 'gaap-2/gross-margin/2023-fy-vs-2022-fy', '-8.0', 'reported', 'percentage-points', 0, 1],
    [q4, 'statements-of-income/income-tax-expense-benefit/2022-fy', '189', 'reported', 'USD', 6, 0],
    [q4, 'statements-of-income/net-income-per-share--basic/2023-fy', '1.76', 'reported', 'USD/share', 0, 2],
  ] as const)('%#: %s', (source, id, value, status, unit, scale, decimals) => {
    expect(fact(source.release.facts, id)).toMatchObject({ value, status, unit, scale, decimals });
  });

  test('the outlook column is a dimension of the quarter it forecasts', () => {
    expect(fact(q1.release.facts, 'reconciliation-of-gaap-to-non-gaap-outlook/gaap-gross-margin/2023-q2.outlook')).toMatchObject({ period: '2023-q2', dimension: 'outlook' });
  });

  test('a unit statement in the corner cell is the table’s unit statement', () => {
    expect(q1.release.tables[1]).toMatchObject({ id: 'non-gaap', unitNote: '($ in millions, except earnings per share)', scale: 6, currency: 'USD' });
  });
});

describe('NVIDIA rows keep their indentation and sections', () => {
  const rows = (id: string) => q1.release.tables.find((t) => t.id === id)!.rows;
  const row = (table: string, id: string) => rows(table).find((r) => r.id === id)!;

  test('a label-only row followed by more-indented rows opens a section, which ends where they do', () => {
    expect(row('statements-of-income', 'operating-expenses')).toMatchObject({ kind: 'section', indent: 0 });
    expect(row('statements-of-income', 'research-and-development')).toMatchObject({ indent: 1, section: ['Operating expenses'] });
    expect(row('statements-of-income', 'total-operating-expenses')).toMatchObject({ indent: 2, total: true, section: ['Operating expenses'] });
    expect(row('statements-of-income', 'income-from-operations')).toMatchObject({ indent: 0, section: [] });
  });

  test('a row indented deeper than the rows it closes is a subtotal', () => {
    expect(row('statements-of-income', 'other-income-expense-net')).toMatchObject({ indent: 2, total: true });
    expect(row('statements-of-income', 'interest-income')).toMatchObject({ indent: 1, total: false });
  });

  test('label footnote marks "(A)" are footnotes, not part of the label', () => {
    expect(row('statements-of-income', 'net-income-per-share')).toMatchObject({ label: 'Net income per share', footnotes: ['A'] });
  });

  test('a caption line right after the header is a section of the table', () => {
    expect(row('balance-sheets', 'assets')).toMatchObject({ kind: 'section' });
    expect(row('balance-sheets', 'cash-cash-equivalents-and-marketable-securities').section).toEqual(['ASSETS', 'Current assets']);
  });

  test('the footnote line after the rows is prose', () => {
    expect(q1.release.prose.map((p) => p.text)).toContain('(A) Reflects a four-for-one stock split on July 19, 2021.');
  });
});
