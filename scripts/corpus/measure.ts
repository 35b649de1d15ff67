/**
 * The corpus measurement (`npm run corpus`, test/corpus/corpus.test.ts, `npm run bench`): every
 * real release in ../shared/corpus/ imported as a new user would (`tieout import <file> --id
 * <stem>`, into a temporary data folder), read and checked with no company model and no claims
 * file, in this process through the library (no child process per release). Per release: the
 * figures read, the problems located, the checks by verdict, the mismatches; the share of table
 * figures an evaluated check reads (coverage); and, on request, planted errors (./plant.ts):
 * figures altered beyond rounding, the release read and checked again, and whether a new
 * mismatch names the altered figure.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import type { Check, Fact, IngestIssue, Release, Verdict } from '../../src/lib/types.ts';
import { decodeSource, importRelease } from '../../src/lib/import/index.ts';
import { loadReleaseMeta, parseRelease } from '../../src/lib/ingest/index.ts';
import { emptyModel } from '../../src/lib/model/index.ts';
import { runChecks } from '../../src/lib/verify/index.ts';
import { parse as parseYaml } from 'yaml';
import { Decimal } from '../../src/lib/decimal.ts';
import { applyPlanting, plantFigures, type Planting } from './plant.ts';
import { figuresRead, sourceFigures } from './source-figures.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The corpus: beside the clone, as CI has it (`../shared/corpus/` from the repository root). */
export const CORPUS_DIR = resolve(ROOT, '..', 'shared', 'corpus');
/**
 * More real releases (README there), measured with the corpus, as one corpus, their mismatches reviewed
 * in the same test/fixtures/corpus-review/. They are data fetched from public repositories, so they live
 * beside the clone too: `../shared/corpus-extra/`.
 */
export const CORPUS_EXTRA_SHARED_DIR = resolve(ROOT, '..', 'shared', 'corpus-extra');
/** The folders of the releases added unseen (counted apart from ../shared/corpus/ for the figures read). */
export const CORPUS_EXTRA_DIRS = [CORPUS_EXTRA_SHARED_DIR];
/** NVIDIA's four releases of fiscal 2023 (README there): data the project works against, measured release by release too. */
export const RELEASES_DIR = resolve(ROOT, '..', 'shared', 'releases');
/** Releases of one company over time (README there), a folder a company: measured release by release as well as a series. */
export const SERIES_DIR = resolve(ROOT, '..', 'shared', 'series');
/**
 * The folders of releases the project works against besides the corpus: ../shared/releases/ and each folder of
 * ../shared/series/ (counted apart for the figures read); those absent are skipped.
 */
export const SERIES_DIRS = [RELEASES_DIR, ...(existsSync(SERIES_DIR) ? readdirSync(SERIES_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(SERIES_DIR, d.name)).sort() : [])];
/** Every folder of corpus releases, in the order they are measured. */
export const CORPUS_DIRS = [CORPUS_DIR, ...CORPUS_EXTRA_DIRS, ...SERIES_DIRS];

/** Whether a measured release is one of the releases added unseen (its source in a corpus-extra folder). */
export const isExtraRelease = (m: Pick<ReleaseMeasure, 'source'>) => CORPUS_EXTRA_DIRS.some((dir) => resolve(ROOT, m.source).startsWith(`${dir}/`));
/** Whether a measured release is one of ../shared/releases/ or ../shared/series/ (read from there, not from the corpus). */
export const isSeriesRelease = (m: Pick<ReleaseMeasure, 'source'>) => SERIES_DIRS.some((dir) => resolve(ROOT, m.source).startsWith(`${dir}/`));

const KINDS: Record<string, 'html' | 'text'> = { '.html': 'html', '.htm': 'html', '.txt': 'text', '.md': 'text', '.markdown': 'text' };
const VERDICTS: Verdict[] = ['exact', 'rounding', 'unverifiable', 'mismatch'];

/**
 * The releases of the corpus: every file import reads, but the folder's notes, named in capitals
 * (README.md; an unseen set's REVIEW.md): a release's id is in lower case.
 */
export function corpusFiles(dir = CORPUS_DIR): string[] {
  if (!existsSync(dir)) throw new Error(`expected the corpus of real releases in ${dir} (../shared/corpus beside the repository)`);
  return readdirSync(dir)
    .filter((f) => KINDS[extname(f).toLowerCase()] && !/^readme\./i.test(f) && !/^[A-Z][A-Z0-9_-]*\.[a-z]+$/.test(f))
    .sort();
}

