// XP Power, H1 2025 (company PDF, `pdftotext -layout`, unseen set s31; excerpts
// test/fixtures/import/real/xpp-2025-h1-regions.txt, xpp-2025-h1.txt lines 1064-1076, and
// xpp-2025-h1-currency.txt, lines 596-608).
//
// Revenue by class of customer: the H1 2025 group's headings are run together, "Europe North America Asia" one space
// apart over two columns and "Total" over Asia's figures, while the H1 2024 group beside it prints "Europe | North
// America | Asia | Total" apart ("America" on the line below). Read as placed, Asia's 4.5 was H1 2025's total and the
// total, 43.8, had no column. A group whose headings, run together, spell word for word those of the group beside it,
// of as many columns, takes them in turn (src/lib/import/text-table.ts, spellSiblingHeadings). The label
// "Semiconductor" / "Manufacturing" / "Equipment" prints its figures on its middle line, but H1 2024 Asia's 6.4 on its
// last, beside "Equipment": that figure is the row's (its total 45.7 = 1.9 + 37.4 + 6.4).
//
// The table of currency effects prints "Adjusted £m" in its header's corner: the basis and unit of every line, title as
// a unit statement alone is (wordsBeforeUnitStatement; ingest/caption.ts reads "£m" from it, model/recognize.ts the basis).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkExcerpt, readExcerpt } from '../excerpt-release.ts';
import { wordsBeforeUnitStatement } from '../../../src/lib/import/text-table.ts';

const REGIONS = readFileSync('test/fixtures/import/real/xpp-2025-h1-regions.txt', 'utf8');
const CURRENCY = readFileSync('test/fixtures/import/real/xpp-2025-h1-currency.txt', 'utf8');
const meta = { id: 'xpp-2025-h1', headline: 'XP Power Limited Half Year Results for the six months ended 30 June 2025', name: 'XP Power Limited', ticker: 'XPP', fiscalPeriod: '2025-h1', releaseDate: '2025-08-05', fiscalYearEnd: '12-31', currency: 'GBP' };

describe('a group whose headings run together takes those of the group beside it (XP Power, H1 2025)', () => {
  const facts = readExcerpt(REGIONS, meta).facts.filter((f) => f.status === 'reported');
  test.each([
    ['industrial-technology', '21.8', '2025-h1.europe'],
    ['industrial-technology', '16.9', '2025-h1.north-america'],
    ['industrial-technology', '3.7', '2025-h1.asia'],
    ['industrial-technology', '42.4', '2025-h1.total'],
    ['healthcare', '24.7', '2025-h1.total'],
    ['semiconductor-manufacturing-equipment', '43.8', '2025-h1.total'],
    ['semiconductor-manufacturing-equipment', '6.4', '2024-h1.asia'],
    ['total', '127.1', '2024-h1.total'],
  ])('%s %s is in %s', (row, value, column) => {
    expect(facts.find((f) => f.row === row && f.value === value)?.id.endsWith(`/${row}/${column}`)).toBe(true);
  });

  test('every total foots, none a mismatch', () => {
    const checks = checkExcerpt(REGIONS, meta);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    expect(checks.filter((c) => c.kind === 'footing' && c.id.includes('/2025-h1.total') && c.verdict === 'exact').length).toBeGreaterThanOrEqual(4);
  });
});

describe('a word before a unit statement in the header\'s corner is the table\'s (XP Power, H1 2025)', () => {
  test('"Adjusted £m" titles the table and scales it', () => {
    const release = readExcerpt(CURRENCY, meta);
    expect(release.tables[0]).toMatchObject({ unitNote: '£m', scale: 6 });
    expect(release.tables[0].title).toContain('Adjusted');
    expect(release.facts.some((f) => /adjusted/i.test(f.label))).toBe(false);
  });

  test.each([
    ['Adjusted £m', true],
    ['Statutory £m', true],
    ['Adjusted US$ millions', true],
    ['£m', false],
    ['Net sales', false],
    ['Revenue growth 5% £m', false],
    ['Europe North America Asia Total £m', false],
  ])('%j → %s', (text, expected) => expect(wordsBeforeUnitStatement(text)).toBe(expected));
});
