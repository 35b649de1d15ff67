// Chesapeake Utilities, 2Q26 (company PDF, `pdftotext -layout`, unseen set s31; excerpt
// test/fixtures/import/real/cpk-2026-q2-major-projects.txt): "FCG Rate Case  —  —  —  —  —  TBD  TBD" in its table of
// major projects, the estimates for 2026 and 2027 "to be determined". Read as words, the line was no row: the table
// was cut there, its dashes and "TBD"s a header over a table of their own, whose "Total" summed "Rate Case Subtotal"
// and "Total Regulatory Initiatives" in columns named "tbd" (94.9 printed, 80.2 computed). "TBD" is a mark printed
// in place of a figure (src/lib/import/cell-text.ts), read as no figure given (src/lib/ingest/parse-value.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkExcerpt, readExcerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/cpk-2026-q2-major-projects.txt', 'utf8');
const meta = { id: 'cpk-2026-q2', headline: 'CHESAPEAKE UTILITIES CORPORATION REPORTS SECOND QUARTER 2026 RESULTS', name: 'Chesapeake Utilities Corporation', ticker: 'CPK', fiscalPeriod: '2026-q2', releaseDate: '2026-08-06', fiscalYearEnd: '12-31' };

describe('"TBD" in a column of figures is a figure not given (Chesapeake Utilities, 2Q26)', () => {
  test.each([
    ['2025-fy', 'nil'],
    ['2026-fy.estimate', 'not-meaningful'],
    ['2027-fy.estimate', 'not-meaningful'],
  ])('FCG Rate Case, %s: %s, a line of the one table', (column, status) => {
    const fact = readExcerpt(EXCERPT, meta).facts.find((f) => f.row === 'fcg-rate-case' && f.id.endsWith(`/${column}`));
    expect(fact?.status).toBe(status);
    expect(fact?.table).toBe('adjusted-gross-margin');
  });

  test.each([
    ['2026-fy.estimate', '94.9'],
    ['2027-fy.estimate', '120.7'],
  ])('the total of %s sums its two blocks: %s, exact', (column, computed) => {
    const check = checkExcerpt(EXCERPT, meta).find((c) => c.kind === 'footing' && c.id.endsWith(`/total/${column}`));
    expect(check?.verdict).toBe('exact');
    expect(check?.computed).toBe(computed);
  });

  test('no column without a period, and no mismatch', () => {
    expect(readExcerpt(EXCERPT, meta).facts.filter((f) => f.status === 'reported' && !/^20\d\d-/.test(f.period)).map((f) => f.id)).toEqual([]);
    expect(checkExcerpt(EXCERPT, meta).filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });
});
