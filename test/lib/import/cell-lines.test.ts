// Releases saved as text with every table cell on a line of its own (EX-99.1 HTML written out element by element; set
// s32, test/fixtures/corpus-review/unseen/s32.md): Amkor's and Corning's as a research repository kept them. Read as
// their reader reads them: each label's figures one row, the headings over the columns. Each fixture is a run of lines
// copied unchanged from the release (test/fixtures/import/cell-lines/README.md).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cellLinesAsJoined, hasCellLines } from '../../../src/lib/import/cell-lines.ts';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';

const fixture = (file: string) => readFileSync(`test/fixtures/import/cell-lines/${file}`, 'utf8');
const meta = { id: 'x-2026-q2', title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod: '2026-q2', releaseDate: '2026-07-27', currency: 'USD', scale: 3 };
const read = (text: string, file: string) => {
  const imported = importRelease({ text, file, kind: 'text' }, { ticker: 'X', fiscalPeriod: '2026-q2', releaseDate: '2026-07-27', scale: 'thousands' });
  return { text: imported.releaseText, release: parseRelease(imported.releaseText, meta, emptyModel, 'release.txt') };
};
const lines = (...l: string[]) => l.join('\n');

describe('hasCellLines tells the form from the others', () => {
  test.each([
    ['amkr-2026-q2-statements.txt', true],
    ['glw-2026-q2-free-cash-flow.txt', true],
    // Shin-Etsu's results summary keeps its layout: rows print several figures a line.
    ['shinetsu-fy2026-q4-summary.txt', false],
  ])('%s: %s', (file, form) => expect(hasCellLines(fixture(file))).toBe(form));

  test.each([
    ['rows of cells joined by " | "', readFileSync('test/fixtures/import/joined/strt-fy2026-q4-pages-7-10.md', 'utf8')],
    ['release text, tab-separated', lines('Revenue\t5\t4', 'Cost\t3\t2')],
    ['prose with a figure on a line now and then', lines('Revenue grew.', '5', 'It was a good quarter.', '2026')],
  ])('%s: not the form', (_, text) => expect(hasCellLines(text)).toBe(false));
});

describe('cellLinesAsJoined writes each row on its label\'s line', () => {
  test('a label and its figures, "$" with the figure after it, years one heading row, line for line', () => {
    const text = lines('For the Three Months Ended June 30,', 'For the Six Months Ended June 30,', '2026', '2025', '2026', '2025', 'Net sales', '$', '1,897,965 ', '$', '1,511,392 ', 'Cost of sales', '1,579,375 ', '1,329,495 ');
    const out = cellLinesAsJoined(text).text.split('\n');
    expect(out).toHaveLength(14);
    expect(out[0]).toBe('For the Three Months Ended June 30, | For the Six Months Ended June 30,');
    expect(out[2]).toBe('2026 | 2025 | 2026 | 2025');
    expect(out[6]).toBe('Net sales | $ | 1,897,965 | $ | 1,511,392');
    expect(out[11]).toBe('Cost of sales | 1,579,375 | 1,329,495');
    expect(out.filter((l) => l === '')).toHaveLength(10);
  });
});

// Amkor, 2Q26: the statement of income, the balance sheet (its page's number, "6", printed after its last row), the
// first lines of the statement of cash flows.
describe('Amkor\'s statements, a cell a line', () => {
  const amkr = () => read(fixture('amkr-2026-q2-statements.txt'), 'amkr-2026-q2-statements.txt');

  test('rows under their periods, the page number no cell', () => {
    const { text } = amkr();
    for (const row of [
      '\tFor the Three Months Ended June 30,\tFor the Three Months Ended June 30,\tFor the Six Months Ended June 30,\tFor the Six Months Ended June 30,\n\t2026\t2025\t2026\t2025\nNet sales\t$ 1,897,965\t$ 1,511,392\t$ 3,582,666\t$ 2,832,967',
      '\tJune 30, 2026\tDecember 31, 2025',
      'Total liabilities and equity\t$ 9,716,114\t$ 8,136,309\n',
    ]) expect(text).toContain(row);
  });

  test.each([
    ['net-sales', [['2026-q2', '1897965'], ['2025-q2', '1511392'], ['2026-h1', '3582666'], ['2025-h1', '2832967']]],
    ['total-liabilities-and-equity', [['2026-06-30', '9716114'], ['2025-12-31', '8136309']]],
  ])('%s: its facts', (row, expected) => {
    expect(amkr().release.facts.filter((f) => f.row === row).map((f) => [f.period, f.value])).toEqual(expected);
  });

  test.each([
    ['Gross profit\n318,590\u00a0', 'exact'],
    ['Gross profit\n328,590\u00a0', 'mismatch'],
  ])('%j: the statement foots, %s', (row, verdict) => {
    expect(fixture('amkr-2026-q2-statements.txt')).toContain('Gross profit\n318,590\u00a0');
    const { release } = read(fixture('amkr-2026-q2-statements.txt').replace('Gross profit\n318,590\u00a0', row), 'amkr.txt');
    const footing = runChecks(release, emptyModel).filter((c) => c.kind === 'footing' && c.id.endsWith('/gross-profit/2026-q2'));
    expect(footing.map((c) => c.verdict)).toEqual([verdict]);
  });
});

