/**
 * Full-text search with Pagefind: every page that marks its content (`data-pagefind-body`:
 * releases' pages and notebooks; not the 404 or the search page). Pagefind keeps where each
 * element with an id sits among a page's words, so the search page (public/search.js) links a
 * match to the row, cell or check it is in: no record of their own is needed (one a check and
 * one a figure made the index, and its build, grow by hundreds of files a release). The index
 * lands in `<outDir>/pagefind/`; only the search page loads its script.
 *
 * Pagefind indexes in its own process. Rather than reading every page back from disk once the
 * build is done (which left the machine's other core idle while pages were rendered, then the
 * first one idle while Pagefind worked), pages are fed to it while the build goes on: each
 * release's pages as soon as the release is written (src/integrations/release-order.ts tells
 * when). Pagefind's index depends on
 * the order pages reach it, so they always reach it in the order of the build's paths, whether
 * a page was rendered by this build or copied from the last one (an incremental build): a
 * cold build and a rebuild write the same index.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** What the build tells the index about its pages (called by release-order.ts). */
export interface PageFeed {
  /** Every path the build will write, in the order it writes them. */
  paths(pathnames: string[]): void;
  /** A page this build rendered (copied pages are read from disk). */
  rendered(pathname: string, html: string): void;
  /** The pages of every path before `pathname` are written. */
  writtenBefore(pathname: string): void;
}

/** A path as a key: without its trailing slash (`/a/b/` and `/a/b` are one page). */
const keyOf = (pathname: string) => pathname.replace(/\/+$/, '');

/** The file a page is written to, relative to the output folder, when it is HTML; else undefined. */
function htmlFile(key: string): string | undefined {
  const last = key.split('/').at(-1) ?? '';
  if (last.includes('.')) return last.endsWith('.html') ? key.slice(1) : undefined;
  if (key === '/404' || key === '/500') return `${key.slice(1)}.html`;
  return key === '' ? 'index.html' : `${key.slice(1)}/index.html`;
}

export function searchIndex(): AstroIntegration & { feed: PageFeed } {
  let outDir = '';
  let order: string[] = [];
  let next = 0;
  const html = new Map<string, string>();
  let index: pagefind.PagefindIndex | undefined;
  // What Pagefind was sent and has not answered yet (answered ones are let go: a large site sends thousands), and what it refused.
  const inflight = new Set<Promise<void>>();
  const refused: string[] = [];
  const track = (sent: Promise<{ errors: string[] }>, what: string) => {
    const p: Promise<void> = sent
      .then(
        (r) => void refused.push(...r.errors.map((e) => `${what}: ${e}`)),
        (e: unknown) => void refused.push(`${what}: ${e instanceof Error ? e.message : String(e)}`),
      )
      .finally(() => inflight.delete(p));
    inflight.add(p);
  };
  let pages = 0;

  const start = async () => {
    if (index) return index;
    const created = await pagefind.createIndex({
      forceLanguage: 'en',
      // Popovers repeat what their tables say, code is not prose, and a chart's narrow drawing repeats its wide one.
      excludeSelectors: ['.pv', 'pre.code', '.chart-narrow', '.anchor', '.visually-hidden'],
    });
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    return (index = created.index);
  };

  /** Sends pages in build order up to (not including) position `end`, as far as they are written (all of them when `final`: a path that wrote no page is passed). */
  const send = (end: number, ix: pagefind.PagefindIndex, final = false): void => {
    for (; next < end; next++) {
      const key = order[next]!;
      const file = htmlFile(key);
      if (file) {
        let content = html.get(key);
        html.delete(key);
        if (content === undefined) {
          const onDisk = path.join(outDir, file);
          // A page copied from the last build is on disk by now; one that is not yet is sent later, in order.
          if (existsSync(onDisk)) content = readFileSync(onDisk, 'utf8');
          else if (!final) return;
        }
        if (content !== undefined) {
          pages++;
          track(ix.addHTMLFile({ sourcePath: file, content }), file);
        }
      }
    }
  };

  let chain: Promise<void> = Promise.resolve();
  const feed: PageFeed = {
    paths(pathnames) {
      order = pathnames.map(keyOf);
      next = 0;
    },
    rendered(pathname, content) {
      if (htmlFile(keyOf(pathname))) html.set(keyOf(pathname), content);
    },
    writtenBefore(pathname) {
      const end = order.indexOf(keyOf(pathname), next);
      if (end < 0) return;
      chain = chain.then(async () => send(end, await start()));
    },
  };

  return {
    name: 'tieout:search-index',
    feed,
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        outDir = fileURLToPath(dir);
        try {
          await chain;
          const ix = await start();
          if (order.length > 0) send(order.length, ix, true);
          else {
            // The build's paths were never announced (Astro rendered without release-order.ts): read the pages back.
            const added = await ix.addDirectory({ path: outDir });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
            pages = added.page_count;
          }
          await Promise.all(inflight);
          if (refused.length > 0) throw new Error(`Pagefind refused ${refused.length} page(s): ${refused.slice(0, 5).join('; ')}`);
          const written = await ix.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`search index: ${pages} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
