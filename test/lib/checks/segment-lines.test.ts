// Segments printed as lines of a table of selected figures (src/lib/checks/structure.ts): a
// running subtotal ("Total reportable segments") and a "Consolidated X" line closing the section
// X are read only where the figures fit, since selected figures may leave lines out; a figure
// altered in one column is then a mismatch there. Excerpt from a real release
// (test/fixtures/checks/readings/mlm-2024-q4-financial-highlights.txt).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { Check, ReleaseMeta } from '../../../src/lib/types.ts';
import { excerpt } from './no-model.ts';

const text = `Results\n\n${readFileSync('test/fixtures/checks/readings/mlm-2024-q4-financial-highlights.txt', 'utf8')}\n`;
const footings = (release: string): Check[] => {
  const meta: ReleaseMeta = {
    id: 'excerpt-2024-q4', title: 'Results', company: 'excerpt', name: 'Excerpt', ticker: 'EXC', exchange: '',
    fiscalYearEnd: '12-31', fiscalPeriod: '2024-q4', releaseDate: '2025-02-12', currency: 'USD', scale: 6,
  };
  return runChecks(parseRelease(release, meta, emptyModel, 'excerpt/release.txt'), emptyModel).filter((c) => c.kind === 'footing');
};
const row = (c: Check) => c.id.split('/')[2];

describe('segments printed as lines of a summary (Martin Marietta\'s financial highlights)', () => {
  test.each([
    ['earnings-loss-from-operations--total-building-materials-business', "sums what the section 'Earnings (Loss) from operations:' printed above it."],
    ['total-reportable-segments', "sums what the section 'Earnings (Loss) from operations:' printed above it."],
    ['consolidated-earnings-from-operations', "closes the section 'Earnings (Loss) from operations:', the lines of its parts."],
  ])('%s is read where the figures fit', (total, reason) => {
    const mine = footings(text).filter((c) => row(c) === total);
    expect(mine.map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact', 'exact']);
    expect(mine[0].explanation).toContain(reason);
    expect(mine[0].explanation).toContain('published because it holds in every column');
  });

  test('a segment\'s figure altered in one column is a mismatch there (Magnesia Specialties\' 2024 earnings, 90 printed 60)', () => {
    const checks = footings(text.replace('Magnesia Specialties\t16\t15\t90\t76', 'Magnesia Specialties\t16\t15\t60\t76'));
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => `${row(c)}/${c.id.split('/')[3]}`)).toEqual(['total-reportable-segments/2024-fy']);
  });
});

// A segment reconciliation (excerpt prka-fy2025-q1-segments): "Segment income" sums the segments' lines, and the
// items printed after it, costs positive and incomes in parentheses, are taken away down to the consolidated figure.
describe('segment income reconciled to the consolidated figure (Parks! America\'s segment results)', () => {
  const id = (total: string, column: string) => `footing/year-to-date-fiscal-2025-segment-financial-results/${total}/${column}`;
  const consolidated = 'income-loss-before-income-taxes--consolidated';
  test.each([
    [id(consolidated, '2025-q1'), 'exact', '$ 276,941'],
    [id(consolidated, '2024-q1'), 'exact', '$ (474,455)'],
    [id('segment-income', '2025-q1'), 'exact', '232,719'],
  ])('%s → %s (%s)', (check, verdict, text) => {
    const c = excerpt('prka-fy2025-q1-segments').check(check);
    expect(c.verdict).toBe(verdict);
    expect(c.reported.text).toBe(text);
  });

  test('the reading says the lines after the subtotal are taken away', () => {
    expect(excerpt('prka-fy2025-q1-segments').check(id(consolidated, '2025-q1')).explanation).toContain("the 6 lines after 'Segment income' taken away as printed");
  });

  test('a reconciling item altered in one column is a mismatch there (interest expense 57,469 printed 52,469)', () => {
    const checks = excerpt('prka-fy2025-q1-segments', [['Interest expense\t57,469', 'Interest expense\t52,469']]).checks;
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([id(consolidated, '2025-q1')]);
  });
});
