// Under a loss, diluted figures are the basic ones (identity.ts, lossChecks), unless the release prints dilution
// itself: Tigo Energy's 2023 column (a Business Wire copy measured unseen, ../shared/unseen-wire-s4/tygo-2024-q4.md)
// prints 43,223,134 diluted shares against 38,048,516 basic and a diluted loss per share of (0.14) against (0.08):
// an instrument's gain taken out of the numerator (2023 prints fair-value gains on warrant and derivative
// liabilities) makes the loss per share larger. Then the rule is not established, and both checks are
// unverifiable, saying why. One figure printed wrong moves only one of the four, so it is still a mismatch.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const loss = (edits: [string, string][] = []) => excerpt('tygo-2024-q4', edits).checks.filter((c) => c.id.endsWith('/basic-under-a-loss'));
const verdicts = (edits: [string, string][] = []) => Object.fromEntries(loss(edits).map((c) => [c.id.replace('/basic-under-a-loss', ''), c.verdict]));

describe('diluted figures above basic in a loss year, printed by the release', () => {
  test('as printed: the quarters and 2024 tie, 2023 (dilution printed) is unverifiable, saying why', () => {
    expect(verdicts()).toEqual({
      'tie/eps-diluted/2024-q4': 'exact',
      'tie/shares-diluted/2024-q4': 'exact',
      'tie/eps-diluted/2023-q4': 'exact',
      'tie/shares-diluted/2023-q4': 'exact',
      'tie/eps-diluted/2024-fy': 'exact',
      'tie/shares-diluted/2024-fy': 'exact',
      'tie/eps-diluted/2023-fy': 'unverifiable',
      'tie/shares-diluted/2023-fy': 'unverifiable',
    });
    const c = loss().find((x) => x.id === 'tie/eps-diluted/2023-fy/basic-under-a-loss')!;
    expect(c.explanation).toContain('43,223,134 diluted shares against 38,048,516 basic');
    expect(c.explanation).toContain('(0.14) against');
    expect(c.difference).toBeNull();
  });

  test.each([
    // [what, the line as printed, altered, the checks that must be mismatches]
    ['2023 diluted shares printed as basic, the loss per share still larger', 'Diluted	60,760,125	58,749,524	60,263,190	43,223,134', 'Diluted	60,760,125	58,749,524	60,263,190	38,048,516', ['tie/eps-diluted/2023-fy']],
    ['2023 diluted loss per share printed smaller than basic, more shares still', 'Diluted	$ (0.44)	$ (0.25)	$ (1.04)	$ (0.14)', 'Diluted	$ (0.44)	$ (0.25)	$ (1.04)	$ (0.06)', ['tie/eps-diluted/2023-fy', 'tie/shares-diluted/2023-fy']],
    ['2024 diluted shares altered upward alone', 'Diluted	60,760,125	58,749,524	60,263,190	43,223,134', 'Diluted	60,760,125	58,749,524	66,263,190	43,223,134', ['tie/shares-diluted/2024-fy']],
    ['the fourth quarter\'s diluted loss per share altered alone', 'Diluted	$ (0.44)	$ (0.25)	$ (1.04)	$ (0.14)', 'Diluted	$ (0.49)	$ (0.25)	$ (1.04)	$ (0.14)', ['tie/eps-diluted/2024-q4']],
  ])('%s: a mismatch', (_what, from, to, ids) => {
    const v = verdicts([[from, to]]);
    expect(Object.keys(v).filter((k) => v[k] === 'mismatch').sort()).toEqual([...ids].sort());
  });
});
