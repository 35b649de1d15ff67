import { describe, expect, test } from 'vitest';
import { runNotebook, NotebookError, type CellSpec, type NotebookSpec } from '../../../src/lib/notebook/index.ts';

const FILE = 'src/notebooks/demo/run.mdx';

/** Cells laid out as fences in a file: each cell's code starts two lines after the previous one ends. */
function notebook(...sources: (string | { source: string; id?: string })[]): NotebookSpec {
  let line = 5;
  const cells: CellSpec[] = sources.map((s, i) => {
    const { source, id } = typeof s === 'string' ? { source: s, id: undefined } : s;
    const cell = { number: i + 1, id: id ?? `cell-${i + 1}`, source, line, fold: false };
    line += source.split('\n').length + 3;
    return cell;
  });
  return { file: FILE, cells };
}

async function failure(spec: NotebookSpec, scope = {}): Promise<NotebookError> {
  const error = await runNotebook(spec, scope).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NotebookError);
  return error as NotebookError;
}

describe('runNotebook', () => {
  test('runs cells in order over one scope: later cells see earlier const, let and function names', async () => {
    const order: number[] = [];
    const run = await runNotebook(
      notebook('log(1); const a = 2; let b = 3; function twice(x) { return 2 * x }', 'log(2); twice(a) + b'),
      { log: (n: number) => order.push(n) },
    );
    expect(order).toEqual([1, 2]);
    expect(run.cells.map((c) => c.value)).toEqual([undefined, 7]);
    expect(run.scope).toMatchObject({ a: 2, b: 3 });
  });

  test('the value is the last expression statement', async () => {
    const run = await runNotebook(notebook('const x = 1;\nx + 1;', '"text"', '({ a: 1 })', 'const y = 2'), {});
    expect(run.cells.map((c) => c.value)).toEqual([2, 'text', { a: 1 }, undefined]);
  });

  test('an explicit return is the value, and top-level await works', async () => {
    const run = await runNotebook(notebook('if (true) return await Promise.resolve(5);\n6'), {});
    expect(run.cells[0]!.value).toBe(5);
  });

  test('destructured and class declarations join the scope; a later cell may redeclare a name', async () => {
    const run = await runNotebook(
      notebook('const { p, q: [r] } = { p: 1, q: [2] }; class K {}', 'const p = 10; p + r', 'p'),
      {},
    );
    expect(run.cells.map((c) => c.value)).toEqual([undefined, 12, 10]);
    expect(typeof run.scope.K).toBe('function');
  });

  test('reassigning a name from an earlier cell carries forward', async () => {
    const run = await runNotebook(notebook('let n = 1', 'n = n + 1', 'n'), {});
    expect(run.cells[2]!.value).toBe(2);
  });

  test('a name reassigned without being spelled (eval, an escaped identifier, arguments) carries forward too', async () => {
    const run = await runNotebook(
      notebook('let n = 1, m = 1, k = 1', 'eval("n = 2")', '\\u006d = 3', '(() => { arguments[3] = 4; })(); 0', 'n + m + k'),
      {},
    );
    expect(run.cells[4]!.value).toBe(2 + 3 + 4);
  });

  test('the injected scope object is not modified', async () => {
    const scope = { base: 1 };
    await runNotebook(notebook('base = 2; const extra = 3'), scope);
    expect(scope).toEqual({ base: 1 });
  });

  test('definedBy names the cell that defined each name', async () => {
    const run = await runNotebook(notebook({ source: 'const total = 3', id: 'totals' }), {});
    expect(run.definedBy.get('total')?.id).toBe('totals');
  });

  test('each cell runs its exact source: the recorded source is the spec source', async () => {
    const spec = notebook('const a = 1 // keep me\n\na');
    const run = await runNotebook(spec, {});
    expect(run.cells[0]!.source).toBe(spec.cells[0]!.source);
  });

  test('cells run in strict mode: assigning an undeclared name fails', async () => {
    const error = await failure(notebook('undeclared = 1'));
    expect(error.message).toContain('ReferenceError: undeclared is not defined');
  });
});

