/**
 * Listings of releases, bounded whatever the number of releases (issue 12): the home page and
 * its following pages list RELEASES_PER_PAGE releases each, newest first; companies are listed
 * COMPANIES_PER_PAGE to a page, and each company's releases are paged the same way. A listing is
 * computed from release.yaml alone (siteReleaseMeta), so it never holds every release in memory;
 * a page loads only the releases it shows.
 */
import type { ReleaseMeta } from '../types.ts';
import { releaseIds, siteReleaseMeta } from './releases.ts';

export const RELEASES_PER_PAGE = 20;
export const COMPANIES_PER_PAGE = 100;

/** First segments of listing URLs, which no release folder may take. */
export const LISTING_SEGMENTS = ['page', 'companies', 'company'];

/** Every release's metadata, newest first (release date, then id). */
export function listedReleases(): ReleaseMeta[] {
  const ids = releaseIds();
  const taken = ids.filter((id) => LISTING_SEGMENTS.includes(id));
  if (taken.length > 0) {
    throw new Error(`data/releases/${taken[0]}: a release folder may not be named '${taken[0]}': the site's listings use that address (${LISTING_SEGMENTS.join(', ')})`);
  }
  return ids.map(siteReleaseMeta).sort((a, b) => b.releaseDate.localeCompare(a.releaseDate) || a.id.localeCompare(b.id));
}

export interface Company {
  /** Folder under data/companies/ (release.yaml's `company`). */
  id: string;
  name: string;
  ticker: string;
  /** Newest first. */
  releases: ReleaseMeta[];
}

/**
 * Every company with releases, by name; its name and ticker as its newest release gives them. A
 * release.yaml may leave both empty: then an older release's are taken, and failing those the
 * folder name where there is no ticker either, so no link, heading or title on a page is empty
 * (`nameWithListing` shows the ticker alone).
 */
export function listedCompanies(releases: ReleaseMeta[] = listedReleases()): Company[] {
  const byId = new Map<string, Company>();
  for (const meta of releases) {
    const company = byId.get(meta.company);
    if (!company) byId.set(meta.company, { id: meta.company, name: meta.name.trim(), ticker: meta.ticker.trim(), releases: [meta] });
    else {
      company.releases.push(meta);
      if (!company.name) company.name = meta.name.trim();
      if (!company.ticker) company.ticker = meta.ticker.trim();
    }
  }
  const companies = [...byId.values()];
  for (const company of companies) if (!company.name && !company.ticker) company.name = company.id;
  return companies.sort((a, b) => (a.name || a.ticker).localeCompare(b.name || b.ticker) || a.id.localeCompare(b.id));
}

/** How many pages `count` items take, `size` a page (at least one, so an empty site has its home). */
export function pageCount(count: number, size: number): number {
  return Math.max(1, Math.ceil(count / size));
}

/** The items of page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}
