// A column whose heading names a count ("Number of leases") holds counts, whatever money the release or the table
// states for its other columns. Mercialys' FY 2024 release (unseen wire set s6, a Dow Jones copy,
// DJN_DN202502120100550) prints no unit statement over its lease tables, so the release's EUR millions applied to
// every figure: 1,927 leases read as EUR 1,927 million.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { headsCount } from '../../../src/lib/ingest/units.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { Fact, ReleaseMeta } from '../../../src/lib/types.ts';

const meta: ReleaseMeta = {
  id: 'mery', title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '12-31',
  fiscalPeriod: '2024-fy', releaseDate: '2025-02-12', currency: 'EUR', scale: 6,
};

/** A wire copy's excerpt as `tieout import` writes it, then read. */
function wire(file: string) {
  const path = `test/fixtures/import/wire/${file}`;
  const text = importRelease({ text: readFileSync(path, 'utf8'), file, kind: 'text' }, { ticker: 'X', fiscalPeriod: '2024-fy', currency: 'EUR', scale: 'millions' }).releaseText;
  return parseRelease(text, meta, emptyModel, path);
}
/** An excerpt already in the release-text layout. */
function form(file: string) {
  const path = `test/fixtures/ingest/forms/${file}`;
  return parseRelease(readFileSync(path, 'utf8'), meta, emptyModel, path);
}

const releases = {
  // Lines 712-746 of the release: "Number of leases | Annual MGR + variable rents (EURm) | Share of leases expiring (%)" by year of expiry.
  schedule: wire('mery-2024-fy-lease-schedule.md'),
  // Lines 808-822: the same three headings, each dated "Dec 31, 2024", by kind of retailer.
  retailers: form('mery-2024-fy-rent-shares.txt'),
};

const unitsOf = (facts: Fact[], row: string, key: string) => facts.filter((f) => f.row === row && f.id.endsWith(`/${key}`)).map((f) => [f.value, f.unit, f.scale]);

describe('a column headed by a count reads counts', () => {
  // [release, row, column key, its figure, unit, scale]
  test.each<[keyof typeof releases, string, string, string, string, number]>([
    ['schedule', '2025', 'number-leases', '153', 'count', 0],
    ['schedule', '2025', 'variable-rents-eurm', '8.4', 'EUR', 6],
    ['schedule', '2025', 'expiring-percent-annual-mgr-variable', '5.0', 'percent', 0],
    ['schedule', 'total', 'number-leases', '1927', 'count', 0],
    ['schedule', 'total', 'variable-rents-eurm', '169.2', 'EUR', 6],
    ['retailers', 'local-retailers', '2024-12-31.number-leases', '578', 'count', 0],
    ['retailers', 'local-retailers', '2024-12-31.variable-rents-eurm', '23.9', 'EUR', 6],
    ['retailers', 'total', '2024-12-31.number-leases', '1927', 'count', 0],
    ['retailers', 'total', '2024-12-31.percent-of-rent', '100.0', 'percent', 0],
  ])('%s: %s under %s is %s, %s at scale %i', (name, row, key, value, unit, scale) => {
    const release = releases[name];
    expect(unitsOf(release.facts, row, key)).toEqual([[value, unit, scale]]);
  });

  test('the reading says why', () => {
    const table = releases.schedule.tables.find((t) => t.columns.some((c) => c.key === 'number-leases'))!;
    expect(table.rows.find((r) => r.id === 'total')!.reading).toMatchObject({ unit: 'count', scale: 0, evidence: expect.stringMatching(/^count: its column "Number of leases"/) });
  });
});

describe('which headings name a count', () => {
  test.each<[string, boolean]>([
    ['Number of leases', true],
    ['No. of tenants', true],
    ['# of employees', true],
    ['Number of stores', true],
    ['Store count', true],
    ['Headcount', true],
    ['Employees', true],
    ['Units', true],
    ['Homes closed', true],
    ['Leases signed', true],
    // Money, or a count of shares (read as shares by their own words), or things that also name segments or liabilities.
    ['Number of shares', false],
    ['Number of weighted average shares', false],
    ['Operating leases', false],
    ['Finance leases', false],
    ['Stores', false],
    ['Volume', false],
    ['Common units', false],
    ['Rent per unit', false],
    ['Annual MGR + variable rents (EURm)', false],
    ['Discount', false],
    ['Amount', false],
  ])('%s → %s', (heading, expected) => {
    expect(headsCount(heading)).toBe(expected);
  });
});
