/**
 * The processes, worker threads, servers and intervals a notebook cell starts end with the cell,
 * so that a cell's reach stays within what its time limit covers and nothing a cell started
 * outlives it (a worker spinning a core, a server holding a port, for the rest of the build).
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
 * The same context records what a cell leaves inside the build's own process: a worker thread
 * (`process` emits 'worker' from the Worker's constructor, in its creator's context) is
 * terminated, a server listening (`net.Server`, so http and https too) or a bound UDP socket is
 * closed with its connections, and an interval (`setInterval`, global or from `node:timers`) is
 * cleared, when the cell ends; one a leftover timer starts later is ended at once. A one-off
 * timer is left to fire: it is bounded, and what it starts is ended at once.
 *
 * A process that leaves its parent's tree on purpose (a daemon that double-forks and calls
 * setsid) is out of reach: the trust model says so.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import childProcess, { ChildProcess } from 'node:child_process';
import dgram from 'node:dgram';
import { readdirSync, readFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import timers from 'node:timers';
import type { Worker } from 'node:worker_threads';

interface CellProcesses {
  children: Set<ChildProcess>;
  /** What else the cell started inside the build's process, each with how to end it. */
  others: Map<object, () => void>;
  deadline: number;
  ended: boolean;
}

const current = new AsyncLocalStorage<CellProcesses>();
const alive = new Set<ChildProcess>();
let installed = false;

/** Runs `cell` (a cell's run, within its time limit) so that the processes, threads, servers and intervals it starts end with it. */
export async function runEndingChildren<T>(cell: () => Promise<T>, limitMs: number): Promise<T> {
  install();
  const own: CellProcesses = { children: new Set(), others: new Map(), deadline: Date.now() + limitMs, ended: false };
  try {
    return await current.run(own, cell);
  } finally {
    own.ended = true;
    for (const child of own.children) end(child);
    own.children.clear();
    for (const close of own.others.values()) close();
    own.others.clear();
  }
}

/**
 * Records `thing`, started inside a cell, to be ended by `close` with the cell (at once if the
 * cell has ended); `closed` registers the call that forgets it once it ended by itself.
 */
function hold(thing: object, close: () => void, closed?: (forget: () => void) => void): void {
  const cell = current.getStore();
  if (!cell) return;
  const safely = () => {
    try {
      close();
    } catch {
      // Ended already.
    }
  };
  if (cell.ended) return safely();
  cell.others.set(thing, safely);
  closed?.(() => cell.others.delete(thing));
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

  process.on('worker', (worker: Worker) => hold(worker, () => void worker.terminate().catch(() => {}), (forget) => worker.once('exit', forget)));
  const listen = net.Server.prototype.listen;
  net.Server.prototype.listen = function (this: net.Server, ...args: unknown[]) {
    const result = (listen as (...a: unknown[]) => net.Server).apply(this, args);
    const close = () => {
      (this as net.Server & { closeAllConnections?: () => void }).closeAllConnections?.();
      this.close();
    };
    // A server still looking up its address would listen after a close: it is closed once it does.
    hold(this, () => (this.listening ? close() : this.once('listening', close)), (forget) => this.once('close', forget));
    return result;
  } as typeof listen;
  const bind = dgram.Socket.prototype.bind;
  dgram.Socket.prototype.bind = function (this: dgram.Socket, ...args: unknown[]) {
    const result = (bind as (...a: unknown[]) => dgram.Socket).apply(this, args);
    hold(this, () => this.close(), (forget) => this.once('close', forget));
    return result;
  } as typeof bind;
  const setInterval = timers.setInterval;
  const cellSetInterval = function (this: unknown, ...args: unknown[]) {
    const interval = (setInterval as (...a: unknown[]) => NodeJS.Timeout).apply(this, args);
    hold(interval, () => timers.clearInterval(interval));
    return interval;
  } as typeof setInterval;
  timers.setInterval = cellSetInterval;
  globalThis.setInterval = cellSetInterval;

  // `import { execSync } from 'node:child_process'` (or `setInterval` from 'node:timers') sees the wrapped functions too.
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
