// Readings of the unseen wire set s8 (../shared/unseen-wire-s8; review in
// test/fixtures/corpus-review/unseen/wire-s8.md; excerpts in test/fixtures/checks/corpus/README.md):
// Nordic financial statements bulletins name their columns' months by number ("10–12/2024", "1˗12/2024",
// "10/2023–12/2024"). Read as fiscal years with a qualifier, no figure of theirs was a quarter: HKFoods'
// margins were joined to no revenue (0 checks) and Musti's quarter and its fifteen-month year were both
// "fiscal years". Each case: the reading now made, and a figure altered beyond rounding still a mismatch.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

describe('a change column naming its two periods joined by a dash compares them', () => {
  // Stora Enso's key figures: "Q4/24 | Q4/23 | Change % Q4/24–Q4/23 | Q3/24 | Change % Q4/24–Q3/24 | 2024 | 2023 |
  // Change % 2024–2023". Each change was read as a figure of Q4/24 (or of 2024) qualified by its words, so none
  // was checked (coverage 14.6%).
  test.each([
    ['growth/key-figures/sales/2024-q4-vs-2023-q4', 'rounding'], // 2,322 ÷ 2,174 − 1 = 6.8%
    ['growth/key-figures/sales/2024-q4-vs-2024-q3', 'rounding'], // 2,322 ÷ 2,261 − 1 = 2.7%
    ['growth/key-figures/adjusted-ebit/2024-fy-vs-2023-fy', 'rounding'], // 598 ÷ 342 − 1 = 74.9%, printed 74.8%
  ] as const)('sterv-2024-q4: %s is %s', (check, verdict) => {
    expect(excerpt('sterv-2024-q4').check(check).verdict).toBe(verdict);
  });

  test.each([
    ['Sales\t2,322\t2,174\t6.8%', 'Sales\t2,322\t2,174\t7.8%', 'growth/key-figures/sales/2024-q4-vs-2023-q4'],
    ['\t2.7%\t9,049', '\t3.7%\t9,049', 'growth/key-figures/sales/2024-q4-vs-2024-q3'],
    ['\t598\t342\t74.8%', '\t598\t342\t84.8%', 'growth/key-figures/adjusted-ebit/2024-fy-vs-2023-fy'],
  ] as const)('sterv-2024-q4: %s altered to %s is a mismatch', (from, to, check) => {
    alteredIsMismatch('sterv-2024-q4', from, to, check);
  });
});

describe('columns naming their months by number are read as those months', () => {
  test.each([
    // [excerpt, check, verdict] — the figures as printed
    ['hkfoods-2024-q4', 'definition/key-figures-ebit-continuing-operations/of-net-sales/2024-q4', 'rounding'], // EBIT 6.5 ÷ net sales 266.9 (another table) = 2.4%
    ['hkfoods-2024-q4', 'definition/key-figures-ebit-continuing-operations/of-net-sales/2023-fy', 'rounding'], // 14.3 ÷ 933.0 = 1.5%
    ['hkfoods-2024-q4', 'definition/key-figures-other/of-net-sales/2023-q4', 'rounding'], // profit before taxes −3.9 ÷ 249.7 = −1.6%
    ['musti-2024-q4', 'growth/key-figures/net-sales/2024-q4-vs-2023-q4', 'rounding'], // 122.2 ÷ 115.7 − 1 = 5.6%
    ['musti-2024-q4', 'definition/ebitda-margin/2024-15m-to-12', 'rounding'], // 10/2023–12/2024: 67.2 ÷ 560.6 = 12.0%
    ['musti-2024-q4', 'definition/ebitda-margin/2023-12m-to-09', 'rounding'], // 10/2022–9/2023: 74.6 ÷ 425.7 = 17.5%
    // Reviewed real: 3.1 ÷ 1.8 − 1 = 72.2% (64.9% to 80.0% at the ends of the ratios' rounding), printed 63.7%.
    ['musti-2024-q4', 'growth/key-figures/net-debt-ltm-adjusted-ebitda/2024-q4-vs-2023-q4', 'mismatch'],
  ] as const)('%s: %s is %s', (id, check, verdict) => {
    expect(excerpt(id).check(check).verdict).toBe(verdict);
  });

  test.each([
    // [excerpt, printed, altered, check]
    ['hkfoods-2024-q4', 'EBIT\t6.5\t3.1\t22.4\t14.3\n- % of net sales\t2.4', 'EBIT\t6.5\t3.1\t22.4\t14.3\n- % of net sales\t2.9', 'definition/key-figures-ebit-continuing-operations/of-net-sales/2024-q4'],
    ['hkfoods-2024-q4', '\t-1.6\t', '\t-2.6\t', 'definition/key-figures-other/of-net-sales/2023-q4'],
    ['musti-2024-q4', 'Net sales\t122.2\t115.7\t5.6%', 'Net sales\t122.2\t115.7\t6.6%', 'growth/key-figures/net-sales/2024-q4-vs-2023-q4'],
    ['musti-2024-q4', 'EBITDA margin, %\t13.0%\t16.3%\t\t12.0%', 'EBITDA margin, %\t13.0%\t16.3%\t\t13.0%', 'definition/ebitda-margin/2024-15m-to-12'],
  ] as const)('%s: %s altered to %s is a mismatch', (id, from, to, check) => {
    alteredIsMismatch(id, from, to, check);
  });
});
