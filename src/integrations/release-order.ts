/**
 * An Astro integration that renders a release's pages one after another.
 *
 * Astro renders route by route: every overview, then every checks page, then every statement
 * table… so each release would be needed again by every route, and a build would have to keep
 * every release in memory (or load it a dozen times). This puts the same pages in release
 * order instead: pages are grouped by the first segment of their path (`/<release>/…`), groups
 * ranked by the feed (below) and in the order they first appear, keeping Astro's order within
 * a group. A release is then
 * loaded once, all its pages are written, and it can be let go (src/lib/site/releases.ts keeps
 * only the last few), so a build's memory stays flat in the number of releases.
 *
 * Only the order of rendering changes: the same pages, with the same content. After each group
 * the process emits `tieout:pages-written` with the number of groups done and the group, which the bench's
 * memory probe listens to (bench/probe.mjs). A `PageFeed` (the search index) ranks the groups,
 * and is told the order of the paths, each page this build renders, and when the build has
 * reached a path, so it can index the pages before it while the build goes on.
 *
 * Astro builds many paths at once (astro.config's build.concurrency), starting them in order;
 * the pages are rendered in render threads, a group to a thread (src/integrations/render-pool.ts),
 * and groups of pages about every release (home, listings) come after every release's.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import type { PageFeed } from './search-index.ts';
import { readCached } from '../lib/cache/index.ts';
import { releaseIds, releaseInputKey } from '../lib/site/releases.ts';
import { prerenderDir } from './build-guard.ts';
import { GroupAssigner, ownPages, renderThreads, startRenderPool, type RenderPool } from './render-pool.ts';

/** About how many pages a release has (the bundled one: 27), to tell how many pages will render before they are listed. */
const RELEASE_PAGES = 27;

/** The group of a path: its first segment (`/inap-2010-q2/checks/` → `inap-2010-q2`; `/` → ``). */
export function pathGroup(pathname: string): string {
  return pathname.split('/').find((s) => s !== '') ?? '';
}

/**
 * Paths grouped by pathGroup, each group in its own order. Groups come in order of `rank` (the
 * search index's shard of a group, so that a shard's pages are written one after another and
 * it can be indexed while the build goes on), and of first appearance within a rank; groups
 * that are not `release` groups (the home page, listings, search) come after every release's,
 * because they show every release's card: rendered first, they had every release verified
 * one after another in the build's own thread while the render threads waited.
 */
export function inReleaseOrder<P extends { pathname: string }>(paths: P[], rank: (group: string) => number = () => 0, release: (group: string) => boolean = () => true): P[] {
  const groups = new Map<string, P[]>();
  for (const p of paths) {
    const key = pathGroup(p.pathname);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(p);
  }
  const ranked = [...groups].map(([key, group], i) => ({ group, last: release(key) ? 0 : 1, rank: rank(key), i }));
  return ranked.sort((a, b) => a.last - b.last || a.rank - b.rank || a.i - b.i).flatMap((g) => g.group);
}

