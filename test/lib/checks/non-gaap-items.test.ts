// A reconciliation whose columns are the line items and whose rows are the adjustments (Pfizer's "Reconciliations of
// GAAP Reported to Non-GAAP Adjusted Information", 2Q22, ../shared/series/pfe/pfe-2022-q2.txt; excerpt of the imported
// release, test/fixtures/checks/corpus/README.md): "GAAP reported", seven adjustments, "Income tax provision—non-GAAP
// items", "Non-GAAP adjusted", in five columns (cost of sales, SI&A, other (income)/deductions, net income, diluted EPS).
// The tax line, naming "non-GAAP", was read as the result (12,207 against its (551), not judged), so "Non-GAAP adjusted"
// was footed nowhere: 116 figures a release read by no check. The line naming the non-GAAP items is an adjustment; and the
// EPS column, which prints the start and the result but no adjustment (they are printed in money only), reconciles nothing.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const ID = 'pfe-2022-q2-reconciliation';
const TABLE = 'footing/reconciliations-of-gaap-reported-to-non-gaap';
const RESULT = `${TABLE}/non-gaap-adjusted`;

describe('the tax on the non-GAAP items is an adjustment, and "Non-GAAP adjusted" the result', () => {
  test.each([
    // [column, printed, verdict]
    ['2022-q2.cost-sales', '<u>$ 8,625</u>', 'exact'],
    // 3,048 − 2 − 134 − 13 = 2,899: "Data presented will not (in all cases) aggregate to totals", each figure rounded.
    ['2022-q2.selling-informational-administrative-expenses', '<u>$ 2,900</u>', 'rounding'],
    ['2022-q2.other-income-deductions-net', '<u>$ (377)(6)</u>', 'exact'],
    ['2022-q2.net-income-attributable-pfizer-inc-common-shareholders', '<u>$ 11,656</u>', 'exact'],
  ])('%s: %s is %s', (column, printed, verdict) => {
    const c = excerpt(ID).check(`${RESULT}/${column}`);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe(verdict);
    expect(c.formula).toContain('Income tax provision—non-GAAP items');
  });

  test('no check takes the tax line for a result, and the EPS column, with no adjustment printed, is not footed', () => {
    const { checks } = excerpt(ID);
    expect(checks.filter((c) => c.id.includes('/income-tax-provisionnon-gaap-items/')).map((c) => c.id)).toEqual([]);
    expect(checks.filter((c) => c.id.includes('earnings-per-common-share')).map((c) => c.id)).toEqual([]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // [as printed, as altered, the check that accuses it]
    ['Income tax provision—non-GAAP items\t\t\t\t(551)', 'Income tax provision—non-GAAP items\t\t\t\t(581)', `${RESULT}/2022-q2.net-income-attributable-pfizer-inc-common-shareholders`],
    ['<u>$ 8,625</u>', '<u>$ 8,665</u>', `${RESULT}/2022-q2.cost-sales`],
  ])('%j altered to %j is a mismatch', (from, to, check) => {
    alteredIsMismatch(ID, from, to, check);
  });
});
