/**
 * Running `astro build` for the bench: in a copy of the project (so a bench never shares
 * Astro's generated files with a test build of the checkout), with its own caches, timed,
 * with peak memory and heap samples from bench/probe.mjs and the machine's load around it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = existsSync(join(ROOT, 'node_modules/.bin/node')) ? join(ROOT, 'node_modules/.bin/node') : process.execPath;

/**
 * Node's flags of `npm run build` (package.json), so the bench measures the build a user runs:
 * its heap cap keeps the build's memory near what it uses (see README, "Loading and memory").
 */
export function buildNodeFlags(root = ROOT): string[] {
  return buildCommand(root).flags;
}

/** The environment `npm run build` sets before Node (package.json: `NAME=value … node …`). */
export function buildEnv(root = ROOT): Record<string, string> {
  return buildCommand(root).env;
}

function buildCommand(root: string): { env: Record<string, string>; flags: string[] } {
  const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.build ?? '';
  const m = /^((?:[A-Z_][A-Z0-9_]*=\S+ )*)node((?: --[\w-]+(?:=\S+)?)*) node_modules\/astro\/bin\/astro\.mjs build$/.exec(script);
  if (!m) throw new Error(`package.json: scripts.build is "${script}"; the bench expects "[NAME=value …] node [--flag …] node_modules/astro/bin/astro.mjs build"`);
  const env = Object.fromEntries(m[1]!.split(' ').filter(Boolean).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
  return { env, flags: m[2]!.split(' ').filter(Boolean) };
}

/** A copy of the project's sources under `dir`, with node_modules linked; `from` is the checkout to copy. */
export function copyProject(dir: string, from = ROOT): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    if (existsSync(join(from, f))) cpSync(join(from, f), join(dir, f), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

export interface BuildResult {
  ms: number;
  /** HTML pages written. */
  pages: number;
  /** Peak resident memory of the build process, bytes. */
  maxRss: number;
  /** Heap after a full GC once the pages of that many releases were written. */
  heap: { releases: number; heapUsed: number; rss: number }[];
  /** One-minute load average before and after (the machine is shared). */
  load: [number, number];
}

export interface BuildOptions {
  project: string;
  outDir: string;
  env?: Record<string, string>;
  /** Release counts after which the probe samples the heap (each sample is a full GC, ~0.1 s). */
  heapAt?: number[];
}

/** `astro build` in `project`; throws with Astro's output if it fails. */
export function astroBuild({ project, outDir, env = {}, heapAt = [] }: BuildOptions): BuildResult {
  const probeFile = join(outDir + '.probe.json');
  rmSync(probeFile, { force: true });
  const before = loadavg()[0]!;
  const t = performance.now();
  const run = spawnSync(
    NODE,
    [...buildNodeFlags(), '--expose-gc', '--import', join(ROOT, 'bench/probe.mjs'), join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: project,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        SOURCE_DATE_EPOCH: '1280880000',
        TIEOUT_BENCH_PROBE: probeFile,
        TIEOUT_BENCH_HEAP_AT: heapAt.join(','),
        ...buildEnv(),
        ...env,
      },
    },
  );
  const ms = performance.now() - t;
  const after = loadavg()[0]!;
  if (run.status !== 0) throw new Error(`astro build failed in ${project}:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  const probe = JSON.parse(readFileSync(probeFile, 'utf8')) as { maxRss: number; heap: BuildResult['heap'] };
  return { ms, pages: htmlFiles(outDir).length, maxRss: probe.maxRss, heap: probe.heap, load: [before, after] };
}

export function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

export function htmlFiles(dir: string): string[] {
  return files(dir).filter((f) => f.endsWith('.html'));
}

export function bytesUnder(dir: string): number {
  return existsSync(dir) ? files(dir).reduce((sum, f) => sum + statSync(f).size, 0) : 0;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
