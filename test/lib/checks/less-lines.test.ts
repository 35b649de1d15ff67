// A "Less:" line printed positive in one column and negative in another: Caterpillar's 1Q22
// supplemental consolidating data (../shared/corpus-extra/cat-2022-q1.htm), "Less: Profit (loss)
// attributable to noncontrolling interests | — | — | 1 | (1)", the consolidating adjustments column
// eliminating the Financial Products column's 1. Before, the line was taken as printed, and
// Financial Products' Profit 178 was a mismatch against 179 + 1; taken away in every column it ties.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const ID = 'footing/supplemental-data-for-results-of-operations/profit/2022-q1.supplemental-consolidating-data-financial-products';

describe('a "Less:" line of mixed signs is also read as taken away in every column (Caterpillar, 1Q22)', () => {
  test('Financial Products: 179 less 1 is the 178 printed', () => {
    const c = excerpt('cat-2022-q1').check(ID);
    expect(c.verdict).toBe('exact');
    expect(c.explanation).toContain("'Less: Profit (loss) attributable to noncontrolling interests' taken away in every column");
  });

  test('a figure altered beyond rounding is still a mismatch: Profit 178 printed 198', () => {
    alteredIsMismatch('cat-2022-q1', '<u>$ 178</u>', '<u>$ 198</u>', ID);
  });
});
