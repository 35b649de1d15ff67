// Ferguson, Q4 and fiscal 2024 (company PDF, `pdftotext -layout`, unseen set s31; excerpt
// test/fixtures/import/real/ferg-fy2024-q4-results.txt): "FY2025 Guidance" over a table of guidance whose last row,
// "Capital expenditures   $400 - $450 million", the import sets as a line of prose under it. The caption is no
// heading, so the line was read under the one above it and its "$450 million" checked against fiscal 2024's capital
// expenditures (372). A table captioned as an outlook looks ahead, and so does the text under it, until a heading or
// another caption (src/lib/claims/reading.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractNumbers } from '../../../src/lib/claims/extract.ts';
import { readProse } from '../../../src/lib/claims/reading.ts';
import { checkExcerpt, readExcerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/ferg-fy2024-q4-results.txt', 'utf8');
const meta = { id: 'ferg-fy2024-q4', headline: 'Ferguson Reports Fourth Quarter and Year End Results; Issues FY2025 Guidance', name: 'Ferguson', ticker: 'FERG', fiscalPeriod: '2024-q4', releaseDate: '2024-09-17', fiscalYearEnd: '07-31' };

describe('the text under a table captioned as an outlook looks ahead (Ferguson, fiscal 2024)', () => {
  const readings = () => {
    const release = readExcerpt(EXCERPT, meta);
    return readProse(release.prose, extractNumbers(release.prose));
  };
  test.each([
    ['$450 million', true],
    // Under the heading after the tables, the year's figures are no outlook.
    ['$2.8 billion', false],
    ['$29.6 billion', false],
  ])('%s: forward %s', (text, forward) => {
    expect(readings().find((r) => r.token.text === text)?.forward).toBe(forward);
  });

  test('no claim on the guidance, and no mismatch', () => {
    const checks = checkExcerpt(EXCERPT, meta);
    expect(checks.filter((c) => c.reported?.text === '$450 million').map((c) => c.id)).toEqual([]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });
});
