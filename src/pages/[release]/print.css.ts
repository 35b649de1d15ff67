import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { releasePaths } from '../../lib/site/page-keys.ts';
import { siteRelease, releaseName } from '../../lib/site/index.ts';

export async function getStaticPaths() {
  return releasePaths(await getCollection('notebooks'));
}

/** A CSS string: quotes and backslashes escaped, line breaks as \a. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`;

/**
 * The running footer of a release's printed pages names the release ("INAP Q2 2010 · tieout";
 * site.css sets the page numbers and "tieout" alone). A margin box can only show text its
 * stylesheet holds (Chromium has no string-set), and pages allow no inline style (CSP), so
 * each release has this one small stylesheet, linked for print from every page of the release.
 */
export const GET: APIRoute = ({ params }) => {
  const release = siteRelease(params.release!);
  const name = releaseName(release);
  // !important: Astro links site.css after this file, and its @page rule would otherwise win.
  const css = `@page { @bottom-left { content: ${cssString(`${name} · tieout`)} !important; } }\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
