/**
 * `npm run bench`: speed and size, measured (never asserted in tests).
 * - ingest: parse the bundled release N times;
 * - checks: run every check N times (when the checks layer is present);
 * - claims: link and check the prose of the bundled release, and of one line of 20,000 figures;
 * - build: one `astro build`, wall time;
 * - size: bytes of dist/ in all, per kind of file, and the largest pages.
 * Prints a table and writes bench/out/<date>.json (git-ignored) to compare runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadRelease, parseRelease } from '../src/lib/ingest/index.ts';
import { emptyModel } from '../src/lib/model/index.ts';

const RELEASE = 'data/releases/inap-2010-q2';
const N = Number(process.env.BENCH_N ?? 50);

function time<T>(label: string, runs: number, fn: () => T): { label: string; runs: number; medianMs: number } {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { label, runs, medianMs: Number(samples[Math.floor(runs / 2)].toFixed(3)) };
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

const timings = [time('ingest (parse release)', N, () => loadRelease(RELEASE))];
// Large inputs must stay linear: a 100,000-row table and a label holding 20,000 numbers.
{
  const meta = loadRelease(RELEASE).meta;
  const big = `BIG\n\tJune 30, 2010\tDecember 31, 2009\n${Array.from({ length: 100_000 }, (_, i) => `Item ${i.toString(36).replace(/\d/g, 'x')}\t${i}\t(${i})`).join('\n')}\n`;
  const label = `T\n\tJune 30, 2010\nWidgets ${Array.from({ length: 20_000 }, (_, i) => i).join(' ')}\t5\n`;
  timings.push(time('ingest (100,000-row table)', 3, () => parseRelease(big, meta, emptyModel, 'big.txt')));
  timings.push(time('ingest (20,000-number label)', 3, () => parseRelease(label, meta, emptyModel, 'label.txt')));
}
const checksModule = 'src/lib/verify/index.ts';
if (existsSync(checksModule)) {
  const { runChecks } = await import(`../${checksModule}`);
  const { loadModel } = await import('../src/lib/model/index.ts');
  const release = loadRelease(RELEASE);
  const model = loadModel(`data/companies/${release.meta.company}/model.yaml`);
  timings.push(time('checks (all relations)', N, () => runChecks(release, model)));
}

{
  // Claims: every number of the prose linked, for the bundled release and for one prose line of
  // 20,000 figures (reading and linking stay linear in the line).
  const { analyzeClaims } = await import('../src/lib/claims/index.ts');
  const release = loadRelease(RELEASE);
  timings.push(time('claims (link and check the prose)', 10, () => analyzeClaims(release, { claims: null })));
  const line = `Revenue was ${Array.from({ length: 20_000 }, (_, i) => `$${(i % 90) + 1}.5 million`).join(', ')}.`;
  const long = parseRelease(release.text.replace('Revenue\n', `Revenue\n\n${line}\n`), release.meta, emptyModel, release.file);
  timings.push(time('claims (a prose line of 20,000 figures)', 3, () => analyzeClaims(long, { claims: null, model: emptyModel })));
}

const t = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const buildMs = Number((performance.now() - t).toFixed(0));
if (build.status !== 0) {
  console.error(build.stdout.slice(-2000), build.stderr.slice(-2000));
  process.exit(1);
}

const dist = files('dist').map((f) => ({ file: f.slice('dist/'.length), bytes: statSync(f).size }));
const byKind = new Map<string, number>();
for (const f of dist) byKind.set(extname(f.file) || '(none)', (byKind.get(extname(f.file) || '(none)') ?? 0) + f.bytes);
const largest = dist.filter((f) => f.file.endsWith('.html')).sort((a, b) => b.bytes - a.bytes).slice(0, 5);
const total = dist.reduce((s, f) => s + f.bytes, 0);

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log('\nTimings (median)');
for (const r of timings) console.log(`  ${r.label.padEnd(28)} ${String(r.medianMs).padStart(9)} ms  (${r.runs} runs)`);
console.log(`  ${'astro build'.padEnd(28)} ${String(buildMs).padStart(9)} ms  (1 run)`);
console.log(`\nSize of dist/: ${kb(total)} in ${dist.length} files`);
for (const [kind, bytes] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(8)} ${kb(bytes)}`);
console.log('Largest pages');
for (const f of largest) console.log(`  ${f.file.padEnd(56)} ${kb(f.bytes)}`);

mkdirSync('bench/out', { recursive: true });
const out = `bench/out/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
writeFileSync(out, `${JSON.stringify({ timings, buildMs, total, files: dist.length, byKind: Object.fromEntries(byKind), largest }, null, 2)}\n`);
console.log(`\nWrote ${out}`);
