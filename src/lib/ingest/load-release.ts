import { existsSync } from 'node:fs';
import { join, relative, basename, dirname, isAbsolute, resolve } from 'node:path';
import type { Release } from '../types.ts';
import { IngestError } from '../issues.ts';
import { readTextFile } from '../text-file.ts';
import { loadModel } from '../model/index.ts';
import { loadReleaseMeta } from './release-meta.ts';
import { parseRelease } from './parse-release.ts';

/** Where releases and company models live, relative to the project root; TIEOUT_DATA builds the site from another folder. */
export const DATA_DIR = process.env.TIEOUT_DATA ?? 'data';

/**
 * Where the company model of a release folder lives: in the data folder the release belongs to
 * (`<data>/releases/<id>/` → `<data>/companies/<company>/model.yaml`), so a release imported
 * with `--data elsewhere` finds its company's model beside it from any working directory;
 * a folder outside any `releases/` folder uses DATA_DIR. Written as the folder was given:
 * absolute for an absolute folder, else relative to `root` when inside it.
 */
export function companyModelFile(releaseDir: string, company: string, root = process.cwd()): string {
  const abs = resolve(root, releaseDir);
  const parent = dirname(abs);
  const data = basename(parent) === 'releases' ? dirname(parent) : resolve(root, DATA_DIR);
  const file = join(data, 'companies', company, 'model.yaml');
  const rel = relative(root, file);
  return isAbsolute(releaseDir) || rel.startsWith('..') ? file : rel;
}

/**
 * Loads data/releases/<id>/: release.yaml, release.txt and its company's model.
 * Metadata or model problems throw IngestError (nothing can be read without them);
 * problems in the text are returned in `errors` beside every fact that could be read.
 */
export function loadRelease(dir: string, root = process.cwd()): Release {
  const abs = resolve(root, dir);
  // Files inside the root are named relative to it; others in full (never a ../../ walk).
  const show = (p: string) => {
    const r = relative(root, p);
    return r === '' ? p : r.startsWith('..') ? p : r;
  };
  const textFile = join(abs, 'release.txt');
  if (!existsSync(textFile)) {
    throw new IngestError([{ file: show(textFile), line: 1, column: 1, message: 'expected the release text in release.txt' }]);
  }
  const metaFile = join(abs, 'release.yaml');
  const meta = loadReleaseMeta(metaFile, basename(abs), show(metaFile));
  const modelFile = resolve(root, companyModelFile(abs, meta.company, root));
  const model = loadModel(modelFile, show(modelFile));
  return parseRelease(readTextFile(textFile, show(textFile)), meta, model, show(textFile));
}
