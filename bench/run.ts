/**
 * `npm run bench`: speed, memory and size, measured (never asserted in tests), each beside a
 * reference built in the same run: a bare Astro MDX page with one SVG chart (bench/reference.ts).
 * The machine is shared and noisy, so times are medians of BENCH_RUNS runs and are read as
 * ratios to the reference; the load average is printed with them.
 *
 * - ingest: the bundled release's text → facts; its company model parsed; large inputs (a
 *   100,000-row table, a label of 20,000 numbers, a prose line of 20,000 figures) stay linear, and
 *   so do the checks of one table of 40,000 lines and its total, then 80,000 (BENCH_FOOTED_LINES), in a
 *   table of segments, in one nothing names and in one whose every line is labelled a total;
 * - checks: every check with claims, on a freshly loaded release (nothing cached);
 * - `tieout check` on a large release: the bundled one repeated to about 1, 2 and 10 MB
 *   (BENCH_CHECK_MB), run as a user runs it, in a child process limited to BENCH_CHECK_CPU
 *   seconds of processor time (300): a size past the limit is reported as such, not waited for;
 * - import of legal HTML spans (300 cells of rowspan and colspan 1,000), whose cost must follow the
 *   cells (the import test asserts the grid; the time is measured here);
 * - cold builds at 1, 50 and 500 releases (BENCH_SIZES): simulated sites of copies of the
 *   bundled release (bench/simulate.ts) in a temporary folder, empty caches;
 * - cost per extra page: (largest − 1-release build) / extra pages, against the reference's;
 * - memory: peak RSS, and the heap after a full GC once 1, 50, … releases were written;
 * - warm rebuilds of a BENCH_WARM-release site after editing one notebook and after adding a
 *   release, against its cold build (and checked: the edit shows on the page);
 * - page weights of the bundled site (raw and gzip), the home page and listings as the site
 *   grows, output per release.
 * Prints a report and writes it as JSON to bench/out/latest.json (and a dated copy; see README).
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadRelease, parseRelease } from '../src/lib/ingest/index.ts';
import { emptyModel, loadCompanyModel } from '../src/lib/model/index.ts';
import { runChecks } from '../src/lib/verify/index.ts';
import { analyzeClaims } from '../src/lib/claims/index.ts';
import { importRelease } from '../src/lib/import/index.ts';
import { astroBuild, bytesUnder, copyProject, median, type BuildResult } from './build.ts';
import { referenceProject } from './reference.ts';
import { checkLarge } from './check-large.ts';
import { renderThreads } from '../src/integrations/render-pool.ts';
import { simulateSite, BUNDLED } from './simulate.ts';
import { heaviestByKind, pageComposition, pageWeights, releaseBytesByKind } from './weights.ts';
import { CORPUS_DIR, corpusReport, isExtraRelease, measureCorpus } from '../scripts/corpus/measure.ts';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '1,50,500').split(',').map(Number).sort((a, b) => a - b);
const WARM = Number(process.env.BENCH_WARM ?? 100);
// BENCH_WARM=0 leaves the warm rebuilds out (a rebuild needs a release to edit); anything else must be a count.
if (!Number.isInteger(WARM) || WARM < 0) throw new Error(`BENCH_WARM must be a number of releases (0 leaves the warm rebuilds out), not "${process.env.BENCH_WARM}"`);
const REF_PAGES = Number(process.env.BENCH_REF_PAGES ?? 200);
const MICRO_RUNS = Number(process.env.BENCH_N ?? 20);
// Figures planted per corpus release (scripts/corpus/plant.ts); BENCH_CORPUS=0 leaves the corpus out.
const CORPUS_PLANT = Number(process.env.BENCH_CORPUS_PLANT ?? 10);
const CORPUS = process.env.BENCH_CORPUS !== '0' && existsSync(CORPUS_DIR);
// Sizes in MB of the large release `tieout check` is run on, and its limit of processor time a run.
const CHECK_MB = (process.env.BENCH_CHECK_MB ?? '1,2,10').split(',').filter(Boolean).map(Number);
const CHECK_CPU = Number(process.env.BENCH_CHECK_CPU ?? 300);
const TMP = mkdtempSync(join(process.env.BENCH_TMP ?? tmpdir(), 'tieout-bench-'));
const log = (line: string) => process.stderr.write(`${line}\n`);

const MiB = 1024 * 1024;
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;
const s = (n: number) => `${(n / 1000).toFixed(1)} s`;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const mib = (n: number) => `${(n / MiB).toFixed(0)} MiB`;
const ratio = (n: number) => `${n.toFixed(2)}×`;
const pct = (n: number | null) => (n === null ? '—' : `${(100 * n).toFixed(1)}%`);

function timeMedian(runs: number, setup: () => unknown, fn: (x: unknown) => unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = setup();
    const t = performance.now();
    fn(input);
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const machine = { cores: cpus().length, loadAtStart: loadavg()[0]!, loadAtEnd: 0 };
log(`tieout bench: ${machine.cores} cores, load ${machine.loadAtStart.toFixed(1)}; ${RUNS} runs; sizes ${SIZES.join(', ')}; warm ${WARM}; in ${TMP}`);

// --- Reference: a bare Astro MDX page with one SVG chart.
log('reference builds…');
const refProject1 = referenceProject(join(TMP, 'ref-1'), 1);
const refProjectN = referenceProject(join(TMP, 'ref-n'), REF_PAGES);
// One build each first, untimed: Vite optimizes its dependencies on a project's first build.
astroBuild({ project: refProject1, outDir: join(refProject1, 'dist') });
astroBuild({ project: refProjectN, outDir: join(refProjectN, 'dist') });
const refRuns: { one: BuildResult; many: BuildResult }[] = [];
for (let i = 0; i < RUNS; i++) {
  rmSync(join(refProject1, '.astro-cache'), { recursive: true, force: true });
  rmSync(join(refProjectN, '.astro-cache'), { recursive: true, force: true });
  const one = astroBuild({ project: refProject1, outDir: join(refProject1, 'dist') });
  const many = astroBuild({ project: refProjectN, outDir: join(refProjectN, 'dist') });
  refRuns.push({ one, many });
}
const refPerPage = median(refRuns.map((r) => (r.many.ms - r.one.ms) / (r.many.pages - r.one.pages)));
const refPageGzip = pageWeights(join(refProjectN, 'dist'))[0]!.gzip;
const vsRef = (msValue: number) => msValue / refPerPage;
log(`  reference: ${ms(refPerPage)} per extra page`);

// --- Ingest and checks, in this process.
const releaseDir = join(ROOT, 'data/releases', BUNDLED);
const modelFile = join(ROOT, 'data/companies/inap/model.yaml');
const ingestMs = timeMedian(MICRO_RUNS, () => null, () => loadRelease(releaseDir, ROOT));
// A new text each time: models are kept by their text (the releases of a company share one parse).
let modelRun = 0;
const modelMs = timeMedian(
  MICRO_RUNS,
  () => {
    const file = join(TMP, `model-${++modelRun}.yaml`);
    writeFileSync(file, `# run ${modelRun}\n${readFileSync(modelFile, 'utf8')}`);
    return file;
  },
  (file) => loadCompanyModel(file as string),
);
const model = loadCompanyModel(modelFile).model;
// A fresh release each time: nothing the checks or claims keep per release object is reused.
const checksMs = timeMedian(MICRO_RUNS, () => loadRelease(releaseDir, ROOT), (release) => runChecks(release as ReturnType<typeof loadRelease>, model));
// Large inputs must stay linear: a 100,000-row table and a label holding 20,000 numbers.
const meta = loadRelease(releaseDir, ROOT).meta;
const bigTable = `BIG\n\tJune 30, 2010\tDecember 31, 2009\n${Array.from({ length: 100_000 }, (_, i) => `Item ${i.toString(36).replace(/\d/g, 'x')}\t${i}\t(${i})`).join('\n')}\n`;
const bigLabel = `T\n\tJune 30, 2010\nWidgets ${Array.from({ length: 20_000 }, (_, i) => i).join(' ')}\t5\n`;
const bigTableMs = timeMedian(3, () => null, () => parseRelease(bigTable, meta, emptyModel, 'big.txt'));
const bigLabelMs = timeMedian(3, () => null, () => parseRelease(bigLabel, meta, emptyModel, 'label.txt'));
// Reading and linking the prose stay linear in a line: one prose line of 20,000 figures.
const bundledRelease = loadRelease(releaseDir, ROOT);
const proseLine = `Revenue was ${Array.from({ length: 20_000 }, (_, i) => `$${(i % 90) + 1}.5 million`).join(', ')}.`;
const longProse = parseRelease(bundledRelease.text.replace('Revenue\n', `Revenue\n\n${proseLine}\n`), bundledRelease.meta, emptyModel, bundledRelease.file);
const longProseMs = timeMedian(3, () => null, () => analyzeClaims(longProse, { claims: null, model: emptyModel }));
// The checks stay linear in a table's lines: one table of N lines and its total, then 2N (a ratio of 2 is linear).
// A set of the lines a total sums, not a search of them for each line: 100,000 lines took 13 s in that search alone.
// The same in a table nothing names ("Operating data": each line may be an unlabelled subtotal of the lines above it)
// and in one whose every line is labelled a total ("Total segment 1", …: each a total of the block above it): each line
// searching every line above it made 10,000 lines of the first run past six minutes, 3,000 of the second (issue 30).
const footedTable = (n: number, title = 'Segments', line = 'Segment') => {
  let a = 0;
  let b = 0;
  const rows = Array.from({ length: n }, (_, i) => {
    const [x, y] = [1000 + (i % 997), 900 + (i % 991)];
    a += x;
    b += y;
    return `${line} ${i}\t${x}\t${y}`;
  });
  return `${title}\n\tThree Months Ended June 30, 2010\tThree Months Ended June 30, 2009\n${rows.join('\n')}\nTotal revenue\t${a}\t${b}\n`;
};
const FOOTED_LINES = Number(process.env.BENCH_FOOTED_LINES ?? 40_000);
const footedShapes = { segments: ['Segments', 'Segment'], unnamed: ['Operating data', 'Item'], totals: ['Segments', 'Total segment'] } as const;
const footedRuns = Object.fromEntries(
  Object.entries(footedShapes).map(([shape, [title, line]]) => [
    shape,
    [FOOTED_LINES, 2 * FOOTED_LINES].map((n) => timeMedian(1, () => parseRelease(footedTable(n, title, line), meta, emptyModel, 'footed.txt'), (release) => runChecks(release as ReturnType<typeof loadRelease>, emptyModel))),
  ]),
) as Record<keyof typeof footedShapes, number[]>;
const footedMs = footedRuns.segments;
// Legal HTML spans: 300 cells of rowspan and colspan 1,000 took 16 s and 3.2 GB when the grid followed the spans.
const spans = `<p>Acme Reports Results</p><table><tr><td></td><td>Q3 2023</td></tr>${Array.from({ length: 300 }, (_, i) => `<tr><td rowspan="1000" colspan="1000">Item ${i}</td><td>${i + 1},000</td></tr>`).join('')}</table>`;
const spansMs = timeMedian(3, () => null, () => importRelease({ text: spans, file: 'spans.html', kind: 'html' }));
// One row of N cells under a header of two, then 2N: each column searched for its figures among every row's, and each
// pair of columns tried for a merge, took 38 s at 16,000 cells (issue 30).
const wideRow = (n: number) => `Acme Reports Results\n\n| (In thousands) | Q3 2024 | Q3 2023 |\n|---|---|---|\n| Revenue | 8,000 | 6,000 |\n| Other | ${Array.from({ length: n }, () => '1').join(' | ')} |\n`;
const WIDE_CELLS = 10_000;
const wideMs = [WIDE_CELLS, 2 * WIDE_CELLS].map((n) => timeMedian(1, () => null, () => importRelease({ text: wideRow(n), file: 'wide.md', kind: 'text' })));
// Checks and claims of a table whose line labels differ only in their numbers ("Line 1" … "Line 20000"): each label's
// list of lines copied at every line made the claims' vocabulary quadratic (18 s at 20,000 lines, issue 30).
const numberedTable = (n: number) => `Acme Reports Results\n\nRevenue was $1.5 million.\n\nResults\n\tThree Months Ended June 30, 2010\tThree Months Ended June 30, 2009\n${Array.from({ length: n }, (_, i) => `Line ${i}\t${i}\t${i}`).join('\n')}\n`;
const NUMBERED_LINES = 10_000;
const numberedMs = [NUMBERED_LINES, 2 * NUMBERED_LINES].map((n) =>
  timeMedian(1, () => parseRelease(numberedTable(n), meta, emptyModel, 'numbered.txt'), (release) => runChecks(release as ReturnType<typeof loadRelease>, emptyModel)),
);

const checkSizes = CHECK_MB.map((mb) => {
  log(`tieout check on the bundled release repeated to ${mb} MB (load ${loadavg()[0]!.toFixed(1)})…`);
  const r = checkLarge({ mb, cpuSeconds: CHECK_CPU, work: TMP });
  log(`  ${r.stopped ? `stopped after ${CHECK_CPU} s of processor time` : `${s(r.ms)}, ${s(r.cpuMs)} of processor time, exit ${r.status}`}`);
  return r;
});

// --- Cold builds of simulated sites.
const project = copyProject(join(TMP, 'project'));
const site = (n: number) => simulateSite(join(TMP, `site-${n}`), n);
function buildSite(n: number, dist: string, cache: string, heapAt: number[] = []): BuildResult {
  const sim = site(n);
  return astroBuild({
    project,
    outDir: dist,
    heapAt,
    env: { TIEOUT_DATA: sim.data, TIEOUT_NOTEBOOKS: sim.notebooks, TIEOUT_CACHE: join(cache, 'tieout'), TIEOUT_ASTRO_CACHE: join(cache, 'astro') },
  });
}
const largest = SIZES.at(-1)!;
// Untimed, as for the reference.
buildSite(1, join(project, 'dist-warmup'), join(TMP, 'cache-warmup'));
const heapAt = [...new Set([1, 10, 50, 100, 200, 300, 400, 500, 1000, 2000, 5000].filter((n) => n <= largest))];
const cold = new Map<number, BuildResult[]>();
for (let run = 0; run < RUNS; run++) {
  for (const n of SIZES) {
    log(`cold build, ${n} release${n === 1 ? '' : 's'} (run ${run + 1}/${RUNS}, load ${loadavg()[0]!.toFixed(1)})…`);
    const cache = join(TMP, `cache-cold-${n}`);
    rmSync(cache, { recursive: true, force: true });
    const result = buildSite(n, join(project, `dist-${n}`), cache, n === largest ? heapAt : []);
    log(`  ${s(result.ms)}, ${result.pages} pages, peak ${mib(result.maxRss)}`);
    cold.set(n, [...(cold.get(n) ?? []), result]);
  }
}
const coldMedian = (n: number) => median(cold.get(n)!.map((r) => r.ms));
const pagesAt = (n: number) => cold.get(n)![0]!.pages;
const perPage =
  SIZES.length > 1
    ? median(cold.get(largest)!.map((r, i) => (r.ms - cold.get(SIZES[0]!)![i]!.ms) / (r.pages - cold.get(SIZES[0]!)![i]!.pages)))
    : NaN;
const memoryRun = cold.get(largest)!.at(-1)!;
const heapOf = (n: number) => memoryRun.heap.find((h) => h.releases === n)?.heapUsed;
/** Heap growth per release from the first sample at 50 releases or more (or the first) to the last. */
function heapGrowth(heap: BuildResult['heap']): number | null {
  const from = heap.find((h) => h.releases >= 50) ?? heap[0];
  const to = heap.at(-1);
  return from && to && to.releases > from.releases ? (to.heapUsed - from.heapUsed) / (to.releases - from.releases) : null;
}

