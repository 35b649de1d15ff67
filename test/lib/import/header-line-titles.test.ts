// Krispy Kreme's "Key Operating Metrics", 2Q26 (its release printed to PDF through `pdftotext -layout`, unseen set s31
// dnut-2026-q2.txt; excerpt test/fixtures/import/real/dnut-2026-q2-key-metrics.txt): the title in title case on the
// line of its first headings, left of "Quarter Ended". Read as a caption of no figures, the table was titled by the last
// line of the prose above it, "of Non-GAAP Financial Measures.”" (src/lib/import/text-table.ts titleCased).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readExcerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/dnut-2026-q2-key-metrics.txt', 'utf8');
const excerpt = { id: 'dnut-2026-q2', headline: 'Krispy Kreme Reports Second Quarter 2026 Financial Results', name: 'Krispy Kreme', ticker: 'DNUT', fiscalPeriod: '2026-q2', releaseDate: '2026-08-06', fiscalYearEnd: '12-31' };

describe('a title printed on the line of the first headings is the table\'s title (Krispy Kreme, 2Q26)', () => {
  test.each([
    ['title', (t: { title: string }) => t.title, 'Key Operating Metrics'],
    ['id', (t: { id: string }) => t.id, 'key-operating-metrics'],
  ])('its %s', (_what, get, expected) => {
    const tables = readExcerpt(EXCERPT, excerpt).tables;
    expect(tables.map(get)).toEqual([expected]);
  });

  test.each([
    ['sales-per-hub-us-trailing-four-quarters', 'Sales per hub (U.S.) trailing four quarters'],
    ['digital-sales-as-a-percent-of-retail-sales', 'Digital sales as a percent of retail sales'],
  ])('the row %s is still read, labelled %j', (row, label) => {
    const facts = readExcerpt(EXCERPT, excerpt).facts.filter((f) => f.row === row);
    expect(facts.length).toBeGreaterThan(0);
    expect(facts[0]!.label).toBe(label);
  });
});

