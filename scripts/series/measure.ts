/**
 * The series measurement (`node scripts/series.ts`, test/series/series.test.ts): each series of
 * real releases of one company (../shared/series/<folder>/, and NVIDIA's four fiscal 2023 releases
 * in ../shared/releases/) imported as a new user would (`tieout import <file> --id <stem>`, as
 * the corpus is: ../corpus/measure.ts), read with no company model, and compared across its
 * releases (src/lib/series/): every figure a release prints for a period an earlier release
 * printed, against that first printing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { Release, SeriesComparison } from '../../src/lib/types.ts';
import { loadReleaseMeta, parseRelease } from '../../src/lib/ingest/index.ts';
import { emptyModel } from '../../src/lib/model/index.ts';
import { seriesComparisons } from '../../src/lib/series/index.ts';
import { ROOT, importCorpusFile, releaseDatesOf, stemOf } from '../corpus/measure.ts';

/** The series: beside the clone, as CI has it. */
export const SERIES_DIR = resolve(ROOT, '..', 'shared', 'series');
export const RELEASES_DIR = resolve(ROOT, '..', 'shared', 'releases');

export interface Series {
  /** The folder's name (`nvda` for the four NVIDIA releases). */
  id: string;
  /** The source files, as paths from the repository root. */
  files: string[];
}

const KINDS = /\.(html?|txt|md|markdown)$/i;

/**
 * Every series: each folder of ../shared/series/, and NVIDIA's fiscal 2023 releases; or, given
 * `dir` (`node scripts/series.ts --dir ../shared/series-unseen`), each folder of that directory
 * only (a set of series measured unseen, whose findings no committed review lists).
 */
export function seriesList(dir?: string): Series[] {
  const root = dir ? resolve(dir) : SERIES_DIR;
  if (!existsSync(root)) throw new Error(`expected the series of real releases in ${root}${dir ? '' : ' (../shared/series beside the repository)'}`);
  const out: Series[] = dir
    ? []
    : [{ id: 'nvda', files: readdirSync(RELEASES_DIR).filter((f) => /^nvda-fy2023-q[1-4]\.html$/.test(f)).sort().map((f) => relative(ROOT, join(RELEASES_DIR, f))) }];
  for (const folder of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const files = readdirSync(join(root, folder)).filter((f) => KINDS.test(f) && !/^readme\./i.test(f) && !/^review\./i.test(f)).sort();
    out.push({ id: folder, files: files.map((f) => relative(ROOT, join(root, folder, f))) });
  }
  return out;
}

export interface SeriesMeasure {
  id: string;
  releases: Release[];
  /** `release id` -> source file (from the repository root). */
  sources: Map<string, string>;
  comparisons: SeriesComparison[];
  failures: string[];
}

/** One series imported into `data`, read, and compared across its releases. */
export function measureSeries(series: Series, data: string): SeriesMeasure {
  const releases: Release[] = [];
  const sources = new Map<string, string>();
  const failures: string[] = [];
  // A financial supplement prints no release date: its folder's DATES.yaml gives it, as for the corpus.
  const dates = series.files.length ? releaseDatesOf([resolve(join(ROOT, series.files[0]), '..')]) : {};
  for (const file of series.files) {
    const path = join(ROOT, file);
    const imported = importCorpusFile(resolve(path, '..'), path.slice(resolve(path, '..').length + 1), data, dates[stemOf(basename(file))]);
    if (!imported.releaseDir) {
      failures.push(`${file}: ${imported.failure}`);
      continue;
    }
    const meta = loadReleaseMeta(join(imported.releaseDir, 'release.yaml'));
    const txt = join(imported.releaseDir, 'release.txt');
    releases.push(parseRelease(readFileSync(txt, 'utf8'), meta, emptyModel, txt));
    sources.set(imported.id, file);
  }
  return { id: series.id, releases, sources, comparisons: seriesComparisons(releases), failures };
}

export { stemOf };
