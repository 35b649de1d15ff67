// Readings of the unseen set s13 (../shared/unseen-edgar-s13, review test/fixtures/corpus-review/unseen/edgar-s13.md;
// excerpts in test/fixtures/checks/corpus/README.md) that made false mismatches in footings:
// - D: "Total adjustments to GAAP net loss … before provision for income taxes" (Cree) totals the adjustments above it:
//   the basis it names after "to" is the measure adjusted, not its own, so the result reconciles from the start, that
//   total and the tax adjustment, not the total and its lines again;
// - E: "Convertible preference shares, 145,000 authorized, issued and outstanding at …" (MDC Partners) is a capital
//   account in thousands of dollars: the shares its label counts are those authorized, printed in the label;
// - F: "ACCOUNTS RECEIVABLE, NET" under "ACCOUNTS RECEIVABLE, GROSS" and the allowance printed positive (Standard Motor
//   Products) is the gross less the allowance, and the current assets then foot;
// - G: every figure of St. Joe's tables but the first row's is underlined: the underline marks no subtotal, and
//   "Other" is a line of its total.
// Each case: the reading now made, and a figure altered beyond rounding still a mismatch.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const CREE = 'cree-fy2020-q3-adjustments';
const CREE_RESULT = 'footing/non-gaap-net-loss-income/non-gaap-net-loss-income-from-continuing-operations-attributable-to-controlling-interest';
const CREE_TOTAL = 'footing/non-gaap-net-loss-income/total-adjustments-to-gaap-net-loss-from-continuing-operations-attributable-to-controlling-interest-before-provision-for-income-taxes';
const MDCA = 'mdca-2020-q1-balance-sheet';
const MDCA_DEFICIT = 'footing/schedule-6-balance-sheets/mdc-partners-inc-shareholders-deficit';
const MDCA_TOTAL = 'footing/schedule-6-balance-sheets/total-shareholders-deficit';
const SMP = 'smp-2020-q1-balance-sheet';
const SMP_NET = 'footing/balance-sheets/accounts-receivable-net';
const SMP_ASSETS = 'footing/balance-sheets/total-assets';
const JOE = 'joe-2020-q1-expenses';
const JOE_TOTAL = 'footing/other-operating-and-corporate-expenses/total-other-operating-and-corporate-expense';

describe('a false mismatch of the s13 set is read right, the figures as printed', () => {
  test.each([
    // [excerpt, check, verdict, words of its explanation]
    [CREE, `${CREE_RESULT}/2020-q3`, 'exact', '−61.6 + 45.4 + 0.7'],
    [CREE, `${CREE_RESULT}/2019-q3`, 'exact', '−22.4 + 44.6 + (−1.7)'],
    [CREE, `${CREE_RESULT}/2020-9m`, 'exact', '−152.2 + 112.1 + 10.5'],
    [CREE, `${CREE_RESULT}/2019-9m`, 'exact', '−23.4 + 94.1 + (−5.9)'],
    [CREE, `${CREE_TOTAL}/2020-q3`, 'exact', 'sums the 12 adjustments'],
    [MDCA, `${MDCA_DEFICIT}/2020-03-31`, 'exact', '152,746 + 99,587'],
    [MDCA, `${MDCA_TOTAL}/2020-03-31`, 'exact', '−212,506 + 39,749'],
    [MDCA, `${MDCA_TOTAL}/2019-12-31`, 'exact', '−219,647 + 40,258'],
    [SMP, `${SMP_NET}/2020-03-31`, 'exact', '171,332 − 5,647'],
    [SMP, `${SMP_NET}/2019-12-31`, 'exact', '140,728 − 5,212'],
    [SMP, `${SMP_ASSETS}/2020-03-31`, 'exact', '584,689 + 88,573'],
    [SMP, `${SMP_ASSETS}/2019-12-31`, 'exact', '549,433 + 89,649'],
    [JOE, `${JOE_TOTAL}/2020-q1`, 'exact', '2.4 + 1.2 + 1.2 + 1.2 + 0.3 + 0.2 + 0.4'],
    [JOE, `${JOE_TOTAL}/2019-q1`, 'exact', '1.8 + 1.1 + 1.2 + 1.1 + 0.2 + 0.3 + 0.3'],
  ] as const)('%s: %s is %s', (id, check, verdict, words) => {
    const c = excerpt(id).check(check);
    expect(c.verdict).toBe(verdict);
    expect(c.explanation).toContain(words);
  });

  test.each([CREE, MDCA, SMP, JOE])('%s: no mismatch', (id) => {
    expect(excerpt(id).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test('an underlined "Other" among underlined lines is no subtotal of the lines above it', () => {
    expect(excerpt(JOE).checks.filter((c) => c.id.startsWith('footing/other-operating-and-corporate-expenses/other/'))).toEqual([]);
  });
});

describe('a figure of the s13 set altered beyond rounding is still a mismatch', () => {
  test.each([
    // The result, a total of adjustments and an adjustment (Cree).
    [CREE, '<u>($15.5)</u>', '<u>($16.5)</u>', `${CREE_RESULT}/2020-q3`],
    [CREE, '<u>45.4</u>', '<u>46.4</u>', `${CREE_TOTAL}/2020-q3`],
    [CREE, 'expense\t11.4', 'expense\t12.4', `${CREE_TOTAL}/2020-q3`],
    // The preference shares' amount and the total (MDC Partners).
    [MDCA, '152,746\t152,746', '152,946\t152,746', `${MDCA_DEFICIT}/2020-03-31`],
    [MDCA, '<u>(172,757)</u>', '<u>(172,957)</u>', `${MDCA_TOTAL}/2020-03-31`],
    // The net, the allowance, and the total (Standard Motor Products).
    [SMP, '<u>165,685</u>', '<u>165,985</u>', `${SMP_NET}/2020-03-31`],
    [SMP, '5,647', '5,947', `${SMP_NET}/2020-03-31`],
    [SMP, '<u>$ 912,730</u>\nLIABILITIES', '<u>$ 913,730</u>\nLIABILITIES', `${SMP_ASSETS}/2019-12-31`],
    // "Other" printed wrong (St. Joe).
    [JOE, 'Other\t<u>0.4</u>\t<u>0.3</u>', 'Other\t<u>0.4</u>\t<u>0.9</u>', `${JOE_TOTAL}/2019-q1`],
  ] as const)('%s: %s printed %s makes %s a mismatch', (id, from, to, check) => {
    alteredIsMismatch(id, from, to, check);
  });
});
