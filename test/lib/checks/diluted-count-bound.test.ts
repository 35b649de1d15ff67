// Dilution only adds shares (src/lib/checks/diluted-count-bound.ts): the diluted count of shares is never below the
// basic one, and diluted earnings per share never above basic. A basic count planted a little above the diluted one
// moves earnings per share by less than a printed cent, so no division shows it, but the two counts cannot both be
// right; nor can earnings per share printed in a table with no count beside them, diluted above basic. Excerpts: Ark Restaurants' statement of income, Q1 FY2025
// (arkr-fy2025-q1, "WEIGHTED AVERAGE NUMBER OF COMMON SHARES OUTSTANDING:" over "Basic" and "Diluted"), Coherent's,
// 3Q FY2026 (cohr-fy2026-q3-available, "Average Shares Outstanding - Basic" and "- Diluted", millions), Ubiquiti's,
// 2Q FY2025 (ui-fy2025-q2-operations) and Asta Funding's, FY2005 (asfi-fy2005-q4, counts printed in full); for
// earnings per share Brookfield Asset Management's statement of operating results, FY2024 (bam-2024-fy-operating,
// "Net income per share of common stock" over "Diluted" and "Basic", no count), Warrior Met Coal's, 1Q20
// (hcc-2020-q1-shares, "Net income per share—basic" and "—diluted", then its adjusted figures) and HanesBrands',
// 4Q24 (hbi-2024-q4-operations, a loss from discontinued operations).
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const bounds = (id: string, edits: [string, string][]) => excerpt(id, edits).checks.filter((c) => c.id.endsWith('/at-least-basic'));
const perShare = (id: string, edits: [string, string][]) => excerpt(id, edits).checks.filter((c) => c.id.endsWith('/at-most-basic'));

