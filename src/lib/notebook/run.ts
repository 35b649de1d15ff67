/**
 * Runs the cells of a notebook in order, at build time, over one shared scope.
 *
 * Each cell is compiled (compile.ts) into a function whose parameters are the
 * names in scope: the page's injected scope first, then every top-level name
 * of the cells before it. Bindings pass from cell to cell by value, as a
 * snapshot after each cell: mutate an object in a later cell and the change
 * is seen; reassign a `let` from inside a function an earlier cell defined and
 * it is not.
 *
 * Cells run in the build's own realm (cellFunction()), so that values are
 * ordinary objects (Arquero, Plot and `instanceof` work as anywhere else) and
 * stack frames name the notebook file at its real lines. Each cell runs
 * within a time limit (time-limit.ts): an endless loop or a promise that never
 * settles fails the build at the cell instead of hanging it; the processes a cell
 * starts end with it (children.ts).
 */
import { didYouMean } from '../did-you-mean.ts';
import path from 'node:path';
import type { CellSpec, NotebookSpec } from './cell.ts';
import { CellSyntaxError, compileCell, SINK, type CompiledCell } from './compile.ts';
import { cellName, messages, NotebookError } from './errors.ts';
import { runEndingChildren } from './children.ts';
import { CellOverrun, CellTimeLimit, cellTimeLimitMs, runWithTimeLimit, seconds, tick } from './time-limit.ts';
import { escapeRegExp } from '../reg-exp.ts';

export type Scope = Record<string, unknown>;

export interface CellRun extends CellSpec {
  /** The cell's value: its last expression statement, or what it returned. */
  value: unknown;
  /** Names the cell declared at its top level. */
  defines: string[];
}

export interface NotebookRun {
  file: string;
  cells: CellRun[];
  /** Every name in scope after the last cell, injected ones included. */
  scope: Scope;
  /** The cell that last defined each name (names of the injected scope have none). */
  definedBy: Map<string, CellRun>;
}

/**
 * Runs `spec.cells` in order over `scope`. Throws NotebookError naming the
 * notebook file, the cell and the line when a cell does not parse, throws, or
 * overruns its time limit.
 */
export async function runNotebook(spec: NotebookSpec, scope: Scope): Promise<NotebookRun> {
  const current: Scope = { ...scope };
  const cells: CellRun[] = [];
  const definedBy = new Map<string, CellRun>();
  // Absolute, so that stack frames of this notebook are told apart from any other file.
  const filename = path.resolve(spec.file);

  for (const cell of spec.cells) {
    let compiled;
    try {
      compiled = compileCell(cell.source, Object.keys(current));
    } catch (error) {
      if (error instanceof CellSyntaxError) {
        throw new NotebookError(
          { file: spec.file, line: cell.line + error.line - 1, column: error.column },
          messages.syntax(cellName(cell), error.line, error.message),
          { cause: error },
        );
      }
      throw error;
    }

    const sink: { capture?: () => Scope; tick: () => void } = { tick };
    // Body line k is reported as k + lineOffset; the cell starts on body line headerLines + 1.
    const run = cellFunction(compiled.body, [SINK, ...compiled.params], filename, cell.line - compiled.headerLines - 1);

    let value: unknown;
    const limit = Error.stackTraceLimit;
    // Deep library frames would otherwise push the cell's own frame out of the trace.
    Error.stackTraceLimit = 100;
    try {
      const limitMs = cellTimeLimitMs();
      // The processes the cell starts end with it, however it ends (children.ts).
      value = await runEndingChildren(() => runWithTimeLimit(() => run(sink, ...compiled.params.map((name) => current[name])), limitMs), limitMs);
    } catch (error) {
      if (isInstance(error, CellOverrun)) {
        const text = error.how === 'synchronous' ? messages.overran(cellName(cell), seconds(error.limitMs)) : messages.neverSettled(cellName(cell), seconds(error.limitMs));
        throw new NotebookError({ file: spec.file, line: cell.line, column: 1 }, text);
      }
      throw cellFailure(spec, filename, cell, compiled, cells, error, current);
    } finally {
      Error.stackTraceLimit = limit;
    }

    const result: CellRun = { ...cell, value, defines: compiled.declared };
    Object.assign(current, sink.capture?.() ?? {});
    for (const name of compiled.declared) definedBy.set(name, result);
    cells.push(result);
  }
  return { file: spec.file, cells, scope: current, definedBy };
}

/**
 * A NotebookError at the line of the notebook where the cell threw: the first
 * stack frame inside this cell (a throw inside a function an earlier cell
 * defined is reported at this cell's call, naming where it threw).
 */
