import type { APIRoute } from 'astro';
import { releaseIds, siteRelease, siteChecks } from '../../lib/site/index.ts';
import { checksJson } from '../../lib/export/index.ts';

export function getStaticPaths() {
  return releaseIds().map((release) => ({ params: { release } }));
}

/** Every check of the release as JSON. */
export const GET: APIRoute = ({ params }) =>
  new Response(checksJson(siteChecks(siteRelease(params.release!)), 'lines'), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
