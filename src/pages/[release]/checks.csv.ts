import type { APIRoute } from 'astro';
import { releaseIds, siteRelease, siteChecks } from '../../lib/site/index.ts';
import { checksCsv } from '../../lib/export/index.ts';

export function getStaticPaths() {
  return releaseIds().map((release) => ({ params: { release } }));
}

/** Every check of the release as CSV. */
export const GET: APIRoute = ({ params }) =>
  new Response(checksCsv(siteChecks(siteRelease(params.release!))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