export function stemOf(file: string): string {
  return file.slice(0, file.length - extname(file).length);
}

/** One corpus release measured. */
export interface ReleaseMeasure {
  id: string;
  /** The source file, as published: `../shared/corpus/<file>` or `../shared/corpus-extra/<file>`, from the repository root. */
  source: string;
  /** Why nothing could be read (import wrote nothing, or an internal error), else null. */
  failure: string | null;
  /** The release date given by hand (DATES.yaml or `--date`), when one was. */
  datedByHand?: string;
  /** Problems import located in the source, and problems ingest located in release.txt. */
  importIssues: IngestIssue[];
  readIssues: IngestIssue[];
  /** Every fact; those with a value (table figures). */
  facts: number;
  figures: number;
  /** Figures that are an input or the reported figure of an evaluated check (exact, rounding, mismatch). */
  covered: number;
  /** The figures an independent count finds in the source's tables (./source-figures.ts), and how many of them a fact prints. */
  sourceFigures: number;
  sourceRead: number;
  verdicts: Record<Verdict, number>;
  mismatches: Check[];
  /** The release read (for reviews and plantings); not serialized. */
  release?: Release;
  checks?: Check[];
  plantings?: PlantingResult[];
}

export interface PlantingResult extends Planting {
  /** Whether the release read again holds the planted value at the same fact. */
  read: boolean;
  /** Whether an evaluated check read the figure before it was altered (see coveredFigures). */
  covered: boolean;
  /** The new mismatches (not mismatches before) whose inputs or reported figure are the altered figure. */
  caught: string[];
  /**
   * What became of a planting on a covered figure that was not caught: `dropped` when no evaluated
   * check reads the figure once it is altered (the relation was given up rather than accused),
   * `explained` when one still does and finds it within rounding, or was a mismatch already.
   */
  missed: 'dropped' | 'explained' | null;
  /** The evaluated checks that read the figure before it was altered, and what each became once it was (its verdict, or 'gone'). */
  readBy: { id: string; verdict: Verdict; after: Verdict | 'gone' }[];
}

export interface CorpusOptions {
  dir?: string;
  /**
   * Release dates given by hand, by release id, as a user passes `--release-date` to a release
   * that prints none (a financial supplement): the folder's DATES.yaml (releaseDatesOf), then these.
   */
  dates?: Record<string, string>;
  /** The temporary data folder the releases are imported into. */
  data: string;
  /** Only these release ids (file stems). */
  only?: string[];
  /** Figures to plant per release (0: none). */
  plant?: number;
  seed?: number;
  /** Called as each release is measured. */
  progress?: (m: ReleaseMeasure) => void;
}

/**
 * Imports one corpus file into `data` as `tieout import <file> --id <stem> --data <data> --force`
 * does: nothing but the id is given, so what import drafts is what a new user gets.
 */
export function importCorpusFile(dir: string, file: string, data: string, releaseDate?: string): { id: string; releaseDir: string | null; issues: IngestIssue[]; failure: string | null } {
  const id = stemOf(file);
  const path = join(dir, file);
  const { text, encoding } = decodeSource(readFileSync(path));
  const kind = KINDS[extname(file).toLowerCase()];
  const result = importRelease({ text, file: relative(ROOT, path), kind, encoding }, releaseDate ? { id, releaseDate } : { id }, []);
  if (result.missing.length > 0 || result.invalid.length > 0 || !result.metaYaml || !result.id) {
    return { id, releaseDir: null, issues: result.issues, failure: [...result.invalid, ...result.missing.map((m) => m.message)].join('; ') || 'import wrote nothing' };
  }
  const releaseDir = join(data, 'releases', result.id.value);
  mkdirSync(releaseDir, { recursive: true });
  writeFileSync(join(releaseDir, 'release.txt'), result.releaseText);
  writeFileSync(join(releaseDir, 'release.yaml'), result.metaYaml);
  return { id: result.id.value, releaseDir, issues: result.issues, failure: null };
}

/** A release folder read and checked with no company model and no claims file. */
export function readAndCheck(releaseDir: string, text?: string): { release: Release; checks: Check[] } {
  const meta = loadReleaseMeta(join(releaseDir, 'release.yaml'));
  const file = join(releaseDir, 'release.txt');
  const release = parseRelease(text ?? readFileSync(file, 'utf8'), meta, emptyModel, file);
  return { release, checks: runChecks(release, emptyModel) };
}

