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

// What a cell leaves inside the build's own process ends with it too (issue 30): a worker thread
// spinning a core, a server holding a port, an interval, used to run until the build ended.
const WT = "const { Worker } = process.getBuiltinModule('node:worker_threads');";
const SPIN = "const w = new Worker('for (;;) {}', { eval: true }); held.push(w);";
const HTTP = "const s = process.getBuiltinModule('node:http').createServer((q, r) => r.end('x')); await new Promise((r) => s.listen(0, '127.0.0.1', r)); held.push(s);";
const NET = "const s = process.getBuiltinModule('node:net').createServer(); await new Promise((r) => s.listen(0, '127.0.0.1', r)); held.push(s);";
const UDP = "const s = process.getBuiltinModule('node:dgram').createSocket('udp4'); await new Promise((r) => s.bind(0, '127.0.0.1', r)); held.push(s);";
const TICKS = 'const t = { n: 0 }; held.push(t);';
type Held = { threadId?: number; listening?: boolean; n?: number; address?: () => unknown; once: (e: string, f: () => void) => void };
/** Whether `thing` has ended: a worker exited, a server or socket closed, an interval no longer ticking. */
async function ended(kind: string, thing: Held): Promise<boolean> {
  if (kind === 'worker') return new Promise((resolve) => {
    if (thing.threadId === -1) return resolve(true);
    const timer = setTimeout(() => resolve(false), 3000);
    thing.once('exit', () => (clearTimeout(timer), resolve(true)));
  });
  if (kind === 'interval') {
    const before = thing.n;
    await new Promise((r) => setTimeout(r, 200));
    return thing.n === before;
  }
  if (kind === 'udp') {
    await new Promise((r) => setTimeout(r, 50));
    try {
      thing.address!();
      return false;
    } catch {
      return true;
    }
  }
  await new Promise((r) => setTimeout(r, 50));
  return thing.listening === false;
}

describe('the worker threads, servers and intervals a cell starts end with the cell', () => {
  const cases: [string, string, string][] = [];
  for (const [kind, start] of [
    ['worker', `${WT} ${SPIN}`],
    ['server', HTTP],
    ['server', NET],
    ['udp', UDP],
    ['interval', `${TICKS} setInterval(() => t.n++, 10);`],
    ['interval', `${TICKS} process.getBuiltinModule('node:timers').setInterval(() => t.n++, 10);`],
  ] as const) {
    cases.push([kind, start, 'returned'], [kind, start, 'threw'], [kind, start, 'stopped at its time limit']);
  }
  test.each(cases)('a %s a cell started (%s), the cell having %s', async (kind, start, how) => {
    const held: Held[] = [];
    const end = how === 'returned' ? '1' : how === 'threw' ? "throw new Error('after starting')" : 'await new Promise(() => {})';
    const previous = process.env.TIEOUT_CELL_TIMEOUT_MS;
    process.env.TIEOUT_CELL_TIMEOUT_MS = '1500';
    try {
      const result = await runNotebook(notebook(`${start}\n${end}`), { held }).then(() => 'returned', (e: unknown) => e);
      if (how === 'returned') expect(result).toBe('returned');
      else expect(result).toBeInstanceOf(NotebookError);
    } finally {
      if (previous === undefined) delete process.env.TIEOUT_CELL_TIMEOUT_MS;
      else process.env.TIEOUT_CELL_TIMEOUT_MS = previous;
    }
    expect(held).toHaveLength(1);
    expect(await ended(kind, held[0]!)).toBe(true);
  });

  test.each([
    ['worker', `${WT} setTimeout(() => { ${SPIN} }, 50); 1`],
    ['server', "setTimeout(() => { const s = process.getBuiltinModule('node:http').createServer(); held.push(s); s.listen(0, '127.0.0.1'); }, 50); 1"],
    ['server', "setTimeout(() => { const s = process.getBuiltinModule('node:net').createServer(); held.push(s); s.listen(0, 'localhost'); }, 50); 1"],
    ['server', "setTimeout(() => { const s = process.getBuiltinModule('node:net').createServer(); held.push(s); s.listen(0); }, 50); 1"],
    ['udp', "setTimeout(() => { const s = process.getBuiltinModule('node:dgram').createSocket('udp4'); held.push(s); s.bind(0, 'localhost'); }, 50); 1"],
    ['interval', `${TICKS} setTimeout(() => setInterval(() => t.n++, 10), 50); 1`],
  ])('a %s a cell\'s leftover timer starts after the cell ended is ended at once', async (kind, source) => {
    const held: Held[] = [];
    await runNotebook(notebook(source), { held });
    await new Promise((r) => setTimeout(r, 400));
    expect(held).toHaveLength(1);
    expect(await ended(kind, held[0]!)).toBe(true);
  });

  test('a worker, a server and an interval the cell ended itself are left as the cell left them; outside a cell, nothing is touched', async () => {
    const held: Held[] = [];
    await runNotebook(notebook(`${WT} const w = new Worker('1', { eval: true }); await new Promise((r) => w.once('exit', r)); ${NET} await new Promise((r) => s.close(r)); const i = setInterval(() => {}, 10); clearInterval(i); 1`), { held });
    expect(held).toHaveLength(1);
    const { Worker } = await import('node:worker_threads');
    const net = await import('node:net');
    const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
    const server = net.createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const t = { n: 0 };
    const interval = setInterval(() => t.n++, 10);
    await runNotebook(notebook('1'), {});
    await new Promise((r) => setTimeout(r, 200));
    expect(server.listening).toBe(true);
    expect(t.n).toBeGreaterThan(0);
    expect(worker.threadId).toBeGreaterThan(0);
    clearInterval(interval);
    server.close();
    await worker.terminate();
  });
});
