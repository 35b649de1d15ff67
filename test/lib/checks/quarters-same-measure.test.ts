// A sum of quarters adds the same line's quarters: Amazon's 2021 release (../shared/series/amzn/amzn-2021-q4.txt, excerpt
// amzn-2021-q4-quarters) prints cost of sales for the year, 272,344, in its statement of operations, and "Cost of sales"
// for each quarter only under "Stock-based Compensation Expense" (90, 145, 126 in 2021): the stock-based compensation in
// cost of sales, another measure of that label. Net income's quarters under "Results of Operations" are the statement's.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const sums = (edits: [string, string][] = []) => excerpt('amzn-2021-q4-quarters', edits).checks.filter((c) => c.id.endsWith('/sum-of-quarters'));

describe('a sum of quarters never adds a line of another heading', () => {
  test('cost of sales for 2021 is not summed from the stock-based compensation in cost of sales', () => {
    expect(sums().filter((c) => c.id.startsWith('tie/cost-of-revenue/'))).toEqual([]);
  });

  test.each([
    // [sum, computed, verdict]
    ['tie/net-income/2021-fy/sum-of-quarters', '33364', 'exact'],
  ])('%s: %s, %s', (id, computed, verdict) => {
    const c = sums().find((x) => x.id === id)!;
    expect([c.computed, c.verdict]).toEqual([computed, verdict]);
  });

  test('a quarter of net income altered (Q2 2021, 7,778 printed 7,878) is a mismatch of the year\'s sum', () => {
    const c = sums([['Net income\t$ 6,331\t$ 7,222\t$ 8,107\t$ 7,778', 'Net income\t$ 6,331\t$ 7,222\t$ 8,107\t$ 7,878']]).find((x) => x.id === 'tie/net-income/2021-fy/sum-of-quarters')!;
    expect([c.computed, c.verdict]).toEqual(['33464', 'mismatch']);
  });
});
