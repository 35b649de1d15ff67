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
 * Cases that could hang run in a child process with a time limit instead.
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
  /** Runs in a child process with a time limit (ISOLATE_TIMEOUT_MS a command), as the case could hang. */
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

/** Time limit of a command of an isolated case: large inputs must be read in seconds. */
export const ISOLATE_TIMEOUT_MS = 15_000;

function child(root: string, args: string[], timeout: number) {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: root, encoding: 'utf8', timeout, killSignal: 'SIGKILL', maxBuffer: 512 * 1024 * 1024 });
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
    return { status: null, stdout: run.stdout ?? '', stderr: `(still running after ${timeout / 1000} s: a hang)` };
  }
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs `tieout facts --json --strict` and `tieout check --json --strict` on the case. */
export async function runCase(c: Case, timeout = ISOLATE_TIMEOUT_MS): Promise<Run> {
  const { root, dir, path } = prepare(c);
  const started = Date.now();
  const commands = c.commands ?? ['facts', 'check'];
  const skipped = { status: 0, stdout: '', stderr: '' };
  const run = (command: 'facts' | 'check') => {
    if (!commands.includes(command)) return Promise.resolve(skipped);
    // --strict: a located problem of a release whose tables were read fails the run only when
    // asked (issue 29); the corpus pins every problem, so it asks.
    const args = [command, dir, '--json', '--strict'];
    return c.isolate ? Promise.resolve(child(root, args, timeout)) : inProcess(root, args);
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