// --- Warm rebuilds: edit one notebook, add one release.
const warm: { cold: number; unchanged: number; editNotebook: number; addRelease: number }[] = [];
for (let run = 0; run < (WARM > 0 ? RUNS : 0); run++) {
  log(`warm rebuilds, ${WARM} releases (run ${run + 1}/${RUNS}, load ${loadavg()[0]!.toFixed(1)})…`);
  const root = join(TMP, `site-warm-${run}`);
  rmSync(root, { recursive: true, force: true });
  const sim = simulateSite(root, WARM);
  const cache = join(TMP, `cache-warm-${run}`);
  rmSync(cache, { recursive: true, force: true });
  const dist = join(project, `dist-warm-${run}`);
  const env = { TIEOUT_DATA: sim.data, TIEOUT_NOTEBOOKS: sim.notebooks, TIEOUT_CACHE: join(cache, 'tieout'), TIEOUT_ASTRO_CACHE: join(cache, 'astro') };
  const first = astroBuild({ project, outDir: dist, env });
  const unchanged = astroBuild({ project, outDir: dist, env });
  const edited = sim.releases[Math.floor(WARM / 2)]!;
  const marker = `Edited for the bench, run ${run + 1}.`;
  appendFileSync(join(sim.notebooks, edited, 'adjusted-ebitda.mdx'), `\n${marker}\n`);
  const editNotebook = astroBuild({ project, outDir: dist, env });
  if (!readFileSync(join(dist, edited, 'adjusted-ebitda/index.html'), 'utf8').includes(marker)) throw new Error('warm rebuild: the edited notebook page did not change');
  const added = simulateSite(root, WARM + 1).releases.at(-1)!;
  const addRelease = astroBuild({ project, outDir: dist, env });
  if (!existsSync(join(dist, added, 'index.html'))) throw new Error('warm rebuild: the added release has no overview');
  warm.push({ cold: first.ms, unchanged: unchanged.ms, editNotebook: editNotebook.ms, addRelease: addRelease.ms });
  log(`  cold ${s(first.ms)}, unchanged ${s(unchanged.ms)}, one notebook edited ${s(editNotebook.ms)}, one release added ${s(addRelease.ms)}`);
}
const warmMedian = (k: keyof (typeof warm)[number]) => median(warm.map((w) => w[k]));

