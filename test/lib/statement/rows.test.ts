// A notebook shows some rows of a table (<ReleaseTable rows="…" totals>): each selected row with the
// headings of the sections it sits in, in the table's order, with the rules the whole table gives
// it. Checked on every table of the bundled release and of NVIDIA's four (no model), whose
// sections are read from the text alone.
import { describe, expect, test } from 'vitest';
import { isUnitLine, printedHeading, selectRows, statementRows, unitLine, type StatementRow } from '../../../src/lib/statement/rows.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';
import { load } from '../checks/fixture.ts';
import { fromFiles } from '../checks/no-model.ts';

const nvidia = (q: number) =>
  fromFiles(`nvda-fy2023-q${q}`, `test/fixtures/import/nvda-fy2023-q${q}.release.txt`, `test/fixtures/import/nvda-fy2023-q${q}.release.yaml`);
const releases = [
  { name: 'inap-2010-q2', ...load('inap-2010-q2', '.') },
  ...[1, 2, 3, 4].map((q) => ({ name: `nvda-fy2023-q${q}`, ...nvidia(q) })),
];

/** The headings a row sits under, found independently: for each depth of its sections, the last section row above it at that depth. */
function headingsOf(rows: readonly StatementRow[], i: number): number[] {
  const path = rows[i].row.section;
  const out: number[] = [];
  for (let depth = 0; depth < path.length; depth++) {
    const j = rows.slice(0, i).findLastIndex((r) => r.row.kind === 'section' && r.row.section.length === depth);
    if (j >= 0 && rows[j].row.section.join('\u0000') === path.slice(0, depth).join('\u0000') && rows.slice(j + 1, i).every((r) => r.row.section.length > depth && r.row.section[depth] === path[depth])) out.push(j);
  }
  return out;
}

describe.each(releases)('$name', ({ release, checks }) => {
  const facts = new Map(release.facts.map((f) => [f.id, f]));
  const tables = release.tables.map((t) => ({ table: t, rows: statementRows(t, facts, checks) }));

  test('one row: that row, under the headings of its sections, ruled as in the whole table', () => {
    let headed = 0;
    for (const { table, rows } of tables) {
      rows.forEach((r, i) => {
        if (r.row.kind !== 'values') return;
        const picked = selectRows(rows, { ids: [r.row.id], totals: false });
        const expected = [...headingsOf(rows, i), i].map((k) => rows[k]);
        expect(picked.unknown, `${table.id}/${r.row.id}`).toEqual([]);
        expect(picked.rows, `${table.id}/${r.row.id}`).toEqual(expected);
        headed += expected.length - 1;
      });
    }
    // Every release here prints sectioned statements ("Current assets:" and the like).
    expect(headed).toBeGreaterThan(0);
  });

  test('totals: every row ruled as a total, in the table’s order, and nothing but totals and their headings', () => {
    for (const { table, rows } of tables) {
      const picked = selectRows(rows, { ids: [], totals: true });
      expect(picked.rows.filter((r) => r.row.kind === 'values'), table.id).toEqual(rows.filter((r) => r.total));
      expect(picked.rows.every((r) => r.total || r.row.kind === 'section'), table.id).toBe(true);
      expect(picked.rows.map((r) => rows.indexOf(r)), table.id).toEqual(picked.rows.map((r) => rows.indexOf(r)).sort((a, b) => a - b));
    }
  });

  test('ids in any order, repeated, with totals: the table’s order, each row once', () => {
    for (const { table, rows } of tables) {
      const values = rows.filter((r) => r.row.kind === 'values');
      if (values.length < 3) continue;
      const ids = [values.at(-1)!.row.id, values[0].row.id, values.at(-1)!.row.id];
      const picked = selectRows(rows, { ids, totals: true });
      const at = picked.rows.map((r) => rows.indexOf(r));
      expect(at, table.id).toEqual([...new Set(at)].sort((a, b) => a - b));
      for (const id of ids) expect(picked.rows.some((r) => r.row.id === id), `${table.id}/${id}`).toBe(true);
    }
  });

  test('an id no row has is reported, each once, and the rows that exist are still picked', () => {
    const { rows } = tables[0];
    const real = rows.find((r) => r.row.kind === 'values')!.row.id;
    const picked = selectRows(rows, { ids: [`${real}-typo`, real, 'no-such-row', 'no-such-row'], totals: false });
    expect(picked.unknown).toEqual([`${real}-typo`, 'no-such-row']);
    expect(picked.rows.some((r) => r.row.id === real)).toBe(true);
  });
});

test('the bundled balance sheet: the lines a notebook names, under ASSETS and Current assets', () => {
  const { release, checks } = load('inap-2010-q2', '.');
  const table = release.tables.find((t) => t.id === 'balance-sheet')!;
  const rows = statementRows(table, new Map(release.facts.map((f) => [f.id, f])), checks);
  const picked = selectRows(rows, { ids: ['total-assets', 'cash-and-cash-equivalents'], totals: false });
  expect(picked.rows.map((r) => r.row.id)).toEqual(['assets', 'current-assets', 'cash-and-cash-equivalents', 'total-assets']);
  // Total assets keeps the double rule of a total of totals, though the lines it foots are not shown.
  expect(picked.rows.at(-1)).toMatchObject({ total: true, grand: true });
});

