// What a release allocates earnings to besides its common stock, and which allocations the line an earnings per share
// divides has taken (src/lib/checks/earnings-allocations.ts), on labels of real releases, then on excerpts
// (test/fixtures/checks/corpus/README.md): PS Business Parks' "Net income allocable to common shareholders" after its
// noncontrolling interests, preferred shareholders and restricted stock units (1Q20), Coherent's "Net Earnings
// Available to the Common Shareholders" below "Net Earnings Attributable to Coherent Corp." and its preferred dividends
// (3Q FY2026). Each holds as printed; a figure altered beyond rounding is a mismatch where the line divided has taken
// every allocation the release prints.
import { describe, expect, test } from 'vitest';
import { allocationKind, numeratorLevel, unsettled, type AllocationKind, type NumeratorLevel } from '../../../src/lib/checks/earnings-allocations.ts';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const OTHER = /\b(participating|two[ -]class)\b/i;

describe('allocationKind(label) names what a line allocates earnings to', () => {
  test.each([
    ['Net income attributable to non-controlling interest', 'interests'],
    ['Net Loss Attributable to Noncontrolling Interests', 'interests'],
    ['Minority income in consolidated subsidiary', 'interests'],
    ['Less: accrued distribution on redeemable noncontrolling interest in subsidiary', 'other'],
    ['Redeemable noncontrolling interest in subsidiary', 'other'],
    ['Less: Dividends on Preferred Stock', 'preferred'],
    ['Allocation to preferred shareholders', 'preferred'],
    ['Earnings allocated to participating securities', 'other'],
    ['Net income', null],
  ] as [string, AllocationKind | null][])('%j → %j', (label, kind) => {
    expect(allocationKind(label, OTHER)).toBe(kind);
  });
});

describe('numeratorLevel(concept, label) says which allocations a line of net income has taken', () => {
  test.each([
    ['net-income-allocated', 'Net income allocable to common shareholders', 'allocated'],
    ['non-gaap-net-income-allocated', 'Adjusted net income allocated to common stock', 'allocated'],
    ['net-income-attributable', 'Net income available to common stockholders', 'common'],
    ['net-income-attributable', 'Net (loss) income attributable to the Company', 'attributable'],
    ['net-income', 'Net income', null],
    [null, 'Net income allocable to PS Business Parks, Inc.', null],
  ] as [string | null, string, NumeratorLevel][])('%s %j → %j', (concept, label, level) => {
    expect(numeratorLevel(concept, label)).toBe(level);
  });
});

describe('unsettled(kinds, level, diluted)', () => {
  test.each([
    [['interests'], 'attributable', false, false],
    [['interests'], 'attributable', true, true],
    [['interests', 'preferred'], 'attributable', false, true],
    [['interests', 'preferred'], 'common', false, false],
    [['interests', 'preferred', 'other'], 'common', false, true],
    [['interests', 'preferred', 'other'], 'allocated', true, false],
    [['interests'], null, false, true],
    [[], null, true, false],
  ] as [AllocationKind[], NumeratorLevel, boolean, boolean][])('%j from %j (diluted: %j) → %j', (kinds, level, diluted, left) => {
    expect(unsettled(new Set(kinds), level, diluted)).toBe(left);
  });
});

describe('earnings per share divides the line left to common stock', () => {
  const PSB = 'psb-2020-q1-allocable';
  const COHR = 'cohr-fy2026-q3-available';
  const COHR_EPS = 'definition/table-2-statements-of-earnings/basic-earnings-per-share';
  test.each([
    // [excerpt, check, computed (first digits), the line divided]
    [PSB, 'definition/eps-basic/2020-q1', '1.516', '41,615 ÷ 27,448'],
    [PSB, 'definition/eps-diluted/2019-q1', '0.957', '26,321 ÷ 27,479'],
    [COHR, `${COHR_EPS}/2026-q2`, '0.866', '145.1 ÷ 167.5'],
    [COHR, `${COHR_EPS}/2025-q3`, '-0.109', '−17.0 ÷ 155.2'],
  ] as const)('%s: %s is computed %s… (%s)', (id, check, computed, from) => {
    const c = excerpt(id).check(check);
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(c.computed?.startsWith(computed)).toBe(true);
    expect(c.explanation).toContain(from);
  });

  test('PS Business Parks: basic earnings per share altered from $1.52 to $1.62 is a mismatch', () => {
    alteredIsMismatch(PSB, '  Basic\t$ 1.52', '  Basic\t$ 1.62', 'definition/eps-basic/2020-q1');
  });

  test('Coherent: the basic shares of 2Q FY2026 altered from 167.5 to 165.5 make its basic earnings per share a mismatch', () => {
    alteredIsMismatch(COHR, 'Basic\t190.2\t167.5', 'Basic\t190.2\t165.5', `${COHR_EPS}/2026-q2`);
  });

  // Its Series B preferred converts: diluted earnings add its dividends back (146.7 ÷ 192.8 = 0.761, printed $0.76).
  test('Coherent: diluted earnings per share beside preferred dividends that would be added back is not judged, and says why', () => {
    const c = excerpt(COHR).check('definition/table-2-statements-of-earnings/diluted-earnings-per-share/2026-q2');
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain('the definition is not established here');
  });

  test('PS Business Parks: diluted earnings per share altered beyond rounding beside preferred stock is not judged, and says why', () => {
    const c = excerpt(PSB, [['  Diluted\t$ 1.51', '  Diluted\t$ 1.61']]).check('definition/eps-diluted/2020-q1');
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain('The release prints preferred stock, whose conversion would add its dividends back');
  });
});
