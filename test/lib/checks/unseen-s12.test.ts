// Readings of the unseen set s12 (../shared/unseen-edgar-s12, review test/fixtures/corpus-review/unseen/edgar-s12.md;
// excerpts in test/fixtures/checks/corpus/README.md) that made false mismatches:
// - C: a reconciliation's subtotal footed from its own rounded lines (Valaris's "Operating loss" (3,051.7) =
//   (3,007.7) − 152.0 + 113.2 − 5.2) tied against the statement's (3,051.8): the tie allows those lines' rounding;
// - E: a payment whose label names restricted stock units as what it is paid on (Ultra Clean's "Employees' taxes paid
//   upon vesting of restricted stock units" (850)) is money, not a count, and the financing total foots with it.
// Each case: the reading now made, and a figure altered beyond rounding still a mismatch.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const FINANCING = 'footing/statements-of-cash-flows/net-cash-provided-by-used-for-financing-activities';

describe('a false mismatch of the s12 set is read right, the figures as printed', () => {
  test.each([
    // [excerpt, check, verdict, words of its explanation]
    ['val-2020-q1-operating-loss', 'tie/operating-income/2020-q1', 'rounding', 'is the sum of 4 lines of its table as printed, each rounded: it may differ from the figure by up to 0.2'],
    ['val-2020-q1-operating-loss', 'tie/operating-income/2019-q4', 'exact', 'agree exactly'],
    ['uctt-2020-q1-cash-flows', `${FINANCING}/2019-q1`, 'exact', '6,587 + (−8,863) + (−850)'],
    ['uctt-2020-q1-cash-flows', `${FINANCING}/2020-q1`, 'exact', '51,505 + (−14,477) + 0'],
  ] as const)('%s: %s is %s', (id, check, verdict, words) => {
    const c = excerpt(id).check(check);
    expect(c.verdict).toBe(verdict);
    expect(c.explanation).toContain(words);
  });

  test('uctt-2020-q1-cash-flows: the payment on restricted stock units is in thousands of dollars', () => {
    const facts = excerpt('uctt-2020-q1-cash-flows').release.facts.filter((f) => f.label.startsWith('Employees'));
    expect(facts.map((f) => [f.raw, f.unit, f.scale])).toEqual([['—', 'USD', 3], ['(850)', 'USD', 3]]);
  });

  test.each(['val-2020-q1-operating-loss', 'uctt-2020-q1-cash-flows'])('%s: no mismatch', (id) => {
    expect(excerpt(id).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });
});

describe('a figure of the s12 set altered beyond rounding is still a mismatch', () => {
  test.each([
    // The statement's figure, and the reconciliation's subtotal (its footing then fails, so it is no sum of its lines).
    ['val-2020-q1-operating-loss', 'OPERATING LOSS\t<u>(3,051.8)</u>', 'OPERATING LOSS\t<u>(3,052.3)</u>', 'tie/operating-income/2020-q1'],
    ['val-2020-q1-operating-loss', 'Operating loss\t<u>(3,051.7)</u>', 'Operating loss\t<u>(3,052.2)</u>', 'tie/operating-income/2020-q1'],
    // Just beyond the bound: (3,051.3) is 0.4 off (3,051.7), more than the two figures' rounding (0.05 each) and the
    // four lines' (0.2) allow; the statement's own footing then fails too.
    ['val-2020-q1-operating-loss', 'OPERATING LOSS\t<u>(3,051.8)</u>', 'OPERATING LOSS\t<u>(3,051.3)</u>', 'tie/operating-income/2020-q1'],
    // The payment, and the total over it.
    ['uctt-2020-q1-cash-flows', 'restricted stock units\t—\t(850)', 'restricted stock units\t—\t(950)', `${FINANCING}/2019-q1`],
    ['uctt-2020-q1-cash-flows', '<u>(3,126)</u>', '<u>(3,226)</u>', `${FINANCING}/2019-q1`],
  ] as const)('%s: %s printed %s makes %s a mismatch', (id, from, to, check) => {
    alteredIsMismatch(id, from, to, check);
  });
});
