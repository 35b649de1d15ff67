// A relation is corroborated only by columns (or lines) that tell its reading from the others
// (src/lib/checks/structure.ts, tellingAgainst and againstRivals): where the lines that tell two readings
// apart print nil, zero or a dash, both compute the same, and the column says nothing for either. And the
// sound readings are among those considered before one is accused: a bare "Total" over every line of a
// table of segments (readReconciliation), a roll-forward's column named for what leaves it taken away
// (column-footing.ts). On tables excerpted from real releases (unseen set s27): as printed, each total
// ties under the sound reading; with one figure altered, as the corpus plants errors, it is a mismatch.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { footingsOfText } from './no-model.ts';
import { againstRivals, noFit, tallyFit, type Fit } from '../../../src/lib/checks/structure.ts';
import type { Evaluation } from '../../../src/lib/checks/evaluate.ts';
import type { Check, Fact, ReleaseMeta } from '../../../src/lib/types.ts';
import Decimal from 'decimal.js';

type Meta = Partial<ReleaseMeta>;
const footings = footingsOfText;
const excerpt = (file: string) => `Results\n\n${readFileSync(`test/fixtures/checks/${file}.txt`, 'utf8')}\n`;
/** The text with one figure altered on the line that starts with `label`. */
const altered = (text: string, label: string, before: string, after: string) =>
  text.split('\n').map((line) => (line.startsWith(label) ? line.replace(before, after) : line)).join('\n');

const PEP: Meta = { fiscalPeriod: '2023-q2', fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end', releaseDate: '2023-07-13', scale: 6 };
const ULTA: Meta = { fiscalPeriod: '2024-q2', fiscalYearEnd: '01-28', releaseDate: '2023-08-24', scale: 0 };

// [the table, excerpt, meta, the checks' ids end with, how many, [line, printed, altered], the one then a mismatch (id contains), its computed value]
const CASES: [string, string, Meta, string, number, [string, string, string], string, string][] = [
  ['PepsiCo\'s "Operating Profit by Division", divisions down the rows: "Total" sums all eight, Frito-Lay (a dash in three columns) among them',
    // six row footings of "Total", one a column, and the "Total" line's core figure as its spanner's other columns add
    // up (src/lib/checks/column-footing.ts, figuredTotals: $3,659 + (9) + 92 + 7 + 110 = $3,859)
    'readings/pep-2023-q2-operating-profit-by-division', PEP, '/total/', 7,
    ['Frito-Lay North America', '$ 1,647', '$ 1,687'], 'reported-gaap-measure', '3699'],
  ['Ulta\'s gross square feet, beginning + opened − closed = end (closed 0 in the second quarter)',
    'columns/ulta-fy2023-q2-square-feet', ULTA, 'total-gross-square-feet-quarter/columns', 2,
    ['1st Quarter', '9,984', '9,884'], '1st-quarter/', '14245014'],
];

describe('corroboration only by columns that tell the readings apart, the sound reading considered', () => {
  test.each(CASES)('%s: ties as printed', (_what, file, meta, ids, count) => {
    const checks = footings(excerpt(file), meta).filter((c) => c.id.includes(ids));
    expect(checks.length).toBe(count);
    expect(checks.filter((c) => c.verdict !== 'exact').map((c) => `${c.id} ${c.verdict}`)).toEqual([]);
  });
  test.each(CASES)('%s: a figure altered is a mismatch', (_what, file, meta, ids, _count, [line, before, after], where, computed) => {
    const text = excerpt(file);
    const changed = altered(text, line, before, after);
    expect(changed).not.toBe(text);
    const mismatches = footings(changed, meta).filter((c) => c.id.includes(ids) && c.verdict === 'mismatch');
    expect(mismatches.map((c) => c.id.includes(where))).toEqual([true]);
    expect(new Decimal(mismatches[0]!.computed!).toString()).toBe(computed);
  });
});

// A reading held only where the line telling it from a rival is nil: no evidence against that rival.
describe('againstRivals', () => {
  const fact = (id: string, value: string): Fact => ({ id, value, decimals: 0, status: 'reported', scale: 0, row: id.split('/')[0] }) as unknown as Fact;
  const judged = (columns: [string, string, string][]): Fit => {
    const fit = noFit();
    for (const [id, printed, sum] of columns) {
      const e = { value: new Decimal(sum), interval: { lo: new Decimal(sum), hi: new Decimal(sum) }, inputs: [fact(`a/${id}`, sum)], nils: [], blanks: [], missing: [], words: '', numbers: sum } as unknown as Evaluation;
      tallyFit(fit, fact(`total/${id}`, printed), e);
    }
    return fit;
  };
  // PepsiCo's columns: "Total" 3,659 = 1,647 + 2,012 (c1), 92 = 6 + 86 (c3); in c2 and c4 the first line is a dash, so both
  // readings give (9) and 7; c5 a column where only the reading of seven lines holds.
  const seven = judged([['c1', '3659', '2012'], ['c2', '-9', '-9'], ['c3', '92', '86'], ['c4', '7', '7'], ['c5', '3800', '3800']]);
  const eight = judged([['c1', '3659', '3659'], ['c2', '-9', '-9'], ['c3', '92', '92'], ['c4', '7', '7'], ['c5', '3800', '3859']]);
  test.each([
    ['seven lines: of its three columns, only c5 tells it from the eight (c2 and c4 hold alike under both)', 0, 3, 1],
    ['eight lines: of its four columns, c1 and c3, where the eighth prints a figure', 1, 4, 2],
  ])('%s', (_what, at, before, held) => {
    expect([seven, eight][at]!.held).toBe(before);
    expect(againstRivals([seven, eight])[at]!.held).toBe(held);
  });
});
