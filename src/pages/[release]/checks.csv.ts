import { getCollection } from 'astro:content';
import { releasePaths } from '../../lib/site/page-keys.ts';
import type { APIRoute } from 'astro';
import { siteRelease, siteChecks } from '../../lib/site/index.ts';
import { checksCsv } from '../../lib/export/index.ts';

export async function getStaticPaths() {
  return releasePaths(await getCollection('notebooks'));
}

/** Every check of the release as CSV. */
export const GET: APIRoute = ({ params }) =>
  new Response(checksCsv(siteChecks(siteRelease(params.release!))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
