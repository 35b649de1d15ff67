// Spanners naming periods over groups that each print the same years (src/lib/import/text-table.ts,
// splitAtRepeatedYears): Pfizer's Q2 2023 "SELECTED ADJUSTED(3) COSTS AND EXPENSES" (PFIZER_2023Q2_EARNINGS.pdf
// through pdftotext -layout, unseen set s29; excerpt test/fixtures/import/real/pfe-2023-q2-selected-costs.txt) sets
// "Second-Quarter" between the first group's 2022 and its change and "Six Months" over the second group's 2022: by
// their characters the first 2023 had no spanner (read as the fiscal year) and the second 2023 was the quarter's, so
// the six months' "Percent of Revenues" was checked against the quarter's revenue, a false mismatch.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readExcerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/pfe-2023-q2-selected-costs.txt', 'utf8');
const periods = (text: string) => {
  const release = readExcerpt(text, { id: 'pfe-2023-q2', headline: 'Pfizer Reports Second-Quarter 2023 Results', name: 'Pfizer', ticker: 'PFE', fiscalPeriod: '2023-q2', releaseDate: '2023-08-01', fiscalYearEnd: '12-31' });
  // The period of each figure of "Adjusted(3) Cost of Sales", in the order printed.
  return release.facts.filter((f) => f.row.includes('cost-of-sales') && f.status === 'reported').map((f) => f.period);
};

describe('spanners over groups printing the same years head their groups whole', () => {
  test.each([
    ['as printed: "Second-Quarter" over the first 2023 | 2022 | % Change, "Six Months" over the second', EXCERPT, ['2023-q2', '2022-q2', '2023-q2-vs-2022-q2', '2023-q2-vs-2022-q2', '2023-h1', '2022-h1']],
  ])('%s', (_what, text, expected) => {
    expect(periods(text).slice(0, 6)).toEqual(expected);
  });
});