// --- Weights.
const bundled = pageWeights(join(project, `dist-${SIZES[0]}`));
const atLargest = pageWeights(join(project, `dist-${largest}`));
const perRelease = site(largest).releases.map((id) => bytesUnder(join(project, `dist-${largest}`, id)));
// The search index serves every release: its share per release belongs to each release's output too.
const searchIndexBytes = bytesUnder(join(project, `dist-${largest}`, 'pagefind'));
const homeAt = SIZES.map((n) => ({ releases: n, gzip: pageWeights(join(project, `dist-${n}`)).find((w) => w.page === 'index.html')!.gzip }));
const listingMax = Math.max(0, ...atLargest.filter((w) => w.kind === 'listing' || w.kind === 'home').map((w) => w.gzip));
machine.loadAtEnd = loadavg()[0]!;

// --- The corpus of real releases (../shared/corpus): coverage and planted errors caught, after the
// timed parts so that it weighs on none of them.
// The issue's targets are of ../shared/corpus itself; the releases added unseen in corpus-extra are stated apart.
let corpus: ReturnType<typeof corpusReport> | null = null;
let corpusOwn: ReturnType<typeof corpusReport> | null = null;
let corpusExtra: ReturnType<typeof corpusReport> | null = null;
if (CORPUS) {
  log(`corpus: ${CORPUS_DIR}, ${CORPUS_PLANT} planted errors a release…`);
  const measures = measureCorpus({ data: join(TMP, 'corpus'), plant: CORPUS_PLANT, seed: 1 });
  corpus = corpusReport(measures, CORPUS_PLANT, 1);
  corpusOwn = corpusReport(measures.filter((m) => !isExtraRelease(m)), CORPUS_PLANT, 1);
  const extra = measures.filter(isExtraRelease);
  corpusExtra = extra.length > 0 ? corpusReport(extra, CORPUS_PLANT, 1) : null;
}

