// A yield printed beside an average balance and its interest is the interest over the balance, annualized by one of
// the sound day counts (src/lib/checks/yields.ts), on excerpts of real average balance tables: Chimera's (the 45),
// Bridge Bancorp's, HomeTrust's and Horizon Bancorp's (s14).
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const CIM = 'cim-2024-q4-average-balances';
const CIM_TABLE = 'definition/chimera-investment-corporation-reports-4th-quarter';
const BDGE = 'bdge-2020-q1-average-balances';
const BDGE_TABLE = 'definition/supplemental-financial-information-average-balance-sheets';
const HTBI = 'htbi-fy2020-q3-average-balances';
const HBNC = 'hbnc-2020-q1-average-balances';

describe('a yield beside its average balance and interest', () => {
  test.each([
    // Chimera's Agency RMBS: 10,505 / 682,811 × 4 = 6.15% would print 6.2%; over 365/92 days, 6.10%
    [CIM, `${CIM_TABLE}/interest-earning-assets--agency-rmbs/2024-q4.average-yield-cost`, 'rounding', '6.1038'],
    // ... and in Q3 2024 its Non-Agency RMBS holds times 4 (12.41%), not over the days (12.34%)
    [CIM, `${CIM_TABLE}/interest-earning-assets--non-agency-rmbs/2024-q3.average-yield-cost`, 'rounding', '12.408'],
    [CIM, `${CIM_TABLE}/secured-financing-agreements-collateralized-by--total/2024-q4.average-yield-cost`, 'rounding', '4.484'],
    // Bridge Bancorp, two decimals: 4,628 / 763,894 × 4 = 2.42%, over 365/91 days 2.44%
    [BDGE, `${BDGE_TABLE}/securities/2020-q1.average-yield-cost`, 'rounding', '2.4366'],
    [BDGE, `${BDGE_TABLE}/total-interest-earning-assets/2019-q1.average-yield-cost`, 'rounding', '4.2568'],
    // HomeTrust's nine months: 95,045 / 2,734,249 × 12/9
    [HTBI, 'definition/assets/loans-receivable/2020-9m.yield-rate', 'rounding', '4.6347'],
    // A yield on a tax-equivalent basis beside interest that is not: it holds in no column (Horizon's note (1))
    [HBNC, 'definition/average-balance-sheets/investment-securities-non-taxable/2020-q1.average-rate', 'unverifiable', '2.5944'],
    // Chimera's Agency RMBS repo: 5.0% and 5.7% beside 4.67% and 5.63%, a position held part of the quarter
    [CIM, `${CIM_TABLE}/secured-financing-agreements-collateralized-by--agency-rmbs/2024-q4.average-yield-cost`, 'unverifiable', '4.6659'],
    // Off by a unit of its last digit beyond every day count: Chimera's total of Q3 2024, 6.1% beside 5.95%–6.00%
    // (its GAAP interest income, with interest on cash, gives 6.05%); HomeTrust's 4.42% beside 4.414%
    [CIM, `${CIM_TABLE}/interest-earning-assets--total/2024-q3.average-yield-cost`, 'unverifiable', '5.9966'],
    [HTBI, 'definition/average-balance-sheet-data/total-interest-earning-assets/2019-q3.yield-rate', 'unverifiable', '4.4137'],
    // A row of two columns, one failing: not corroborated, as the release does not say how it annualizes
    [HTBI, 'definition/assets/other-interest-earning-assets/2019-9m.yield-rate', 'unverifiable', '7.9904'],
  ])('%s %s → %s (%s…)', (id, check, verdict, computed) => {
    const c = excerpt(id).check(check);
    expect(c.verdict).toBe(verdict);
    expect(c.computed!.startsWith(computed)).toBe(true);
  });

  test('every yield of Bridge Bancorp\'s table holds', () => {
    const checks = excerpt(BDGE).checks.filter((c) => c.restsOn?.startsWith('Read from the headers: a yield'));
    expect(checks.length).toBe(60);
    expect(checks.filter((c) => c.verdict !== 'exact' && c.verdict !== 'rounding')).toEqual([]);
  });

  test.each([
    // a yield altered: Chimera's Agency RMBS 6.1% printed 6.9%, its row holding in the two other quarters
    [CIM, 'Agency RMBS (3)\t$ 682,811\t$ 10,505\t6.1%', 'Agency RMBS (3)\t$ 682,811\t$ 10,505\t6.9%', `${CIM_TABLE}/interest-earning-assets--agency-rmbs/2024-q4.average-yield-cost`],
    // an interest altered: 10,505 printed 11,505 (10,905 gives 6.25% over 360 days, a unit and a half of the last digit from 6.1%: not judged)
    [CIM, 'Agency RMBS (3)\t$ 682,811\t$ 10,505\t6.1%', 'Agency RMBS (3)\t$ 682,811\t$ 11,505\t6.1%', `${CIM_TABLE}/interest-earning-assets--agency-rmbs/2024-q4.average-yield-cost`],
    // a balance altered: Bridge's securities 763,894 printed 563,894
    [BDGE, 'Securities (1)\t763,894\t4,628\t2.44', 'Securities (1)\t563,894\t4,628\t2.44', `${BDGE_TABLE}/securities/2020-q1.average-yield-cost`],
  ])('a planted error in %s: %j → %j is a mismatch of %s', (id, from, to, check) => {
    expect(excerpt(id, [[from, to]]).check(check).verdict).toBe('mismatch');
  });

  test('a yield altered in a row of two columns is not judged: the other column alone does not say how the release annualizes', () => {
    const c = excerpt(HTBI, [['Loans receivable(1)\t$ 2,669,796\t$ 30,086\t4.51%', 'Loans receivable(1)\t$ 2,669,796\t$ 30,086\t4.81%']]).check('definition/average-balance-sheet-data/loans-receivable/2020-q3.yield-rate');
    expect(c.verdict).toBe('unverifiable');
  });

  test('a yield that misses every day count says what each gave', () => {
    const c = excerpt(CIM, [['Agency RMBS (3)\t$ 682,811\t$ 10,505\t6.1%', 'Agency RMBS (3)\t$ 682,811\t$ 10,505\t6.9%']]).check(`${CIM_TABLE}/interest-earning-assets--agency-rmbs/2024-q4.average-yield-cost`);
    expect(c.explanation).toContain('No day count gives the printed figure (3 months of 12: 6.15');
    expect(c.explanation).toContain('actual/actual, 92 days of 366: 6.12');
    // each cut (not rounded) two digits past the printed one's, never forty: 6.153…, not 6.15387…
    expect(c.explanation).toContain('(3 months of 12: 6.153…;');
    expect(c.explanation).not.toMatch(/\d\.\d{5}/);
  });
});
