/**
 * Cache keys of pages, for Astro's incremental build (`experimental.incrementalBuild` in
 * astro.config.mjs): a page whose key, template code (Astro hashes the page's whole module
 * graph, src/lib included) and dependencies are unchanged since the last build is copied from
 * Astro's cache instead of rendered. So a key must cover everything a page is made from that is
 * not code: the release's files and company model (releaseInputKey), the notebooks a release's
 * pages list (title, summary, order: the navigation and overview show them), a notebook's own
 * text on its page, and the build date a printed page states. Forget an input here and a page
 * goes stale: test/lib/site/page-keys.test.ts edits each input and sees the key change (and no
 * other release's), test/site/incremental.test.ts rebuilds after edits and compares the output
 * with a cold build's. Listings, search, the sitemap and the 404 have no key: they are rendered
 * every time (a few pages).
 */
import { hashOf } from '../cache/index.ts';
import { buildDate } from './build-info.ts';
import { releaseIds, releaseInputKey } from './releases.ts';
import { notebookIndex } from './notebook-index.ts';

/** What pages read of a notebook entry of the content collection. */
export interface NotebookEntry {
  id: string;
  data: { release: string; title: string; summary: string; order: number };
  /** A hash of the notebook file's text (notebookLoader). */
  digest?: string | number;
}

const VERSION = 'pages-1';

/** The key of every page of one release but its notebooks, given the notebooks collection. */
export function releasePagesKey(release: string, notebooks: readonly NotebookEntry[]): string {
  // By the index: a route's static paths key every release (and every notebook) against the same entries.
  const listed = notebookIndex(notebooks)
    .of(release)
    .map((n) => [n.id, n.data.title, n.data.summary, n.data.order])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return hashOf(VERSION, releaseInputKey(release), JSON.stringify(listed), buildDate() ?? '');
}

/** The key of a notebook's page: its release's pages' key and the notebook's own text. */
export function notebookPageKey(entry: NotebookEntry, notebooks: readonly NotebookEntry[]): string {
  // Without its text's hash a page would be copied after every edit, never rendered again.
  if (entry.digest === undefined) throw new Error(`notebook ${entry.id} has no digest: load the notebooks collection with notebookLoader()`);
  return hashOf(releasePagesKey(entry.data.release, notebooks), entry.id, String(entry.digest));
}

/** Static paths of a route with one page per release (`[release]`), with their cache keys. */
export function releasePaths(notebooks: readonly NotebookEntry[]): { params: { release: string }; cacheKey: string }[] {
  return releaseIds().map((release) => ({ params: { release }, cacheKey: releasePagesKey(release, notebooks) }));
}
