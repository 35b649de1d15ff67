// A "Less:" line naming a loss, printed positive, in a chain that prints losses in parentheses:
// Anywhere Real Estate's 2023 statements of operations by quarter (unseen wire set s10,
// ../shared/unseen-wire-s10/hous-2024-q4.md:1416-1425), "Net (loss) income (108)", "Less: Net loss
// attributable to noncontrolling interests 1", "Net (loss) income attributable to Anywhere (107)". A
// loss taken away is added back: −108 − (−1) = −107. Before, the 1 was taken away as a "Less" line
// printed positive is, −109 against −107, and Q4 2023 and FY 2023 were false mismatches.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'footing/2023-statements-of-operations/net-loss-income-attributable-to-anywhere';

describe('a "Less:" line naming a loss is also read as added back (Anywhere, 4Q24)', () => {
  // [column, printed, verdict]
  const cases: [string, string, string][] = [
    ['2023-q4', '(107)', 'exact'],
    ['2023-fy', '(97)', 'exact'],
    ['2023-q3', '129', 'exact'],
  ];
  test.each(cases)('%s: %s is %s', (period, _, verdict) => {
    const c = excerpt('hous-2024-q4-noncontrolling').check(`${ID}/${period}`);
    expect(c.verdict).toBe(verdict);
  });

  test('a figure altered beyond rounding is still a mismatch: (107) printed (117)', () => {
    const c = excerpt('hous-2024-q4-noncontrolling', [['<u>$ (107)</u>', '<u>$ (117)</u>']]).check(`${ID}/2023-q4`);
    expect(c.verdict).toBe('mismatch');
  });

  test('a figure altered by the line\'s own amount is still a mismatch in the row: (107) printed (109), the loss taken away', () => {
    // Taken away, Q4 ties and FY does not; added back, FY ties and Q4 does not: the line reads one way in every column.
    const l = excerpt('hous-2024-q4-noncontrolling', [['<u>$ (107)</u>', '<u>$ (109)</u>']]);
    expect(['2023-q4', '2023-fy'].map((p) => l.check(`${ID}/${p}`).verdict)).toContain('mismatch');
  });
});
