// Ferguson, Q4 and fiscal 2024 (company PDF, `pdftotext -layout`, unseen set s31; excerpt
// test/fixtures/import/real/ferg-fy2024-q4-results.txt): "Full year" printed right under the last line of the fourth
// quarter's paragraph, no blank line between, then a blank line. Joined to the paragraph, the full year's
// "Adjusted operating profit of $2.8 billion … was 3.2% lower than last year" stayed under "Fourth quarter" and was
// checked against the quarter's growth (+5.3%). A short line with no closing mark, after a line ending a sentence
// and over a blank line, heads what follows (src/lib/import/text-blocks.ts, headsNext).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { checkExcerpt, readExcerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/ferg-fy2024-q4-results.txt', 'utf8');
const meta = { id: 'ferg-fy2024-q4', headline: 'Ferguson Reports Fourth Quarter and Year End Results; Issues FY2025 Guidance', name: 'Ferguson', ticker: 'FERG', fiscalPeriod: '2024-q4', releaseDate: '2024-09-17', fiscalYearEnd: '07-31' };

/** The prose lines of a text release as the import writes them. */
const proseOf = (text: string) =>
  importRelease({ text: `Acme Reports Results\n\n${text}`, file: 'acme.txt', kind: 'text' }, { ticker: 'ACME', fiscalPeriod: '2024-q4', releaseDate: '2024-09-17', scale: 'millions', currency: 'USD', fiscalYearEnd: '12-31' })
    .releaseText.split('\n')
    .filter((l) => l.trim() !== '')
    .slice(1);

describe('a short line under a paragraph, over a blank line, heads what follows', () => {
  const long = 'ahead of last year due to the increase in adjusted operating profit and the impact of share repurchases.';
  test.each([
    // Ferguson's form: the heading under a sentence's end.
    [[`Reported diluted earnings per share was $2.23 (Q4 2023: $2.85), a decrease of 21.8% due to one-time, non-cash`, long, 'Full year', '', 'Net sales of $29.6 billion were 0.3% below last year.'], 3],
    // The paragraph's own last line: it ends a sentence, or follows a line that does not.
    [[`During the year we acquired ten businesses which in aggregate generate annualized revenue of approximately $400`, 'million.', '', 'Net sales grew.'], 2],
    [[`Results are compared with those of the fiscal quarter ended on the last day of the quarter ended`, 'July 31, 2023', '', 'Net sales grew.'], 2],
    // Under a line ending a sentence, a line that goes on with a lower-case word, or ends in a full stop, is the paragraph's.
    [[long, 'and more to come', '', 'Net sales grew.'], 2],
    [[long, 'All told.', '', 'Net sales grew.'], 2],
  ])('%j: %i lines', (lines, count) => {
    const prose = proseOf(lines.join('\n'));
    expect(prose).toHaveLength(count);
  });

  test('Ferguson: "Full year" is a heading, and the full year\'s claims are the year\'s', () => {
    expect(readExcerpt(EXCERPT, meta).prose.find((p) => p.text === 'Full year')?.kind).toBe('heading');
    const checks = checkExcerpt(EXCERPT, meta);
    const growth = checks.find((c) => c.reported?.text === '3.2%');
    expect(growth?.id).toBe('claim/growth/non-gaap-operating-income/2024-fy-vs-2023-fy');
    expect(growth?.verdict).toBe('rounding');
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });
});
