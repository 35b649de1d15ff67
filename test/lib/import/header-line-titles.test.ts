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

// eBay's "First Quarter 2023 Financial Highlights (presented in millions, except per share data and percentages)" (1Q23,
// pdftotext; excerpt test/fixtures/import/real/ebay-2023-q1-highlights.txt), adjoining its headings: it names a period
// and ran past 100 characters, so it was read as a heading of every column (each keyed "…financial-highlights-first-
// quarter-2023") and the table was titled by a line far below. It starts where the labels do and runs on over the
// figures, as no heading does: the title.
describe('a title naming a period, from the labels\' margin over the figures, is the title (eBay, 1Q23)', () => {
  const EBAY = readFileSync('test/fixtures/import/real/ebay-2023-q1-highlights.txt', 'utf8');
  const ebay = { id: 'ebay-2023-q1', headline: 'eBay Inc. Reports Better Than Expected First Quarter 2023 Results', name: 'eBay Inc.', ticker: 'EBAY', fiscalPeriod: '2023-q1', releaseDate: '2023-04-26', fiscalYearEnd: '12-31' };
  const release = readExcerpt(EBAY, ebay);

  test('its title, and columns keyed by their periods alone', () => {
    // (The excerpt's headline, printed above it, joins the title; its unit statement is the table's.)
    expect(release.tables).toHaveLength(1);
    expect(release.tables[0]!.title).toMatch(/First Quarter 2023 Financial Highlights$/);
    expect(release.tables[0]!.unitNote).toBe('(presented in millions, except per share data and percentages)');
    const revenue = release.facts.filter((f) => f.label.endsWith('Net revenues'));
    expect(revenue.map((f) => [f.period, f.value, f.unit, f.scale])).toEqual(expect.arrayContaining([['2023-q1', '2510', 'USD', 6], ['2022-q1', '2483', 'USD', 6]]));
    expect(release.facts.filter((f) => /financial-highlights/.test(f.id.split('/').at(-1)!))).toEqual([]);
  });
});
