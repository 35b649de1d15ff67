// Arkema, 2Q26 (company PDF, `pdftotext -layout`, unseen set s31; excerpt
// test/fixtures/import/real/ake-2026-q2-free-cash-flow.txt): "Free cash flow amounted to €68 million in the quarter
// (€91 million in Q2'25)". "Q2'25" was read as the figures 2 and 25, so €91 million, the quarter a year before, took
// the sentence's period and was checked against the quarter's 67.7. Two digits of a year after an apostrophe,
// straight or curly, name the year (src/lib/claims/extract.ts, prose-periods.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkExcerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/ake-2026-q2-free-cash-flow.txt', 'utf8');
const meta = { id: 'ake-2026-q2', headline: 'Arkema: second-quarter 2026 results', name: 'Arkema', ticker: 'AKE', fiscalPeriod: '2026-q2', releaseDate: '2026-07-30', fiscalYearEnd: '12-31', currency: 'EUR' };

describe("a year after an apostrophe names the period (Arkema, Q2'25)", () => {
  test.each([
    ['€68 million', 'claim/free-cash-flow/2026-q2', 'rounding'],
    ['€91 million', 'claim/free-cash-flow/2025-q2', 'exact'],
  ])('%s is %s, %s', (text, id, verdict) => {
    const check = checkExcerpt(EXCERPT, meta).find((c) => c.reported?.text === text);
    expect(check?.id).toBe(id);
    expect(check?.verdict).toBe(verdict);
  });

  test('no mismatch', () => expect(checkExcerpt(EXCERPT, meta).filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]));
});
