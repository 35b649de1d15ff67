import type { APIRoute } from 'astro';

/** Crawlers may read everything, and find every page in sitemap.xml (at its full address, known only with TIEOUT_SITE). */
export const GET: APIRoute = ({ site }) => {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const sitemap = site ? `Sitemap: ${new URL(`${base}/sitemap.xml`, site).href}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
