// A base definition on a line that carries a note mark, judged as a noted ratio is (./margins.ts): the note is where
// the release may define the figure otherwise. Cboe's 4Q24 (unseen set s11, class AB of
// test/fixtures/corpus-review/unseen/edgar-s11.md; excerpt cboe-2024-q4-operating-margin) prints "Adjusted operating
// margin (15)" 61.4% and 60.9% for the years, note (15): "adjusted operating income divided by adjusted revenue less
// cost of revenue" (1,272.6 ÷ 2,071.4 = 61.44%); the base model's operating income over revenue (÷ 4,094.5 = 31.08%)
// was a mismatch in both years. Where the definition holds in the line's other periods, two at least, a period
// where it fails is still a mismatch (Duni's 4Q24 "Operating margin1)", excerpt duni-2024-q4-key-financials).
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const CBOE = 'cboe-2024-q4-operating-margin';
const DUNI = 'duni-2024-q4-key-financials';
const MARGIN = 'Operating margin1)\t';

describe('a base definition on a noted line', () => {
  test.each([
    // [case, excerpt, edits, check, verdict, words of its explanation]
    ['Cboe, as printed: fails in every period, not judged', CBOE, [], 'definition/non-gaap-operating-margin/2024-fy', 'unverifiable', 'The line carries note (15)'],
    ['Cboe, as printed, the other year', CBOE, [], 'definition/non-gaap-operating-margin/2023-fy', 'unverifiable', 'the definition does not hold in its other periods'],
    ['Duni, as printed: holds', DUNI, [], 'definition/operating-margin/2024-q4', 'rounding', 'operating income as a percentage of revenue'],
    ['Duni, one period printed wrong: a mismatch, the three others bearing it out', DUNI, [[`${MARGIN}8.7%`, `${MARGIN}9.7%`]], 'definition/operating-margin/2024-q4', 'mismatch', 'holds on this row in 3 other columns'],
    ['Duni, a year printed wrong', DUNI, [[`${MARGIN}8.7%\t9.7%\t8.0%`, `${MARGIN}8.7%\t9.7%\t8.6%`]], 'definition/operating-margin/2024-fy', 'mismatch', 'holds on this row in 3 other columns'],
    ['Duni, two periods printed wrong: its note may define it otherwise', DUNI, [[`${MARGIN}8.7%\t9.7%`, `${MARGIN}9.7%\t10.7%`]], 'definition/operating-margin/2024-q4', 'unverifiable', 'The line carries note (1)'],
  ] as const)('%s', (_, id, edits, check, verdict, words) => {
    const c = excerpt(id, edits as unknown as [string, string][]).check(check);
    expect(c.verdict).toBe(verdict);
    expect(c.explanation).toContain(words);
  });

  test('Cboe: no mismatch as printed', () => {
    expect(excerpt(CBOE).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });
});
