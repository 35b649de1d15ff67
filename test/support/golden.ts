import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Compares an artifact with its committed golden file. On a mismatch it writes the new
 * artifact beside it as `<name>-changed.<ext>` for review (git-ignored) and returns false;
 * goldens are never rewritten by a test.
 */
export function matchesGolden(file: string, actual: string): boolean {
  const path = resolve(projectRoot, file);
  const changed = path.replace(/(\.[^./]+)$/, '-changed$1');
  const expected = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (expected === actual) {
    rmSync(changed, { force: true });
    return true;
  }
  writeFileSync(changed, actual);
  return false;
}

/**
 * The real releases as published (NVIDIA's four FY2023 quarterly releases), kept in the
 * repository at test/fixtures/releases so the tests run on a clean clone anywhere (they came
 * from the workplace's `../shared/releases`).
 */
export function sharedReleases(): string {
  const dir = join(projectRoot, 'test', 'fixtures', 'releases');
  if (!existsSync(dir)) throw new Error(`expected the real releases in ${dir}`);
  return dir;
}
