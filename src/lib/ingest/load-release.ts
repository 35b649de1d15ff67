import { existsSync, lstatSync } from 'node:fs';
import { join, basename, dirname, isAbsolute, resolve } from 'node:path';
import type { Release } from '../types.ts';
import { IngestError } from '../issues.ts';
import { linkRefused, readTextFile } from '../text-file.ts';
import { shownPath } from '../shown-path.ts';
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
  return isAbsolute(releaseDir) ? file : shownPath(root, file);
}

/**
 * Loads data/releases/<id>/: release.yaml, release.txt and its company's model.
 * Metadata or model problems throw IngestError (nothing can be read without them);
 * problems in the text are returned in `errors` beside every fact that could be read.
 */
export function loadRelease(dir: string, root = process.cwd()): Release {
  const abs = resolve(root, dir);
  const show = (p: string) => shownPath(root, p);
  const textFile = join(abs, 'release.txt');
  // A release folder that is a link leaves the data folder: nothing in it is read.
  if (lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink()) {
    throw new IngestError([{ file: show(abs), line: 1, column: 1, message: linkRefused('release folder') }]);
  }
  if (!existsSync(textFile)) {
    throw new IngestError([{ file: show(textFile), line: 1, column: 1, message: 'expected the release text in release.txt' }]);
  }
  const metaFile = join(abs, 'release.yaml');
  const meta = loadReleaseMeta(metaFile, basename(abs), show(metaFile));
  const modelFile = companyModelFile(abs, meta.company, root); // absolute, as abs is
  const model = loadModel(modelFile, show(modelFile));
  return parseRelease(readTextFile(textFile, show(textFile)), meta, model, show(textFile));
}
