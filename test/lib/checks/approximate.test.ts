import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { fromText } from './fixture.ts';
import { excerpt } from './no-model.ts';

/**
 * A figure printed as approximate ("~ $ 310", as PG&E prints its 2025 guidance: the form is read in
 * test/lib/ingest/values.test.ts on test/fixtures/ingest/forms/pcg-2024-q4-guidance.txt) states no exact
 * value: a check whose reported figure or an input is approximate is no mismatch (unverifiable, its
 * difference kept), while the same figures printed without "~" still are; but a sum whose figures differ by more
 * than approximation explains, each approximate figure read as a whole unit of its last digit other than zero
 * either way ("~ 1,510" is 1,510 ± 10), is one (src/lib/checks/make-check.ts beyondApproximation).
 */
const statement = (rows: [string, string][], total: string) => `Widget Corp Reports Results

WIDGET CORP
 STATEMENT OF OPERATIONS
 (In thousands)

\tThree Months Ended June 30,\t
\t2010\t2009
Revenues:\t\t
${rows.map(([label, v]) => `${label}\t${v}\t${v}`).join('\n')}
Total revenues\t${total}\t${total}
`;
const id = 'footing/statement-of-operations/total-revenues/2010-q2';
const footing = (rows: [string, string][], total: string) => fromText(statement(rows, total), emptyModel).check(id);

describe('approximate figures in a footing: 1,000 + 500 against a total altered to 1,510', () => {
  test.each([
    ['the total printed approximate', [['Products', '1,000'], ['Services', '500']], '~ 1,510', 'unverifiable'],
    ['an input printed approximate', [['Products', '~ 1,000'], ['Services', '500']], '1,510', 'unverifiable'],
    ['nothing printed approximate', [['Products', '1,000'], ['Services', '500']], '1,510', 'mismatch'],
  ] as [string, [string, string][], string, string][])('%s: %s', (_, rows, total, verdict) => {
    const c = footing(rows, total);
    expect({ verdict: c.verdict, difference: c.difference, computed: c.computed }).toEqual({ verdict, difference: '10', computed: '1500' });
    if (verdict === 'unverifiable') expect(c.explanation).toMatch(/printed as approximate/);
  });
  test('an approximate figure that ties is judged as any other', () => {
    expect(footing([['Products', '~ 1,000'], ['Services', '500']], '~ 1,500').verdict).toBe('exact');
  });
});

describe('a sum whose figures differ by more than approximation explains', () => {
  test.each([
    ['the total printed approximate, 1,900 against 1,500', [['Products', '1,000'], ['Services', '500']], '~ 1,900', 'mismatch'],
    ['the total printed approximate, 1,510 against 1,500: within 10 either way', [['Products', '1,000'], ['Services', '500']], '~ 1,510', 'unverifiable'],
    ['an input printed approximate, ~ 1,000 standing for 0 to 2,000: 2,600 against 500 to 2,500', [['Products', '~ 1,000'], ['Services', '500']], '2,600', 'mismatch'],
    ['an input printed approximate, 2,500 against 500 to 2,500: not judged', [['Products', '~ 1,000'], ['Services', '500']], '2,500', 'unverifiable'],
  ] as [string, [string, string][], string, string][])('%s: %s', (_, rows, total, verdict) => {
    const c = footing(rows, total);
    expect(c.verdict).toBe(verdict);
    if (verdict === 'mismatch') expect(c.explanation).toContain('is printed as approximate (“~”), and read as a whole unit of its last digit other than zero');
  });

  // PG&E's 2025 guidance (excerpt pcg-2024-q4): "~ $ 1.30" plus six adjustments of "~ 0.10" and less is "~ $ 1.48".
  const core = 'footing/pge-corporations-2025-earnings-guidance/estimated-eps-on-a-non-gaap-core-earnings-basis/2025-fy';
  test.each([
    ['as printed', 'Amortization of Wildfire Fund contribution (2)\t~ 0.10\t~ 0.10', 'Amortization of Wildfire Fund contribution (2)\t~ 0.10\t~ 0.10', ['rounding', 'exact']],
    ['0.10 altered to 0.40 in the low column', 'Amortization of Wildfire Fund contribution (2)\t~ 0.10', 'Amortization of Wildfire Fund contribution (2)\t~ 0.40', ['mismatch', 'exact']],
    ['0.10 altered to 9.10 in the high column', 'Amortization of Wildfire Fund contribution (2)\t~ 0.10\t~ 0.10', 'Amortization of Wildfire Fund contribution (2)\t~ 0.10\t~ 9.10', ['rounding', 'mismatch']],
    ['0.10 altered to 0.20 in the low column: within what ~ 0.10 and ~ 1.30 allow', 'Amortization of Wildfire Fund contribution (2)\t~ 0.10', 'Amortization of Wildfire Fund contribution (2)\t~ 0.20', ['unverifiable', 'exact']],
  ])('PG&E guidance, %s', (_, from, to, verdicts) => {
    const l = excerpt('pcg-2024-q4', [[from, to]]);
    expect([l.check(`${core}.low`).verdict, l.check(`${core}.high`).verdict]).toEqual(verdicts);
  });
});
