/** Running the `tieout` command in tests: as a process (as `npx tieout` does) or in-process. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../src/cli/main.ts';

const BIN = join(import.meta.dirname, '../../bin/tieout.mjs');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The real executable on this test's Node, from `cwd` (the project root by default). */
export function runBin(args: string[], cwd = process.cwd()): Run {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** main() in this process, its output collected. */
export async function runInProcess(...args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { status, stdout: out.join(''), stderr: err.join('') };
}
