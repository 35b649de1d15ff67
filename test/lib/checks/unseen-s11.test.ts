// Readings of the unseen set s11 (../shared/unseen-edgar-s11, review test/fixtures/corpus-review/unseen/edgar-s11.md;
// excerpts in test/fixtures/checks/corpus/README.md) that made false mismatches in reconciliations:
// - AA: an amount whose label names a rate ("Normalized tax rate(1) (113)", Graham's adjusted net income: the tax at a
//   normalized rate on the pre-tax adjustments) is an adjustment where the reconciliation ties with it;
// - Green Plains (below): unlabelled block totals printing "*" for their change, read as rows.
// - Z: a line naming the result's measure among the adjustments ("RPT same property NOI (3)", Kimco's reconciliation of
//   net income to Same Property NOI), no reading of which as a result ties, is crossed: the result reconciles from the
//   block's start with it as one of the adjustments.
// Each case: the reading now made, and a figure altered beyond rounding still a mismatch.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const GRAHAM = 'footing/adjusted-net-income-and-adjusted-net/adjusted-net-income';
const KIMCO = 'footing/reconciliation-of-net-income-available-to/same-property-noi';
const GREEN_PLAINS = 'footing/segment-operations';

// Green Plains' segment table (gpre-2024-q4, the importer's release text): each block closes with an unlabelled total
// whose "% Var." prints "*" ("* Percentage variances not considered meaningful"). The "*" was no figure, so the line
// was no row: it was read as the header of a table after it, its totals lost and the next block's columns misread.
describe('an unlabelled total printing "*" for its change is read as the total of its block (Green Plains)', () => {
  test.each([
    [`${GREEN_PLAINS}/operating-income-loss--subtotal/2024-q4`, 'exact', '−40,132 + 12,156 + (−12,935)'],
    [`${GREEN_PLAINS}/operating-income-loss--subtotal/2023-q4`, 'exact', '23,200 + 10,488 + (−17,420)'],
    [`${GREEN_PLAINS}/adjusted-ebitda--subtotal/2024-q4`, 'exact', '−18,919 + 0 + 0 + 753'],
    [`${GREEN_PLAINS}/adjusted-ebitda--subtotal/2023-fy`, 'exact', '54,031 + (−3,440) + (−5,265) + 180'],
    ['growth/segment-operations/operating-income-loss--subtotal/2024-q4-vs-2023-q4', 'unverifiable', 'Printed n/m, and rightly'],
    ['growth/segment-operations/adjusted-ebitda--subtotal/2024-fy-vs-2023-fy', 'rounding', '(18,715 ÷ 45,506 − 1) × 100'],
  ] as const)('%s is %s', (check, verdict, words) => {
    const c = excerpt('gpre-2024-q4-segments').check(check);
    expect(c.verdict).toBe(verdict);
    expect(c.explanation).toContain(words);
  });

  test('no figure of the table is left unread, and no mismatch', () => {
    const l = excerpt('gpre-2024-q4-segments');
    expect(l.release.errors).toEqual([]);
    expect(l.checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // The unlabelled total printed wrong, and a line of its block printed wrong.
    ['\t<u>$(40,911)</u>', '\t<u>$(40,991)</u>', `${GREEN_PLAINS}/operating-income-loss--subtotal/2024-q4`],
    ['  Corporate activities (4)\t(11,169)', '  Corporate activities (4)\t(11,469)', `${GREEN_PLAINS}/ebitda/2024-q4`],
    ['\t<u>$(18,166)</u>', '\t<u>$(18,196)</u>', `${GREEN_PLAINS}/adjusted-ebitda--subtotal/2024-q4`],
  ] as const)('%s printed %s makes %s a mismatch', (from, to, check) => {
    alteredIsMismatch('gpre-2024-q4-segments', from, to, check);
  });
});

describe('a false mismatch of the s11 set is read right, the figures as printed', () => {
  test.each([
    // [excerpt, check, verdict, words of its explanation]
    ['ghm-fy2025-q3-adjusted', `${GRAHAM}/2025-q3`, 'exact', "'Normalized tax rate' as an adjustment, an amount though its label names a rate"],
    ['ghm-fy2025-q3-adjusted', `${GRAHAM}/2024-q3`, 'exact', '165 + 274 + 596 + 744 + 56 + (−384)'],
    ['ghm-fy2025-q3-adjusted', `${GRAHAM}/2025-9m`, 'exact', '(−337)'],
    ['ghm-fy2025-q3-adjusted', `${GRAHAM}/2024-9m`, 'exact', '(−589)'],
    ['kim-2024-q4-same-property', `${KIMCO}/2024-q4`, 'exact', "'RPT same property NOI' as one of the adjustments from 'Net income available to the company's common shareholders'"],
    ['kim-2024-q4-same-property', `${KIMCO}/2023-q4`, 'exact', '133,360'],
    ['kim-2024-q4-same-property', `${KIMCO}/2024-fy`, 'exact', '375,718'],
    ['kim-2024-q4-same-property', `${KIMCO}/2023-fy`, 'exact', '629,252'],
  ] as const)('%s: %s is %s', (id, check, verdict, words) => {
    const c = excerpt(id).check(check);
    expect(c.verdict).toBe(verdict);
    expect(c.explanation).toContain(words);
  });

  test.each(['ghm-fy2025-q3-adjusted', 'kim-2024-q4-same-property'])('%s: no mismatch', (id) => {
    expect(excerpt(id).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });
});

describe('a figure of the s11 set altered beyond rounding is still a mismatch', () => {
  test.each([
    // The total printed wrong, and an adjustment (the rate-named one, the crossed line) printed wrong.
    ['ghm-fy2025-q3-adjusted', '<u>$ 1,966</u>', '<u>$ 1,996</u>', `${GRAHAM}/2025-q3`],
    ['ghm-fy2025-q3-adjusted', '(113)\t(384)', '(113)\t(394)', `${GRAHAM}/2024-q3`],
    ['kim-2024-q4-same-property', '$ 389,659', '$ 389,859', `${KIMCO}/2024-q4`],
    ['kim-2024-q4-same-property', '40,062', '40,162', `${KIMCO}/2023-q4`],
  ] as const)('%s: %s printed %s makes %s a mismatch', (id, from, to, check) => {
    alteredIsMismatch(id, from, to, check);
  });
});
