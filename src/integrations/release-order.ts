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
 * Astro builds a few paths at once (astro.config's build.concurrency: a page's files are written
 * while the next renders), starting them in order.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import type { PageFeed } from './search-index.ts';

/** The group of a path: its first segment (`/inap-2010-q2/checks/` → `inap-2010-q2`; `/` → ``). */
export function pathGroup(pathname: string): string {
  return pathname.split('/').find((s) => s !== '') ?? '';
}

/**
 * Paths grouped by pathGroup, each group in its own order. Groups come in order of `rank` (the
 * search index's shard of a group, so that a shard's pages are written one after another and
 * it can be indexed while the build goes on), and of first appearance within a rank.
 */
export function inReleaseOrder<P extends { pathname: string }>(paths: P[], rank: (group: string) => number = () => 0): P[] {
  const groups = new Map<string, P[]>();
  for (const p of paths) {
    const key = pathGroup(p.pathname);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(p);
  }
  const ranked = [...groups].map(([key, group], i) => ({ group, rank: rank(key), i }));
  return ranked.sort((a, b) => a.rank - b.rank || a.i - b.i).flatMap((g) => g.group);
}

export function releaseOrder(feed?: PageFeed): AstroIntegration {
  let base = '/';
  return {
    name: 'tieout:release-order',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astroDefault: AstroPrerenderer): AstroPrerenderer => {
          let group: string | undefined;
          let done = 0;
          const written = () => (process as NodeJS.EventEmitter).emit('tieout:pages-written', ++done, group);
          return {
            ...astroDefault,
            name: 'tieout:release-order',
            setup: astroDefault.setup && (() => astroDefault.setup!()),
            getStaticPaths: async () => {
              const paths = inReleaseOrder(await astroDefault.getStaticPaths(), feed?.rank);
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
              try {
                const result = await astroDefault.render(request, options);
                const response = result instanceof Response ? result : result.response;
                if (feed && response.ok && response.headers.get('content-type')?.includes('text/html')) page = await response.clone().text();
                return result;
              } finally {
                feed?.rendered(local, page);
              }
            },
            teardown: async () => {
              await astroDefault.teardown?.();
              if (group !== undefined) written();
            },
          };
        });
      },
    },
  };
}