// Corning, 2Q26: its free cash flow kept each empty cell as a line of spaces; the one figure of "Plus: Proceeds from
// government incentives", "$ 8", stands under the six months of 2026 (2,357 − 754 + 8 = 1,611).
describe('Corning\'s free cash flow: a short row placed where its empty cells put it', () => {
  test('the row\'s one figure under its column, and the free cash flow foots in every column', () => {
    const { text, release } = read(fixture('glw-2026-q2-free-cash-flow.txt'), 'glw-2026-q2-free-cash-flow.txt');
    expect(text).toContain('Plus: Proceeds from government incentives\t\t\t$ 8\t\n');
    const footings = runChecks(release, emptyModel).filter((c) => c.kind === 'footing' && /\/adjusted-free-cash-flow\//.test(c.id));
    expect(footings.map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact', 'exact']);
  });

  test('a note\'s mark set off by spaces after a label is the label\'s ("Adjustment for hedged exposures (1)")', () => {
    const { text } = read(fixture('glw-2026-q2-free-cash-flow.txt'), 'glw.txt');
    expect(text).toMatch(/^Adjustment for hedged exposures \(1\)\t/m);
  });
});

// Seagate, FY2026 Q4: its reconciliation of gross profit prints a note's number as a bare figure after two labels
// ("Restructuring and other, net" / "1" / "—" / "3" / "—" / "13"): those rows print five figures for four columns, so the
// first row, "GAAP Gross Profit", four, is short of the table's widest and says no column. The table is left as text and
// said, never read with its figures under other headings.
describe('a table whose first row of figures says no column is left unread, and said', () => {
  test('Seagate\'s reconciliation: the problem at its first row, no fact of it', () => {
    const text = fixture('stx-fy2026-q4-reconciliation.txt');
    const imported = importRelease({ text, file: 'stx.txt', kind: 'text' }, { ticker: 'STX', fiscalPeriod: '2026-q4', releaseDate: '2026-07-29', scale: 'millions' });
    const said = imported.issues.filter((i) => /first row of figures of this table/.test(i.message));
    expect(said.map((i) => i.line)).toEqual([15]);
    expect(said[0]!.message).toMatch(/left as lines of text, unread/);
    const release = parseRelease(imported.releaseText, { ...meta, fiscalPeriod: '2026-q4', scale: 6 }, emptyModel, 'release.txt');
    expect(release.facts.filter((f) => /gross-profit/.test(f.row))).toEqual([]);
  });
});


// Corning's balance sheet, 2Q26 (glw-2026-q2-balance-sheet.txt): its dates each split over two lines ("June 30," /
// "2026"), and "Common stock – Par value $0.50 per share; Shares authorized 3.8 billion;" left open by its ";" over
// "Shares issued: 1.9 billion and 1.8 billion" and the figures: one line item, money (src/lib/import/cell-lines.ts,
// src/lib/ingest/labels.ts `lineItem`). Read as a caption, every line of equity under it was a count of shares, and
// "Total Liabilities and Equity" a false mismatch against total liabilities alone.
describe("Corning's balance sheet: the line of common stock left open by ';'", () => {
  const { release, text } = read(fixture('glw-2026-q2-balance-sheet.txt'), 'glw-2026-q2-balance-sheet.txt');
  test('one row, its figures money', () => {
    expect(text).toContain('Common stock – Par value $0.50 per share; Shares authorized 3.8 billion; Shares issued: 1.9 billion and 1.8 billion | 927 | 924'.replace(/ \| /g, '\t'));
    const equity = release.facts.filter((f) => ['common-stock', 'retained-earnings', 'total-equity'].includes(f.row) && f.status === 'reported');
    expect([...new Set(equity.map((f) => f.unit))]).toEqual(['USD']);
  });
  const verdicts = (text: string) =>
    Object.fromEntries(
      runChecks(read(text, 'glw.txt').release, emptyModel)
        .filter((c) => /^footing\/[^/]+\/(?:total-equity|total-liabilities-and-equity)\//.test(c.id))
        .map((c) => [c.id.split('/').slice(2).join('/'), c.verdict]),
    );
  test('as printed, equity and liabilities and equity foot in both columns', () => {
    expect(verdicts(fixture('glw-2026-q2-balance-sheet.txt'))).toEqual({
      'total-equity/2026-06-30': 'exact',
      'total-equity/2025-12-31': 'exact',
      'total-liabilities-and-equity/2026-06-30': 'exact',
      'total-liabilities-and-equity/2025-12-31': 'exact',
    });
  });
  test('total equity planted 13,927: a mismatch', () => {
    const text = fixture('glw-2026-q2-balance-sheet.txt');
    expect(text).toContain('13,127');
    expect(verdicts(text.replace('13,127', '13,927'))['total-equity/2026-06-30']).toBe('mismatch');
  });
});
