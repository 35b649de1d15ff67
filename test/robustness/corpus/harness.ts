/**
 * The bad-input corpus: each case is a release folder made by editing a base release (the
 * small Acme release of test/robustness/fixtures, or the bundled Internap one), run through
 * the real CLI in-process (`tieout facts --json --strict` and `tieout check --json --strict`)
 * from a data folder of its own, with an outcome it must have:
 *
 * - `error`: a located error — exit 2 (with --strict, as a located problem of a release that was
 *   read exits 0 without it) and `file:line:column: message` on stderr;
 * - `reads`: a correct reading — exit 0 or 1, and what was read is asserted;
 * - `accepted`: read without complaint, for a stated reason.
 *
 * Whatever the outcome, no case may end in a stack trace or an internal error (exit 3).
 * Cases that could hang run in a child process with a limit of processor time instead (runLimited).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main.ts';
import type { Check, Fact } from '../../../src/lib/types.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = join(ROOT, 'bin/tieout.mjs');

export const BASES = {
  acme: { data: join(ROOT, 'test/robustness/fixtures/data'), id: 'acme-2010-q2', company: 'acme' },
  inap: { data: join(ROOT, 'data'), id: 'inap-2010-q2', company: 'inap' },
} as const;

/** A file's new content: text, bytes, a directory in its place, or gone (null); a function edits the base's text. */
export type Content = string | Uint8Array | null | { directory: true } | ((base: string) => string | Uint8Array);

export type FileName = 'release.txt' | 'release.yaml' | 'claims.yaml' | 'model.yaml';

export type Outcome =
  | { error: { file: FileName; line?: number; column?: number; message: RegExp } }
  | { reads: (run: Run) => void }
  | { accepted: string; check?: (run: Run) => void };

export interface Case {
  name: string;
  base?: keyof typeof BASES;
  files: Partial<Record<FileName, Content>>;
  /** The release folder's name (the release id), when not the base's. */
  folder?: string;
  expect: Outcome;
  /** Runs in a child process with a limit of processor time (ISOLATE_CPU_SECONDS a command), as the case could hang. */
  isolate?: boolean;
  /** The commands to run (both unless said): a large case runs only the one its outcome needs. */
  commands?: ('facts' | 'check')[];
  /**
   * The helper whose layer decides the case, while it does not yet have its outcome: the
   * test is then expected to fail (vitest `fails`), and passes again, to be unmarked, when fixed.
   */
  pending?: 'ingest' | 'claims' | 'base-model' | 'import' | 'site';
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  facts: Fact[];
  checks: Check[];
  /** Path of a file of the case as messages name it, e.g. `data/releases/acme-2010-q2/release.txt`. */
  path: (file: FileName) => string;
  seconds: number;
}

const work = mkdtempSync(join(tmpdir(), 'tieout-corpus-'));
export function cleanUp(): void {
  rmSync(work, { recursive: true, force: true });
}

let count = 0;
/** Writes the case's data folder: the base release and company model, with the case's files. */
function prepare(c: Case): { root: string; dir: string; path: (file: FileName) => string } {
  const base = BASES[c.base ?? 'acme'];
  const root = join(work, `case-${++count}`);
  const release = join('data', 'releases', c.folder ?? base.id);
  const model = join('data', 'companies', base.company, 'model.yaml');
  cpSync(join(base.data, 'releases', base.id), join(root, release), { recursive: true });
  mkdirSync(join(root, dirname(model)), { recursive: true });
  cpSync(join(base.data, 'companies', base.company, 'model.yaml'), join(root, model));
  const path = (file: FileName) => (file === 'model.yaml' ? model : join(release, file));
  for (const [file, content] of Object.entries(c.files) as [FileName, Content][]) {
    const target = join(root, path(file));
    const before = (() => {
      try {
        return readFileSync(target, 'utf8');
      } catch {
        return '';
      }
    })();
    rmSync(target, { recursive: true, force: true });
    const value = typeof content === 'function' ? content(before) : content;
    if (value === null) continue;
    if (typeof value === 'object' && 'directory' in value) mkdirSync(target, { recursive: true });
    else writeFileSync(target, value);
  }
  return { root, dir: release, path };
}

