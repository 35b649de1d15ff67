/**
 * The processes a notebook cell starts end with the cell, so that a cell's reach stays within
 * what its time limit covers and no process a build started outlives it.
 *
 * Cells are code with the build's privileges (README, "What a build trusts"): they may start
 * processes through `node:child_process`. While a cell runs (an AsyncLocalStorage context that
 * follows its awaits and timers), every process started through it is recorded, and when the
 * cell ends (its value, its error or its time limit) each one still running is killed with
 * every process under it (found through /proc where the system has it), detached or not. A
 * process started after the cell ended, from a timer it left, is killed at once. The
 * synchronous calls (`spawnSync`, `execSync`, `execFileSync`) block the build's thread, where no
 * timer can stop them: inside a cell they get the cell's remaining time as their `timeout`. When
 * the build process exits, whatever is left is killed.
 *
 * A process that leaves its parent's tree on purpose (a daemon that double-forks and calls
 * setsid) is out of reach: the trust model says so.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import childProcess, { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

interface CellProcesses {
  children: Set<ChildProcess>;
  deadline: number;
  ended: boolean;
}

const current = new AsyncLocalStorage<CellProcesses>();
const alive = new Set<ChildProcess>();
let installed = false;

/** Runs `cell` (a cell's run, within its time limit) so that the processes it starts end with it. */
export async function runEndingChildren<T>(cell: () => Promise<T>, limitMs: number): Promise<T> {
  install();
  const own: CellProcesses = { children: new Set(), deadline: Date.now() + limitMs, ended: false };
  try {
    return await current.run(own, cell);
  } finally {
    own.ended = true;
    for (const child of own.children) end(child);
    own.children.clear();
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  // Every asynchronous way to start a process (spawn, exec, execFile, fork) calls this method.
  const prototype = ChildProcess.prototype as unknown as { spawn: (this: ChildProcess, ...args: unknown[]) => unknown };
  const spawn = prototype.spawn;
  prototype.spawn = function (this: ChildProcess, ...args: unknown[]) {
    const result = spawn.apply(this, args);
    const cell = current.getStore();
    if (cell && this.pid !== undefined) {
      if (cell.ended) end(this);
      else {
        cell.children.add(this);
        alive.add(this);
        this.once('exit', () => {
          cell.children.delete(this);
          alive.delete(this);
        });
      }
    }
    return result;
  };
  const module = childProcess as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ['spawnSync', 'execSync', 'execFileSync'] as const) {
    const original = module[name]!;
    module[name] = function (this: unknown, ...args: unknown[]) {
      const cell = current.getStore();
      if (!cell) return original.apply(this, args);
      // The options are the last argument that is an object (after the command and its arguments).
      const at = args.findLastIndex((a) => a !== null && typeof a === 'object' && !Array.isArray(a));
      const options = (at >= 0 ? args[at] : {}) as { timeout?: number; killSignal?: string };
      const left = Math.max(1, cell.deadline - Date.now());
      const bounded = { ...options, timeout: Math.min(options.timeout && options.timeout > 0 ? options.timeout : left, left), killSignal: 'SIGKILL' };
      const call = [...args];
      if (at >= 0) call[at] = bounded;
      else call.push(bounded);
      return original.apply(this, call);
    };
  }
  // `import { execSync } from 'node:child_process'` sees the wrapped functions too.
  syncBuiltinESMExports();
  process.once('exit', () => {
    for (const child of alive) end(child);
  });
}

/** Kills `child` and every process under it, at once (SIGKILL: a cell's process has no say). */
function end(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  for (const pid of [child.pid, ...descendants(child.pid)]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone already.
    }
  }
}

/** Every process under `pid`, from /proc (Linux); none where there is no /proc. */
function descendants(pid: number): number[] {
  let parents: Map<number, number[]>;
  try {
    parents = new Map();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      } catch {
        continue;
      }
      // "pid (command) state ppid …": the command may hold spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = parents.get(ppid) ?? [];
      list.push(Number(name));
      parents.set(ppid, list);
    }
  } catch {
    return [];
  }
  const out: number[] = [];
  const stack = [pid];
  while (stack.length > 0) {
    for (const child of parents.get(stack.pop()!) ?? []) {
      out.push(child);
      stack.push(child);
    }
  }
  return out;
}
