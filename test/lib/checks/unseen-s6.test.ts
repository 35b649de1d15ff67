// Readings of the unseen wire set s6 (../unseen/unseen-wire-s6, excerpts in test/fixtures/checks/corpus/README.md)
// that made false mismatches, each a form of how releases are written:
// - a "Less:" line printing a loss in parentheses, taken away as printed (Advanced Energy's cash flow, GE
//   HealthCare's adjusted net income), with the subtotals it makes;
// - a holder's share of a measure ("Noncontrolling interest in consolidated NOI") is an adjustment, not the measure;
// - a measure printed again under the same label closes its components (Acadia's Same-Property NOI);
// - units counted beside shares ("Weighted-average OP Units outstanding") are no diluted share count;
// - a loss year's diluted count in the statements against a non-GAAP table's larger one (STAAR Surgical);
// - a column whose period its table reads twice is joined to no other table (GE HealthCare's Adjusted EBIT margin);
// - a cost or an outflow that fell, printed as a favourable change (Coveo's cash used in operations).
// Each case: the reading now made, and a figure altered beyond rounding still a mismatch.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

describe('a false mismatch of the s6 set is read right, the figures as printed', () => {
  test.each([
    // [excerpt, check, verdict, words of its explanation]
    ['aeis-2024-q4-cash', 'footing/industries-inc-statement-of-cash-flows/net-cash-from-operating-activities/2024-fy', 'exact', "'Less: loss from discontinued operations, net of income tax' taken away as printed"],
    ['aeis-2024-q4-cash', 'footing/industries-inc-statement-of-cash-flows/net-cash-from-operating-activities/2023-fy', 'exact', "'Income from continuing operations, net of income tax' as a subtotal of the 2 lines above it"],
    ['aeis-2024-q4-cash', 'footing/industries-inc-statement-of-cash-flows/income-from-continuing-operations-net-of-income-tax/2024-fy', 'exact', '54,214 − (−2,092)'],
    ['gehc-2024-q4-adjusted', 'footing/adjusted-net-income/adjusted-net-income/2023-fy', 'exact', 'every "Less" line taken away as printed'],
    ['akr-2024-q4', 'footing/reconciliation-of-operating-income-to-net/core-portfolio-noi/2024-q4', 'exact', '59,267 + (−1,994) + (−17,226) + (−7,083) + 3,027'],
    ['akr-2024-q4', 'footing/reconciliation-of-same-property-noi/noi--same-property-noi/2024-fy', 'exact', "'Same-Property NOI' is printed again as the total of the 2 lines since 'Same-Property NOI', its components"],
    ['staa-2024-q4', 'tie/shares-diluted/2024-fy', 'unverifiable', "its table's basic count in a period of net loss"],
    ['staa-2024-q4', 'tie/shares-diluted/2024-q4', 'exact', 'Printed 49,266'],
    ['cvo-fy2025-q3', 'growth/coveo-reports-third-quarter-fiscal-2025/cash-flows-used-in-operating-activities/2025-q3-vs-2024-q3', 'unverifiable', 'whose fall a release may print as a favourable change'],
  ] as const)('%s: %s is %s', (id, check, verdict, words) => {
    const c = excerpt(id).check(check);
    expect(c.verdict).toBe(verdict);
    expect(c.explanation).toContain(words);
  });

  test.each([
    // A check no longer made: a line read as what it is not.
    ['akr-2024-q4', /^footing\/reconciliation-of-operating-income-to-net\/noncontrolling-interest-in-consolidated-noi\//],
    ['akr-2024-q4', /^tie\/shares-diluted\/.*\/basic-under-a-loss$/],
    ['gehc-2024-q4-adjusted', /^definition\/net-income-attributable-to-ge-healthcare\/adjusted-ebit-margin\//],
  ] as const)('%s: no check %s', (id, pattern) => {
    expect(excerpt(id).checks.filter((c) => pattern.test(c.id)).map((c) => c.id)).toEqual([]);
  });

  test.each(['aeis-2024-q4-cash', 'akr-2024-q4', 'dlta-2024-q4-cash', 'gehc-2024-q4-adjusted', 'staa-2024-q4'])('%s: no mismatch', (id) => {
    expect(excerpt(id).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  // Coveo's nine months' loss per share: (0.08) printed, 7,437 ÷ 99,237,691 = 0.07494 a share, which rounds to
  // (0.07). Reviewed as printed wrong (the half-cent is missed by 0.00006; staged rounding is no sound reading).
  test('cvo-fy2025-q3: the nine months\' loss per share stays a mismatch', () => {
    expect(excerpt('cvo-fy2025-q3').check('definition/eps-basic-and-diluted/2025-9m').verdict).toBe('mismatch');
  });
});

describe('a figure of the s6 set altered beyond rounding is still a mismatch', () => {
  test.each([
    ['aeis-2024-q4-cash', '<u>130,747</u>', '<u>131,747</u>', 'footing/industries-inc-statement-of-cash-flows/net-cash-from-operating-activities/2024-fy'],
    ['aeis-2024-q4-cash', '(2,092)', '(2,992)', 'footing/industries-inc-statement-of-cash-flows/income-from-continuing-operations-net-of-income-tax/2024-fy'],
    ['gehc-2024-q4-adjusted', '<u>$1,797</u>', '<u>$1,807</u>', 'footing/adjusted-net-income/adjusted-net-income/2023-fy'],
    ['akr-2024-q4', '(17,226)', '(17,926)', 'footing/reconciliation-of-operating-income-to-net/core-portfolio-noi/2024-q4'],
    ['akr-2024-q4', '$183,157', '$183,957', 'footing/reconciliation-of-same-property-noi/noi--same-property-noi/2024-fy'],
    ['staa-2024-q4', '<u>49,427</u>', '<u>49,527</u>', 'tie/shares-diluted/2023-fy'],
  ] as const)('%s: %s printed %s makes %s a mismatch', (id, from, to, check) => {
    alteredIsMismatch(id, from, to, check);
  });

  test('cvo-fy2025-q3: a cash outflow whose size the change does not give is still a mismatch', () => {
    const c = excerpt('cvo-fy2025-q3', [['$0.2\t$2.3\t92 %', '$0.2\t$2.3\t82 %']]).check('growth/coveo-reports-third-quarter-fiscal-2025/cash-flows-used-in-operating-activities/2025-q3-vs-2024-q3');
    expect(c.verdict).toBe('mismatch');
  });
});

// Carrier's reconciliation prints a note letter beside each adjustment ("172  a", "(97)  b"): read as each figure's
// note mark (test/lib/import/wire-tables.test.ts), the summary of adjustments foots to its printed totals, and a
// figure printed wrong beyond rounding is a mismatch.
describe('note letters beside the figures are marks, and the figures they mark are checked (Carrier, 4Q24)', () => {
  const total = (period: string) => `footing/global-corporation-reconciliation-of-reported-gaap/total-adjustments/${period}.adjustments`;
  test.each(['2024-q4', '2024-fy'])('carr-2024-q4-adjustments: the summary of adjustments foots to "Total adjustments", %s', (period) => {
    expect(excerpt('carr-2024-q4-adjustments').check(total(period)).verdict).toBe('exact');
  });
  test.each([
    ['Amortization of acquired intangibles\t\t172(a)', 'Amortization of acquired intangibles\t\t182(a)', '2024-q4'],
    ['Debt extinguishment (gain)\t\t--\t\t\t(97)(b)', 'Debt extinguishment (gain)\t\t--\t\t\t(79)(b)', '2024-fy'],
  ] as const)('carr-2024-q4-adjustments: %s printed %s makes the footing of %s a mismatch', (from, to, period) => {
    alteredIsMismatch('carr-2024-q4-adjustments', from, to, total(period));
  });
});
