// JTL Industries' Q3 FY2026 (unseen set s36: ../shared/unseen-s36/jtlind-fy2026-q3.txt lines 244–277, a filing printed to
// PDF through `pdftotext -layout`; excerpt test/fixtures/import/real/jtlind-fy2026-q3-highlights.txt): its income
// statement highlights print "Revenue from operations 4,705.17", "Other income 36.46" and "Total Income 4741.63", then
// "EBITDA 386.12" and "EBITDA Margin % 8.21%" — of the revenue from operations (8.206%), not of the total income
// (8.143%). The base definition of a margin names revenue; where the margin's own table prints more than one line that
// may be it, each is tried and the one the figures fit is the reading (src/lib/checks/definition.ts `revenueLines`).
// Judged against a "Total Revenue" printed elsewhere, four margins were false mismatches.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkExcerpt, type Excerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/jtlind-fy2026-q3-highlights.txt', 'utf8');
const jtl: Excerpt = { id: 'jtlind-fy2026-q3', headline: 'JTL Industries Limited Q3 FY26 Results', name: 'JTL Industries Limited', ticker: 'JTLIND', fiscalPeriod: '2026-q3', releaseDate: '2026-01-24', fiscalYearEnd: '03-31', currency: 'INR' };
const margins = (text: string) => checkExcerpt(text, jtl).filter((c) => c.id.startsWith('definition/ebitda-margin/'));

describe('a margin of revenue where the table prints more than one line of revenue', () => {
  test('as printed, every margin holds, read with the revenue from operations', () => {
    const checks = margins(EXCERPT);
    expect(checks.length).toBeGreaterThanOrEqual(4);
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
    expect(checks.every((c) => c.formula.includes('Revenue from operations') || c.explanation.includes("'Revenue from operations'"))).toBe(true);
  });

  test('a margin planted wrong fits no line of revenue: a mismatch', () => {
    expect(EXCERPT).toContain('8.21%');
    const checks = margins(EXCERPT.replace('8.21%', '8.91%'));
    expect(checks.find((c) => c.id === 'definition/ebitda-margin/2026-q3')?.verdict).toBe('mismatch');
  });
});

// The same table's heading "YoY 9M FY26", pdftotext parting the change's word from the next column's period by one
// space (src/lib/import/text-table.ts `columnHeadings`): two headings, each over its column; read as one, the nine months
// of fiscal 2026 were a change of the quarter.
describe('a change word and a short period one space apart head two columns', () => {
  test('the columns of the highlights', async () => {
    const { readExcerpt } = await import('../excerpt-release.ts');
    const table = readExcerpt(EXCERPT, jtl).tables[0]!;
    expect(table.columns.map((c) => c.period)).toEqual(['2026-q3', '2026-q2', '2026-q3-vs-2026-q2', '2025-q3', '2026-q3-vs-2025-q3', '2026-9m', '2025-9m', '2026-9m-vs-2025-9m']);
  });
});