/**
 * Facts with a value that measure something: the table figures. A reference (a note's number in a "Note" column, a
 * year a column names, unit `reference`) names, not measures: no check can read it, and altering it is no error in a
 * figure, so it is neither counted for coverage nor planted (./plant.ts).
 */
export function figuresOf(facts: readonly Fact[]): Fact[] {
  return facts.filter(isFigure);
}
const isFigure = (f: Fact): boolean => f.status === 'reported' && f.value !== null && f.unit !== 'reference';

/** The figures an evaluated check reads: its inputs and its reported figure, for exact, rounding and mismatch verdicts. */
export function coveredFigures(checks: readonly Check[]): Set<string> {
  const read = new Set<string>();
  for (const c of checks) {
    if (c.verdict === 'unverifiable') continue;
    for (const i of c.inputs) read.add(i);
    if (c.reported.fact) read.add(c.reported.fact);
  }
  return read;
}

/** Measures one corpus file. */
export function measureRelease(dir: string, file: string, options: CorpusOptions): ReleaseMeasure {
  const releaseDate = options.dates?.[stemOf(file)];
  const imported = importCorpusFile(dir, file, options.data, releaseDate);
  const measure: ReleaseMeasure = {
    id: imported.id,
    ...(releaseDate ? { datedByHand: releaseDate } : {}),
    source: relative(ROOT, join(dir, file)),
    failure: imported.failure,
    importIssues: imported.issues,
    readIssues: [],
    facts: 0,
    figures: 0,
    covered: 0,
    sourceFigures: 0,
    sourceRead: 0,
    verdicts: { exact: 0, rounding: 0, unverifiable: 0, mismatch: 0 },
    mismatches: [],
  };
  const source = sourceFigures(decodeSource(readFileSync(join(dir, file))).text, KINDS[extname(file).toLowerCase()], file);
  measure.sourceFigures = source.length;
  if (!imported.releaseDir) return measure;
  let read: { release: Release; checks: Check[] };
  try {
    read = readAndCheck(imported.releaseDir);
  } catch (e) {
    measure.failure = `internal error: ${(e as Error).stack ?? e}`;
    return measure;
  }
  const { release, checks } = read;
  const figures = figuresOf(release.facts);
  const covered = coveredFigures(checks);
  measure.readIssues = release.errors;
  measure.facts = release.facts.length;
  measure.figures = figures.length;
  measure.covered = figures.filter((f) => covered.has(f.id)).length;
  measure.sourceRead = figuresRead(source, release.facts);
  for (const c of checks) measure.verdicts[c.verdict]++;
  measure.mismatches = checks.filter((c) => c.verdict === 'mismatch');
  measure.release = release;
  measure.checks = checks;
  if (options.plant) measure.plantings = plantErrors(imported.releaseDir, release, checks, options.plant, options.seed ?? 1);
  return measure;
}

/**
 * Each planting applied alone to release.txt, the release read and checked again: caught when a
 * check that was no mismatch before is one now and reads the altered figure.
 */
export function plantErrors(releaseDir: string, release: Release, checks: readonly Check[], count: number, seed: number): PlantingResult[] {
  const before = new Set(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id));
  const covered = coveredFigures(checks);
  return plantFigures(release.meta.id, release.facts, release.text, count, seed).map((p) => {
    const altered = readAndCheck(releaseDir, applyPlanting(release.text, p));
    const fact = altered.release.facts.find((f) => f.id === p.fact);
    const read = !!fact && fact.value !== null && new Decimal(fact.value).eq(p.planted);
    const caught = altered.checks
      .filter((c) => c.verdict === 'mismatch' && !before.has(c.id) && (c.reported.fact === p.fact || c.inputs.includes(p.fact)))
      .map((c) => c.id);
    const reads = altered.checks.some((c) => c.verdict !== 'unverifiable' && (c.reported.fact === p.fact || c.inputs.includes(p.fact)));
    const missed = caught.length > 0 || !covered.has(p.fact) ? null : reads ? 'explained' : 'dropped';
    const afterById = new Map(altered.checks.map((c) => [c.id, c.verdict]));
    const readBy = checks
      .filter((c) => c.verdict !== 'unverifiable' && (c.reported.fact === p.fact || c.inputs.includes(p.fact)))
      .map((c) => ({ id: c.id, verdict: c.verdict, after: afterById.get(c.id) ?? ('gone' as const) }));
    return { ...p, read, covered: covered.has(p.fact), caught, missed, readBy };
  });
}

