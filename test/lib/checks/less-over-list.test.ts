// Centene, 2Q26 (a page printed to PDF, `pdftotext -layout`, unseen set s31; excerpt
// test/fixtures/import/real/cnc-2026-q2-adjusted-sga.txt): "Less:" over "Acquisition and divestiture related expenses",
// "Severance" and "Enterprise optimization costs", each taken from GAAP selling, general and administrative expenses
// (3,103 − 15 − 37 = 3,051; 3,036 − 1 = 3,035; 6,500 − 18 − 50 = 6,432). The import joins "Less:" to the first line's
// label, so the two lines under it print no operator: read as added, Q2 2025 (where the first line alone prints a
// figure) was a mismatch. The reading with every line under a "Less:" line taken away with it fits every column
// (src/lib/checks/structure.ts, lessOverList). The import now keeps "Less:" a caption over the three
// (src/lib/import/text-table.ts, headsSiblings): the check is tried on the lines as the import joined them before, the
// way another converter may still join them.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkExcerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/cnc-2026-q2-adjusted-sga.txt', 'utf8');
// "Less:" on the line of the first item's label, as the import joined them (the figures where they were).
const JOINED = EXCERPT.replace(/ +Less:\n( +)Acquisition and divestiture related expenses {5}/, (_, lead: string) => `${lead.slice(1)}Less: Acquisition and divestiture related expenses`);
const checks = (text = JOINED) =>
  checkExcerpt(text, { id: 'cnc-2026-q2', headline: 'CENTENE CORPORATION REPORTS SECOND QUARTER 2026 RESULTS', name: 'Centene Corporation', ticker: 'CNC', fiscalPeriod: '2026-q2', releaseDate: '2026-07-28', fiscalYearEnd: '12-31' });

describe('the lines under a "Less:" line are taken away with it (Centene, 2Q26)', () => {
  test.each([
    ['2026-q2', '3051'],
    ['2025-q2', '3035'],
    ['2026-h1', '6432'],
  ])('adjusted SG&A, %s: %s, exact', (period, computed) => {
    const check = checks().find((c) => c.kind === 'footing' && c.id.endsWith(`/adjusted-selling-general-and-administrative-expenses/${period}`));
    expect(check?.verdict).toBe('exact');
    expect(check?.computed).toBe(computed);
    expect(check?.explanation).toContain('the lines under a "Less:" line taken away with it');
  });

  test('no mismatch', () => expect(checks().filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]));

  test.each([
    ['2026-q2', '3051'],
    ['2025-q2', '3035'],
    ['2026-h1', '6432'],
  ])('as printed, "Less:" a caption of its own: %s %s, exact', (period, computed) => {
    expect(JOINED).not.toBe(EXCERPT);
    const check = checks(EXCERPT).find((c) => c.kind === 'footing' && c.id.endsWith(`/adjusted-selling-general-and-administrative-expenses/${period}`));
    expect(check).toMatchObject({ verdict: 'exact', computed });
  });
});
