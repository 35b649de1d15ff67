// A ratio and its underlying form reconciled in points outside a reconciliation (src/lib/checks/ratio-adjustments.ts),
// on an excerpt of the corpus: CNA's Property & Casualty and Specialty tables, "Loss ratio", "Less: Effect of
// catastrophe impacts", "Less: Effect of favorable development-related items", "Underlying loss ratio".
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const PC = 'footing/property-casualty-operations/underlying-loss-ratio';
const SPECIALTY = 'footing/specialty/underlying-loss-ratio';

describe('ratio adjustments in points', () => {
  test.each([
    // 62.8 − 1.8 − (−0.1) = 61.1
    [`${PC}/2024-q4.results`, 'exact', '61.1'],
    // 62.5 − 2.6 − nil = 59.9: "--" counts as zero
    [`${PC}/2023-fy.results`, 'exact', '59.9'],
    // 58.0 − nil − (−0.6) = 58.6
    [`${SPECIALTY}/2023-q4.results`, 'exact', '58.6'],
  ])('%s → %s (%s)', (id, verdict, computed) => {
    const c = excerpt('cna-2024-q4').check(id);
    expect(c.verdict).toBe(verdict);
    expect(c.computed).toBe(computed);
    expect(c.restsOn).toContain("'Underlying loss ratio' is 'Loss ratio'");
  });

  test.each([
    // a planted error in the ratio, in the line taken away, in the underlying ratio: each one column, the others bear the relation out
    ['Loss ratio\t62.8%\t60.6%', 'Loss ratio\t64.8%\t60.6%', `${PC}/2024-q4.results`],
    ['Less: Effect of catastrophe impacts\t1.8\t1.0\t3.6', 'Less: Effect of catastrophe impacts\t1.8\t1.0\t7.6', `${PC}/2024-fy.results`],
    ['Underlying loss ratio\t<u>60.1%</u>\t<u>58.6%</u>', 'Underlying loss ratio\t<u>60.1%</u>\t<u>52.6%</u>', `${SPECIALTY}/2023-q4.results`],
  ])('a planted error (%s → %s) is a mismatch of %s, corroborated', (from, to, id) => {
    const c = excerpt('cna-2024-q4', [[from, to]]).check(id);
    expect(c.verdict).toBe('mismatch');
    expect(c.explanation).toContain("The same relation holds on this row in 3 other columns, so this column is a mismatch.");
  });

  test('an underlying ratio computed otherwise in every column (the lines between added, not taken away) is unverifiable, never a mismatch', () => {
    const l = excerpt('cna-2024-q4', [['Underlying loss ratio\t<u>61.1%</u>\t<u>59.9%</u>\t<u>60.9%</u>\t<u>59.9%</u>', 'Underlying loss ratio\t<u>64.5%</u>\t<u>61.3%</u>\t<u>67.7%</u>\t<u>65.1%</u>']]);
    const checks = l.checks.filter((c) => c.id.startsWith(`${PC}/`));
    expect(checks.map((c) => c.verdict)).toEqual(['unverifiable', 'unverifiable', 'unverifiable', 'unverifiable']);
  });

  test('a ratio with no line between it and its underlying form, or lines that do not say their sign, is not read', () => {
    const l = excerpt('cna-2024-q4', [['Less: Effect of catastrophe impacts\t1.8', 'Effect of catastrophe impacts\t1.8']]);
    expect(l.checks.some((c) => c.id.startsWith(`${PC}/`))).toBe(false);
    // "Underlying combined ratio" right under "Combined ratio": no points printed between them
    expect(l.checks.some((c) => c.id.includes('underlying-combined-ratio'))).toBe(false);
  });
});
