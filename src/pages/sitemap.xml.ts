import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { releaseIds, siteReleaseOutline, paths, notebookSlug, href } from '../lib/site/index.ts';
import { publishedNotebooks } from '../lib/site/notebook-releases.ts';
import { publishedCompanyNotebooks } from '../lib/site/company-notebooks.ts';
import { listedCompanies, pageCount, RELEASES_PER_PAGE, COMPANIES_PER_PAGE } from '../lib/site/listings.ts';
import { escapeHtml } from '../lib/markup.ts';
import { KIND_ORDER } from '../lib/site/check-groups.ts';

/** Every page of the site, for search engines, at the published address (astro.config's `site`; paths when it is unset). */
// The notebooks' routes say which notebooks are left out; the sitemap, rendered apart, keeps quiet.
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const ids = releaseIds();
  const notebooks = publishedNotebooks(await getCollection('notebooks'), ids, { quiet: true });
  const companies = listedCompanies();
  const companyNotebooks = publishedCompanyNotebooks(await getCollection('notebooks'), companies.map((c) => c.id), ids, { quiet: true });
  const pagesOf = (count: number, size: number, path: (n: number) => string) => Array.from({ length: pageCount(count, size) }, (_, i) => path(i + 1));
  const path = [
    ...pagesOf(ids.length, RELEASES_PER_PAGE, paths.releasesPage),
    paths.search(),
    ...pagesOf(companies.length, COMPANIES_PER_PAGE, paths.companies),
    ...companies.flatMap((c) => pagesOf(c.releases.length, RELEASES_PER_PAGE, (n) => paths.company(c.id, n))),
    ...companyNotebooks.map((n) => paths.companyNotebook(n.data.company!, notebookSlug(n.id))),
    ...ids.flatMap((id) => {
      // Only the tables' ids: parsing every release for them cost a warm rebuild 0.2 s at 100 releases.
      const { tables } = siteReleaseOutline(id);
      return [
        paths.release(id),
        paths.statements(id),
        ...tables.map((table) => paths.table(id, table)),
        ...notebooks.filter((n) => n.data.release === id).map((n) => paths.notebook(id, notebookSlug(n.id))),
        paths.checks(id),
        ...KIND_ORDER.map(({ kind }) => paths.checkKind(id, kind)),
        paths.claims(id),
        paths.original(id),
        paths.source(id),
      ];
    }),
  ];
  const urls = path.map((p) => `  <url><loc>${escapeHtml(site ? new URL(href(base, p), site).href : href(base, p))}</loc></url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
