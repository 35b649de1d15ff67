// Shares rounded so that the column adds to 100%, with a line printed as a dash, read on the unseen set s12
// (../shared/unseen-edgar-s12, review test/fixtures/corpus-review/unseen/edgar-s12.md, class D): Timberland Bancorp's
// loan and deposit tables, 1Q FY2020 (excerpt tsbk-fy2020-q2-shares), print each line's share of the total, put the
// rounding into one line so that each column adds to 100% ("NOW checking 302,540 | 29", 28.23%; "Money market 134,131 |
// 13", 12.37%) and the subtotal's share as the sum of its lines' ("Total mortgage loans 891,052 | 89", 88.39%). A line
// below half a point prints "--": as printed it is nought, and the column then foots as printed, so each share may be
// off by one unit of its last digit (three false mismatches before). Beyond that a share is still a mismatch.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const TSBK = 'tsbk-fy2020-q2-shares';
const MORTGAGE = 'definition/loan-portfolio/total-mortgage-loans/2019-12-31.percent';
const NOW = 'definition/deposit-breakdown/now-checking/2019-03-31.percent';
const MONEY_MARKET = 'definition/deposit-breakdown/money-market/2019-12-31.percent';

describe('Timberland\'s shares of loans and deposits, rounded so that each column adds to 100%', () => {
  test.each([MORTGAGE, NOW, MONEY_MARKET])('%s: within one unit, read as rounded to foot', (id) => {
    expect(excerpt(TSBK).check(id).verdict).toBe('rounding');
  });

  test.each([
    ['    Total mortgage loans\t<u>891,292</u>\t<u>89</u>\t<u>891,052</u>\t<u>89</u>', '    Total mortgage loans\t<u>891,292</u>\t<u>89</u>\t<u>891,052</u>\t<u>90</u>', MORTGAGE],
    ['NOW checking\t308,165\t27\t303,493\t28\t302,540\t29', 'NOW checking\t308,165\t27\t303,493\t28\t302,540\t31', NOW],
    ['NOW checking\t308,165\t27\t303,493\t28\t302,540\t29', 'NOW checking\t308,165\t27\t303,493\t28\t322,540\t29', NOW],
  ] as const)('%s printed %s makes %s a mismatch', (from, to, id) => {
    expect(excerpt(TSBK, [[from, to]]).check(id).verdict).toBe('mismatch');
  });
});
