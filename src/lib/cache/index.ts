/**
 * A cache on disk of what a build computes from its inputs (a release's facts, its checks, a
 * notebook's cell outputs), as Quarto's freeze keeps computed outputs: an entry is found by a
 * hash of everything it was computed from and of the tool's version, so it can never be stale.
 * Change a byte of release.txt, of the company model, of a notebook, or of tieout's own code or
 * dependencies, and the key changes; the old entry is simply never read again.
 *
 * - Where: TIEOUT_CACHE, else `node_modules/.cache/tieout` (git-ignored, cleared with
 *   node_modules); `TIEOUT_CACHE=off` turns it off, and the dev server does not use it.
 *   Deleting the folder is always safe.
 * - Values are JSON: what goes in must be plain data (strings, numbers, arrays, objects), which
 *   is tested for each kind of entry.
 * - A missing, unreadable or corrupt entry is recomputed; an entry is written to a temporary
 *   file and renamed, so a build stopped half-way never leaves half an entry.
 * - Errors are never cached: bad input is reported again on every build until it is fixed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { temporaryBeside } from '../write-atomic.ts';
import { join, resolve } from 'node:path';

/**
 * The cache folder, or null when caching is off. The dev server never caches: it reloads the
 * code it serves as it is edited, and the tool's version is taken once per process.
 */
export function cacheDir(): string | null {
  const set = process.env.TIEOUT_CACHE;
  if (set === 'off' || import.meta.env?.MODE === 'development') return null;
  return resolve(set || join('node_modules', '.cache', 'tieout'));
}

/** A SHA-256 of the parts, each length-prefixed so that ("ab", "c") and ("a", "bc") differ. */
export function hashOf(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

let version: string | undefined;

/**
 * The version of the tool that computes cached values: a hash of tieout's library code
 * (every file under src/lib), its locked dependencies (package-lock.json) and Node's version.
 * Any change to how facts, checks or outputs are computed makes every key new.
 */
export function toolVersion(root = process.cwd()): string {
  if (version !== undefined) return version;
  const parts: string[] = [process.version];
  const lock = join(root, 'package-lock.json');
  parts.push(existsSync(lock) ? readFileSync(lock, 'utf8') : 'no package-lock.json');
  const lib = join(root, 'src', 'lib');
  for (const file of existsSync(lib) ? filesUnder(lib) : []) parts.push(file.slice(lib.length), readFileSync(file, 'utf8'));
  return (version = hashOf(...parts));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

function entryFile(dir: string, kind: string, key: string): string {
  return join(dir, kind, key.slice(0, 2), `${key}.json`);
}

/** The cached value of `kind` for `key`, or undefined. `key` should come from hashOf(). */
export function readCached<T>(kind: string, key: string): T | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  try {
    return (JSON.parse(readFileSync(entryFile(dir, kind, key), 'utf8')) as { value: T }).value;
  } catch {
    return undefined;
  }
}

/**
 * Stores `value` (plain data) as `kind` for `key` and returns it as a read would give it back,
 * so that a page is made from the same data whether its entry was just computed or read.
 * A cache that cannot be written is only slower, never an error.
 */
export function writeCached<T>(kind: string, key: string, value: T): T {
  const json = JSON.stringify({ value });
  const dir = cacheDir();
  if (dir) {
    const file = entryFile(dir, kind, key);
    // A name of its own: render threads share the process id, and two writing one entry at once
    // into one temporary file could rename a mix into place.
    const temporary = temporaryBeside(file);
    try {
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(temporary, json);
      renameSync(temporary, file);
    } catch {
      // Read-only or full disk, or a cache path that is not a folder: the build goes on computing, leaving no part of
      // an entry (where there is nothing to remove, removing fails too: ENOTDIR under a file).
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing was written.
      }
    }
  }
  return (JSON.parse(json) as { value: T }).value;
}

/** The value of `kind` for `key` from the cache, else computed, stored and returned. */
export function cached<T>(kind: string, key: string, compute: () => T): T {
  const hit = readCached<T>(kind, key);
  return hit !== undefined ? hit : writeCached(kind, key, compute());
}

/** cached() for a computation that returns a promise. */
export async function cachedAsync<T>(kind: string, key: string, compute: () => Promise<T>): Promise<T> {
  const hit = readCached<T>(kind, key);
  return hit !== undefined ? hit : writeCached(kind, key, await compute());
}
