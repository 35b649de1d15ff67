/**
 * Full-text search with Pagefind: every page that marks its content (`data-pagefind-body`:
 * releases' pages and notebooks; not the 404 or the search page). Pagefind keeps where each
 * element with an id sits among a page's words, so the search page (public/search.js) links a
 * match to the row, cell or check it is in: no record of their own is needed (one a check and
 * one a figure made the index, and its build, grow by hundreds of files a release). The index
 * lands in `<outDir>/pagefind/`; only the search page loads its script.
 *
 * The index is split into a primary index and shards of releases (src/integrations/search-shards.ts),
 * merged by the search page. A shard whose pages are byte for byte those it was last built from
 * is linked from the cache (src/lib/cache: TIEOUT_CACHE), found by a hash of its pages, their
 * order, Pagefind's version and options and the spacing it is sent (spaced()): never stale. So a rebuild after editing one notebook
 * indexes one shard, not the site.
 *
 * Pagefind indexes in its own process. Rather than reading every page back from disk once the
 * build is done (which left the machine's other core idle while pages were rendered, then the
 * first one idle while Pagefind worked), pages are fed to it while the build goes on: each
 * release's pages as soon as the build has moved on to the next release
 * (src/integrations/release-order.ts tells when). The build renders a shard's releases one after
 * another (the feed ranks them), so each shard is written, in Pagefind's process, as soon as its
 * last page is in, while the build renders the next: what is left when the last page is written
 * is one shard, not the whole index. A shard that was indexed before waits instead, as long as
 * its pages match the last build's list of them (kept in the cache); at the first that does not,
 * its pages so far are sent and the rest as they come. Pagefind's index depends on the order
 * pages reach it, so they always reach it in the order of the build's paths, whether a page was
 * rendered by this build or copied from the last one (an incremental build), and only whole:
 * a page still rendering, or still being copied, is waited for. A cold build and a rebuild
 * write the same index.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { cacheDir, hashOf } from '../lib/cache/index.ts';
import { writeStage } from '../lib/write-atomic.ts';
import { PRIMARY, isSearchable, isUnused, shardNumber, shardOf } from './search-shards.ts';

/** What the build tells the index about its pages (called by release-order.ts). */
export interface PageFeed {
  /** Where the pages of a group (a release: src/integrations/release-order.ts) come in the build: a shard's together, so it is written as soon as its last page is in. */
  rank(group: string): number;
  /** Every path the build will write, in the order it writes them. */
  paths(pathnames: string[]): void;
  /** This build renders `pathname` (pages it does not render are copied from the last build, and read from disk). */
  rendering(pathname: string): void;
  /**
   * A page this build rendered, with its HTML (none when it is not an HTML page). Returns a promise
   * when more pages than the index's limit wait for Pagefind (see `maxWaiting`): the build is to
   * wait for it before going on, so that pages do not pile up in memory while Pagefind falls behind.
   */
  rendered(pathname: string, html?: string): Promise<void> | void;
  /**
   * The build has started every path before `pathname`: each is rendered, being rendered (and
   * said so), or being copied from the last build (Astro builds a few paths at once, in order).
   */
  reached(pathname: string): void;
}

/** The list of shards the search page merges, next to the primary index. */
export const SHARDS_FILE = 'shards.json';

// Popovers repeat what their tables say (a claim's explanation, what its check says), code is not prose, a
// chart's narrow drawing repeats its wide one, and a source line's number would run into its words.
const OPTIONS: pagefind.PagefindServiceConfig = {
  forceLanguage: 'en',
  excludeSelectors: ['.pv', '.explain', 'pre.code', '.chart-narrow', '.anchor', '.ln', '.visually-hidden'],
};

/**
 * How many pages may wait for Pagefind before the build waits for it: pages taken and sendable (the
 * build has moved past them) but not yet sent, and pages sent that Pagefind has not answered. Each is
 * a page's text, some 100 KiB; with no limit they piled up whenever Pagefind's process fell behind
 * the render threads (450 pages, 57 MiB, after 100 releases), and the build's memory grew with the
 * site. Well above Astro's 64 paths in flight plus a release's pages, so the render threads always
 * have work queued.
 */
export const MAX_WAITING_PAGES = 256;

/** How long a page taken as rendered may take to reach the disk whole, ms. */
const READ_BACK_MS = 60_000;

