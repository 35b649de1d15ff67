// The line a table's title names as the whole of its components (src/lib/checks/structure.ts, `wholeOfComponents`):
// Pfizer's 1Q22 "(4)Components of Other (income)/deductions––net include:" (test/fixtures/checks/corpus/
// pfe-2022-q1-other-income-components, README there) over nine lines, "Net interest expense" the subtotal of two, and
// "Other (income)/deductions––net" underlined last. The 2022 column holds only within rounding (348 against 350), so
// read as an underlined figure alone, a line altered in 2021 deleted the relation instead of being accused.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const PFE = 'pfe-2022-q1-other-income-components';
const TABLE = 'components-of-other-incomedeductionsnet';
const TOTAL = `footing/${TABLE}/other-incomedeductionsnet`;

describe('"Components of X include:" over its lines and X', () => {
  test.each([
    ['2022-q1', '<u>$ 350</u>', 'rounding'], // 308 − 173 − 1 + 699 − 9 − 283 + 79 − 184 − 88 = 348
    ['2021-q1', '<u>$ (1,004)</u>', 'exact'],
  ])('%s: X is its components, the subtotal standing for its lines (%s)', (period, printed, verdict) => {
    const c = excerpt(PFE).check(`${TOTAL}/${period}`);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe(verdict);
    expect(c.inputs).toContain(`${PFE}/${TABLE}/net-interest-expense/${period}`);
    expect(c.restsOn).toContain('the title says');
  });

  test('a component altered is a mismatch: the benefit credit of 2021, (266) printed (566)', () => {
    alteredIsMismatch(PFE, '(283)\t(266)', '(283)\t(566)', `${TOTAL}/2021-q1`);
  });

  test('a title naming no whole reads the line as an underlined figure: the altered line deletes the relation, as before', () => {
    const e = excerpt(PFE, [['(4)Components of Other (income)/deductions––net include:', '(4)Other items'], ['(283)\t(266)', '(283)\t(566)']]);
    expect(e.checks.some((c) => c.id === `${TOTAL}/2021-q1` && c.verdict === 'mismatch')).toBe(false);
  });
});
