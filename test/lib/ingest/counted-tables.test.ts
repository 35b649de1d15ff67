// Krispy Kreme's "Global Points of Access (Unaudited)" and "Global Hubs (Unaudited)", 2Q26 (its release printed to
// PDF through `pdftotext -layout`, unseen set s31 dnut-2026-q2.txt; excerpt test/fixtures/import/real/dnut-2026-q2-counts.txt):
// shops, delivery doors and hubs, whole numbers under no unit statement and printed with no currency. Read before as
// the release's money (USD thousands, a "Hot Light Theater Shops" of $176 thousand); a reader reads them as counts, as
// the titles say (src/lib/ingest/build-table.ts tableCounts, units.ts titleCounts). One word of money, one currency
// sign, one fraction or a stated unit leaves a table as it was read.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { titleCounts } from '../../../src/lib/ingest/units.ts';
import { readExcerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/dnut-2026-q2-counts.txt', 'utf8');
const excerpt = { id: 'dnut-2026-q2', headline: 'Krispy Kreme Reports Second Quarter 2026 Financial Results', name: 'Krispy Kreme', ticker: 'DNUT', fiscalPeriod: '2026-q2', releaseDate: '2026-08-06', fiscalYearEnd: '12-31' };
const facts = () => readExcerpt(EXCERPT, excerpt).facts.filter((f) => f.status === 'reported');

describe('a table whose title names things counted, stating no unit and printing no currency, counts them (Krispy Kreme, 2Q26)', () => {
  test.each([
    ['global-points-of-access', 'us--hot-light-theater-shops', '176'],
    ['global-points-of-access', 'us--fresh-delivery-doors', '6186'],
    ['global-points-of-access', 'total-global-points-of-access-as-defined', '15665'],
    ['global-hubs', 'us--doughnut-factories', '6'],
    ['global-hubs', 'hubs-with-spokes', '100'],
  ])('%s %s %s is a count in units', (table, row, value) => {
    const fact = facts().find((f) => f.table === table && f.row === row && f.value === value);
    expect(fact && { unit: fact.unit, scale: fact.scale }).toEqual({ unit: 'count', scale: 0 });
  });

  test('no figure of either table is money', () => {
    const money = facts().filter((f) => (f.table === 'global-points-of-access' || f.table === 'global-hubs') && f.unit !== 'count');
    expect(money.map((f) => `${f.id} ${f.unit}`)).toEqual([]);
  });

  test.each([
    ['Global Points of Access (Unaudited)', true],
    ['Global Hubs (Unaudited)', true],
    ['Membership', true],
    ['Stores by Region', true],
    ['Number of Restaurants', true],
    ['Store Count', true],
    ['Condensed Consolidated Statements of Operations', false],
    ['Segment Results', false],
    ['Store Sales', false],
    ['Revenues by Store', false],
    ['Credit Facilities', false],
    ['Business Units', false],
    ['Number of Shares', false],
  ])('the title %j names things counted: %s', (title, expected) => {
    expect(titleCounts(title)).toBe(expected);
  });
});