describe('a diluted count below its basic count', () => {
  test.each([
    ['arkr-fy2025-q1', 'as printed', [], []],
    ['cohr-fy2026-q3-available', 'as printed', [], []],
    ['ui-fy2025-q2-operations', 'as printed', [], []],
    ['asfi-fy2005-q4', 'as printed', [], []],
    // A count altered within what dilution leaves: earnings per share cannot show it, nor can the bound.
    ['asfi-fy2005-q4', 'basic 13,544,000 altered to 13,544,800, still below 14,410,000 diluted', [['13,544,000', '13,544,800']], []],
    ['ui-fy2025-q2-operations', 'basic 60,470 altered to 60,520 (the quarter), below 60,527', [['Basic\t60,470', 'Basic\t60,520']], []],
    // One digit moved, the earnings per share still within rounding: as the measure plants them (Ark's diluted
    // 3,631, seed 2; Coherent's basic 155.2 and Ubiquiti's basic 60,470, seed 1), and by hand.
    ['arkr-fy2025-q1', 'basic 3,604 altered to 3,614 (Q1 FY2025), above 3,611 diluted', [['<u>3,604</u>\t<u>3,604</u>', '<u>3,614</u>\t<u>3,604</u>']], ['2025-q1']],
    ['arkr-fy2025-q1', 'basic 3,604 altered to 3,614 (Q1 FY2024), still below 3,631 diluted', [['<u>3,604</u>\t<u>3,604</u>', '<u>3,604</u>\t<u>3,614</u>']], []],
    ['arkr-fy2025-q1', 'diluted 3,631 altered to 2,631 (Q1 FY2024), below 3,604 basic', [['<u>3,631</u>', '<u>2,631</u>']], ['2024-q1']],
    ['cohr-fy2026-q3-available', 'basic 155.2 altered to 158.2 (3Q FY2025, a loss to common shareholders), above 155.2 diluted', [['Basic\t190.2\t167.5\t155.2', 'Basic\t190.2\t167.5\t158.2']], ['2025-q3']],
    ['cohr-fy2026-q3-available', 'diluted 196.4 altered to 190.0, below 190.2 basic', [['196.4', '190.0']], ['2026-q3']],
    // One unit of the last digit apart, both may stand for 190.15.
    ['cohr-fy2026-q3-available', 'diluted 196.4 altered to 190.1, a unit below 190.2 basic', [['196.4', '190.1']], []],
    ['ui-fy2025-q2-operations', 'basic 60,470 altered to 60,570 (the quarter), above 60,527 diluted', [['Basic\t60,470', 'Basic\t60,570']], ['2025-q2']],
  ] as [string, string, [string, string][], string[]][])('%s, %s', (id, _, edits, periods) => {
    const found = bounds(id, edits);
    expect(found.map((c) => c.period)).toEqual(periods);
    for (const c of found) {
      expect(c.verdict).toBe('mismatch');
      expect(c.explanation).toContain('the diluted count is the basic one plus the potential shares that dilute, never fewer');
    }
  });

  test('the message names both figures as printed', () => {
    const [c] = bounds('arkr-fy2025-q1', [['<u>3,604</u>\t<u>3,604</u>', '<u>3,614</u>\t<u>3,604</u>']]);
    expect(c.explanation).toContain('SHARES OUTSTANDING: Diluted (3,611) is below SHARES OUTSTANDING: Basic (3,614)');
    expect(c.explanation).toContain('The diluted figure stands for at most 3,611.5, the basic one for at least 3,613.5.');
    expect(c.difference).toBe('-3');
  });

  test.each([
    // Counts under sections that differ are not one line's two bases (a class's basic count, another's diluted one).
    ['ui-fy2025-q2-operations', 'the diluted count under a section of its own', [['Basic\t60,470', 'Basic\t60,570'], ['Diluted\t60,527', 'Weighted average shares of Class B common stock:\t\t\t\t\nDiluted\t60,527']]],
    // Two counts named diluted for one basic: which is the basic count's is not established.
    ['ui-fy2025-q2-operations', 'a second diluted count of the same words', [['Basic\t60,470', 'Basic\t60,570'], ['Diluted\t60,527\t60,451\t60,514\t60,451', 'Diluted\t60,527\t60,451\t60,514\t60,451\nDiluted\t60,600\t60,500\t60,600\t60,500']]],
  ] as [string, string, [string, string][]][])('%s, %s: no bound', (id, _, edits) => {
    expect(bounds(id, edits)).toEqual([]);
  });

  test.each([
    ['bam-2024-fy-operating', 'as printed', [], []],
    ['hcc-2020-q1-shares', 'as printed', [], []],
    ['cohr-fy2026-q3-available', 'as printed', [], []],
    ['hbi-2024-q4-operations', 'as printed', [], []],
    ['bam-2024-fy-operating', 'diluted 0.42 altered to 0.46 (4Q24), above 0.44 basic', [['Diluted\t$ 0.42', 'Diluted\t$ 0.46']], ['2024-q4']],
    ['bam-2024-fy-operating', 'basic 1.31 altered to 1.21 (FY2024), below 1.28 diluted', [['$ 1.31', '$ 1.21']], ['2024-fy']],
    // One unit apart, both may stand for 0.445.
    ['bam-2024-fy-operating', 'diluted 0.42 altered to 0.45, a unit above 0.44 basic', [['Diluted\t$ 0.42', 'Diluted\t$ 0.45']], []],
    ['hcc-2020-q1-shares', 'diluted 0.42 altered to 0.52 (1Q20)', [['diluted\t<u>$ 0.42</u>', 'diluted\t<u>$ 0.52</u>']], ['2020-q1']],
    // A loss per share: dilution deepens it or leaves it, so a smaller diluted loss cannot be.
    ['cohr-fy2026-q3-available', 'diluted loss (0.11) altered to (0.09) (3Q FY2025)', [['$0.76\t$(0.11)', '$0.76\t$(0.09)']], ['2025-q3']],
    // An adjusted measure may add back what its own rule decides.
    ['hcc-2020-q1-shares', 'adjusted diluted 0.39 altered to 0.49', [['Adjusted diluted net income per share:\t$ 0.39', 'Adjusted diluted net income per share:\t$ 0.49']], []],
    // Continuing operations earning and discontinued ones losing: the diluted shares enter, and the net loss per
    // share diluted is above basic (HanesBrands prints discontinued operations (0.16) diluted against (0.17) basic).
    ['hbi-2024-q4-operations', 'diluted net loss (0.04) altered to (0.02), beside discontinued operations', [['Net income (loss)\t<u>$ (0.04)</u>\t<u>$ 0.22</u>\t\t<u>$ (0.91)</u>\t<u>$ (0.05)</u>\t\nWeighted', 'Net income (loss)\t<u>$ (0.02)</u>\t<u>$ 0.22</u>\t\t<u>$ (0.91)</u>\t<u>$ (0.05)</u>\t\nWeighted']], []],
  ] as [string, string, [string, string][], string[]][])('earnings per share, %s, %s', (id, _, edits, periods) => {
    const found = perShare(id, edits);
    expect(found.map((c) => c.period)).toEqual(periods);
    for (const c of found) {
      expect(c.verdict).toBe('mismatch');
      expect(c.explanation).toContain('so the diluted figure is never above the basic one, and the two cannot both be right');
    }
  });
});
