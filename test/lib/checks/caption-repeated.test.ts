// A line that repeats its caption, read on the unseen set s11 (../shared/unseen-edgar-s11, review test/fixtures/corpus-review/unseen/edgar-s11.md):
// Byrna's statement of operations (class Y; excerpt byrn-fy2024-q4-other-income) prints "Other income (expense)" as
// the last line under the caption "OTHER INCOME (EXPENSE)", a section with no total: read as the section's total it
// failed in all four columns (1 against (195) + 141 + — = (54) …), four false mismatches, and the total after it was
// footed over it alone. A line that repeats its caption is no "Total": where it does not close the section, it is the
// section's last line, and the next total adds them all ((684) − 32 + 168 + 22 + 27 = (499)).
// Each case: the reading now made, and a figure altered beyond rounding still a mismatch.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const BYRNA = 'byrn-fy2024-q4-other-income';
const COLUMNS = ['2024-q4', '2023-q4', '2024-fy', '2023-fy'];
const repeated = (column: string) => `footing/net-revenue/other-income-expense--other-income-expense/${column}`;
const beforeTaxes = (column: string) => `footing/net-revenue/income-loss-before-income-taxes/${column}`;

describe('Byrna\'s "Other income (expense)" under its caption "OTHER INCOME (EXPENSE)": the section\'s last line, not its total', () => {
  test.each(COLUMNS)('%s: the section read as closed by it is unverifiable, never a mismatch', (column) => {
    expect(excerpt(BYRNA).check(repeated(column)).verdict).toBe('unverifiable');
  });

  test.each(COLUMNS)('%s: income before income taxes adds the operating result and all four lines', (column) => {
    const c = excerpt(BYRNA).check(beforeTaxes(column));
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(c.inputs).toHaveLength(5);
  });

  test('the release\'s own error stays: FY 2023\'s tax printed 165 where the other columns say (165)', () => {
    expect(excerpt(BYRNA).check('footing/net-revenue/net-income-loss/2023-fy').verdict).toBe('mismatch');
  });

  test.each([
    ['Interest income\t141\t168', 'Interest income\t151\t168', '2024-q4'],
    ['Other income (expense)\t1\t27\t7\t(57)', 'Other income (expense)\t1\t27\t17\t(57)', '2024-fy'],
    ['INCOME (LOSS) BEFORE INCOME TAXES\t4,040\t(499)', 'INCOME (LOSS) BEFORE INCOME TAXES\t4,040\t(519)', '2023-q4'],
  ] as const)('%s printed %s makes income before income taxes of %s a mismatch', (from, to, column) => {
    alteredIsMismatch(BYRNA, from, to, beforeTaxes(column));
  });
});
