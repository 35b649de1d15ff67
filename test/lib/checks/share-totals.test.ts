// A run of percentage lines closed by a total printed as 100%: the figure says the lines are shares of one whole, so
// they add up to it, each rounded (src/lib/checks/distributions.ts), on Goldman Sachs' geographic net revenues (excerpt
// gs-2021-q4-geographic): "Americas 63%", "EMEA 24%", "Asia 13%", "Total 100%", under the same lines in dollars.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const shares = (edits: [string, string][] = []) => excerpt('gs-2021-q4-geographic', edits).checks.filter((c) => c.id.endsWith('/shares'));

describe('percentage lines closed by a total printed as 100% add up to it', () => {
  test('both tables tie in each of their columns, the total the sum of the three regions', () => {
    const checks = shares();
    expect(checks.map((c) => `${c.id} ${c.verdict}`)).toEqual([
      'footing/americas/total/2021-fy/shares exact',
      'footing/americas/total/2020-fy/shares exact',
      'footing/americas-2/total/2021-q4/shares exact',
      'footing/americas-2/total/2021-q3/shares exact',
      'footing/americas-2/total/2020-q4/shares exact',
    ]);
    expect(checks[0].formula).toBe('Total = Americas + EMEA + Asia');
    expect(checks[0].restsOn).toBe("Read from the total: 'Total' prints 100% in every column, so the 3 percentage lines right above it ('Americas', 'EMEA' and 'Asia') are shares of one whole and add up to it, each rounded.");
  });

  test.each([
    ['EMEA in 3Q21, 25% printed 35%', 'EMEA\t22%\t25%\t24%', 'EMEA\t22%\t35%\t24%', '2021-q3', 'mismatch'],
    ['Asia in 4Q20, 15% printed 19%', 'Asia\t11%\t15%\t15%', 'Asia\t11%\t15%\t19%', '2020-q4', 'mismatch'],
    // Three shares each rounded to a whole percent may be 1.5 off their 100 together: one unit off is no error.
    ['Americas in 4Q21, 67% printed 68%', 'Americas\t<u>67%</u>', 'Americas\t<u>68%</u>', '2021-q4', 'rounding'],
  ])('a share altered in one column of three is judged there, the two others bearing the reading out (%s)', (_, from, to, column, verdict) => {
    const checks = shares([[from, to]]).filter((c) => c.id.startsWith('footing/americas-2/'));
    expect(checks.filter((c) => c.verdict !== 'exact').map((c) => `${c.id} ${c.verdict}`)).toEqual([`footing/americas-2/total/${column}/shares ${verdict}`]);
  });

  test('altered in one column of two, nothing bears the reading out in two others: unverifiable, not accused (2021, Asia 13% printed 18%)', () => {
    const checks = shares([['Asia\t13%\t14%', 'Asia\t18%\t14%']]).filter((c) => c.id.startsWith('footing/americas/'));
    expect(checks.map((c) => c.verdict)).toEqual(['unverifiable', 'exact']);
    expect(checks[0].explanation).toContain('Not verifiable: the lines do not add up to it in other columns either, or too few columns print them');
  });
});

// PC Connection's product mix (excerpt cnxn-2020-q1-product-mix, from ../shared/unseen-edgar-s14): two columns of
// shares alone, "2020 % of Net Sales" and "2019", closed by "Total Net Sales 100%", no amounts beside them.
describe('a column of shares with no amounts beside it, closed by 100%, adds up to it', () => {
  const shares = (edits: [string, string][] = []) => excerpt('cnxn-2020-q1-product-mix', edits).checks.filter((c) => c.id.endsWith('/shares'));

  test('the eight lines add up to the 100% of "Total Net Sales" in each year', () => {
    expect(shares().map((c) => `${c.id} ${c.verdict}`)).toEqual([
      'footing/connection-cnxn-reports-first-quarter-2020/total-net-sales/2020-q1.percent-of-total/shares exact',
      'footing/connection-cnxn-reports-first-quarter-2020/total-net-sales/2019-q1.percent-of-total/shares exact',
    ]);
  });

  test('a share altered in one of two columns is not borne out by two others: unverifiable, not accused (Desktops 2020, 11% printed 17%)', () => {
    expect(shares([['Desktops\t11\t12', 'Desktops\t17\t12']]).map((c) => c.verdict)).toEqual(['unverifiable', 'exact']);
  });
});
