// A fixed-width table's one heading set centred over all its columns, and labels wrapped with their
// footnote marks: Anywhere Real Estate's financial highlights, 4Q24 (Dow Jones copy, unseen wire set
// s10; excerpt test/fixtures/import/wire/hous-2024-q4-highlights.md, source named in its README).
// "Three Months Ended December 31," is printed once over "2024  2023  Change  % Change", centred over
// the four, its characters over the middle two alone: before, the 2024 column had no heading and was
// dated FY 2024 by its bare year (its revenue 1,362 then tied to the year's 5,692, a false mismatch),
// and "2)", the end of "EBITDA (1, / 2)", was read as a figure, losing every wrapped row's figures.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const path = 'test/fixtures/import/wire/hous-2024-q4-highlights.md';
const meta: ReleaseMeta = {
  id: 'x', title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '12-31',
  fiscalPeriod: '2024-q4', releaseDate: '2025-02-13', currency: 'USD', scale: 6,
};
const imported = importRelease({ text: readFileSync(path, 'utf8'), file: path, kind: 'text' }, { ticker: 'X' });
const facts = parseRelease(imported.releaseText, meta, emptyModel, path).facts;

describe('a heading centred over every column heads them all; a footnote list wrapped under a label is the label\'s (Anywhere, 4Q24)', () => {
  // [what, fact id, value, period]
  const cases: [string, string, string, string][] = [
    ['the quarter\'s revenue, under no character of the heading', 'x/revenue/revenue/2024-q4', '1362', '2024-q4'],
    ['the prior quarter\'s revenue', 'x/revenue/revenue/2023-q4', '1250', '2023-q4'],
    ['the change, quarter against quarter', 'x/revenue/revenue/2024-q4-vs-2023-q4', '112', '2024-q4-vs-2023-q4'],
    ['the % change', 'x/revenue/revenue/2024-q4-vs-2023-q4.percent-change', '9', '2024-q4-vs-2023-q4'],
    ['a row whose label wraps "(1, / 2)" over its figures', 'x/revenue/operating-ebitda/2024-q4', '52', '2024-q4'],
    ['a row whose footnote list has a no-break space', 'x/revenue/adjusted-net-loss/2023-q4', '-54', '2023-q4'],
    ['the year block under its own centred heading', 'x/revenue-2/revenue/2024-fy', '5692', '2024-fy'],
    ['the year block\'s wrapped row', 'x/revenue-2/operating-ebitda/2023-fy', '255', '2023-fy'],
  ];
  test.each(cases)('%s', (_, id, value, period) => {
    const f = facts.find((x) => x.id === id);
    expect(f?.value).toBe(value);
    expect(f?.period).toBe(period);
  });

  test('no column is dated as a year in the quarter block, and nothing is left unread', () => {
    expect(facts.filter((f) => f.table === 'revenue' && /fy/.test(f.period))).toEqual([]);
    expect(imported.issues).toEqual([]);
    expect(imported.releaseText).toContain('Operating EBITDA (1, 2)\t52\t28\t24\t86\n');
  });
});
