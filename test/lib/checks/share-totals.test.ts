// A run of percentage lines closed by a total printed as 100%: the figure says the lines are shares of one whole, so
// they add up to it, each rounded (src/lib/checks/distributions.ts), on Goldman Sachs' geographic net revenues (excerpt
// gs-2021-q4-geographic): "Americas 63%", "EMEA 24%", "Asia 13%", "Total 100%", under the same lines in dollars.
import { describe, expect, test } from 'vitest';
import { excerpt, importedText } from './no-model.ts';

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

  // The 100 printed states the whole; the other column, where the lines add up to it, rules out a subtotal among them.
  test('altered in one column of two, the other bearing the reading out: a mismatch there (2021, Asia 13% printed 18%)', () => {
    const checks = shares([['Asia\t13%\t14%', 'Asia\t18%\t14%']]).filter((c) => c.id.startsWith('footing/americas/'));
    expect(checks.map((c) => c.verdict)).toEqual(['mismatch', 'exact']);
    expect(checks[0].explanation).toContain('The same relation holds on this row in another column, so this column is a mismatch.');
  });

  test('altered in both columns of two, nothing bears the reading out: unverifiable, not accused (Asia 13% and 14% printed 18% and 19%)', () => {
    const checks = shares([['Asia\t13%\t14%', 'Asia\t18%\t19%']]).filter((c) => c.id.startsWith('footing/americas/'));
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
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

  test('a share altered in one of two columns, the other adding up to its 100%, is a mismatch there (Desktops 2020, 11% printed 17%)', () => {
    expect(shares([['Desktops\t11\t12', 'Desktops\t17\t12']]).map((c) => c.verdict)).toEqual(['mismatch', 'exact']);
  });
});

// Mixes beside other measures of the same lines, and mixes closed by a line of no name (excerpts in
// test/fixtures/import/text, sources in its README): Best Buy's revenue category summary, "Revenue Mix" beside
// "Comparable Sales" for each category, "Total 100 % | 100 % | (9.6)% | (2.1)%" (4Q FY23, unseen set s29); Ulta's
// "approximate percentage of net sales by primary category", the categories closed by "100% 100%" on a line of no name
// (4Q FY22, unseen set s30).
describe('shares closed by 100% only in some columns, or by a line of no name', () => {
  const mix = (file: string, edits: [string, string][] = []) =>
    [...importedText(file, '2022-q4', edits, '2023-03-02').values()].filter((c) => c.id.endsWith('/shares')).map((c) => `${c.id} ${c.verdict}`);

  test('a total printing 100% in its mix columns and a change in the others foots in the mix columns only', () => {
    // Under a stand-in fiscal year to December, a quarter to January is "3 months to 01". "Other -% | -% | N/A | N/A"
    // is a line of shares: a figure not given prints no unit.
    expect(mix('bby-fy2023-q4-revenue-mix.txt')).toEqual([
      'footing/best-buy-co-inc-revenue-category/total/2023-3m-to-01.percent-of-total/shares exact',
      'footing/best-buy-co-inc-revenue-category/total/2022-3m-to-01.percent-of-total/shares exact',
      'footing/international-segment/total/2023-3m-to-01.percent-of-total/shares exact',
      'footing/international-segment/total/2022-3m-to-01.percent-of-total/shares exact',
    ]);
  });

  test('a line of no name printing 100% in every column closes the categories above it', () => {
    expect(mix('ulta-fy2022-q4-category-mix.txt')).toEqual([
      'footing/cosmetics/subtotal/2023-3m-to-01/shares exact',
      'footing/cosmetics/subtotal/2022-3m-to-01/shares exact',
      'footing/cosmetics-2/subtotal/2023-12m-to-01/shares exact',
      'footing/cosmetics-2/subtotal/2022-12m-to-01/shares exact',
    ]);
  });

  test.each([
    // Two columns: the other, adding up to its printed 100%, bears a failing one out (as PC Connection's mix above).
    ['Best Buy, Appliances 12% printed 22%', 'bby-fy2023-q4-revenue-mix.txt', 'Appliances                                     12 %', 'Appliances                                     22 %', 'mismatch'],
    ['Ulta, Skincare 16% printed 26%', 'ulta-fy2022-q4-category-mix.txt', '16%         15%', '26%         15%', 'mismatch'],
  ])('a share altered in one of two columns is a mismatch there (%s)', (_, file, from, to, verdict) => {
    expect(mix(file, [[from, to]]).filter((c) => !c.endsWith('exact')).map((c) => c.split(' ')[1])).toEqual([verdict]);
  });

  test('a line of no name printing 100% in one column only closes nothing (the 13 weeks\' 100% of 2022 printed 99%)', () => {
    expect(mix('ulta-fy2022-q4-category-mix.txt', [['100%        100%', '100%         99%']]).filter((c) => c.includes('/cosmetics/'))).toEqual([]);
  });
});

// Salesforce's statement of operations as a percentage of total revenues, 1Q FY24
// (test/fixtures/import/text/crm-fy2024-q1-common-size.txt, pdftotext): every line a share of total revenues, which
// prints 100 in both quarters; its section totals add up as the amounts' do, each share rounded.
describe('a statement in percentages of one of its lines foots as its amounts do (Salesforce, 1Q FY24)', () => {
  const totals = (edits: [string, string][] = []) =>
    [...importedText('crm-fy2024-q1-common-size.txt', '2024-q1', edits, '2023-05-31').values()]
      .filter((c) => c.kind === 'footing' && c.id.includes('statements-of-operations-as'))
      .map((c) => `${c.id.split('/').slice(2).join('/')} ${c.verdict}`);

  test('revenues, cost of revenues and operating expenses each add up to their total, in both quarters', () => {
    // Under a stand-in fiscal year to December, a quarter to April is "3 months to 04".
    expect(totals()).toEqual([
      'total-revenues/2023-3m-to-04/shares exact', 'total-revenues/2022-3m-to-04/shares exact',
      'total-cost-of-revenues/2023-3m-to-04 exact', 'total-cost-of-revenues/2022-3m-to-04 exact',
      'total-operating-expenses/2023-3m-to-04 exact', 'total-operating-expenses/2022-3m-to-04 exact',
    ]);
  });

  test('a share altered beyond rounding is a mismatch of its section\'s total (marketing and sales in 1Q FY24, 38 printed 48)', () => {
    const from = 'Marketing and sales                                                                     38';
    expect(totals([[from, from.replace('38', '48')]]).filter((c) => !c.endsWith('exact'))).toEqual(['total-operating-expenses/2023-3m-to-04 mismatch']);
  });
});
