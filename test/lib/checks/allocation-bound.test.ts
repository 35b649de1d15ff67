// Earnings per share where the release allocates earnings otherwise (noncontrolling interests, participating or
// preferred securities) than the line it divides has taken: net income ÷ shares is no definition there, but an allocation only lowers the figure, and
// diluted is never above basic, so a figure above net income ÷ the basic shares is a mismatch
// (src/lib/checks/allocation-bound.ts), unless a redeemable noncontrolling interest's remeasurement may add to it.
// Excerpts: Adaptive's statement of operations, 4Q24 (adpt-2024-q4-operations, a noncontrolling interest's loss added
// back; the base definition, ./definition.ts), Generac's 4Q24 (gnrc-2024-q4-eps) and Pericom's, Q4 FY2005
// (psem-fy2005-q4, "Minority income in consolidated subsidiary"; the table's own per-share rows, ./per-share-rows.ts).
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const verdictOf = (id: string, edits: [string, string][], check: (c: string) => boolean) => {
  const found = excerpt(id, edits).checks.filter((c) => check(c.id));
  expect(found).toHaveLength(1);
  return found[0];
};

describe('earnings per share above what an allocation leaves', () => {
  const ADPT = 'adpt-2024-q4-operations';
  const adpt = (c: string) => c === 'definition/eps-basic-and-diluted/2024-q4';
  // Its noncontrolling interest made redeemable: its distributions or remeasurement to its redemption value come out
  // of, or add back to, the earnings attributable to Adaptive, so the line attributable to the company no longer settles
  // the allocation, and no bound holds either way (Generac, below).
  const REDEEMABLE: [string, string] = ['Add: Net loss attributable to noncontrolling interest', 'Add: Net loss attributable to redeemable noncontrolling interest'];
  test.each([
    ['as printed: −0.23 on −33,692 ÷ 147,677,685', '147,677,685', '147,677,685', 'rounding'],
    ['shares altered to 117,677,685: −0.286, the printed −0.23 above it, which a remeasurement may explain', '147,677,685', '117,677,685', 'unverifiable'],
    ['shares altered to 177,677,685: −0.190, the printed −0.23 below it, which an allocation may explain', '147,677,685', '177,677,685', 'unverifiable'],
  ])('Adaptive, its interest redeemable, %s: %s', (_, from, to, verdict) => {
    const c = verdictOf(ADPT, [REDEEMABLE, [from, to]], adpt);
    expect(c.verdict).toBe(verdict);
    if (verdict === 'unverifiable') expect(c.explanation).toContain('the definition is not established here');
  });

  // Generac's 4Q24 (gnrc-2024-q4-eps: its balance sheet's "Redeemable noncontrolling interest - 6,549", redeemed during
  // 2024, and its statement of comprehensive income) prints earnings per share of "Net income attributable to common
  // shareholders", a line it does not print: $2.18 basic over 117,226 ÷ 59,122,093 = 1.98, the interest settled below
  // its carrying value adding to the common shareholders' earnings. Without the redeemable interest, the line
  // attributable to the company settles the allocation (./earnings-allocations.ts): every basic figure is judged,
  // 2023's below net income ÷ the basic shares (3.31 on 3.50) as well as 2024's above it.
  const GNRC = 'gnrc-2024-q4-eps';
  const eps = (id: string) => /^definition\/eps-(basic|diluted)\//.test(id);
  const gnrc = (edits: [string, string][]) =>
    Object.fromEntries(excerpt(GNRC, edits).checks.filter((c) => eps(c.id)).map((c) => [c.id, c.verdict]));
  test('Generac as printed, a redeemable interest: every period unverifiable, none bounded', () => {
    const v = gnrc([]);
    expect(Object.keys(v)).toHaveLength(8);
    expect(Object.values(v).every((x) => x === 'unverifiable')).toBe(true);
  });
  test('Generac without its redeemable interest: the figures the bound and the settled numerator judge are mismatches', () => {
    const v = gnrc([['Redeemable noncontrolling interest\t-\t6,549\n', '']]);
    expect(Object.keys(v).filter((k) => v[k] === 'mismatch').sort()).toEqual([
      'definition/eps-basic/2023-fy',
      'definition/eps-basic/2023-q4',
      'definition/eps-basic/2024-fy',
      'definition/eps-basic/2024-q4',
      'definition/eps-diluted/2024-fy',
      'definition/eps-diluted/2024-q4',
    ]);
  });

  // As printed, the noncontrolling interest's share is taken by the line the figure divides, "Net loss attributable to
  // Adaptive Biotechnologies Corporation" (./earnings-allocations.ts): the definition is certain, either way.
  test.each([
    ['117,677,685: −0.286, the printed −0.23 above it', '117,677,685'],
    ['177,677,685: −0.190, the printed −0.23 below it', '177,677,685'],
  ])('Adaptive as printed, shares altered to %s: a mismatch, the numerator attributable to the company', (_, to) => {
    const c = verdictOf(ADPT, [['147,677,685', to]], adpt);
    expect(c.verdict).toBe('mismatch');
    expect(c.explanation).not.toContain('the definition is not established here');
  });

  const PSEM = 'psem-fy2005-q4';
  const restated = (basis: string) => (id: string) => id === `definition/statements-of-operations-gaap/${basis}-earnings-loss-per-share/2005-q3.restated`;
  const base = (concept: string) => (id: string) => id === `definition/${concept}/2005-q4`;
  test.each([
    ['restated diluted 0.00 altered to 0.07: above 100 ÷ 26,531 basic shares (0.0038)', 'Diluted earnings (loss) per share\t$ 0.04\t$ 0.00', 'Diluted earnings (loss) per share\t$ 0.04\t$ 0.07', restated('diluted'), 'mismatch'],
    ['restated diluted 0.00 altered to (0.03): below it', 'Diluted earnings (loss) per share\t$ 0.04\t$ 0.00', 'Diluted earnings (loss) per share\t$ 0.04\t$ (0.03)', restated('diluted'), 'unverifiable'],
    ['restated basic 0.00 altered to 0.05', 'Basic earnings (loss) per share\t$ 0.04\t$ 0.00', 'Basic earnings (loss) per share\t$ 0.04\t$ 0.05', restated('basic'), 'mismatch'],
    ['diluted 0.04 altered to 0.14: above 1,173 ÷ 26,371 basic shares (0.044)', 'Diluted earnings (loss) per share\t$ 0.04', 'Diluted earnings (loss) per share\t$ 0.14', base('eps-diluted'), 'mismatch'],
    ['diluted 0.04 altered to 0.01: below 1,173 ÷ 27,076 (0.043)', 'Diluted earnings (loss) per share\t$ 0.04', 'Diluted earnings (loss) per share\t$ 0.01', base('eps-diluted'), 'unverifiable'],
  ] as [string, string, string, (id: string) => boolean, string][])('Pericom, %s', (_, from, to, which, verdict) => {
    expect(verdictOf(PSEM, [[from, to]], which).verdict).toBe(verdict);
  });

  test('a release printing discontinued operations is not bounded so (continuing operations may earn more than the whole)', () => {
    const diluted: [string, string] = ['Diluted earnings (loss) per share\t$ 0.04', 'Diluted earnings (loss) per share\t$ 0.14'];
    expect(verdictOf(PSEM, [diluted], base('eps-diluted')).verdict).toBe('mismatch');
    const c = verdictOf(PSEM, [diluted, ['Recovery (write down) of nonmarketable investment\t', 'Loss from discontinued operations\t']], base('eps-diluted'));
    expect(c.verdict).toBe('unverifiable');
  });
});
