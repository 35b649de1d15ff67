// A total's rate as the average of its lines' rates weighted by their amounts (src/lib/checks/weighted-rates.ts), on
// excerpts of real releases: Chimera's borrowings by maturity ("Weighted Average Borrowing Rates", the 45) and
// Timberland's average balances, yields and rates ("Amount | Rate", s12).
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const CIM = 'cim-2024-q4-borrowings';
const CIM_TOTAL = 'definition/chimera-investment-corporation-reports-4th-quarter/total';
const TSBK = 'tsbk-fy2020-q2-average-balances';
const TSBK_TABLE = 'definition/average-balances-yields-and-rates';

describe('a total\'s weighted average rate', () => {
  test.each([
    // Σ principal × rate / Σ principal over seven lines; "Overnight", "1 to 2 years" and "Greater than 3 years" print
    // "$ —" and "N/A" and count as nothing
    [CIM, `${CIM_TOTAL}/2024-12-31.weighted-average-borrowing-rates`, 'rounding', '6.4800'],
    [CIM, `${CIM_TOTAL}/2023-12-31.weighted-average-borrowing-rates`, 'rounding', '7.5111'],
    // (922,011 × 5.56 + 81,925 × 2.56 + 203,936 × 1.54) / 1,207,872 = 4.678
    [TSBK, `${TSBK_TABLE}/total-interest-earning-assets/2020-q2.rate`, 'rounding', '4.6777'],
    // a total of a subtotal and a line: interest-bearing deposits 795,201 at 0.63% and borrowings 2,747 at 1.17%
    [TSBK, `${TSBK_TABLE}/total-interest-bearing-liabilities/2020-q2.rate`, 'rounding', '0.6318'],
    [TSBK, `${TSBK_TABLE}-2/total-interest-earning-assets/2019-h1.rate`, 'rounding', '4.8567'],
  ])('%s %s → %s (%s…)', (id, check, verdict, computed) => {
    const c = excerpt(id).check(check);
    expect(c.verdict).toBe(verdict);
    expect(c.computed!.startsWith(computed)).toBe(true);
  });

  test.each([
    // the total's rate altered: 6.48% printed 6.18%, the other date holding
    [CIM, 'Total\t$ 2,842,160\t6.48%', 'Total\t$ 2,842,160\t6.18%', `${CIM_TOTAL}/2024-12-31.weighted-average-borrowing-rates`],
    // a line's rate altered: 5.61% printed 8.61%
    [CIM, '1 to 29 days\t642,358\t5.61%', '1 to 29 days\t642,358\t8.61%', `${CIM_TOTAL}/2024-12-31.weighted-average-borrowing-rates`],
    // Timberland's total yield 4.68 printed 4.98, its row holding in the two other quarters
    [TSBK, 'Total interest-earning assets\t<u>1,207,872</u>\t4.68', 'Total interest-earning assets\t<u>1,207,872</u>\t4.98', `${TSBK_TABLE}/total-interest-earning-assets/2020-q2.rate`],
  ])('a planted error in %s: %j → %j is a mismatch of %s', (id, from, to, check) => {
    expect(excerpt(id, [[from, to]]).check(check).verdict).toBe('mismatch');
  });

  test('a line with an amount and no rate leaves its total unread', () => {
    const c = excerpt(CIM, [['1 to 29 days\t642,358\t5.61%', '1 to 29 days\t642,358\tN/A']]);
    expect(c.checks.find((x) => x.id === `${CIM_TOTAL}/2024-12-31.weighted-average-borrowing-rates`)).toBeUndefined();
    expect(c.check(`${CIM_TOTAL}/2023-12-31.weighted-average-borrowing-rates`).verdict).toBe('rounding');
  });
});
