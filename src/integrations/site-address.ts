/**
 * An Astro integration that says, once per build, when the site's published address is unknown.
 *
 * Canonical links, og:url and the sitemap need the address the site will be served from
 * (astro.config's `site`, from TIEOUT_SITE). Without it the pages link to themselves by path
 * (a root-relative canonical), leave og:url out and the sitemap lists paths: nothing points to
 * a localhost address that means nothing to a reader. The build still succeeds (a preview or a
 * test needs no address) but says so on stderr, so a publisher is not surprised.
 */
import type { AstroIntegration } from 'astro';

export const NO_SITE_NOTICE =
  'tieout: TIEOUT_SITE is unset, so pages carry root-relative canonical links, no og:url, and sitemap.xml lists paths; ' +
  'set TIEOUT_SITE to the published address (e.g. TIEOUT_SITE=https://reports.example.com) when publishing\n';

export function siteAddress(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'tieout:site-address',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:start': () => {
        if (!site) process.stderr.write(NO_SITE_NOTICE);
      },
    },
  };
}
