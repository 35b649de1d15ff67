import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import type { Fact } from '../../../src/lib/types.ts';

const release = loadRelease('data/releases/inap-2010-q2');
const text = readFileSync('data/releases/inap-2010-q2/release.txt', 'utf8');
const fact = (id: string): Fact => {
  const f = release.facts.find((x) => x.id === `inap-2010-q2/${id}`);
  if (!f) throw new Error(`no fact ${id}`);
  return f;
};

describe('the bundled Internap Q2 2010 release', () => {
  test('parses with no errors', () => {
    expect(release.errors).toEqual([]);
  });

  test('has its seven tables, with the periods their headers name', () => {
    expect(release.tables.map((t) => [t.id, t.columns.map((c) => c.period)])).toEqual([
      ['financial-summary', ['2010-q2', '2009-q2', '2010-q1', '2010-q2-vs-2009-q2', '2010-q2-vs-2010-q1']],
      ['statement-of-operations', ['2010-q2', '2009-q2']],
      ['balance-sheet', ['2010-06-30', '2009-12-31']],
      ['cash-flows', ['2010-h1', '2009-h1']],
      ['adjusted-ebitda', ['2010-q2', '2010-q1', '2009-q2']],
      ['normalized-net-income', ['2010-q2', '2010-q1', '2009-q2']],
      ['segment-profit', ['2010-q2', '2010-q1', '2009-q2']],
    ]);
  });

  test('reads each table’s unit statement and scale', () => {
    expect(release.tables.map((t) => [t.id, t.unitNote, t.scale])).toEqual([
      ['financial-summary', null, 3], // states none: the release's default, thousands
      ['statement-of-operations', '(In thousands, except per share amounts)', 3],
      ['balance-sheet', '(In thousands, except per share amounts)', 3],
      ['cash-flows', '(In thousands)', 3],
      ['adjusted-ebitda', '(in thousands)', 3],
      ['normalized-net-income', '(in thousands, except per share data)', 3],
      ['segment-profit', '(dollars in thousands)', 3],
    ]);
  });

  // Line and column are 1-based; a tab counts as one column.
  test.each([
    // id, value, unit, scale, decimals, raw, line, column
    ['financial-summary/data-center-services/2010-q2', '31197', 'USD', 3, 0, '\\$ 31,197', 20, 22],
    ['financial-summary/gaap-net-loss/2010-q2', '-1271', 'USD', 3, 0, '\\$ (1,271)', 24, 15],
    ['financial-summary/adjusted-ebitda-margin/2010-q2', '16.4', 'percent', 0, 1, '16.4%', 27, 24],
    ['financial-summary/adjusted-ebitda-margin/2010-q2-vs-2009-q2', '590', 'basis-points', 0, 0, '590 BPS', 27, 42],
    ['financial-summary/data-center-services/2010-q2-vs-2010-q1', '-8', 'percent', 0, 0, '-8%', 20, 56],
    ['statement-of-operations/basic-and-diluted-net-loss-per-share/2010-q2', '-0.03', 'USD/share', 0, 2, '\\$ (0.03)', 132, 38],
    ['statement-of-operations/weighted-average-shares-outstanding-used-in-computing-basic-and-diluted-net-loss-per-share/2009-q2', '49586', 'shares', 3, 0, '49,586', 133, 99],
    ['balance-sheet/accounts-receivable.allowance-for-doubtful-accounts/2010-06-30', '2102', 'USD', 3, 0, '\\$2,102', 147, 64],
    ['balance-sheet/common-stock.par-value/2010-06-30', '0.001', 'USD/share', 0, 3, '\\$0.001', 182, 15],
    ['balance-sheet/common-stock.shares-outstanding/2009-12-31', '50763', 'shares', 3, 0, '50,763', 182, 72],
    ['balance-sheet/common-stock/2010-06-30', '52', 'USD', 3, 0, '52', 182, 151],
    ['balance-sheet/treasury-stock.shares/2010-06-30', '97', 'shares', 3, 0, '97', 184, 26],
    ['cash-flows/cash-and-cash-equivalents-at-end-of-period/2010-h1', '76075', 'USD', 3, 0, '\\$ 76,075', 232, 44],
    ['adjusted-ebitda/adjusted-ebitda-non-gaap/2009-q2', '6776', 'USD', 3, 0, '<u>\\$ 6,776</u>', 308, 60],
    ['normalized-net-income/normalized-diluted-shares-non-gaap/2010-q2', '50116', 'shares', 3, 0, '<u>50,116</u>', 334, 38],
    ['normalized-net-income/normalized-net-income-loss-per-share--basic-and-diluted/2009-q2', '-0.03', 'USD/share', 0, 2, '<u>\\$ (0.03)</u>', 338, 49],
    ['segment-profit/segment-margin--total/2010-q1', '46.2', 'percent', 0, 1, '<u>46.2%</u>', 364, 20],
  ] as const)('%s = %s %s (scale %i, %i decimals) printed %s at %i:%i', (id, value, unit, scale, decimals, raw, line, column) => {
    expect(fact(id)).toMatchObject({ value, unit, scale, decimals, raw, line, column });
    // The location really is where the printed text begins.
    expect([...text.split('\n')[line - 1]].slice(column - 1, column - 1 + [...raw].length).join('')).toBe(raw);
  });

  test('nil markers are nil, not zero, and n/m is not meaningful', () => {
    expect(fact('balance-sheet/preferred-stock/2010-06-30')).toMatchObject({ value: null, status: 'nil', raw: '----' });
    expect(fact('adjusted-ebitda/loss-on-disposals-of-property-and-equipment-net/2009-q2')).toMatchObject({ value: null, status: 'nil', raw: '-' });
    expect(fact('financial-summary/gaap-net-loss/2010-q2-vs-2009-q2')).toMatchObject({ value: null, status: 'not-meaningful', raw: 'n/m' });
  });

  test('underlined and "Total" rows are totals', () => {
    expect(fact('segment-profit/segment-profit--total/2010-q2')).toMatchObject({ total: true, underlined: true });
    expect(fact('balance-sheet/total-assets/2010-06-30')).toMatchObject({ total: true, underlined: false });
    expect(fact('balance-sheet/goodwill/2010-06-30').total).toBe(false);
  });

  test('footnote markers and dot leaders are taken off labels', () => {
    expect(fact('financial-summary/normalized-net-income-loss/2010-q2')).toMatchObject({ label: 'Normalized Net Income (Loss)', footnotes: ['2'] });
    expect(fact('financial-summary/ip-services/2010-q2').label).toBe('IP services');
  });

  test('the model’s aliases make one concept of a line item printed in several tables', () => {
    const revenue = release.facts.filter((f) => f.concept === 'revenue' && f.period === '2010-q2');
    expect(revenue.map((f) => [f.table, f.value])).toEqual([
      ['financial-summary', '60525'],
      ['statement-of-operations', '60525'],
      ['segment-profit', '60525'],
    ]);
  });

  test('fact ids are unique', () => {
    expect(new Set(release.facts.map((f) => f.id)).size).toBe(release.facts.length);
  });

  test('no value is held as a float', () => {
    for (const f of release.facts) expect(f.value === null || typeof f.value === 'string').toBe(true);
  });
});

