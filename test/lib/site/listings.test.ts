/**
 * Listings stay bounded whatever the number of releases: the home page and its following pages,
 * the companies and each company's releases are cut into pages; the releases come newest first
 * and each company gathers its own. The data folder is a temporary one of copies of the bundled
 * release under other companies (TIEOUT_DATA).
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'tieout-listings-'));
const data = join(work, 'data');
process.env.TIEOUT_DATA = data;
process.env.TIEOUT_CACHE = 'off';
const bundled = join('data', 'releases', 'inap-2010-q2');
const meta = readFileSync(join(bundled, 'release.yaml'), 'utf8');
/** A release of `company` released on `date`, a copy of the bundled one. */
function release(id: string, company: string, name: string, date: string) {
  const dir = join(data, 'releases', id);
  mkdirSync(dir, { recursive: true });
  cpSync(join(bundled, 'release.txt'), join(dir, 'release.txt'));
  writeFileSync(join(dir, 'release.yaml'), meta.replace(/^company: .*$/m, `company: ${company}`).replace(/^name: .*$/m, `name: ${name}`).replace(/^release_?[dD]ate: .*$/m, (line) => line.replace(/\d{4}-\d\d-\d\d/, date)));
}
// 45 releases: company b (Beta) every month of 2011 and 2012 (24), a (Alpha) 21, in a mixed order of ids.
for (let i = 0; i < 24; i++) release(`b-${String(i).padStart(2, '0')}`, 'b', 'Beta Corp', `${2011 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`);
for (let i = 0; i < 21; i++) release(`a-${String(i).padStart(2, '0')}`, 'a', 'Alpha Inc', `2010-${String((i % 12) + 1).padStart(2, '0')}-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const { listedReleases, listedCompanies, pageCount, pageItems, RELEASES_PER_PAGE } = await import('../../../src/lib/site/listings.ts');

describe('listings', () => {
  test('the release.yaml of the fixture sets the release date the listings sort by', () => {
    expect(meta).toMatch(/^release_?[dD]ate: .*\d{4}-\d\d-\d\d/m);
  });

  test('every release once, newest first', () => {
    const all = listedReleases();
    expect(all).toHaveLength(45);
    expect(new Set(all.map((r) => r.id)).size).toBe(45);
    expect(all[0]!.id).toBe('b-23');
    expect(all.at(-1)!.releaseDate <= all[0]!.releaseDate).toBe(true);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.releaseDate >= all[i]!.releaseDate).toBe(true);
  });

  test('pages of RELEASES_PER_PAGE cover every release once, in order, and no page is longer', () => {
    const all = listedReleases();
    const pages = pageCount(all.length, RELEASES_PER_PAGE);
    expect(pages).toBe(Math.ceil(45 / RELEASES_PER_PAGE));
    const paged = Array.from({ length: pages }, (_, i) => pageItems(all, i + 1, RELEASES_PER_PAGE));
    expect(paged.flat()).toEqual(all);
    expect(Math.max(...paged.map((p) => p.length))).toBeLessThanOrEqual(RELEASES_PER_PAGE);
    expect(pageCount(0, RELEASES_PER_PAGE)).toBe(1);
    expect(pageCount(RELEASES_PER_PAGE, RELEASES_PER_PAGE)).toBe(1);
    expect(pageCount(RELEASES_PER_PAGE + 1, RELEASES_PER_PAGE)).toBe(2);
  });

  test('companies by name, each with its own releases newest first', () => {
    const companies = listedCompanies();
    expect(companies.map((c) => [c.id, c.name, c.releases.length])).toEqual([['a', 'Alpha Inc', 21], ['b', 'Beta Corp', 24]]);
    for (const c of companies) {
      expect(c.releases.every((r) => r.company === c.id)).toBe(true);
      expect(c.releases.map((r) => r.releaseDate)).toEqual([...c.releases.map((r) => r.releaseDate)].sort().reverse());
    }
  });

  test('a company whose newest release.yaml leaves the name empty takes an older one, else its ticker, else its folder', () => {
    const [newest, older] = listedReleases().filter((r) => r.company === 'b');
    const gwim = { ...newest!, company: 'bac', name: '', ticker: '' };
    const named = [{ ...newest!, name: '' }, { ...older!, name: 'Beta Corp' }];
    const musti = { ...newest!, company: 'musti', name: '', ticker: 'MUSTI' };
    const companies = listedCompanies([gwim, ...named, musti]);
    expect(companies.map((c) => [c.id, c.name, c.ticker])).toEqual([['bac', 'bac', ''], ['b', 'Beta Corp', newest!.ticker], ['musti', '', 'MUSTI']]);
  });

  test('a release folder named like a listing fails with its name', () => {
    release('companies', 'a', 'Alpha Inc', '2010-01-01');
    try {
      expect(() => listedReleases()).toThrow(/data\/releases\/companies: a release folder may not be named 'companies'/);
    } finally {
      rmSync(join(data, 'releases', 'companies'), { recursive: true });
    }
  });
});
