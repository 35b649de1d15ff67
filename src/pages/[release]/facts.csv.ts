import { getCollection } from 'astro:content';
import { releasePaths } from '../../lib/site/page-keys.ts';
import type { APIRoute } from 'astro';
import { siteRelease } from '../../lib/site/index.ts';
import { factsCsv } from '../../lib/export/index.ts';

export async function getStaticPaths() {
  return releasePaths(await getCollection('notebooks'));
}

/** Every fact of the release as CSV, the same rows `tieout facts --csv` prints. */
export const GET: APIRoute = ({ params }) =>
  new Response(factsCsv(siteRelease(params.release!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
