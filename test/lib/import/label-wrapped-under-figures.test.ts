// Amcor's components of net sales growth, FY2023 Q4 (its results PDF through `pdftotext -layout`, unseen set s27; excerpt
// test/fixtures/import/real/amcr-fy2023-q4-sales-growth.txt): "Comparable Constant Currency" / "Growth %", the label
// wrapped under the row's figures. Read apart, the row's percentages had no unit of their own and were summed across the
// columns once "Total" was read as Flexibles plus Rigid Packaging (a false mismatch, (5) against (5) + (4)). A text
// ending in a unit ("%") heads no rows: under a row, where its label starts, it ends that label
// (src/lib/import/text-table.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkExcerpt, readExcerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/amcr-fy2023-q4-sales-growth.txt', 'utf8');
const excerpt = { id: 'amcr-fy2023-q4', headline: 'Amcor reports fiscal 2023 results', name: 'Amcor', ticker: 'AMCR', fiscalPeriod: '2023-q4', releaseDate: '2023-08-15', fiscalYearEnd: '06-30' };

describe('a label ending in a unit, wrapped under its row\'s figures, is that row\'s (Amcor, FY2023 Q4)', () => {
  test('the row is "Comparable Constant Currency Growth %", in percent, and no footing of the table is a mismatch', () => {
    const facts = readExcerpt(EXCERPT, excerpt).facts.filter((f) => f.status === 'reported' && f.label.startsWith('Comparable Constant Currency'));
    expect(facts.length).toBe(5); // the sixth printed "—"
    expect(new Set(facts.map((f) => `${f.label} [${f.unit}]`))).toEqual(new Set(['Comparable Constant Currency Growth % [percent]']));
    expect(checkExcerpt(EXCERPT, excerpt).filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // A caption naming no unit under a row heads the rows after it, as before.
    ['Total revenues          100        90\nCosts and expenses\nCost of sales            50        45\n', 'Costs and expenses'],
  ])('no unit, no wrap: %j', (table, caption) => {
    const text = `                          2023      2022\n${table}`;
    const labels = readExcerpt(text, excerpt).facts.filter((f) => f.status === 'reported').map((f) => f.label);
    expect(labels.some((l) => l.startsWith('Total revenues') && l.includes(caption))).toBe(false);
  });
});
