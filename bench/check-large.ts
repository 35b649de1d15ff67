/**
 * `tieout check` on a large release, as a user runs it (issue 30: a 10 MB release ran past a
 * minute): the bundled release, its text repeated to about `mb` MB, with its company model and
 * no claims.yaml (whose quotes would each be printed hundreds of times). One run, in a child
 * process limited to `cpuSeconds` of processor time (`ulimit -t`), so that a size the checks
 * cannot yet read in time is reported as stopped rather than waited for; the shell's `times`
 * gives the child's processor time beside the clock's.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BUNDLED } from './simulate.ts';

const ROOT = resolve(import.meta.dirname, '..');

export interface LargeCheck {
  mb: number;
  /** The size of the release text written. */
  bytes: number;
  /** The clock's time, and the processor time of the command (user and system). */
  ms: number;
  cpuMs: number;
  /** The command's exit status (the shell's: 128 + the signal for a command killed). */
  status: number | null;
  /** Ended by the limit of processor time. */
  stopped: boolean;
}

export function checkLarge({ mb, cpuSeconds, work }: { mb: number; cpuSeconds: number; work: string }): LargeCheck {
  const releaseDir = join(ROOT, 'data/releases', BUNDLED);
  const root = join(work, `check-${mb}mb`);
  const dir = join(root, 'data/releases', BUNDLED);
  mkdirSync(dir, { recursive: true });
  mkdirSync(join(root, 'data/companies/inap'), { recursive: true });
  cpSync(join(ROOT, 'data/companies/inap/model.yaml'), join(root, 'data/companies/inap/model.yaml'));
  cpSync(join(releaseDir, 'release.yaml'), join(dir, 'release.yaml'));
  const text = readFileSync(join(releaseDir, 'release.txt'), 'utf8');
  const copies = Math.max(1, Math.round((mb * 1e6) / Buffer.byteLength(text)));
  writeFileSync(join(dir, 'release.txt'), text.repeat(copies));
  const script = `ulimit -c 0; ulimit -t ${cpuSeconds}; "$0" "$@" >/dev/null 2>&1; s=$?; times; exit $s`;
  const started = performance.now();
  const run = spawnSync('/bin/sh', ['-c', script, process.execPath, join(ROOT, 'bin/tieout.mjs'), 'check', join('data/releases', BUNDLED), '--json'], {
    cwd: root,
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  rmSync(root, { recursive: true, force: true });
  // `times` prints the shell's user and system time, then its children's: "0m1.230000s 0m0.100000s".
  const children = run.stdout.trim().split('\n').at(-1) ?? '';
  const cpuMs = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, [, m, sec]) => sum + (Number(m) * 60 + Number(sec)) * 1000, 0);
  // Past the limit the kernel sends SIGXCPU (24), then SIGKILL (9).
  const stopped = run.status === 128 + 24 || run.status === 128 + 9;
  return { mb, bytes: copies * Buffer.byteLength(text), ms, cpuMs, status: run.status, stopped };
}
