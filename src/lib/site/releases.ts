import { readdirSync, existsSync, lstatSync, statSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Release, ReleaseMeta } from '../types.ts';
import { IngestError, isRead, loadRelease, loadReleaseMeta, DATA_DIR } from '../ingest/index.ts';
import { cached, hashOf, toolVersion } from '../cache/index.ts';
import { linkRefused } from '../text-file.ts';
import { shownPath } from '../shown-path.ts';
import { isTemporaryName } from '../write-atomic.ts';

const RELEASES = join(DATA_DIR, 'releases');

/** Ids of every release folder under data/releases/ that holds a release.txt, in name order. */
export function releaseIds(): string[] {
  if (!existsSync(RELEASES)) return [];
  // The folder of releases that is a link leaves the data folder as a release folder that is one does.
  if (lstatSync(RELEASES).isSymbolicLink()) throw new IngestError([{ file: RELEASES, line: 1, column: 1, message: linkRefused('folder of releases') }]);
  const entries = readdirSync(RELEASES, { withFileTypes: true });
  // A release folder that is a link leaves the data folder: the build stops and names it rather than publish or skip it silently.
  const linked = entries.filter((d) => d.isSymbolicLink());
  if (linked.length > 0) {
    throw new IngestError(linked.map((d) => ({ file: join(RELEASES, d.name), line: 1, column: 1, message: linkRefused('release folder') })));
  }
  return entries
    // A dot folder is an import's work in progress or leftover (src/lib/write-atomic.ts), never a release.
    .filter((d) => d.isDirectory() && !isTemporaryName(d.name) && existsSync(join(RELEASES, d.name, 'release.txt')))
    .map((d) => d.name)
    .sort();
}

/**
 * How many releases a build keeps in memory. Pages are rendered release by release
 * (src/integrations/release-order.ts), so one would do; a few more serve pages that name
 * another release without reloading. Anything else is read again from the disk cache.
 */
export const RELEASES_KEPT = 4;

interface Loaded {
  stamp: string;
  key: string;
  release: Release;
}
const kept = new Map<string, Loaded>();
const keys = new WeakMap<Release, string>();

/**
 * Loads a release for the site. A build reads each release many times (every page about it,
 * the listings), so the last few are kept, keyed by the modification times of release.txt,
 * release.yaml, claims.yaml and the company model, so that the dev server shows an edited
 * file without a restart. Beyond those, a release is read from the disk cache
 * (src/lib/cache), keyed by the content of those files and the tool's version, and parsed
 * only when they changed. Throws IngestError for a release that could not be read as one (see
 * isRead), as for a bad release.yaml.
 */
export function siteRelease(id: string): Release {
  const dir = join(RELEASES, id);
  const { stamp, key } = inputs(id);
  const hit = kept.get(id);
  if (hit?.stamp === stamp) {
    // Most recently used last.
    kept.delete(id);
    kept.set(id, hit);
    return hit.release;
  }
  const release = cached('release', key, () => loadRelease(dir));
  // A release read with a few located problems is published, its problems listed on its page; one
  // with no table at all could not be read as a release (tieout check exits 2): the build fails, naming it.
  if (!isRead(release)) throw new IngestError(release.errors);
  keys.set(release, key);
  kept.delete(id);
  kept.set(id, { stamp, key, release });
  while (kept.size > RELEASES_KEPT) kept.delete(kept.keys().next().value!);
  return release;
}

/**
 * A hash of everything a release's pages are computed from that is not code: its folder's
 * release.txt, release.yaml and claims.yaml, its company's model, the data folder, and the
 * tool's version. Read without parsing the release (for cache keys of its pages).
 */
export function releaseInputKey(id: string): string {
  return inputs(id).key;
}

const inputKeys = new Map<string, { stamp: string; key: string }>();
function inputs(id: string): { stamp: string; key: string } {
  const hit = inputKeys.get(id);
  // A build's inputs do not change while it runs, and every page asks (some ten stats a page):
  // only the dev server and tests, which edit files, look again.
  if (hit && import.meta.env?.MODE === 'production') return hit;
  const files = inputFiles(join(RELEASES, id));
  const stamp = files.map(mtimeOf).join('/');
  if (hit?.stamp === stamp) return hit;
  const key = hashOf(toolVersion(), DATA_DIR, id, ...files.flatMap((f) => [f, lstatSync(f, { throwIfNoEntry: false })?.isFile() ? readFileSync(f) : '']));
  inputKeys.set(id, { stamp, key });
  return { stamp, key };
}

/** The content key of a release siteRelease loaded (its inputs and the tool's version), for what is computed from it. */
export function releaseKey(release: Release): string | undefined {
  return keys.get(release);
}

/** The files a release's pages are computed from: its folder's data files, the file as published (its original page) and its company's model. */
function inputFiles(dir: string): string[] {
  const own = [join(dir, 'release.txt'), join(dir, 'release.yaml'), join(dir, 'claims.yaml'), join(dir, 'source.html'), join(dir, 'source.txt')];
  const meta = existsSync(own[1]!) ? siteReleaseMeta(dir.slice(RELEASES.length + 1)) : undefined;
  return [...own, join(DATA_DIR, 'companies', meta?.company ?? '', 'model.yaml')];
}

/** A file's modification time, 0 when it cannot be read (as existsSync says false): one stat, not two. */
function mtimeOf(file: string): number {
  try {
    return statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  } catch {
    return 0;
  }
}

const metas = new Map<string, { stamp: number; meta: ReleaseMeta }>();

/**
 * A release's metadata (release.yaml), without reading its text: what listings need of every
 * release. Kept for the build (a few hundred bytes a release), re-read when the file changes.
 * A bad release.yaml throws IngestError as loadRelease would.
 */
export function siteReleaseMeta(id: string): ReleaseMeta {
  const file = join(RELEASES, id, 'release.yaml');
  const stamp = mtimeOf(file);
  const hit = metas.get(id);
  if (hit?.stamp === stamp) return hit.meta;
  // Named as every message names a path (shownPath): in full outside the project, never as a ../../ walk.
  const meta = loadReleaseMeta(file, id, shownPath(process.cwd(), resolve(file)));
  metas.set(id, { stamp, meta });
  return meta;
}
