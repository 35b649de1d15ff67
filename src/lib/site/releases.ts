import { readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Release } from '../types.ts';
import { loadRelease, DATA_DIR } from '../ingest/index.ts';

const RELEASES = join(DATA_DIR, 'releases');

/** Ids of every release folder under data/releases/ that holds a release.txt, in name order. */
export function releaseIds(): string[] {
  if (!existsSync(RELEASES)) return [];
  return readdirSync(RELEASES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(RELEASES, d.name, 'release.txt')))
    .map((d) => d.name)
    .sort();
}

/**
 * Loads a release for the site. Every page of a build reads the same releases, so each is
 * parsed once; the cache is keyed by the files' modification times so that the dev server
 * shows an edited release.txt, release.yaml, claims.yaml or company model without a restart.
 */
const cache = new Map<string, { stamp: string; release: Release }>();
export function siteRelease(id: string): Release {
  const dir = join(RELEASES, id);
  const stamp = [join(dir, 'release.txt'), join(dir, 'release.yaml'), join(dir, 'claims.yaml'), ...companyModels()]
    .map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0))
    .join('/');
  const hit = cache.get(id);
  if (hit?.stamp === stamp) return hit.release;
  const release = loadRelease(dir);
  cache.set(id, { stamp, release });
  return release;
}

function companyModels(): string[] {
  const dir = join(DATA_DIR, 'companies');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).map((c) => join(dir, c, 'model.yaml'));
}

export function siteReleases(): Release[] {
  return releaseIds().map(siteRelease);
}