/**
 * Nothing lost: an independent count of the numbers printed in table rows. Its own
 * simple reading of the text (tab-separated rows whose first cell is a label; every
 * non-empty value cell; every digit run in a label that is not part of a date) must
 * match the facts one to one, by position.
 */
describe('every number printed in a table row becomes exactly one fact', () => {
  const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
  const tokens: { line: number; column: number; text: string }[] = [];
  text.split('\n').forEach((source, i) => {
    const cells = source.split('\t');
    if (cells.length < 2 || cells[0].trim() === '') return; // not a row, or a header row (periods)
    let offset = 0;
    cells.forEach((cell, c) => {
      if (c === 0) {
        const dates = [...cell.matchAll(new RegExp(`(?:${MONTHS}) \\d+, \\d{4}`, 'g'))].map((m) => [m.index, m.index + m[0].length]);
        for (const m of cell.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
          if (dates.some(([a, b]) => m.index >= a && m.index < b)) continue;
          tokens.push({ line: i + 1, column: [...cell.slice(0, m.index)].length + 1, text: m[0] });
        }
      } else if (cell.trim() !== '') {
        tokens.push({ line: i + 1, column: [...source.slice(0, offset)].length + cell.length - cell.trimStart().length + 1, text: cell.trim() });
      }
      offset += cell.length + 1;
    });
  });

  const covering = (t: (typeof tokens)[number]) =>
    release.facts.filter((f) => f.line === t.line && t.column >= f.column && t.column < f.column + [...f.raw].length);

  test('the independent count finds the numbers (sanity: Internap prints hundreds)', () => {
    expect(tokens.length).toBeGreaterThan(300);
  });

  test('each number is covered by exactly one fact', () => {
    const uncovered = tokens.filter((t) => covering(t).length !== 1);
    expect(uncovered).toEqual([]);
  });

  test('each fact covers exactly one printed number, and facts + errors = numbers', () => {
    const perFact = new Map<string, number>();
    for (const t of tokens) for (const f of covering(t)) perFact.set(f.id, (perFact.get(f.id) ?? 0) + 1);
    expect(release.facts.filter((f) => perFact.get(f.id) !== 1).map((f) => f.id)).toEqual([]);
    expect(release.facts.length + release.errors.length).toBe(tokens.length);
  });
});
