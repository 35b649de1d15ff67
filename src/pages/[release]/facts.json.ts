import type { APIRoute } from 'astro';
import { releaseIds, siteRelease } from '../../lib/site/index.ts';
import { factsJson } from '../../lib/export/index.ts';

export function getStaticPaths() {
  return releaseIds().map((release) => ({ params: { release } }));
}

/** Every fact of the release as JSON, the same records `tieout facts --json` prints. */
export const GET: APIRoute = ({ params }) =>
  new Response(factsJson(siteRelease(params.release!), 'lines'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
