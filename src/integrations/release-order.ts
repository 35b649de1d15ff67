/**
 * An Astro integration that renders a release's pages one after another.
 *
 * Astro renders route by route: every overview, then every checks page, then every statement
 * table… so each release would be needed again by every route, and a build would have to keep
 * every release in memory (or load it a dozen times). This puts the same pages in release
 * order instead: pages are grouped by the first segment of their path (`/<release>/…`), in the
 * order the groups first appear, keeping Astro's order within a group. A release is then
 * loaded once, all its pages are written, and it can be let go (src/lib/site/releases.ts keeps
 * only the last few), so a build's memory stays flat in the number of releases.
 *
 * Only the order of rendering changes: the same pages, with the same content. After each group
 * the process emits `tieout:pages-written` with the number of groups done and the group, which the bench's
 * memory probe listens to (bench/probe.mjs). A `PageFeed` (the search index) is told the
 * order of the paths, each page this build renders, and when the pages before a path are
 * written, so it can index them while the build goes on.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import type { PageFeed } from './search-index.ts';

/** The group of a path: its first segment (`/inap-2010-q2/checks/` → `inap-2010-q2`; `/` → ``). */
export function pathGroup(pathname: string): string {
  return pathname.split('/').find((s) => s !== '') ?? '';
}

/** Paths grouped by pathGroup, groups in order of first appearance, each group in its own order. */
export function inReleaseOrder<P extends { pathname: string }>(paths: P[]): P[] {
  const groups = new Map<string, P[]>();
  for (const p of paths) {
    const key = pathGroup(p.pathname);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(p);
  }
  return [...groups.values()].flat();
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
              const paths = inReleaseOrder(await astroDefault.getStaticPaths());
              feed?.paths(paths.map((p) => p.pathname));
              return paths;
            },
            render: async (request, options) => {
              const pathname = decodeURI(new URL(request.url).pathname);
              const local = pathname.startsWith(base) ? `/${pathname.slice(base.length).replace(/^\/+/, '')}` : pathname;
              const next = pathGroup(local);
              if (group !== undefined && next !== group) {
                written();
                // Every page before this one is on disk (rendered or copied); Astro writes one path at a time.
                feed?.writtenBefore(local);
              }
              group = next;
              const result = await astroDefault.render(request, options);
              const response = result instanceof Response ? result : result.response;
              if (feed && response.ok && response.headers.get('content-type')?.includes('text/html')) {
                feed.rendered(local, await response.clone().text());
              }
              return result;
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