describe('runNotebook errors', () => {
  test('a throwing cell names the file, the cell number and id, and the line in the file and in the cell', async () => {
    // Cell 1 is line 5; cell 2 is lines 9–10.
    const spec = notebook('const rows = [1, 2]', { source: 'const ok = rows.length;\nrows.missing.deep', id: 'broken' });
    const error = await failure(spec);
    expect(error.message).toBe(
      `${FILE}:10:14: In [2] (#broken) threw at line 2 of the cell: TypeError: Cannot read properties of undefined (reading 'deep')`,
    );
    expect(error.loc).toEqual({ file: FILE, line: 10, column: 14 });
  });

  test('a throw on a line before the last expression keeps its own column', async () => {
    const error = await failure(notebook('null.x;\n1'));
    expect(error.message).toMatch(new RegExp(`^${FILE}:5:6: In \\[1\\] \\(#cell-1\\) threw at line 1 of the cell`));
  });

  test('a thrown non-Error, which has no stack, is reported at the first line of its cell', async () => {
    const error = await failure(notebook('\n\nthrow "plain"'));
    expect(error.message).toBe(`${FILE}:5:1: In [1] (#cell-1) threw: thrown value plain`);
  });

  // Issue 30: a cell may throw anything; reading what it threw must not throw in its turn, or the build fails with the
  // reporter's error ("Cannot convert object to primitive value") in place of the located one.
  test.each([
    ['null', 'throw null', 'thrown value null'],
    ['undefined', 'throw undefined', 'thrown value undefined'],
    ['a symbol', 'throw Symbol("s")', 'thrown value Symbol(s)'],
    ['a bigint', 'throw 10n', 'thrown value 10'],
    ['a promise rejected with a number', 'await Promise.reject(5)', 'thrown value 5'],
    ['an object with no prototype', 'throw Object.create(null)', 'thrown value [object Object]'],
    ['an object whose toString throws', 'throw { toString() { throw new Error("no") } }', 'thrown value [object Object]'],
    ['a Proxy whose every property throws', 'throw new Proxy({}, { get() { throw 7 } })', 'thrown value (a value that cannot be shown as text)'],
    ['a revoked Proxy', 'const p = Proxy.revocable({}, {});\np.revoke();\nthrow p.proxy', 'thrown value (a value that cannot be shown as text)'],
    ['an Error whose message getter throws', 'const e = new Error("m");\nObject.defineProperty(e, "message", { get() { throw 1 } });\nthrow e', 'Error: (its message cannot be read)'],
    ['an Error whose name getter throws', 'class E extends Error { get name() { throw 3 } }\nthrow new E("x")', 'Error: x'],
  ])('a thrown %s is a located failure of its cell', async (_, source, what) => {
    const error = await failure(notebook(source));
    expect(error.message).toMatch(new RegExp(`^${FILE}:5:\\d+: In \\[1\\] \\(#cell-1\\) threw`));
    expect(error.message.endsWith(`: ${what}`), error.message).toBe(true);
    expect(error.loc?.line).toBeGreaterThanOrEqual(5);
  });

  test('an Error whose stack is no string is located at its cell', async () => {
    const error = await failure(notebook('const e = new Error("m");\ne.stack = 5;\nthrow e'));
    expect(error.message).toBe(`${FILE}:5:1: In [1] (#cell-1) threw: Error: m`);
  });

  test('a throw inside a function an earlier cell defined is located at the call and names where it threw', async () => {
    const spec = notebook('function boom() {\n  throw new Error("bad input")\n}', 'const a = 1;\nboom()');
    const error = await failure(spec);
    expect(error.message).toBe(
      `${FILE}:12:1: In [2] (#cell-2) threw at line 2 of the cell, inside a function defined in In [1] (#cell-1) (line 2 of that cell, line 6 of the file): Error: bad input`,
    );
  });

  test('a syntax error names the file line and the cell line', async () => {
    const error = await failure(notebook('const a = 1;\nconst = 2'));
    expect(error.message).toMatch(new RegExp(`^${FILE}:6:7: In \\[1\\] \\(#cell-1\\) does not parse at line 2 of the cell: Unexpected token`));
  });

  test('import declarations are rejected as syntax: modules come from the injected scope', async () => {
    const error = await failure(notebook("import x from 'y'"));
    expect(error.message).toContain('does not parse at line 1 of the cell');
  });
});

describe('a misspelled column of the facts table', () => {
  test("names the table's columns and the closest, where Arquero names only the one it could not find", async () => {
    const aq = await import('arquero');
    const facts = aq.table({ id: ['a'], row: ['total-revenues'], period: ['2010-q2'], value: ['60525'] });
    const error = await failure(notebook('facts.filter((d) => d.peiod === "2010-q2").objects()'), { facts, aq });
    expect(error.message).toMatch(/Invalid column reference: "d\.peiod" \(the facts table's columns are id, row, period, value\. Did you mean 'period'\?\)/);
  });
});