describe('statementRows: how a line is ruled and named is what it is', () => {
  test('NVIDIA Q2 FY2023: earnings per share, printed under a rule, is not ruled as a total; net income still is', () => {
    const { release, checks } = nvidia(2);
    const facts = new Map(release.facts.map((f) => [f.id, f]));
    const table = release.tables.find((t) => t.id === 'statements-of-income')!;
    const rows = statementRows(table, facts, checks);
    const perShare = rows.filter((r) => r.cells.some((c) => c?.fact.unit === 'USD/share'));
    expect(perShare.map((r) => r.row.label)).toEqual(['Basic', 'Diluted']);
    // As printed, the rule is there: the release's own mark, not what the figures are.
    expect(perShare.some((r) => r.row.total)).toBe(true);
    expect(perShare.map((r) => [r.total, r.grand])).toEqual([[false, false], [false, false]]);
    expect(rows.find((r) => r.row.label === 'Net income')).toMatchObject({ total: true, grand: true });
  });

  test.each([
    // PNC Q1 2022 (../shared/corpus/pnc-2022-q1.htm): a line of its segment table
    ['In billions', true],
    ['(in thousands, except per share data)', true],
    ['Dollars in millions, except per share data', true],
    ['Revenues:', false],
    ['Net income per share', false],
    ['Balances included in the Consolidated Balance', false],
    ['', false],
  ])('isUnitLine(%j) is %s', (label, unit) => expect(isUnitLine(label)).toBe(unit));
});

// Molson Coors' 4Q24 Dow Jones copy (../shared/corpus/tap-2024-q4.md, lines 70–77): "For the three months ended" is
// written over each of five columns, its date under the first two only; the other three headed "For the three months
// ended Foreign Exchange Impact" and "… Constant Currency Increase (Decrease)(1)".
describe('printedHeading: a column headed by its printed words', () => {
  test.each([
    ['For the three months ended Foreign Exchange Impact', 'Foreign Exchange Impact'],
    ['For the three months ended Constant Currency Increase (Decrease)(1)', 'Constant Currency Increase (Decrease)¹'],
    ['Twelve Months Ended: Level 1', 'Level 1'],
    // Period words with their date stay: they are the heading.
    ['Three Months Ended December 31, 2024 Outlook', 'Three Months Ended December 31, 2024 Outlook'],
    ['Year ended 2024 Adjusted', 'Year ended 2024 Adjusted'],
    // Nothing left but the period words: kept as printed.
    ['For the year ended', 'For the year ended'],
    ['% of net sales', '% of net sales'],
    // A number in parentheses after a space may be the heading's own ("Level (3)"): only a mark closing a word is one.
    ['Level (3)', 'Level (3)'],
    ['Revenue(2)', 'Revenue²'],
  ])('%s → %s', (header, heading) => {
    expect(printedHeading(header)).toBe(heading);
  });
});

// Molson Coors' 4Q24 Dow Jones copy (../shared/corpus/tap-2024-q4.md, lines 248–253): a table of two tax rates,
// stating no unit, was captioned "In millions of USD (the table states no unit; the release's default)".
describe('unitLine: what a table\'s figures are in, said under its title', () => {
  const meta: ReleaseMeta = {
    id: 'w', title: 'W', company: 'w', name: 'W Inc.', ticker: 'W', exchange: '', fiscalYearEnd: '12-31',
    fiscalPeriod: '2024-q4', releaseDate: '2025-02-13', currency: 'USD', scale: 6,
  };
  const RATES = '* Effective Tax Rate and Underlying Effective Tax Rate\n(Unaudited)\n\tFor the years ended\t\n\tDecember 31, 2024\tDecember 31, 2023\nU.S. GAAP Effective Tax Rate\t23.0%\t23.6%\nUnderlying (Non-GAAP) Effective Tax Rate(1)\t22.5%\t22.5%\n';
  const line = (text: string) => {
    const release = parseRelease(`W Reports\n\n${text}`, meta, emptyModel, 'r.txt');
    const facts = new Map(release.facts.map((f) => [f.id, f]));
    return release.tables.map((t) => unitLine(t, statementRows(t, facts, []), 'USD'));
  };
  test.each([
    ['rates only, no unit stated: no line', RATES, [null]],
    ['money, no unit stated: the release\'s default', RATES.replace(/Effective Tax Rate(\(1\))?\t/g, 'Income taxes$1\t').replace(/%/g, ''), ['In millions of USD (the table states no unit; the release\'s default)']],
    ['a unit stated: that statement', `Results\n(In thousands)\n\t2024\t2023\nRevenue\t10\t9\n`, ['In thousands']],
  ])('%s', (_name, text, expected) => {
    expect(line(text)).toEqual(expected);
  });
});