/** How often the index looks for pages Astro copied from its cache, ms. */
const POLL_MS = 100;

/** Whether a page read from disk is all there: Astro's pages end with `</html>`, and a file being copied does not, yet. */
const isWhole = (text: string) => text.trimEnd().endsWith('</html>');

/**
 * The same for a page's bytes as read from disk. A rebuild reads back every page copied from the
 * last build to learn its shard's hash, and most shards are then served from the cache: bytes are
 * hashed as they are, and decoded only for a page Pagefind is sent (decoding 2,200 pages as UTF-8
 * was a quarter of an unchanged rebuild's reading back).
 */
const isWholeBytes = (bytes: Buffer) => isWhole(bytes.subarray(-64).toString('latin1'));

/**
 * A page as Pagefind is sent it: a space before each table cell, row, list item, term, fold,
 * preformatted block and caption. Pages are written without whitespace between tags, and Pagefind runs the words of
 * adjacent cells together ("CheckReportedRecomputed", a cell's "In [7]Source"), so none of
 * those words could be found.
 */
const SPACED = /<(td|th|tr|li|dt|dd|caption|details|summary|pre|figcaption)(?=[\s>])/gi;
export const spaced = (html: string) => html.replace(SPACED, ' <$1');

/** A path as a key: without its trailing slash (`/a/b/` and `/a/b` are one page). */
const keyOf = (pathname: string) => pathname.replace(/\/+$/, '');

/** The file a page is written to, relative to the output folder, when it is HTML; else undefined. */
function htmlFile(key: string): string | undefined {
  const last = key.split('/').at(-1) ?? '';
  if (last.includes('.')) return last.endsWith('.html') ? key.slice(1) : undefined;
  if (key === '/404' || key === '/500') return `${key.slice(1)}.html`;
  return key === '' ? 'index.html' : `${key.slice(1)}/index.html`;
}

