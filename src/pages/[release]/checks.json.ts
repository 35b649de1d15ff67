import { getCollection } from 'astro:content';
import { releasePaths } from '../../lib/site/page-keys.ts';
import type { APIRoute } from 'astro';
import { siteRelease, siteChecks } from '../../lib/site/index.ts';
import { checksJson } from '../../lib/export/index.ts';

export async function getStaticPaths() {
  return releasePaths(await getCollection('notebooks'));
}

/** Every check of the release as JSON. */
export const GET: APIRoute = ({ params }) =>
  new Response(checksJson(siteChecks(siteRelease(params.release!)), 'lines'), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
