// An unlabelled row under a single line is no sum of it (src/lib/checks/structure.ts, the bare total's certainty).
// CAC 2000's cash flow as a PDF converter wrote it (unseen set s16, class B; excerpt cac-2022-q2-cash-flow) prints under
// "NET DECREASE IN CASH AND CASH EQUIV." one line, "Effects of exchange rate changes" (8,902,673), then an unlabelled row
// 4,022,960 that is another measure (the effect of exchange itself: (8,902,673) + 4,022,960 = (4,879,713), the row
// after). Read as that one line's subtotal it was a mismatch in every column; now unverifiable, saying no reading fits.
// The row after it, the sum of the three activities and that row, holds in April 2022 and 2021 and fails in the year to
// October 2021 (116,368,689 - 9,545,125 - 95,647,836 - 369,125 = 10,806,603 against (1,681,133)): as printed, real.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const CAC = 'cac-2022-q2-cash-flow';

describe('an unlabelled row under one line', () => {
  test.each([
    ['footing/cash-flows-from-operating-activities/net-decrease-in-cash-and-cash--subtotal/2022-04-30', 'unverifiable'],
    ['footing/cash-flows-from-operating-activities/net-decrease-in-cash-and-cash--subtotal/2021-04-30', 'unverifiable'],
    ['footing/cash-flows-from-operating-activities/subtotal/2022-04-30', 'exact'],
    ['footing/cash-flows-from-operating-activities/subtotal/2021-04-30', 'exact'],
    ['footing/cash-flows-from-operating-activities/subtotal/2021-10-31', 'mismatch'],
  ] as const)('%s is %s', (id, verdict) => {
    expect(excerpt(CAC).check(id).verdict).toBe(verdict);
  });
});
