// Share columns that foot as their amounts do (src/lib/checks/share-footings.ts), on Horizon Financial's loans and
// deposits (excerpt hrzb-fy2006-q3-shares): each line's amount beside its share of the whole, the whole printed as
// 100%, so where the amounts add up, the shares beside them do, each rounded.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const shares = (edits: [string, string][] = []) => excerpt('hrzb-fy2006-q3-shares', edits).checks.filter((c) => c.id.endsWith('/shares'));

describe('a column of shares beside its amounts adds up as they do', () => {
  test('the deposits\' shares foot to their subtotals and to the 100% of the total, the loans\' four shares to 100%, in each of the three columns', () => {
    const checks = shares();
    expect(checks.map((c) => `${c.id} ${c.verdict}`).sort()).toEqual(
      [
        'deposits/subtotal/2005-12-31.percent', 'deposits/subtotal/2005-09-30.percent', 'deposits/subtotal/2004-12-31.percent',
        'deposits/total-cds/2005-12-31.percent', 'deposits/total-cds/2005-09-30.percent', 'deposits/total-cds/2004-12-31.percent',
        'deposits/total/2005-12-31.percent', 'deposits/total/2005-09-30.percent', 'deposits/total/2004-12-31.percent',
        'loans/subtotal-3/2005-12-31.percent', 'loans/subtotal-3/2005-09-30.percent', 'loans/subtotal-3/2004-12-31.percent',
      ].map((id) => `footing/${id}/shares exact`).sort(),
    );
    const total = checks.find((c) => c.id === 'footing/deposits/total/2005-12-31.percent/shares')!;
    expect(total.formula).toBe("Total = Subtotal + Total CD's");
    expect(total.restsOn).toBe("Read from the column: '%' prints each line as a share of one whole, printed as 100%, and the amounts beside them add 'Total' up from 'Subtotal' and 'Total CD's'; so do the shares, each rounded.");
  });

  test.each([
    ['Money market at September 30, 2005, 18% printed 28%', '145,254\t18%', '145,254\t28%', ['deposits/subtotal/2005-09-30.percent mismatch']],
    // A subtotal's share is both the sum of the lines above it and a part of the total: altered, it fails as both.
    ['Total CD\'s at December 31, 2004, 55% printed 65%', '<u>381,174</u>\t<u>55%</u>', '<u>381,174</u>\t<u>65%</u>', ['deposits/total-cds/2004-12-31.percent mismatch', 'deposits/total/2004-12-31.percent mismatch']],
    // Four shares each rounded to a whole percent may be 2 off their sum together: one unit off is no error.
    ['Net consumer loans at December 31, 2005, 5% printed 6%', '48,197\t5%', '48,197\t6%', ['loans/subtotal-3/2005-12-31.percent rounding']],
  ])('a share altered in one column is judged there, the two others bearing the reading out (%s)', (_, from, to, expected) => {
    const judged = shares([[from, to]]).filter((c) => c.verdict !== 'exact');
    expect(judged.map((c) => `${c.id} ${c.verdict}`)).toEqual(expected.map((e) => `footing/${e.replace(' ', '/shares ')}`));
  });

  test('the same share altered in two columns is more than the reading can stand on: unverifiable, not accused', () => {
    const judged = shares([['78,789\t10%', '78,789\t20%'], ['79,299\t11%', '79,299\t21%']]).filter((c) => c.verdict !== 'exact');
    expect(judged.map((c) => `${c.id} ${c.verdict}`)).toEqual([
      'footing/deposits/subtotal/2005-09-30.percent/shares unverifiable',
      'footing/deposits/subtotal/2004-12-31.percent/shares unverifiable',
    ]);
  });
});
