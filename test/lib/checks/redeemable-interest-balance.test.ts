// A redeemable noncontrolling interest held on the balance sheet is an interest the company's earnings are shared
// with, taken by a line attributable to the company; not a distribution or remeasurement taken from the company's own
// earnings (those are flows, printed in the statement of operations). Centene 2Q26 prints "Redeemable noncontrolling
// interests 23" among its balances and divides "Net earnings (loss) attributable to Centene Corporation" by its shares:
// a basic count misprinted (493,819 → 433,819) was "not judged" as if an allocation could explain it. Excerpt of the
// imported release (test/fixtures/checks/corpus/README.md), with no company model.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'cnc-2026-q2-eps';

describe('earnings per share beside a redeemable interest held as a balance', () => {
  test.each(['2026-q2', '2025-q2', '2026-h1', '2025-h1'])('basic and diluted hold on the attributable line in %s', (period) => {
    const l = excerpt(ID);
    for (const basis of ['basic', 'diluted']) {
      const c = l.check(`definition/eps-${basis}/${period}`);
      expect(c.verdict).toBe('rounding');
      expect(c.formula).toMatch(/Net income attributable to the company/);
    }
  });

  test.each([
    // [as printed, as altered, the check accused]
    ['  Basic\t493,819', '  Basic\t433,819', 'definition/eps-basic/2026-q2'],
    ['492,949\t494,896', '492,949\t454,896', 'definition/eps-basic/2025-h1'],
  ])('%j altered to %j is a mismatch', (from, to, id) => {
    expect(excerpt(ID, [[from, to]]).check(id).verdict).toBe('mismatch');
  });

  test('a diluted figure beside a noncontrolling interest is not judged where it fails: the subsidiary\'s own potential shares may dilute the parent\'s share', () => {
    const altered = excerpt(ID, [['  Diluted\t497,637\t493,548\t496,605', '  Diluted\t497,637\t493,548\t456,605']]);
    expect(altered.check('definition/eps-diluted/2026-h1').verdict).toBe('unverifiable');
  });

  test('a remeasurement of the interest printed among the flows still leaves the basic figure unjudged', () => {
    // The statement's line of the interests' loss, renamed as an accretion of the redeemable interest: taken from the
    // company's own earnings, so the numerator may be adjusted.
    const altered = excerpt(ID, [
      ['Loss attributable to noncontrolling interests', 'Accretion of redeemable noncontrolling interests'],
      ['  Basic\t493,819', '  Basic\t433,819'],
    ]);
    expect(altered.check('definition/eps-basic/2026-q2').verdict).toBe('unverifiable');
  });
});