/** Pagefind's version (its package's), part of every shard's cache key. */
function pagefindVersion(): string {
  const require = createRequire(import.meta.url);
  for (const dir of require.resolve.paths('pagefind') ?? []) {
    const file = path.join(dir, 'pagefind', 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return 'unknown';
}

interface Page {
  file: string;
  hash: string;
}

interface Shard {
  name: string;
  /** Its searchable pages so far, in build order. */
  pages: Page[];
  /** The pages it was last built from (from the cache), while this build's match them so far; else undefined. */
  previous?: Page[];
  /** Its index, once it has to be built (every shard, in a cold build). */
  index?: Promise<pagefind.PagefindIndex>;
}

/**
 * Links a tree of files into another (the cache into the output, or a written shard into the
 * cache), skipping the entries `skip` names at its top: a shard is hundreds of small files (a
 * fragment a page), and copying them took over a second for 100 releases. Neither side is ever
 * written again (cache entries are renamed into place whole; Pagefind writes new files, into a
 * folder emptied first). Asynchronous, so the build's thread, which hands pages to the render
 * threads, never waits on the disk. Where a link cannot be made (the cache on another disk), the
 * file is copied.
 */
async function linkTree(from: string, to: string, skip: (name: string) => boolean = () => false): Promise<void> {
  await fs.mkdir(to, { recursive: true });
  const entries = (await fs.readdir(from, { withFileTypes: true })).filter((entry) => !skip(entry.name));
  await Promise.all(
    entries.map(async (entry) => {
      const source = path.join(from, entry.name);
      const target = path.join(to, entry.name);
      if (entry.isDirectory()) return linkTree(source, target);
      try {
        await fs.link(source, target);
      } catch {
        await fs.copyFile(source, target);
      }
    }),
  );
}

/** A page's hash: of its UTF-8 bytes, whether it is held as text or as the bytes read from disk. */
const sha = (page: string | Buffer) => createHash('sha256').update(page).digest('hex');
/** A page as text; bytes read from disk are UTF-8. */
const textOf = (page: string | Buffer) => (typeof page === 'string' ? page : page.toString('utf8'));
const shardFolder = (name: string) => (name === PRIMARY ? 'primary' : name);
export interface SearchIndexOptions {
  /** Pages that may wait for Pagefind before the build waits (MAX_WAITING_PAGES). */
  maxWaiting?: number;
}

export function searchIndex({ maxWaiting = MAX_WAITING_PAGES }: SearchIndexOptions = {}): AstroIntegration & { feed: PageFeed } {
  let outDir = '';
  let order: string[] = [];
  /** Each path's place in `order`, and the place before which the build has started every path (`reached`). */
  let position = new Map<string, number>();
  let reachedEnd = 0;
  let next = 0;
  const html = new Map<string, string>();
  const pending = new Set<string>();
  // The position of each shard's last path in the build's order, and the shards being written (resolving to whether they came from the cache).
  const lastOf = new Map<string, number>();
  const writing = new Map<string, Promise<boolean>>();
  const shards = new Map<string, Shard>();
  let version: string | undefined;
  // What Pagefind was sent and has not answered yet (answered ones are let go: a large site sends thousands), and what it refused.
  const inflight = new Set<Promise<void>>();
  const refused: string[] = [];
  const track = (sent: Promise<{ errors: string[] }>, what: string) => {
    const p: Promise<void> = sent
      .then(
        (r) => void refused.push(...r.errors.map((e) => `${what}: ${e}`)),
        (e: unknown) => void refused.push(`${what}: ${e instanceof Error ? e.message : String(e)}`),
      )
      .finally(() => {
        inflight.delete(p);
        makeRoom();
      });
    inflight.add(p);
  };

  // Backpressure. Only pages the index can take now count (those of paths before `reachedEnd`, and
  // those Pagefind is working on): the pages of the release being rendered cannot be sent until the
  // build moves on, so counting them could stop the build for good. What counts drains by itself, as
  // pages are sent and Pagefind answers, so a wait always ends; and ends at once if the index fails
  // (its error is the build's at astro:build:done) or when the build is done.
  let waiters: (() => void)[] = [];
  let flowing = true;
  // The pages in `html` whose paths come before `reachedEnd`, counted as pages come and go and as the build
  // moves on: counting them afresh for every page rendered scanned up to maxWaiting pages each time.
  let sendable = 0;
  const isBefore = (key: string) => (position.get(key) ?? Infinity) < reachedEnd;
  const keep = (key: string, content: string) => {
    if (!html.has(key) && isBefore(key)) sendable++;
    html.set(key, content);
  };
  const letGo = (key: string) => {
    if (html.delete(key) && isBefore(key)) sendable--;
  };
  const reach = (end: number) => {
    for (let i = reachedEnd; i < end; i++) if (html.has(order[i]!)) sendable++;
    reachedEnd = Math.max(reachedEnd, end);
  };
  const waiting = () => inflight.size + sendable;
  const makeRoom = () => {
    if (waiters.length === 0 || (flowing && waiting() > maxWaiting)) return;
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };
  const stop = () => {
    flowing = false;
    makeRoom();
  };

  const cacheRoot = () => {
    const dir = cacheDir();
    return dir ? path.join(dir, 'search-index') : undefined;
  };
  const manifestFile = (name: string) => {
    const root = cacheRoot();
    return root ? path.join(root, 'last', `${shardFolder(name)}.json`) : undefined;
  };

  const shard = (name: string): Shard => {
    let s = shards.get(name);
    if (!s) {
      const file = manifestFile(name);
      let previous: Page[] | undefined;
      try {
        if (file && existsSync(file)) previous = JSON.parse(readFileSync(file, 'utf8')) as Page[];
      } catch {
        // An unreadable list only means the shard is indexed anew.
      }
      shards.set(name, (s = { name, pages: [], previous }));
    }
    return s;
  };

  const open = async () => {
    const created = await pagefind.createIndex(OPTIONS);
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    return created.index;
  };

  /** Starts indexing a shard: its pages so far are sent from disk, in order. */
  const build = (s: Shard, upTo = s.pages.length): Promise<pagefind.PagefindIndex> => {
    s.previous = undefined;
    return (s.index ??= open().then(async (ix) => {
      for (const page of s.pages.slice(0, upTo)) track(ix.addHTMLFile({ sourcePath: page.file, content: spaced(await readTaken(page)) }), page.file);
      return ix;
    }));
  };

  /**
   * A page taken earlier, read back from disk as it was taken (its hash): pages are built a few at
   * a time, so a page taken as rendered may still be being written.
   */
  const readTaken = async (page: Page): Promise<string> => {
    const file = path.join(outDir, page.file);
    for (const started = Date.now(); ; await new Promise((r) => setTimeout(r, 10))) {
      const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
      if (sha(text) === page.hash) return text;
      if (Date.now() - started > READ_BACK_MS) throw new Error(`search index: ${page.file} on disk is not the page the build rendered`);
    }
  };

  /** Takes one written page: into its shard's index, or only into its list while the shard may be served from the cache. */
  const take = async (key: string, file: string, content: string | Buffer) => {
    // The mark is ASCII, so bytes read as Latin-1 (one character a byte, no decoding) show it where UTF-8 text would.
    if (!isSearchable(typeof content === 'string' ? content : content.toString('latin1'))) return;
    const s = shard(shardOf(key));
    const page = { file, hash: sha(content) };
    s.pages.push(page);
    const before = s.previous?.[s.pages.length - 1];
    if (!s.index && before && before.file === page.file && before.hash === page.hash) return;
    const ix = await build(s, s.pages.length - 1);
    track(ix.addHTMLFile({ sourcePath: file, content: spaced(textOf(content)) }), file);
  };

  /** Takes pages in build order up to (not including) position `end`, as far as they are written (all of them when `final`: a path that wrote no page is passed). */
  const send = async (end: number, final = false): Promise<void> => {
    for (; next < end; next++) {
      const key = order[next]!;
      const file = htmlFile(key);
      if (file) {
        // A page still rendering is waited for (a file of its path on disk may be the last build's).
        if (pending.has(key) && !final) return;
        let content: string | Buffer | undefined = html.get(key);
        if (content === undefined) {
          const onDisk = path.join(outDir, file);
          // A page copied from the last build is read once it is whole: it may still be being copied. Pages are sent in order, so the rest wait.
          const bytes = existsSync(onDisk) ? readFileSync(onDisk) : undefined;
          if (final || (bytes !== undefined && isWholeBytes(bytes))) content = bytes;
          else return;
        }
        letGo(key);
        makeRoom();
        if (content !== undefined) await take(key, file, content);
      }
      // The last page of its shard: the shard is written now, in Pagefind's process, while the build renders the next.
      const name = shardOf(key);
      if (lastOf.get(name) === next && shards.has(name) && !writing.has(name)) {
        const written = write(shards.get(name)!);
        // Awaited when the build is done, where a failure fails the build; not an unhandled rejection before.
        written.catch(() => {});
        writing.set(name, written);
      }
    }
  };

  /** Writes a shard's index into the output (the primary's into `pagefind/`, a shard's into `pagefind/<shard>/`), from the cache when its pages are unchanged. Says whether it came from the cache. */
  const write = async (s: Shard): Promise<boolean> => {
    const out = path.join(outDir, 'pagefind', s.name);
    const key = hashOf('tieout search shard 3', (version ??= pagefindVersion()), JSON.stringify(OPTIONS), SPACED.source, s.name, ...s.pages.flatMap((p) => [p.file, p.hash]));
    const root = cacheRoot();
    const cachedFolder = root ? path.join(root, key.slice(0, 2), key) : undefined;
    let fromCache = false;
    if (!s.index && cachedFolder && existsSync(path.join(cachedFolder, 'pagefind-entry.json'))) {
      await linkTree(cachedFolder, out);
      fromCache = true;
    } else {
      const ix = await build(s);
      await Promise.all(inflight);
      if (refused.length > 0) throw new Error(`Pagefind refused ${refused.length} page(s): ${refused.slice(0, 5).join('; ')}`);
      const written = await ix.writeFiles({ outputPath: out });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      await ix.deleteIndex();
      await Promise.all((await fs.readdir(out)).filter((f) => isUnused(f, s.name === PRIMARY)).map((f) => fs.rm(path.join(out, f))));
      if (cachedFolder) {
        try {
          const temporary = `${cachedFolder}.${process.pid}.tmp`;
          await fs.rm(temporary, { recursive: true, force: true });
          // The primary's folder holds the shards' folders (those written before it): they are cached apart.
          await linkTree(out, temporary, (name) => s.name === PRIMARY && name.startsWith('shard-'));
          await fs.rm(cachedFolder, { recursive: true, force: true });
          await fs.rename(temporary, cachedFolder);
        } catch {
          // A cache that cannot be written only makes the next build slower.
        }
      }
    }
    const manifest = manifestFile(s.name);
    if (manifest) {
      try {
        await fs.mkdir(path.dirname(manifest), { recursive: true });
        await fs.writeFile(manifest, JSON.stringify(s.pages));
      } catch {
        // As above.
      }
    }
    return fromCache;
  };

  let chain: Promise<void> = Promise.resolve();
  /** Queues work on the chain; a failure stops the backpressure, and stays the chain's (awaited at astro:build:done). */
  const enqueue = (work: () => Promise<void>): Promise<void> => {
    chain = chain.then(work);
    chain.catch(stop);
    return chain;
  };
  // Whether Astro emptied the output before building (so a whole file at a path that is not rendering is this build's), and the poll for copied pages.
  let emptied = true;
  let poll: NodeJS.Timeout | undefined;
  let polling = false;
  const feed: PageFeed = {
    rank(group) {
      return shardNumber(`/${group}`);
    },
    paths(pathnames) {
      order = pathnames.map(keyOf);
      position = new Map(order.map((key, i) => [key, i]));
      reachedEnd = 0;
      sendable = 0;
      next = 0;
      lastOf.clear();
      order.forEach((key, i) => lastOf.set(shardOf(key), i));
      // Shards are written as the build goes on: whatever a last build left is cleared before the first.
      rmSync(path.join(outDir, 'pagefind'), { recursive: true, force: true });
      // Pages Astro copies from its cache never pass through render(), so nothing says when they are on disk:
      // they are looked for while the build goes on, and a rebuild hashes them, and indexes a changed shard, meanwhile.
      clearInterval(poll);
      if (emptied) {
        poll = setInterval(() => {
          if (polling) return;
          polling = true;
          void enqueue(() => send(order.length)).finally(() => (polling = false)).catch(() => {});
        }, POLL_MS);
        // The poll never keeps a build alive (src/integrations/build-guard.ts relies on a stalled build's loop draining).
        poll.unref();
      }
    },
    rendering(pathname) {
      pending.add(keyOf(pathname));
    },
    rendered(pathname, content) {
      pending.delete(keyOf(pathname));
      if (content !== undefined && htmlFile(keyOf(pathname))) keep(keyOf(pathname), content);
      if (!flowing || waiting() <= maxWaiting) return;
      return new Promise<void>((resolve) => waiters.push(resolve));
    },
    reached(pathname) {
      const end = order.indexOf(keyOf(pathname), next);
      if (end < 0) return;
      reach(end);
      void enqueue(() => send(end));
    },
  };

  return {
    name: 'tieout:search-index',
    feed,
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        emptied = config.vite?.build?.emptyOutDir !== false;
      },
      'astro:build:done': async ({ dir, logger }) => {
        outDir = fileURLToPath(dir);
        clearInterval(poll);
        // Every page is rendered: nothing may wait any more.
        stop();
        try {
          await chain;
          if (order.length > 0) await send(order.length, true);
          else {
            // The build's paths were never announced (Astro rendered without release-order.ts): every page on disk, in path order.
            for (const file of (readdirSync(outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort()) {
              const key = keyOf(`/${file.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '')}`);
              await take(key, file, readFileSync(path.join(outDir, file), 'utf8'));
            }
          }
          // The search page loads the primary index, so it is written even with no page of its own.
          shard(PRIMARY);
          if (order.length === 0) rmSync(path.join(outDir, 'pagefind'), { recursive: true, force: true });
          const names = [...shards.keys()].sort((a, b) => (a === PRIMARY ? -1 : b === PRIMARY ? 1 : a < b ? -1 : a > b ? 1 : 0));
          let fromCache = 0;
          for (const name of names) {
            if (await (writing.get(name) ?? write(shards.get(name)!))) fromCache++;
            // A test stops the build here, its index part written, before the site is put in place.
            writeStage('search-index');
          }
          const merged = names.filter((n) => n !== PRIMARY && shards.get(n)!.pages.length > 0);
          writeFileSync(path.join(outDir, 'pagefind', SHARDS_FILE), `${JSON.stringify(merged)}\n`);
          const pages = names.reduce((n, name) => n + shards.get(name)!.pages.length, 0);
          logger.info(`search index: ${pages} pages in ${merged.length} shard(s) and the primary index; ${fromCache} of ${names.length} unchanged, copied from the cache`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