/**
 * The release files of the corpus: every file of `dirs` import reads, but a README, with its folder;
 * a folder other than the first (../shared/corpus/, which must exist) may be absent. A file name found in
 * an earlier folder is that release again (PNC's 1Q22, in ../shared/corpus/ and ../shared/series/pnc/): read
 * once, from the earlier folder, and the two copies must be the same bytes. Two files of one id otherwise are an error: a review is by id.
 */
export function corpusEntries(dirs: readonly string[] = CORPUS_DIRS): { dir: string; file: string }[] {
  const entries: { dir: string; file: string }[] = [];
  const seen = new Map<string, string>();
  const byName = new Map<string, string>();
  dirs.forEach((dir, i) => {
    if (i > 0 && !existsSync(dir)) return;
    for (const file of corpusFiles(dir)) {
      const first = byName.get(file);
      if (first) {
        if (!readFileSync(join(first, file)).equals(readFileSync(join(dir, file)))) throw new Error(`two corpus releases named ${file} differ: ${join(first, file)} and ${join(dir, file)} (a release is kept as found; keep one)`);
        continue;
      }
      byName.set(file, dir);
      const id = stemOf(file);
      const other = seen.get(id);
      if (other) throw new Error(`two corpus releases have the id ${id}: ${join(other, file)} and ${join(dir, file)}`);
      seen.set(id, dir);
      entries.push({ dir, file });
    }
  });
  return entries;
}

/** The name of a folder's release dates given by hand (see releaseDatesOf). */
export const DATES_FILE = 'DATES.yaml';

/**
 * The release dates given by hand for the releases of `dirs` that print none, as a user passes
 * `tieout import … --release-date`: each folder's DATES.yaml maps a release id to its date
 * (`jpm-2021-q2: 2021-07-13`, a comment saying where the date comes from), then `given` (the
 * command line's `--date id=YYYY-MM-DD`) adds to or overrides them. A date not of that form, or of an
 * id that is no release of the folders, is an error: a date silently left unused would measure the
 * release undated.
 */
export function releaseDatesOf(dirs: readonly string[], given: Record<string, string> = {}): Record<string, string> {
  const dates: Record<string, string> = {};
  const ids = new Set(dirs.flatMap((dir) => (existsSync(dir) ? corpusFiles(dir).map(stemOf) : [])));
  const add = (id: string, date: unknown, where: string) => {
    if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new Error(`${where}: the release date of ${id} is ${JSON.stringify(date)}; expected a date such as 2021-07-13`);
    if (!ids.has(id)) throw new Error(`${where}: a release date for ${id}, which is no release of ${dirs.join(', ')}`);
    dates[id] = date;
  };
  for (const dir of dirs) {
    const file = join(dir, DATES_FILE);
    if (!existsSync(file)) continue;
    const parsed: unknown = parseYaml(readFileSync(file, 'utf8'), { schema: 'failsafe' }) ?? {};
    if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`${file}: expected release ids, each with its date (jpm-2021-q2: 2021-07-13)`);
    for (const [id, date] of Object.entries(parsed as Record<string, unknown>)) add(id, date, file);
  }
  for (const [id, date] of Object.entries(given)) add(id, date, '--date');
  return dates;
}

/** `--date id=YYYY-MM-DD` options (repeated, or joined by commas) as a map of id to date. */
export function parseDateOptions(values: readonly string[]): Record<string, string> {
  const dates: Record<string, string> = {};
  for (const value of values.flatMap((v) => v.split(','))) {
    const m = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(value);
    if (!m) throw new Error(`--date ${value}: expected id=YYYY-MM-DD (--date jpm-2021-q2=2021-07-13)`);
    dates[m[1]!] = m[2]!;
  }
  return dates;
}