async function inProcess(root: string, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const previous = process.cwd();
  process.chdir(root);
  try {
    const status = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { status, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.chdir(previous);
  }
}

/**
 * Limits of a command of an isolated case. Large inputs must be read in seconds of the machine's
 * time, not of the clock: on a shared machine under a load of 20 a command gets a tenth of a core,
 * and a wall-clock limit failed cases that read in 4 s of CPU. So a command is stopped when it has
 * used ISOLATE_CPU_SECONDS of processor time (RLIMIT_CPU, set by the shell's `ulimit -t`), which
 * a loop that never ends reaches whatever the load; the clock only backs that up, generously, for
 * a command that waits without computing (ISOLATE_WALL_MS).
 */
export const ISOLATE_CPU_SECONDS = 15;
export const ISOLATE_WALL_MS = 300_000;

/** The time a test of an isolated case may take: each of its commands may run to the clock's limit. */
export const isolatedTestTimeout = (c: Case) => (c.commands ?? ['facts', 'check']).length * ISOLATE_WALL_MS + 60_000;

/** Runs `argv` in `cwd` within `cpuSeconds` of processor time and `wallMs` of the clock; status null when either ends it. */
export function runLimited(argv: string[], cwd: string, cpuSeconds = ISOLATE_CPU_SECONDS, wallMs = ISOLATE_WALL_MS) {
  // `exec` so that the limit is the command's own; no core file of a stopped process.
  const run = spawnSync('/bin/sh', ['-c', `ulimit -c 0; ulimit -t ${cpuSeconds}; exec "$@"`, 'limited', ...argv], {
    cwd,
    encoding: 'utf8',
    timeout: wallMs,
    killSignal: 'SIGKILL',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
    return { status: null, stdout: run.stdout ?? '', stderr: `(still running after ${wallMs / 1000} s of the clock: a hang)` };
  }
  // The processor-time limit ends a process with SIGXCPU (SIGKILL at the hard limit).
  if (run.signal === 'SIGXCPU' || run.signal === 'SIGKILL') {
    return { status: null, stdout: run.stdout ?? '', stderr: `(stopped after ${cpuSeconds} s of processor time, ${run.signal}: a hang)` };
  }
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs `tieout facts --json --strict` and `tieout check --json --strict` on the case. */
export async function runCase(c: Case): Promise<Run> {
  const { root, dir, path } = prepare(c);
  const started = Date.now();
  const commands = c.commands ?? ['facts', 'check'];
  const skipped = { status: 0, stdout: '', stderr: '' };
  const run = (command: 'facts' | 'check') => {
    if (!commands.includes(command)) return Promise.resolve(skipped);
    // --strict: a located problem of a release whose tables were read fails the run only when
    // asked (issue 29); the corpus pins every problem, so it asks.
    const args = [command, dir, '--json', '--strict'];
    return c.isolate ? Promise.resolve(runLimited([process.execPath, BIN, ...args], root)) : inProcess(root, args);
  };
  const facts = await run('facts');
  const check = await run('check');
  // The status of what ran: check's, or facts' when only facts ran.
  const last = commands.includes('check') ? check : facts;
  const parse = <T>(text: string): T[] => {
    try {
      return text.trim() ? (JSON.parse(text) as T[]) : [];
    } catch {
      return [];
    }
  };
  return {
    status: last.status,
    stdout: last.stdout,
    // Both commands' complaints: facts reads the text, check reads the model and claims too.
    stderr: `${facts.stderr}${facts.stderr && check.stderr ? '\n' : ''}${check.stderr}`,
    facts: parse<Fact>(facts.stdout),
    checks: parse<Check>(check.stdout),
    path,
    seconds: (Date.now() - started) / 1000,
  };
}

/** A stack frame, or the one-line report of an internal error. */
export const TRACE = /^\s+at .+(:\d+:\d+\)?|\(native\))$|internal error|^\w*Error: /m;

/** The base release's text, for cases that edit it. */
export const lines = (text: string) => text.split('\n');
export const replaceLine = (n: number, make: (line: string) => string) => (text: string) =>
  lines(text)
    .map((l, i) => (i === n - 1 ? make(l) : l))
    .join('\n');