// --- Report.
const results = {
  date: new Date().toISOString(),
  machine,
  runs: RUNS,
  reference: { perPageMs: refPerPage, pages: REF_PAGES, pageGzip: refPageGzip, builds: refRuns.map((r) => ({ one: r.one.ms, many: r.many.ms, load: r.many.load })) },
  ingest: { releaseMs: ingestMs, modelMs, vsReference: vsRef(ingestMs), bigTableMs, bigLabelMs, longProseMs, spansMs, wideMs, numberedMs, footed: { lines: FOOTED_LINES, ms: footedMs[0], doubledMs: footedMs[1], unnamed: footedRuns.unnamed, totals: footedRuns.totals } },
  checkLarge: { cpuLimitSeconds: CHECK_CPU, sizes: checkSizes },
  checks: { withClaimsMs: checksMs, vsReference: vsRef(checksMs) },
  cold: SIZES.map((n) => ({
    releases: n,
    pages: pagesAt(n),
    medianMs: coldMedian(n),
    perPageMs: coldMedian(n) / pagesAt(n),
    vsReference: vsRef(coldMedian(n) / pagesAt(n)),
    maxRss: median(cold.get(n)!.map((r) => r.maxRss)),
    runs: cold.get(n)!.map((r) => ({ ms: r.ms, load: r.load, maxRss: r.maxRss })),
  })),
  perExtraPage: { ms: perPage, vsReference: vsRef(perPage), target: 1.3 },
  memory: {
    releases: largest,
    maxRss: memoryRun.maxRss,
    heap: memoryRun.heap,
    heapGrowthPerRelease: heapGrowth(memoryRun.heap),
  },
  warm: WARM === 0 ? null : {
    releases: WARM,
    coldMs: warmMedian('cold'),
    unchangedMs: warmMedian('unchanged'),
    editNotebookMs: warmMedian('editNotebook'),
    addReleaseMs: warmMedian('addRelease'),
    editNotebookVsCold: warmMedian('editNotebook') / warmMedian('cold'),
    addReleaseVsCold: warmMedian('addRelease') / warmMedian('cold'),
    target: 0.2,
    runs: warm,
  },
  weights: {
    referencePageGzip: refPageGzip,
    heaviestByKind: Object.fromEntries([...heaviestByKind(bundled)].map(([k, w]) => [k, { ...w, vsReference: w.gzip / refPageGzip }])),
    homeGzipByReleases: homeAt,
    listingMaxGzipAtLargest: listingMax,
    perReleaseBytes: { max: Math.max(...perRelease), median: median(perRelease) },
    composition: Object.fromEntries([...heaviestByKind(bundled)].map(([k, w]) => [k, pageComposition(readFileSync(join(project, `dist-${SIZES[0]}`, w.page), 'utf8'))])),
    releaseBytesByKind: Object.fromEntries(releaseBytesByKind(join(project, `dist-${SIZES[0]}`), site(SIZES[0]).releases[0]!)),
    searchIndex: { bytes: searchIndexBytes, perRelease: searchIndexBytes / largest },
    pages: bundled,
  },
  corpus,
  corpusOwn,
  corpusExtra,
};

