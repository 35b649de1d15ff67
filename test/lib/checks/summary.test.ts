import { describe, expect, test } from 'vitest';
import { checksByFact, checksByReportedFact, countByKind, countByVerdict, uncoveredTotals } from '../../../src/lib/checks/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { fromText, load } from './fixture.ts';

const widget = load('widget-2010-q2');

describe('summaries of the widget fixture’s checks', () => {
  test('countByVerdict counts every verdict, zeros included, and adds up to the number of checks', () => {
    const counts = countByVerdict(widget.checks);
    expect(Object.keys(counts)).toEqual(['mismatch', 'unverifiable', 'rounding', 'exact']);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(widget.checks.length);
    // The planted errors: a footing, a margin, a tie of one figure, a tie of cash, a half year, a bps change, an n/m.
    expect(counts.mismatch).toBe(7);
  });

  test('countByKind splits them by kind', () => {
    const byKind = countByKind(widget.checks);
    expect(byKind.footing.mismatch).toBe(1);
    expect(byKind.definition.mismatch).toBe(1);
    expect(byKind.tie.mismatch).toBe(3);
    expect(byKind.growth.mismatch).toBe(1);
    expect(byKind.change.mismatch).toBe(1);
    // The fixture has no claims.yaml: its one figure in prose ("Revenue of $1.5 million") is linked automatically.
    expect(byKind.claim).toEqual({ mismatch: 0, unverifiable: 0, rounding: 1, exact: 0 });
  });

  test('checksByFact finds every check a figure takes part in; checksByReportedFact only those that verify it', () => {
    const revenue = 'widget-2010-q2/statement-of-operations/total-revenues/2010-q2';
    // The statement's figure is verified by its footing; it is the reference of the tie, which verifies the summary's copy.
    expect(checksByReportedFact(widget.checks).get(revenue)?.map((c) => c.id)).toEqual([
      'footing/statement-of-operations/total-revenues/2010-q2',
    ]);
    expect(checksByReportedFact(widget.checks).get('widget-2010-q2/financial-summary/revenue/2010-q2')?.map((c) => c.id)).toEqual([
      'tie/revenue/2010-q2',
    ]);
    expect(checksByFact(widget.checks).get(revenue)?.map((c) => c.id).sort()).toEqual([
      'footing/statement-of-operations/operating-income/2010-q2',
      'footing/statement-of-operations/total-revenues/2010-q2',
      'tie/revenue/2010-q2',
    ]);
  });

  test('uncoveredTotals: the widget’s "Total assets" outside any section is read as the sum of the lines above it, since that holds', () => {
    expect(uncoveredTotals(widget.release, widget.checks).map((f) => f.id)).toEqual([]);
    expect(widget.check('footing/balance-sheet/total-assets/2010-06-30').explanation).toContain('holds in every column');
  });

  // In neither column: where the lines above sum to it in one column (175 under 100 and 75), the other is a mismatch (structure.ts bornOut).
  test('uncoveredTotals lists the totals no check verifies: a total outside any section that no reading of the lines above explains', () => {
    const text = `WIDGET CORP
 BALANCE SHEETS
 (In thousands)

\tJune 30, 2010\tDecember 31, 2009
Cash\t\\$ 123\t\\$ 100
Receivables\t80\t75
Total assets\t\\$ 250\t\\$ 185
`;
    const { release, checks } = fromText(text, emptyModel);
    expect(uncoveredTotals(release, checks).map((f) => f.id)).toEqual([
      'widget-2010-q2/balance-sheets/total-assets/2010-06-30',
      'widget-2010-q2/balance-sheets/total-assets/2009-12-31',
    ]);
  });
});
