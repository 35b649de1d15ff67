import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { buildGuard } from './src/integrations/build-guard.ts';
import { swapOutDir } from './src/integrations/swap-out-dir.ts';
import { generatedStylesheets } from './src/integrations/stylesheets.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { releaseOrder } from './src/integrations/release-order.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { routeLines } from './src/integrations/route-lines.ts';

// Astro inlines into a module that names `import.meta.env` bare (as `import.meta.env?.MODE` does) every
// environment variable whose name occurs in the module's source, and `_` occurs in every source. The shell
// sets `_` to the command it ran (/usr/bin/npm for `npm run build`, another path for `npx astro build` or a
// test's build), so the pages' code, which the incremental build hashes, differed with how a build was
// started, and every page was rendered again. Nothing reads `_`.
delete process.env._;

// The search index is fed each release's pages as they are written (release order tells it when).
const search = searchIndex();

// Notebooks are not Vite modules: pages compile their MDX when they render (src/lib/notebook/mdx.ts).
export default defineConfig({
  // The published address, for canonical URLs, og:url and sitemap.xml (set TIEOUT_SITE when publishing).
  // Unset, pages link to themselves by path and the build says so (siteAddress()), never a localhost URL.
  site: process.env.TIEOUT_SITE || undefined,
  // mdx(): the renderer of MDX content (astro:jsx) that notebook pages use.
  // buildGuard(): a build that stops early exits 1, never 0 with pages missing, and leaves no .prerender/.
  // generatedStylesheets(): Plot's rules as a stylesheet, so pages need no inline style (CSP).
  // searchIndex(): Pagefind's index of the built pages, checks and table rows, for the search page.
  // releaseOrder(): a release's pages are rendered together, in a render thread, so the build lets each release go once they are written.
  // siteAddress(): says on stderr when TIEOUT_SITE is unset.
  // swapOutDir(), last, so that every other integration's build:done has written: the build writes a new folder and puts it
  // in place of the output folder once whole; a failed or stopped build leaves the last good site.
  integrations: [mdx(), buildGuard(), generatedStylesheets(), search, releaseOrder(search.feed), siteAddress(), routeLines(), swapOutDir()],
  // Astro's own caches (content layer); the bench builds simulated sites with caches of their own.
  cacheDir: process.env.TIEOUT_ASTRO_CACHE ?? './node_modules/.astro',
  // Every stylesheet is a file: the Content-Security-Policy allows no inline <style> (ARCHITECTURE.md).
  // Paths many at once: pages render in threads, a release to a thread (src/integrations/render-pool.ts),
  // so each thread needs a release's pages waiting; meanwhile pages are written and cached pages copied.
  build: { inlineStylesheets: 'never', concurrency: 64 },
  // Pages whose cache key (src/lib/site/page-keys.ts) and code are unchanged are copied from the last build.
  experimental: { incrementalBuild: true },
});
