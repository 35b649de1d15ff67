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
    // "Underlying combined ratio" right under "Combined ratio": no points printed between them, and no bridge above to lend
    // its lines in this table (Specialty's, whose bridge still says its signs, is read: see below)
    expect(l.checks.some((c) => c.id.startsWith('footing/property-casualty-operations/underlying-combined-ratio/'))).toBe(false);
  });
});

describe('an underlying ratio right under its ratio, less the lines that bridge the ratio reconciled above it', () => {
  const PC_COMBINED = 'footing/property-casualty-operations/underlying-combined-ratio';
  const SPECIALTY_COMBINED = 'footing/specialty/underlying-combined-ratio';
  test.each([
    // 93.1 − 1.8 − (−0.1) = 91.4: the catastrophe and development effects the underlying loss ratio leaves out
    [`${PC_COMBINED}/2024-q4.results`, '91.4'],
    // 93.5 − 2.6 − nil = 90.9
    [`${PC_COMBINED}/2023-fy.results`, '90.9'],
    // 90.8 − nil − (−0.6) = 91.4
    [`${SPECIALTY_COMBINED}/2023-q4.results`, '91.4'],
  ])('%s holds (%s)', (id, computed) => {
    const c = excerpt('cna-2024-q4').check(id);
    expect(c.verdict).toBe('exact');
    expect(c.computed).toBe(computed);
    expect(c.formula).toBe('Underlying combined ratio = Combined ratio − Less: Effect of catastrophe impacts − Less: Effect of favorable development-related items');
    expect(c.restsOn).toContain("less what 'Underlying loss ratio' leaves out of 'Loss ratio'");
  });

  test.each([
    ['Combined ratio\t93.1%\t92.1%', 'Combined ratio\t93.1%\t94.1%', `${PC_COMBINED}/2023-q4.results`],
    ['Underlying combined ratio\t93.8%\t91.4%\t92.9%', 'Underlying combined ratio\t93.8%\t91.4%\t95.9%', `${SPECIALTY_COMBINED}/2024-fy.results`],
  ])('a planted error (%s → %s) is a mismatch of %s, corroborated', (from, to, id) => {
    const c = excerpt('cna-2024-q4', [[from, to]]).check(id);
    expect(c.verdict).toBe('mismatch');
    expect(c.explanation).toContain('The same relation holds on this row in 3 other columns, so this column is a mismatch.');
  });

  test('an underlying ratio that leaves out other items in every column is left out: never a mismatch', () => {
    const l = excerpt('cna-2024-q4', [['Underlying combined ratio\t91.4%\t91.4%\t91.5%\t90.9%', 'Underlying combined ratio\t90.4%\t90.4%\t90.5%\t89.9%']]);
    expect(l.checks.filter((c) => c.id.startsWith(`${PC_COMBINED}/`))).toEqual([]);
  });
});
