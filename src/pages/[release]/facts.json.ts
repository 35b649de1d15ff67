import { getCollection } from 'astro:content';
import { releasePaths } from '../../lib/site/page-keys.ts';
import type { APIRoute } from 'astro';
import { siteRelease } from '../../lib/site/index.ts';
import { factsJson } from '../../lib/export/index.ts';

export async function getStaticPaths() {
  return releasePaths(await getCollection('notebooks'));
}

/** Every fact of the release as JSON, the same records `tieout facts --json` prints. */
export const GET: APIRoute = ({ params }) =>
  new Response(factsJson(siteRelease(params.release!), 'lines'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
