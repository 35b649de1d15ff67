// Notebooks are code, and the build keeps their reach (issue 30): every process a cell starts
// ends with the cell, whether it returned, threw or ran past its time limit, with the processes
// under it; a synchronous call is held to the cell's time. Cells start real processes (sleep).
import { describe, expect, test } from 'vitest';
import { runNotebook, NotebookError, type NotebookSpec } from '../../../src/lib/notebook/index.ts';

const FILE = 'src/notebooks/demo/children.mdx';
const notebook = (...sources: string[]): NotebookSpec => ({
  file: FILE,
  cells: sources.map((source, i) => ({ number: i + 1, id: `cell-${i + 1}`, source, line: 5 + i * 6, fold: false })),
});
const running = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
/** Waits until the processes are gone (a killed process is reaped by its parent, or by init for an orphan). */
async function gone(pids: number[], within = 3000): Promise<number[]> {
  const until = Date.now() + within;
  while (Date.now() < until && pids.some(running)) await new Promise((r) => setTimeout(r, 50));
  return pids.filter(running);
}
const CP = "const cp = process.getBuiltinModule('node:child_process');";
/** A shell that starts a grandchild in the background, records both pids in `pids`, and waits. */
const SHELL = "const child = cp.spawn('sh', ['-c', 'sleep 60 & echo $! ; sleep 60'], DETACH); const grandchild = await new Promise((r) => child.stdout.once('data', (d) => r(Number(String(d).trim())))); pids.push(child.pid, grandchild);";

describe('the processes a cell starts end with the cell', () => {
  test.each([
    ['returned, leaving them running', { detached: false }, 'pids.length'],
    ['returned, leaving them running detached and unreferenced', { detached: true }, 'child.unref(); pids.length'],
  ])('a cell that %s', async (_, detach, last) => {
    const pids: number[] = [];
    await runNotebook(notebook(`${CP}\n${SHELL.replace('DETACH', JSON.stringify({ ...detach, stdio: ['ignore', 'pipe', 'ignore'] }))}\n${last}`), { pids });
    expect(pids).toHaveLength(2);
    expect(await gone(pids)).toEqual([]);
  });

  test('a cell that threw', async () => {
    const pids: number[] = [];
    const error = await runNotebook(notebook(`${CP}\n${SHELL.replace('DETACH', "{ stdio: ['ignore', 'pipe', 'ignore'] }")}\nthrow new Error('after starting')`), { pids }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotebookError);
    expect(pids).toHaveLength(2);
    expect(await gone(pids)).toEqual([]);
  });

  test('a cell stopped at its time limit', async () => {
    const pids: number[] = [];
    const previous = process.env.TIEOUT_CELL_TIMEOUT_MS;
    process.env.TIEOUT_CELL_TIMEOUT_MS = '1500';
    try {
      const error = await runNotebook(notebook(`${CP}\n${SHELL.replace('DETACH', "{ stdio: ['ignore', 'pipe', 'ignore'] }")}\nawait new Promise(() => {})`), { pids }).catch((e: unknown) => e);
      expect(String((error as Error).message)).toMatch(/did not settle within 1500 ms/);
    } finally {
      if (previous === undefined) delete process.env.TIEOUT_CELL_TIMEOUT_MS;
      else process.env.TIEOUT_CELL_TIMEOUT_MS = previous;
    }
    expect(pids).toHaveLength(2);
    expect(await gone(pids)).toEqual([]);
  });

  test('a process a cell\'s timer starts after the cell ended is ended at once', async () => {
    const pids: number[] = [];
    await runNotebook(notebook(`${CP}\nsetTimeout(() => pids.push(cp.spawn('sleep', ['60']).pid), 50); 1`), { pids });
    await new Promise((r) => setTimeout(r, 300));
    expect(pids).toHaveLength(1);
    expect(await gone(pids)).toEqual([]);
  });

  test.each([
    ['execSync', "cp.execSync('sleep 60')"],
    ['execFileSync', "cp.execFileSync('sleep', ['60'])"],
    ['spawnSync', "const r = cp.spawnSync('sleep', ['60']); if (r.error) throw r.error"],
  ])('%s inside a cell is held to the cell\'s time: a located error in seconds, not a build blocked for a minute', async (_, call) => {
    const previous = process.env.TIEOUT_CELL_TIMEOUT_MS;
    process.env.TIEOUT_CELL_TIMEOUT_MS = '1000';
    const started = Date.now();
    try {
      const error = await runNotebook(notebook(`${CP}\n${call}`), {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotebookError);
      expect((error as NotebookError).message).toMatch(/children\.mdx:\d+:\d+/);
    } finally {
      if (previous === undefined) delete process.env.TIEOUT_CELL_TIMEOUT_MS;
      else process.env.TIEOUT_CELL_TIMEOUT_MS = previous;
    }
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('outside a cell, child_process is untouched: a process the build starts lives on', async () => {
    const { spawn, execFileSync } = await import('node:child_process');
    expect(execFileSync('sh', ['-c', 'echo ok'], { encoding: 'utf8' })).toBe('ok\n');
    await runNotebook(notebook('1'), {});
    const child = spawn('sleep', ['60']);
    await new Promise((r) => setTimeout(r, 200));
    expect(running(child.pid!)).toBe(true);
    child.kill('SIGKILL');
  });
});
