// A table most of whose sums fail is said to be likelier a garbled copy than misprinted (src/lib/checks/garbled-tables.ts).
// ACC's Q1 FY2025 results as a scanned PDF read by OCR (unseen set s21, review test/fixtures/corpus-review/unseen/s21.md):
// "Total Income" 5225.42 over "1. Revenue from Operations" 515556 and "2. Other Income" 5225.42, in every column
// figures no reading makes foot. Its mismatches stay (the copy prints them), each saying so; a table that mostly foots,
// or fails by a digit, and the bundled release's real errors, are not called garbled.
import { describe, expect, test } from 'vitest';
import { excerpt, withoutModel } from './no-model.ts';

const ACC = 'acc-fy2025-q1-ocr';
const GARBLED = /do not foot as printed: a table this far off is more often a copy garbled on its way here .* compare it with the original before relying on it\.$/;
const TOTAL_INCOME = 'footing/statement-of-standalone-financial-results/total-income';

describe('a table whose sums mostly fail is said to be likelier garbled than misprinted', () => {
  test('ACC\'s OCR copy: every mismatch of its statement says so, with its count, and keeps its verdict', () => {
    const mismatches = excerpt(ACC).checks.filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => c.id)).toContain(`${TOTAL_INCOME}/2025-q1`);
    for (const c of mismatches.filter((x) => x.id.startsWith(TOTAL_INCOME))) {
      expect(c.explanation).toMatch(GARBLED);
      expect(c.explanation).toContain('4 of the 4 sums checked in this table');
    }
  });

  test.each([
    // Total Income footing in three of its four columns: one column off is one error, and the table mostly foots.
    ['three columns made to foot', [['Total Income\t5225.42\t5519.62\t5279.35', 'Total Income\t520781.42\t53630.06\t57530.62']]],
    // Every column off in one digit: misprinted digits (or a line left out), not a garbled table.
    ['every column off in a digit', [['Total Income\t5225.42\t5519.62\t5279.35\t20442.74', 'Total Income\t520791.42\t53630.16\t57530.82\t607384']]],
  ] as const)('%s: its mismatches are not called garbled', (_, edits) => {
    const checks = excerpt(ACC, edits.map(([a, b]) => [a, b] as [string, string])).checks;
    const total = checks.filter((c) => c.id.startsWith(TOTAL_INCOME) && c.verdict === 'mismatch');
    expect(total.length).toBeGreaterThan(0);
    for (const c of total) expect(c.explanation).not.toMatch(GARBLED);
  });

  test('the bundled release\'s real mismatches are not called garbled', () => {
    const mismatches = withoutModel('inap-2010-q2').checks.filter((c) => c.verdict === 'mismatch');
    expect(mismatches.length).toBeGreaterThan(0);
    for (const c of mismatches) expect(c.explanation).not.toMatch(GARBLED);
  });
});