function cellFailure(
  spec: NotebookSpec,
  filename: string,
  cell: CellSpec,
  compiled: CompiledCell,
  earlier: CellSpec[],
  error: unknown,
  scope: Scope = {},
): NotebookError {
  const stopped = isInstance(error, CellTimeLimit);
  const thrown = describeThrown(error);
  const text = stopped
    ? `${thrown.message} (an endless loop?); cells must finish within TIEOUT_CELL_TIMEOUT_MS`
    : thrown.error
      ? `${thrown.name}: ${thrown.message}${columnsHint(thrown.message, scope)}`
      : `thrown value ${thrown.message}`;
  const threw = stopped ? messages.stopped : messages.threw;
  const frames = framesIn(thrown.stack, filename);
  const inCell = frames.find((frame) => contains(cell, frame.line));
  // A time limit is not a bug of the cell's code: no stack of the cause is worth showing; nor has a value that is no Error one.
  const options = stopped || !thrown.error ? undefined : { cause: error };
  if (!inCell) {
    return new NotebookError({ file: spec.file, line: cell.line, column: 1 }, threw(cellName(cell), undefined, text), options);
  }
  const cellLine = inCell.line - cell.line + 1;
  const at = { file: spec.file, line: inCell.line, column: compiled.sourceColumn(cellLine, inCell.column) };
  const first = frames[0]!;
  if (first === inCell) return new NotebookError(at, threw(cellName(cell), cellLine, text), options);
  const owner = earlier.find((c) => contains(c, first.line));
  const where = owner
    ? `${cellName(owner)} (line ${first.line - owner.line + 1} of that cell, line ${first.line} of the file)`
    : `line ${first.line} of the file`;
  const inside = stopped ? messages.stoppedInEarlierCell : messages.threwInEarlierCell;
  return new NotebookError(at, inside(cellName(cell), cellLine, where, text), options);
}

/** `instanceof`, false where asking throws (a revoked Proxy thrown by a cell). */
function isInstance<T>(value: unknown, type: abstract new (...args: never[]) => T): value is T {
  try {
    return value instanceof type;
  } catch {
    return false;
  }
}

/**
 * What a cell threw, read so that reading it cannot throw: a cell may throw anything (null, an object with no
 * prototype or a throwing toString, a Proxy whose every property throws, an Error whose name, message or stack is a
 * getter that throws or no string), and the failure must still be the located NotebookError, never an error of the
 * reporter in its place.
 */
function describeThrown(error: unknown): { error: boolean; name: string; message: string; stack: string } {
  const read = (f: () => unknown): string | undefined => {
    try {
      const value = f();
      return typeof value === 'string' ? value : value === undefined ? undefined : String(value);
    } catch {
      return undefined;
    }
  };
  if (isInstance(error, Error)) {
    const e = error as Error;
    return { error: true, name: read(() => e.name) ?? 'Error', message: read(() => e.message) ?? '(its message cannot be read)', stack: read(() => (typeof e.stack === 'string' ? e.stack : '')) ?? '' };
  }
  const message = read(() => String(error)) ?? read(() => Object.prototype.toString.call(error)) ?? '(a value that cannot be shown as text)';
  return { error: false, name: '', message, stack: '' };
}

function contains(cell: CellSpec, line: number): boolean {
  return line >= cell.line && line < cell.line + cell.source.split('\n').length;
}

/**
 * `body` as a function of `params`, compiled in the build's realm, its frames named `filename`
 * with body line k at line k + lineOffset. Not `vm.compileFunction` (nor `vm.Script`): Node
 * keeps every function it compiles for good (about 18 KiB each, measured on Node 22), so a
 * build's heap grew with every cell of every notebook it rendered. An indirect eval with a
 * `sourceURL` names and places the frames the same way, and is collected with its page.
 */
function cellFunction(body: string, params: string[], filename: string, lineOffset: number): (...args: unknown[]) => Promise<unknown> {
  // Newlines before the function put body line 1 at line lineOffset + 1 of the script.
  const script = `${'\n'.repeat(Math.max(0, lineOffset))}(function (${params.join(', ')}) {${body}\n})\n//# sourceURL=${filename}`;
  // globalThis.eval is an indirect eval (global scope) however a bundler rewrites the code;
  // `const e = eval; e(…)` was inlined by Vite into a direct eval that saw this function's locals.
  return globalThis.eval(script) as (...args: unknown[]) => Promise<unknown>;
}

/** Lines and columns of the stack frames that point into `filename`, innermost first. */
function framesIn(stack: string, filename: string): { line: number; column: number }[] {
  const escaped = escapeRegExp(filename);
  return [...stack.matchAll(new RegExp(`${escaped}:(\\d+):(\\d+)`, 'g'))].map((m) => ({
    line: Number(m[1]),
    column: Number(m[2]),
  }));
}

/**
 * Arquero names only the column it could not find ('Invalid column reference: "iod"'): a cell
 * that misspells one of the facts table's columns is told the columns there are, and the
 * closest.
 */
function columnsHint(message: string, scope: Scope): string {
  const m = /Invalid column reference: "(?:[A-Za-z_$][\w$]*\.)?([^"]*)"/.exec(message) ?? /Unrecognized column: "?([^"\s]*)"?/.exec(message);
  const facts = scope.facts as { columnNames?: () => string[] } | undefined;
  if (!m || typeof facts?.columnNames !== 'function') return '';
  const columns = facts.columnNames();
  if (columns.includes(m[1]!)) return '';
  return ` (the facts table's columns are ${columns.join(', ')}.${didYouMean(m[1]!, columns)})`;
}
