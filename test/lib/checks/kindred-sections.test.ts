// A total of the sections of one kind closed one after another (src/lib/checks/structure.ts, `kindredSections`):
// Costco's balance sheet, 1Q FY23 (test/fixtures/checks/corpus/cost-fy2023-q1-balance-sheet, README there), prints
// "CURRENT ASSETS" closed by "Total current assets", then "OTHER ASSETS" over three lines and "TOTAL ASSETS" with no total
// of its own; so for liabilities. Read as the section's lines alone, "TOTAL ASSETS" ($66,027) was no sum of anything and
// the balance sheet's largest figures were read by no check.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const COST = 'cost-fy2023-q1-balance-sheet';
const TABLE = 'co-stco-wholesale-corporation-balance-sheets';

describe('a total closing the sections of its kind', () => {
  test.each([
    // 34,150 + 25,144 + 2,787 + 3,946 = 66,027; 32,696 + 24,646 + 2,774 + 4,050 = 64,166
    ['total-assets', '2022-11-20', '$ 66,027', 'Total current assets'],
    ['total-assets', '2022-08-28', '$ 64,166', 'Total current assets'],
    // 33,067 + 6,472 + 2,503 + 2,509 = 44,551
    ['total-liabilities', '2022-11-20', '44,551', 'Total current liabilities'],
  ])('%s, %s (%s) is the earlier section\'s total and the lines of its own', (row, period, printed, earlier) => {
    const c = excerpt(COST).check(`footing/${TABLE}/${row}/${period}`);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe('exact');
    expect(c.formula).toContain(earlier);
  });

  test('as printed, nothing is a mismatch', () => {
    expect(excerpt(COST).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test('a line of the later section altered is its total\'s mismatch: 2,787 printed 1,787', () => {
    alteredIsMismatch(COST, 'Operating lease right-of-use assets\t2,787', 'Operating lease right-of-use assets\t1,787', `footing/${TABLE}/total-assets/2022-11-20`);
  });

  test("the earlier section's total altered is its own footing's mismatch, not accused again by the total resting on it", () => {
    alteredIsMismatch(COST, 'Total current liabilities\t33,067', 'Total current liabilities\t33,567', `footing/${TABLE}/total-current-liabilities/2022-11-20`);
    const again = excerpt(COST, [['Total current liabilities\t33,067', 'Total current liabilities\t33,567']]).check(`footing/${TABLE}/total-liabilities/2022-11-20`);
    expect(again.verdict).toBe('unverifiable');
  });
});
