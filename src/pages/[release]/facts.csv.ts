import type { APIRoute } from 'astro';
import { releaseIds, siteRelease } from '../../lib/site/index.ts';
import { factsCsv } from '../../lib/export/index.ts';

export function getStaticPaths() {
  return releaseIds().map((release) => ({ params: { release } }));
}

/** Every fact of the release as CSV, the same rows `tieout facts --csv` prints. */
export const GET: APIRoute = ({ params }) =>
  new Response(factsCsv(siteRelease(params.release!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
