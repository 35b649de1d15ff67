// A line of the chain stated "net of tax" names no tax: Amazon's 2021 statement of operations (../shared/series/amzn/
// amzn-2021-q4.txt, excerpt amzn-2021-q4-operations) reaches net income 7,222 = 7,765 + (566) + 23, its "Equity-method
// investment activity, net of tax" 23 added, not taken away as a tax would be (7,176).
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const NET_INCOME = 'footing/statements-of-operations/net-income';

describe('a chain line "…, net of tax" is read by its other words, not as a tax', () => {
  test.each([
    // [column, printed, computed]
    ['2020-q4', '<u>$ 7,222</u>', '7222'],
    ['2021-q4', '<u>$ 14,323</u>', '14323'],
    ['2020-fy', '<u>$ 21,331</u>', '21331'],
    ['2021-fy', '<u>$ 33,364</u>', '33364'],
  ])('Amazon net income, %s: printed %s, computed %s', (column, printed, computed) => {
    const c = excerpt('amzn-2021-q4-operations').check(`${NET_INCOME}/${column}`);
    expect([c.reported.text, c.computed, c.verdict]).toEqual([printed, computed, 'exact']);
    expect(c.formula).toContain('+ Equity-method investment activity, net of tax');
  });

  test.each([
    // [as printed, as altered, column]
    ['Net income\t<u>$ 7,222</u>', 'Net income\t<u>$ 7,262</u>', '2020-q4'],
    ['Equity-method investment activity, net of tax\t23\t1\t16\t4', 'Equity-method investment activity, net of tax\t23\t1\t16\t44', '2021-fy'],
  ])('%j altered to %j is a mismatch in %s', (from, to, column) => {
    const checks = excerpt('amzn-2021-q4-operations', [[from, to]]).checks.filter((c) => c.id.startsWith(NET_INCOME));
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([`${NET_INCOME}/${column}`]);
  });
});