const out = [
  `tieout bench — ${results.date}`,
  `machine: ${machine.cores} cores, load average ${machine.loadAtStart.toFixed(1)} at start, ${machine.loadAtEnd.toFixed(1)} at end (shared); medians of ${RUNS} runs`,
  '',
  `reference (bare Astro MDX page + one SVG chart): ${ms(refPerPage)} per extra page; page ${kib(refPageGzip)} gzip`,
  '',
  'per release                              time        × reference page',
  `  ingest (text → facts)           ${ms(ingestMs).padStart(12)}   ${ratio(vsRef(ingestMs))}`,
  `  company model (parse, validate) ${ms(modelMs).padStart(12)}   ${ratio(vsRef(modelMs))}  (once per company per build)`,
  `  checks with claims (fresh)      ${ms(checksMs).padStart(12)}   ${ratio(vsRef(checksMs))}`,
  `  linear on large input: a 100,000-row table ${ms(bigTableMs)}, a label of 20,000 numbers ${ms(bigLabelMs)}, a prose line of 20,000 figures linked ${ms(longProseMs)}`,
  `  checks of one table and its total: ${FOOTED_LINES.toLocaleString('en-US')} lines ${ms(footedMs[0]!)}, ${(2 * FOOTED_LINES).toLocaleString('en-US')} lines ${ms(footedMs[1]!)} (${ratio(footedMs[1]! / footedMs[0]!)}; 2× is linear)`,
  ...(['unnamed', 'totals'] as const).map((k) => `    ${k === 'unnamed' ? 'a table nothing names' : 'every line labelled a total'}: ${ms(footedRuns[k][0]!)}, ${ms(footedRuns[k][1]!)} (${ratio(footedRuns[k][1]! / footedRuns[k][0]!)})`),
  `  import of 300 cells spanning 1,000 rows and 1,000 columns each: ${ms(spansMs)}`,
  `  import of one row of ${WIDE_CELLS.toLocaleString('en-US')} cells ${ms(wideMs[0]!)}, ${(2 * WIDE_CELLS).toLocaleString('en-US')} cells ${ms(wideMs[1]!)} (${ratio(wideMs[1]! / wideMs[0]!)}; 2× is linear)`,
  `  checks and claims of ${NUMBERED_LINES.toLocaleString('en-US')} lines labelled alike but for a number ${ms(numberedMs[0]!)}, ${(2 * NUMBERED_LINES).toLocaleString('en-US')} ${ms(numberedMs[1]!)} (${ratio(numberedMs[1]! / numberedMs[0]!)})`,
  `  tieout check on the bundled release repeated (no claims.yaml; one run a size, limit ${CHECK_CPU} s of processor time):`,
  ...checkSizes.map((r) => `    ${(r.bytes / 1e6).toFixed(1).padStart(5)} MB: ${r.stopped ? `stopped at the limit (over ${CHECK_CPU} s of processor time)` : `${s(r.ms)} (${s(r.cpuMs)} of processor time), exit ${r.status}`}`),
  '',
  'cold build         pages      time    per page  × reference   peak RSS',
  ...results.cold.map((c) => `  ${String(c.releases).padStart(4)} releases ${String(c.pages).padStart(7)} ${s(c.medianMs).padStart(9)} ${ms(c.perPageMs).padStart(10)}  ${ratio(c.vsReference).padStart(10)} ${mib(c.maxRss).padStart(10)}`),
  `  per extra page (${SIZES[0]} → ${largest} releases): ${ms(perPage)} = ${ratio(vsRef(perPage))} the reference (target ≤ 1.3×)`,
  `  tieout renders pages in ${renderThreads()} render thread(s), one a core (src/integrations/render-pool.ts); the reference in one, as Astro does`,
  '',
  `memory at ${largest} releases: peak RSS ${mib(memoryRun.maxRss)} (target < 1.2 GB); heap after a full GC once N releases were written (the build's thread and its render threads):`,
  `  ${memoryRun.heap.map((h) => `${h.releases}: ${mib(h.heapUsed)}`).join(', ')}`,
  heapOf(50) !== undefined && heapOf(largest) !== undefined
    ? `  after 50 vs after ${largest}: ${mib(heapOf(50)!)} vs ${mib(heapOf(largest)!)} (${(((heapOf(largest)! - heapOf(50)!) / heapOf(50)!) * 100).toFixed(1)}%); growth ${results.memory.heapGrowthPerRelease === null ? '?' : kib(results.memory.heapGrowthPerRelease)} per release`
    : '',
  '',
  ...(results.warm === null
    ? ['warm rebuilds: left out (BENCH_WARM=0)']
    : [
        `warm rebuild, ${WARM} releases: cold ${s(results.warm.coldMs)}, unchanged ${s(results.warm.unchangedMs)}`,
        `  one notebook edited: ${s(results.warm.editNotebookMs)} = ${ratio(results.warm.editNotebookVsCold)} cold (target < 0.2×)`,
        `  one release added:   ${s(results.warm.addReleaseMs)} = ${ratio(results.warm.addReleaseVsCold)} cold (target < 0.2×)`,
      ]),
  '',
  `page weights (bundled site, gzip; reference page ${kib(refPageGzip)}):`,
  ...[...heaviestByKind(bundled)].flatMap(([k, w]) => [
    `  ${k.padEnd(11)} ${kib(w.gzip).padStart(10)} gzip ${kib(w.bytes).padStart(10)} raw  ${ratio(w.gzip / refPageGzip).padStart(7)}  ${w.page}`,
    ...(results.weights.composition[k]!.length > 0 ? [`${' '.repeat(15)}of which ${results.weights.composition[k]!.map((p) => `${p.part} ${kib(p.gzip)}`).join(', ')}`] : []),
  ]),
  `  home page: ${homeAt.map((h) => `${kib(h.gzip)} at ${h.releases}`).join(', ')}; largest listing at ${largest}: ${kib(listingMax)}`,
  `  output per release at ${largest}: max ${kib(results.weights.perReleaseBytes.max)}, median ${kib(results.weights.perReleaseBytes.median)}, plus ${kib(results.weights.searchIndex.perRelease)} of search index (${mib(results.weights.searchIndex.bytes)} in all); target < 1 MiB`,
  `  of which (bundled release, raw): ${Object.entries(results.weights.releaseBytesByKind).map(([k, b]) => `${k} ${kib(b)}`).join(', ')}`,
  '',
  ...(corpus === null
    ? [`corpus of real releases: left out (${CORPUS_DIR} ${existsSync(CORPUS_DIR) ? 'skipped with BENCH_CORPUS=0' : 'not found'})`]
    : [
        `corpus of real releases (${corpus.releases}, no company model, no claims file): ${corpus.facts} facts, ${corpus.checks} checks, ${corpus.mismatches} mismatches`,
        `  coverage: ${pct(corpus.coverage.share)} of ${corpus.figures} table figures read by an evaluated check (target ≥ 90%)`,
        `  planted errors caught: ${pct(corpus.planted.share)} (${corpus.planted.caught} of ${corpus.planted.planted}; ${CORPUS_PLANT} a release, seed 1; target ≥ 90%); on covered figures ${corpus.planted.caughtOnCovered} of ${corpus.planted.onCovered}, missed ones no longer read once altered ${corpus.planted.missedDropped}, explained ${corpus.planted.missedExplained}`,
        ...[['../shared/corpus', corpusOwn], ['corpus-extra', corpusExtra]].flatMap(([name, r]) =>
          r && typeof r !== 'string'
            ? [`  of which ${name} (${r.releases}): coverage ${pct(r.coverage.share)} (${r.coverage.covered} of ${r.figures}), planted errors caught ${pct(r.planted.share)} (${r.planted.caught} of ${r.planted.planted}), ${r.mismatches} mismatches`]
            : [],
        ),
        '  per release (coverage, planted errors caught):',
        ...corpus.perRelease
          .map((r) => `${r.id} ${pct(r.coverage)} ${r.caught}/${r.planted}`)
          .reduce<string[][]>((rows, cell, i) => (i % 5 === 0 ? [...rows, [cell]] : [...rows.slice(0, -1), [...rows.at(-1)!, cell]]), [])
          .map((row) => `    ${row.join(', ')}`),
      ]),
];
console.log(out.join('\n'));

mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
const json = `${JSON.stringify(results, null, 2)}\n`;
writeFileSync(join(ROOT, 'bench/out/latest.json'), json);
writeFileSync(join(ROOT, `bench/out/${results.date.replace(/[:.]/g, '-')}.json`), json);
writeFileSync(join(ROOT, 'bench/out/latest.txt'), `${out.join('\n')}\n`);
console.log('\nWrote bench/out/latest.json and bench/out/latest.txt');
if (!process.env.BENCH_KEEP) rmSync(TMP, { recursive: true, force: true });
