// A release that says how it computes earnings per share, from another numerator than the line net income ÷ shares
// divides, does not establish that definition. Amcor's fiscal 2023 (unseen set s27, test/fixtures/corpus-review/unseen/
// s27.md; excerpt amcr-fy2023-q4-eps): "(1) Calculation of diluted EPS for the twelve months ended June 30, 2023
// excludes net income attributable to shares to be repurchased under forward contracts of $7 million, and $3 million for
// the twelve months ended June 30, 2022": basic 0.709 is (1,048 − 7) ÷ 1,468, not 1,048 ÷ 1,468 = 0.714, which was a
// false mismatch in both years.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const AMCR = 'amcr-fy2023-q4-eps';
const NOTE = /^\(1\) Calculation of diluted EPS.*$/m;

describe('a note on the numerator of earnings per share', () => {
  test.each([
    // [case, edits, check, verdict, words of its explanation]
    ['as printed: not judged, citing the note', [], 'definition/eps-basic/2023-fy', 'unverifiable', 'The release says how it computes earnings per share'],
    ['as printed, the year before', [], 'definition/eps-basic/2022-fy', 'unverifiable', 'excludes net income attributable to shares to be repurchased'],
    ['a quarter where the line gives it still holds', [], 'definition/eps-basic/2023-q4', 'rounding', 'net income divided by the weighted average basic shares'],
  ] as const)('%s', (_, edits, check, verdict, words) => {
    const c = excerpt(AMCR, edits as unknown as [string, string][]).check(check);
    expect(c.verdict).toBe(verdict);
    expect(c.explanation).toContain(words);
  });

  test('as printed, no mismatch', () => {
    expect(excerpt(AMCR).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  // Without the note, nothing says the numerator differs: the year's figure is a mismatch (the test can fail).
  test('without the note, the definition is judged', () => {
    const text = excerpt(AMCR).release.text;
    expect(text).toMatch(NOTE);
    const without = excerpt(AMCR, [[text.match(NOTE)![0], '']]);
    expect(without.check('definition/eps-basic/2023-fy').verdict).toBe('mismatch');
  });
});