export function releaseOrder(feed?: PageFeed): AstroIntegration {
  let base = '/';
  let outDir = '';
  return {
    name: 'tieout:release-order',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astroDefault: AstroPrerenderer): AstroPrerenderer => {
          let group: string | undefined;
          let done = 0;
          let pool: RenderPool | undefined;
          let renderers = new GroupAssigner(0);
          let own = 0;
          // The render threads' heaps, for the bench's probe (a thread keeps the releases it renders).
          const threadHeaps = (): Promise<number[]> => pool?.heaps() ?? Promise.resolve([]);
          const written = () => (process as NodeJS.EventEmitter).emit('tieout:pages-written', ++done, group, threadHeaps);
          return {
            ...astroDefault,
            name: 'tieout:release-order',
            setup: async () => {
              const threads = renderThreads();
              if (threads === 0) return astroDefault.setup?.();
              const entry = prerenderEntry(outDir);
              // The build's state rendering reads is handed to Astro's app by its setup: taken on the way, for the threads.
              const { app } = (await import(entry.href)) as { app: CapturedApp };
              let internals: CapturedInternals | undefined;
              let options: CapturedOptions | undefined;
              const { setInternals, setOptions } = app;
              app.setInternals = (i) => setInternals.call(app, (internals = i));
              app.setOptions = (o) => setOptions.call(app, (options = o));
              try {
                await astroDefault.setup?.();
              } finally {
                app.setInternals = setInternals;
                app.setOptions = setOptions;
              }
              if (!internals || !options) throw new Error("release order: Astro's prerender app was not set up with the build's state");
              pool = startRenderPool(
                {
                  entry: entry.href,
                  pages: [...internals.pagesByKeys].map(([key, page]) => [key, { styles: page.styles }]),
                  scripts: options.settings.scripts,
                  bundles: [...internals.entrySpecifierToBundleMap],
                },
                threads,
              );
              own = ownPages();
              renderers = new GroupAssigner(threads, own);
            },
            getStaticPaths: async () => {
              // Every release is read for the routes' paths. One whose outline is not in the disk cache is new or
              // changed (or tieout is), so all its pages render: when those are more than the build's own thread
              // renders (a cold build), the threads start now and read them first, on every core, then the cache serves them.
              const unread = pool ? releaseIds().filter((id) => readCached('release-outline', releaseInputKey(id)) === undefined) : [];
              if (pool && unread.length * RELEASE_PAGES > own) {
                renderers.useThreads();
                await pool.outline(unread);
              }
              const all = await astroDefault.getStaticPaths();
              // A release's group: its paths come from routes whose first segment is a parameter (src/pages/[release]/…).
              const releases = new Set(all.filter((p) => p.route.segments[0]?.[0]?.dynamic).map((p) => pathGroup(p.pathname)));
              const paths = inReleaseOrder(all, feed?.rank, (g) => releases.has(g));
              feed?.paths(paths.map((p) => p.pathname));
              return paths;
            },
            render: async (request, options) => {
              const pathname = decodeURI(new URL(request.url).pathname);
              const local = pathname.startsWith(base) ? `/${pathname.slice(base.length).replace(/^\/+/, '')}` : pathname;
              const next = pathGroup(local);
              if (group !== undefined && next !== group) {
                written();
                // Every page before this one is rendered or on its way to disk (Astro starts paths in order, a few at once).
                feed?.reached(local);
              }
              group = next;
              feed?.rendering(local);
              let page: string | undefined;
              const renderer = renderers.start(next);
              try {
                const result =
                  renderer === 0 || !pool
                    ? await astroDefault.render(request, options)
                    : await pool.render(renderer - 1, { id: 0, url: request.url, route: options.routeData.route, component: options.routeData.component, collectMetadata: options.collectMetadata ?? false });
                const response = result instanceof Response ? result : result.response;
                if (feed && response.ok && response.headers.get('content-type')?.includes('text/html')) page = await response.clone().text();
                return result;
              } finally {
                renderers.done(next);
                // While Pagefind is behind, this path waits, and Astro starts no more: pages are not kept waiting in memory.
                await feed?.rendered(local, page);
              }
            },
            teardown: async () => {
              if (group !== undefined) written();
              if (process.env.TIEOUT_RENDER_STATS) {
                // For the bench: how the build's CPU time was shared between its threads.
                const ms = (u: NodeJS.CpuUsage) => Math.round((u.user + u.system) / 1000);
                console.error(`render threads: groups ${renderers.counts().join(', ')}; this thread ${ms(process.threadCpuUsage())} ms CPU; render threads ${(await pool?.usage())?.map(ms).join(', ') ?? 'none'}`);
              }
              await pool?.close();
              await astroDefault.teardown?.();
            },
          };
        });
      },
    },
  };
}

interface CapturedInternals {
  pagesByKeys: Map<string, { styles: unknown[] }>;
  entrySpecifierToBundleMap: Map<string, string>;
}
interface CapturedOptions {
  settings: { scripts: unknown[] };
}
interface CapturedApp {
  setInternals(internals: CapturedInternals): void;
  setOptions(options: CapturedOptions): void;
}

/** Astro's prerender entry: `prerender-entry….mjs` among its prerender chunks. */
function prerenderEntry(outDir: string): URL {
  const dir = prerenderDir(outDir);
  const file = readdirSync(dir).find((f) => f.startsWith('prerender-entry') && f.endsWith('.mjs'));
  if (!file) throw new Error(`release order: no prerender-entry….mjs in ${dir}`);
  return pathToFileURL(path.join(dir, file));
}
