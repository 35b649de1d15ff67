/**
 * Time limits for notebook cells, so that a build never hangs on one.
 *
 * Cells run in the build's own realm (see run.ts), where nothing can stop a running
 * function from outside, so the limit is kept three ways:
 *
 * - the synchronous part of a cell runs inside `vm.Script.runInThisContext({ timeout })`,
 *   which V8 interrupts even inside library code or a runaway regular expression;
 * - every loop body of a cell calls `tick()` (compile.ts inserts it), which throws once the
 *   running cell is past its deadline, also after an `await`, naming the loop's line;
 * - the cell's promise races a timer, so one that never settles fails instead of letting
 *   the event loop drain (which ends the build "successfully" with pages missing).
 *
 * The limit is TIEOUT_CELL_TIMEOUT_MS milliseconds, 10 seconds unless set.
 */
import vm from 'node:vm';

export const DEFAULT_CELL_TIME_LIMIT_MS = 10_000;

/** The limit for one cell, in milliseconds. */
export function cellTimeLimitMs(): number {
  const set = Number(process.env.TIEOUT_CELL_TIMEOUT_MS);
  return Number.isFinite(set) && set > 0 ? set : DEFAULT_CELL_TIME_LIMIT_MS;
}

/** Thrown by tick() inside a cell that ran past its limit; its stack names the loop. */
export class CellTimeLimit extends Error {
  constructor(limitMs: number) {
    super(`ran longer than ${seconds(limitMs)}`);
    this.name = 'CellTimeLimit';
  }
}

/** How a cell broke its limit where no stack frame says where. */
export class CellOverrun extends Error {
  readonly how: 'synchronous' | 'unsettled';
  readonly limitMs: number;
  constructor(how: 'synchronous' | 'unsettled', limitMs: number) {
    super(how === 'synchronous' ? `did not finish within ${seconds(limitMs)}` : `did not settle within ${seconds(limitMs)}`);
    this.name = 'CellOverrun';
    this.how = how;
    this.limitMs = limitMs;
  }
}

export function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

interface Running {
  deadline: number;
  limitMs: number;
  expired: boolean;
}

/** Cells whose promise has not settled (one at a time in practice: cells run in order). */
const running = new Set<Running>();
let ticks = 0;

/** Called at the head of every loop body of a cell; cheap until a deadline has passed. */
export function tick(): void {
  // Reading the clock on every iteration would slow tight loops; every 1024th is enough.
  if ((++ticks & 1023) !== 0) return;
  const now = Date.now();
  for (const run of running) {
    if (now > run.deadline) {
      run.expired = true;
      throw new CellTimeLimit(run.limitMs);
    }
  }
}

const ENTRY = '__tieoutNotebookCell';
// The call itself is the script, so that V8's timeout covers everything the cell runs synchronously.
const invoke = new vm.Script(`globalThis.${ENTRY}()`, { filename: 'tieout:notebook-cell' });
/** Grace beyond the limit for the synchronous timeout, so that a loop in the cell's own code is stopped by tick() first, at its line. */
const SYNC_GRACE_MS = 1_000;

/**
 * Runs `start` (which returns the cell's promise) within `limitMs`. Throws CellOverrun when the
 * synchronous part or the promise overruns, CellTimeLimit from a loop, or what the cell threw.
 */
export async function runWithTimeLimit<T>(start: () => Promise<T>, limitMs = cellTimeLimitMs()): Promise<T> {
  const run: Running = { deadline: Date.now() + limitMs, limitMs, expired: false };
  running.add(run);
  let timer: NodeJS.Timeout | undefined;
  try {
    let promise: Promise<T>;
    (globalThis as Record<string, unknown>)[ENTRY] = start;
    try {
      promise = invoke.runInThisContext({ timeout: limitMs + SYNC_GRACE_MS, displayErrors: false }) as Promise<T>;
    } catch (error) {
      if (isTimeout(error)) throw new CellOverrun('synchronous', limitMs);
      throw error;
    } finally {
      delete (globalThis as Record<string, unknown>)[ENTRY];
    }
    const overrun = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new CellOverrun('unsettled', limitMs)), Math.max(0, run.deadline - Date.now()));
    });
    const value = await Promise.race([promise, overrun]);
    // A cell that caught the CellTimeLimit of its own loop still broke the limit.
    if (run.expired) throw new CellOverrun('synchronous', limitMs);
    return value;
  } finally {
    clearTimeout(timer);
    running.delete(run);
  }
}

/** Is this V8's synchronous timeout? Asked so that it cannot throw: a cell may throw a value whose every property throws. */
function isTimeout(error: unknown): boolean {
  try {
    return (error as NodeJS.ErrnoException)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
  } catch {
    return false;
  }
}