/** Every release of the corpus measured (../shared/corpus/, ../shared/corpus-extra/, ../shared/releases/, then each folder of ../shared/series/), in file order in each. */
export function measureCorpus(options: CorpusOptions): ReleaseMeasure[] {
  const dirs = options.dir ? [options.dir] : CORPUS_DIRS;
  const entries = corpusEntries(dirs).filter(({ file }) => !options.only || options.only.includes(stemOf(file)));
  const dates = releaseDatesOf(dirs, options.dates);
  return entries.map(({ dir, file }) => {
    const m = measureRelease(dir, file, { ...options, dates });
    options.progress?.(m);
    return m;
  });
}

export interface CorpusTotals {
  releases: number;
  failures: number;
  facts: number;
  figures: number;
  covered: number;
  sourceFigures: number;
  sourceRead: number;
  problems: number;
  checks: number;
  verdicts: Record<Verdict, number>;
  mismatches: number;
  mismatchesByKind: Record<string, number>;
  planted: number;
  plantedRead: number;
  caught: number;
  /** Plantings on a figure an evaluated check read, and those of them caught. */
  plantedCovered: number;
  caughtCovered: number;
  /** Plantings on a covered figure missed because no check read it once altered, or because one explained it. */
  dropped: number;
  explained: number;
}

export function totalsOf(measures: readonly ReleaseMeasure[]): CorpusTotals {
  const t: CorpusTotals = {
    releases: measures.length,
    failures: 0,
    facts: 0,
    figures: 0,
    covered: 0,
    sourceFigures: 0,
    sourceRead: 0,
    problems: 0,
    checks: 0,
    verdicts: { exact: 0, rounding: 0, unverifiable: 0, mismatch: 0 },
    mismatches: 0,
    mismatchesByKind: {},
    planted: 0,
    plantedRead: 0,
    caught: 0,
    plantedCovered: 0,
    caughtCovered: 0,
    dropped: 0,
    explained: 0,
  };
  for (const m of measures) {
    if (m.failure) t.failures++;
    t.facts += m.facts;
    t.figures += m.figures;
    t.covered += m.covered;
    t.sourceFigures += m.sourceFigures;
    t.sourceRead += m.sourceRead;
    t.problems += m.importIssues.length + m.readIssues.length;
    for (const v of VERDICTS) {
      t.verdicts[v] += m.verdicts[v];
      t.checks += m.verdicts[v];
    }
    t.mismatches += m.mismatches.length;
    for (const c of m.mismatches) t.mismatchesByKind[c.kind] = (t.mismatchesByKind[c.kind] ?? 0) + 1;
    for (const p of m.plantings ?? []) {
      t.planted++;
      if (p.read) t.plantedRead++;
      if (p.caught.length > 0) t.caught++;
      if (p.covered) t.plantedCovered++;
      if (p.covered && p.caught.length > 0) t.caughtCovered++;
      if (p.missed === 'dropped') t.dropped++;
      if (p.missed === 'explained') t.explained++;
    }
  }
  return t;
}

export const percent = (n: number, of: number) => (of === 0 ? '—' : `${((100 * n) / of).toFixed(1)}%`);

/** What the bench keeps of a corpus run: totals, coverage and planted errors caught, per release and in all. */
export function corpusReport(measures: readonly ReleaseMeasure[], plant: number, seed: number) {
  const t = totalsOf(measures);
  const share = (n: number, of: number) => (of === 0 ? null : n / of);
  return {
    releases: t.releases,
    facts: t.facts,
    figures: t.figures,
    problems: t.problems,
    checks: t.checks,
    verdicts: t.verdicts,
    mismatches: t.mismatches,
    mismatchesByKind: t.mismatchesByKind,
    coverage: { covered: t.covered, figures: t.figures, share: share(t.covered, t.figures), target: 0.9 },
    read: { sourceFigures: t.sourceFigures, read: t.sourceRead, share: share(t.sourceRead, t.sourceFigures), target: 0.99 },
    planted: { perRelease: plant, seed, planted: t.planted, caught: t.caught, share: share(t.caught, t.planted), target: 0.9, onCovered: t.plantedCovered, caughtOnCovered: t.caughtCovered, missedDropped: t.dropped, missedExplained: t.explained },
    perRelease: measures.map((m) => ({
      id: m.id,
      facts: m.facts,
      figures: m.figures,
      covered: m.covered,
      coverage: share(m.covered, m.figures),
      read: share(m.sourceRead, m.sourceFigures),
      mismatches: m.mismatches.length,
      planted: m.plantings?.length ?? 0,
      caught: m.plantings?.filter((p) => p.caught.length > 0).length ?? 0,
    })),
  };
}
