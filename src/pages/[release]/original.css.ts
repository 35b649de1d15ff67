import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { releasePaths } from '../../lib/site/page-keys.ts';
import { siteRelease, originalDocument } from '../../lib/site/index.ts';

export async function getStaticPaths() {
  return releasePaths(await getCollection('notebooks'));
}

/**
 * The original document's safe inline styles (lib/original/styles.ts: alignment, emphasis,
 * padding, rules), one class a set of declarations, scoped to the original's container: pages
 * allow no inline style (CSP), so each release's original page links this file.
 */
export const GET: APIRoute = ({ params }) => {
  const css = originalDocument(siteRelease(params.release!)).css;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
