/**
 * How the search index is split, so that a rebuild indexes only what changed.
 *
 * Pagefind has no incremental mode: one index of every page costs the same after a one-word
 * edit as in a cold build (about 15 s for a site of 100 releases, on one core). So the index is
 * a primary index (the pages outside any release: the home page) and a fixed number of shards,
 * each holding the releases whose id hashes to it. The search page merges them (Pagefind's
 * mergeIndex), so a search costs a request per shard: the count is fixed, whatever the number
 * of releases. A shard whose pages are unchanged is copied from the cache
 * (src/integrations/search-index.ts).
 */
import { createHash } from 'node:crypto';
import { pathGroup } from './release-order.ts';

/** Shards of releases. Fixed: a release never moves between shards as releases are added. */
export const SHARD_COUNT = 16;

/** The primary index's name: its folder is `pagefind/` itself. */
export const PRIMARY = '';

/** The number of the shard a page is indexed in: -1 for the primary (pages outside a release), else its release's (0 … SHARD_COUNT − 1). */
export function shardNumber(pathname: string): number {
  const group = pathGroup(pathname);
  if (group === '') return -1;
  return createHash('sha256').update(group).digest().readUInt32BE(0) % SHARD_COUNT;
}

/** The shard a page is indexed in: the primary for pages outside a release, else its release's shard (`shard-0` … `shard-15`). */
export function shardOf(pathname: string): string {
  const n = shardNumber(pathname);
  return n < 0 ? PRIMARY : `shard-${n}`;
}

/**
 * Whether a page asks to be searched: it marks its content with `data-pagefind-body`. Pagefind
 * itself skips the others only when some page of the same index has the mark, and a shard may
 * have none, so unmarked pages are never sent.
 */
export function isSearchable(html: string): boolean {
  return /<[a-z][^<>]*\sdata-pagefind-body[\s=>]/i.test(html);
}

/**
 * Whether a file Pagefind writes is left out of an index's folder. Pagefind also writes its
 * ready-made search interfaces (pagefind-ui, -modular-ui, -component-ui, -highlight), which the
 * search page does not use (public/search.js lists results itself): no index keeps them. A
 * merged shard also needs no script, worker or WebAssembly: the primary index's do the searching.
 */
export function isUnused(file: string, primary: boolean): boolean {
  if (/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(file)) return true;
  return !primary && /^(pagefind(-worker)?\.js|wasm\.[\w-]+\.pagefind)$/.test(file);
}
