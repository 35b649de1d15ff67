// The lines an average balance table prints under its totals of interest-earning assets and interest-bearing
// liabilities (src/lib/checks/average-balance-lines.ts), on excerpts of real tables: Chimera's (the 45), HomeTrust's and
// Bridge Bancorp's (s14).
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const CIM = 'cim-2024-q4-average-balances';
const CIM_TABLE = 'definition/chimera-investment-corporation-reports-4th-quarter';
const HTBI = 'htbi-fy2020-q3-average-balances';
const HTBI_TABLE = 'definition/average-balance-sheet-data';
const BDGE = 'bdge-2020-q1-average-balances';
const BDGE_TABLE = 'definition/supplemental-financial-information-average-balance-sheets';

describe('a line under an average balance table\'s totals', () => {
  test.each([
    // 191,194 − 121,997 in the interest column
    [CIM, `${CIM_TABLE}/economic-net-interest-incomenet-interest-rate-spread/2024-q4.interest`, 'exact', '69197'],
    // 12,833,131 − 10,880,840 in the balance column
    [CIM, `${CIM_TABLE}/net-interest-earning-assetsnet-interest-margin/2024-q4.average`, 'exact', '1952291'],
    // 12,911,549 / 10,904,969, printed 1.18 in a column of amounts
    [CIM, `${CIM_TABLE}/ratio-of-interest-earning-assets-to-interest-bearing-liabilities/2024-q3.average`, 'rounding', '1.184'],
    // 3,240,077 / 2,660,366 as a percentage, 121.79%
    [HTBI, `${HTBI_TABLE}/average-interest-earning-assets-to-average-interest-bearing-liabilities/2020-q3.average-outstanding`, 'rounding', '121.79'],
    [HTBI, `${HTBI_TABLE}/net-earning-assets/2020-q3.average-outstanding`, 'exact', '579711'],
    // the tax-equivalent net interest income is the totals' difference (33,342 − 7,728)
    [HTBI, `${HTBI_TABLE}/tax-equivalent--net-interest-income/2020-q3.interest-earned-paid`, 'exact', '25614'],
    // Bridge's net interest income after its tax-equivalent adjustment, its totals being tax-equivalent: no column holds
    [BDGE, `${BDGE_TABLE}/net-interest-income/2020-q1.interest`, 'unverifiable', '36753'],
  ])('%s %s → %s (%s…)', (id, check, verdict, computed) => {
    const c = excerpt(id).check(check);
    expect(c.verdict).toBe(verdict);
    expect(c.computed!.startsWith(computed)).toBe(true);
  });

  test('a line printed on a second basis beside one that holds is left out (HomeTrust\'s non-tax-equivalent net interest income)', () => {
    const ids = excerpt(HTBI).checks.map((c) => c.id);
    expect(ids).not.toContain(`${HTBI_TABLE}/non-tax-equivalent--net-interest-income/2020-q3.interest-earned-paid`);
  });

  test.each([
    // Chimera's ratio of Q3 2024, 1.18 printed 1.78, the ratio of Q4 holding
    [CIM, 'Ratio of interest-earning assets to interest bearing liabilities\t1.18\t\t\t1.18', 'Ratio of interest-earning assets to interest bearing liabilities\t1.18\t\t\t1.78', `${CIM_TABLE}/ratio-of-interest-earning-assets-to-interest-bearing-liabilities/2024-q3.average`],
    // HomeTrust's net earning assets 579,711 printed 579,111
    [HTBI, 'Net earning assets\t<u>$ 579,711</u>', 'Net earning assets\t<u>$ 579,111</u>', `${HTBI_TABLE}/net-earning-assets/2020-q3.average-outstanding`],
  ])('a planted error in %s: %j → %j is a mismatch of %s', (id, from, to, check) => {
    expect(excerpt(id, [[from, to]]).check(check).verdict).toBe('mismatch');
  });
});
