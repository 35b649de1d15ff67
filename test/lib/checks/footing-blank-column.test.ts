// A column printing a total and none of its parts, not even a dash, foots nothing (src/lib/checks/footing.ts,
// draftChecks): Pfizer's Q2 2023 reconciliation of certain line items (PFIZER_2023Q2_EARNINGS.pdf through pdftotext,
// unseen set s29; excerpt test/fixtures/checks/columns/pfe-2023-q2-note-mark-column.txt) prints "$ (551) (7)", the
// mark of note (7) set in a column of its own; "Non-GAAP Adjusted" was accused of (7) against 0 in that column.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const EXCERPT = `Results\n\n${readFileSync('test/fixtures/checks/columns/pfe-2023-q2-note-mark-column.txt', 'utf8')}\n`;
const META: ReleaseMeta = {
  id: 'pfe-2023-q2', title: 'Results', company: 'pfe', name: 'Pfizer', ticker: 'PFE', exchange: 'NYSE',
  fiscalYearEnd: '12-31', fiscalPeriod: '2023-q2', releaseDate: '2023-08-01', currency: 'USD', scale: 6,
};
const footingsOfTotal = (text: string) =>
  runChecks(parseRelease(text, META, emptyModel, 'pfe-2023-q2/release.txt'), emptyModel).filter((c) => c.kind === 'footing' && c.id.includes('/non-gaap-adjusted/'));

describe('a column printing a total alone foots nothing', () => {
  test.each([
    // [what, edits ([from, to] each), the verdicts of the footings of the mark's column]
    ['as printed: the mark (7) alone in its column → no footing there', [], []],
    [
      'the start printed as a dash and a part as (7) in that column → the column foots',
      [['$ (347)\t\t$ 2,327', '$ (347)\t—\t$ 2,327'], ['Other(6)\t(12)\t(8)\t(171)\t\t194', 'Other(6)\t(12)\t(8)\t(171)\t(7)\t194']],
      ['exact'],
    ],
  ] as [string, [string, string][], string[]][])('%s', (_what, edits, verdicts) => {
    let text = EXCERPT;
    for (const [from, to] of edits) {
      expect(text).toContain(from);
      text = text.replace(from, to);
    }
    const checks = footingsOfTotal(text);
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.filter((c) => c.reported.text === '(7)').map((c) => c.verdict)).toEqual(verdicts);
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
});

// Nor does it weigh against a reading: Euronet's 4Q24 reconciliation of net income to operating income (excerpt
// test/fixtures/checks/corpus/eeft-2024-q4-segments) prints net income, its tax and other expense in the consolidated
// column alone, beside "Operating income (expense)" for each segment. Counted as failing in the four segments' columns,
// the reading was rejected though it holds where its lines are printed.
describe('a reading is weighed only in the columns printing its lines', () => {
  const EEFT = 'eeft-2024-q4-segments';
  const OPERATING = 'footing/net-income/operating-income-expense/2023-fy.consolidated';
  test('operating income from net income, in the consolidated column: 279.5 + 120.9 + 32.2 = 432.6', () => {
    const c = excerpt(EEFT).check(OPERATING);
    expect(c.reported.text).toBe('$ 432.6');
    expect(c.verdict).toBe('exact');
  });

  test('a line altered is a mismatch: the other expense, 32.2 printed 42.2', () => {
    alteredIsMismatch(EEFT, 'Add: Total other expense, net\t\t\t\t\t32.2', 'Add: Total other expense, net\t\t\t\t\t42.2', OPERATING);
  });
});
