/**
 * The notebook part of the bad-input corpus: MDX as an author writes it, compiled by the real
 * plugin and run by the real runner, each pinned to its outcome: a located error naming the
 * notebook file, line and cell — never a hang or a stack trace. Cells that never end run with a
 * 300 ms time limit, which stops them whatever the machine's load; every other cell with the
 * runner's own limit, so that a cell that ends is never stopped because a shared machine is busy.
 */
import { describe, expect, test } from 'vitest';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { baseScope, compileNotebook, frontMatter, NotebookError, runNotebook, type NotebookSpec } from '../../src/lib/notebook/index.ts';
import { renderOutput } from '../../src/lib/notebook/output.ts';
import { ChartInlineStyle } from '../../src/lib/charts/index.ts';
import { publishedNotebooks } from '../../src/lib/site/notebook-releases.ts';

const FILE = 'src/notebooks/demo/corpus.mdx';

/** The notebook's cells, compiled as its page compiles it. */
async function spec(body: string): Promise<NotebookSpec> {
  return (await compileNotebook(body, FILE)).spec;
}

/** A notebook of a heading and one cell whose code starts on line 4. */
const oneCell = (code: string, meta = 'js cell') => `# Corpus\n\n\`\`\`${meta}\n${code}\n\`\`\`\n`;

/** The cell limit of the cases that never end (TIEOUT_CELL_TIMEOUT_MS while they run). */
const HANG_LIMIT_MS = '300';

async function outcome(body: string, limitMs?: string): Promise<{ error?: string; values?: unknown[] }> {
  const previous = process.env.TIEOUT_CELL_TIMEOUT_MS;
  if (limitMs === undefined) delete process.env.TIEOUT_CELL_TIMEOUT_MS;
  else process.env.TIEOUT_CELL_TIMEOUT_MS = limitMs;
  try {
    const run = await runNotebook(await spec(body), { ...baseScope(), greeting: 'hello' });
    return { values: run.cells.map((c) => c.value) };
  } catch (error) {
    if (!(error instanceof NotebookError)) throw error;
    expect(error.stack ?? '', 'no stack').not.toMatch(/\n\s+at /);
    return { error: error.message };
  } finally {
    if (previous === undefined) delete process.env.TIEOUT_CELL_TIMEOUT_MS;
    else process.env.TIEOUT_CELL_TIMEOUT_MS = previous;
  }
}

/** Cells that never end: stopped at HANG_LIMIT_MS. */
const HANGS: [string, string, RegExp][] = [
  ['an endless while loop', 'while (true) {}', /^src\/notebooks\/demo\/corpus\.mdx:4:1: In \[1\] \(#cell-corpus-1\) was stopped at line 1 of the cell: ran longer than 300 ms/],
  ['for (;;) with a single statement', 'let i = 0;\nfor (;;) i++;', /corpus\.mdx:5:1: In \[1\] .* was stopped at line 2 of the cell/],
  ['an endless loop after an await', 'await Promise.resolve();\nlet n = 0;\nwhile (n >= 0) n++;', /corpus\.mdx:6:1: In \[1\] .* was stopped at line 3 of the cell/],
  ['a promise that never settles', 'await new Promise(() => {});', /^src\/notebooks\/demo\/corpus\.mdx:4:1: In \[1\] .* did not settle within 300 ms/],
  ['a timer that is never cleared, awaited', 'await new Promise((resolve) => setInterval(() => {}, 1000));', /did not settle within 300 ms/],
  ['a catastrophic regular expression', "/^(a+)+$/.test('a'.repeat(40) + '!')", /corpus\.mdx:4:1: In \[1\] .* did not finish within 300 ms/],
];

/** Cells that end, in an error: run with the runner's own limit. */
const ERRORS: [string, string, RegExp][] = [
  ['an endless recursion', 'function f(n) { return f(n + 1) + 1; }\nf(0)', /corpus\.mdx:\d+:\d+: In \[1\] .* threw .*RangeError: Maximum call stack size exceeded/],
  ['a thrown string', "throw 'oops'", /corpus\.mdx:4:1: In \[1\] .* threw: thrown value oops/],
  ['a thrown null', 'throw null', /corpus\.mdx:4:1: In \[1\] .* threw: thrown value null/],
  ['a rejected promise', "await Promise.reject(new Error('no data'))", /corpus\.mdx:4:\d+: In \[1\] .* Error: no data/],
  ['a syntax error', 'const x = ;', /^src\/notebooks\/demo\/corpus\.mdx:4:11: In \[1\] .* does not parse at line 1 of the cell/],
  ['an unknown name', 'missingName + 1', /corpus\.mdx:4:1: In \[1\] .* ReferenceError: missingName is not defined/],
  ['a top-level return of a throwing getter', "const o = { get x() { throw new TypeError('bad getter'); } };\no.x", /corpus\.mdx:4:\d+: In \[1\] .* TypeError: bad getter/],
];

describe('notebooks', () => {
  for (const [name, code, message] of HANGS) {
    test(`${name}: stopped, a located error`, async () => {
      const { error } = await outcome(oneCell(code), HANG_LIMIT_MS);
      expect(error).toMatch(message);
    });
  }

  for (const [name, code, message] of ERRORS) {
    test(`${name}: a located error`, async () => {
      const { error } = await outcome(oneCell(code));
      expect(error).toMatch(message);
    });
  }

  test('a cell may shadow a scope name (greeting): accepted, as a re-run Jupyter cell would', async () => {
    expect((await outcome(oneCell("const greeting = 'hi';\ngreeting"))).values).toEqual(['hi']);
  });

  test('a cell id that is not a slug: a located error', async () => {
    await expect(spec(oneCell('1', 'js cell id=Not_A_Slug'))).rejects.toThrow(/corpus\.mdx:3:\d+: cell id "Not_A_Slug" is not a slug/);
  });

  test('an unknown option on a fence: a located error', async () => {
    await expect(spec(oneCell('1', 'js cell frobnicate'))).rejects.toThrow(/corpus\.mdx:3:\d+: unknown option "frobnicate"/);
  });

  test('two cells with one id: a located error naming both lines', async () => {
    const body = `# Corpus\n\n\`\`\`js cell id=a\n1\n\`\`\`\n\n\`\`\`js cell id=a\n2\n\`\`\`\n`;
    await expect(spec(body)).rejects.toThrow(/corpus\.mdx:7:\d+: cell id "a" is already used at line 3/);
  });

  const MDX_ERRORS: [string, string, RegExp][] = [
    ['an unclosed component', '# Corpus\n\nText <Fig of="revenue@2010-q2"\n', /^src\/notebooks\/demo\/corpus\.mdx:\d+:\d+: .*(end of file|expected)/i],
    ['a tag closed by another', '# Corpus\n\n<div>\n\n</span>\n', /^src\/notebooks\/demo\/corpus\.mdx:5:\d+: /],
    ['a broken expression', '# Corpus\n\nTotal {1 +}\n', /^src\/notebooks\/demo\/corpus\.mdx:3:\d+: /],
    ['a bare < in prose', '# Corpus\n\nMargins < 5% and <3 points.\n', /^src\/notebooks\/demo\/corpus\.mdx:3:\d+: .*JSX/],
  ];
  for (const [name, body, message] of MDX_ERRORS) {
    test(`MDX that does not compile (${name}): a located error, no stack`, async () => {
      const error = await spec(body).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(NotebookError);
      expect((error as NotebookError).message).toMatch(message);
      expect((error as NotebookError).stack ?? '').not.toMatch(/\n\s+at /);
    });
  }

  const FRONT_MATTER_ERRORS: [string, string, RegExp][] = [
    ['a YAML syntax error', '---\ntitle: A\norder: [1\n---\n', /^src\/notebooks\/demo\/corpus\.mdx:\d+:\d+: front matter is not valid YAML/],
    ['a tab-indented key', '---\ntitle: A\n\trelease: x\n---\n', /^src\/notebooks\/demo\/corpus\.mdx:3:\d+: front matter is not valid YAML/],
    ['an unclosed block', '---\ntitle: A\n\n# Heading\n', /^src\/notebooks\/demo\/corpus\.mdx:1:1: front matter opened with `---` is never closed/],
    ['a list, not a mapping', '---\n- title\n---\n', /^src\/notebooks\/demo\/corpus\.mdx:2:1: front matter must be a mapping/],
  ];
  for (const [name, text, message] of FRONT_MATTER_ERRORS) {
    test(`front matter with ${name}: a located error`, () => {
      expect(() => frontMatter(text, FILE)).toThrow(message);
    });
  }

  test('a chart styled inline: refused, not silently unstyled (the CSP forbids inline styles)', async () => {
    // Plot.plot in a cell draws in the site's style, and refuses an inline style in the cell itself: a located error.
    const { error } = await outcome(oneCell("Plot.plot({ marks: [Plot.barY([1, 2])], style: { fontSize: '20px' }, ariaLabel: 'Big' })"));
    expect(error).toMatch(/^src\/notebooks\/demo\/corpus\.mdx:\d+:\d+: In \[1\] .*ChartInlineStyle: a chart may not carry inline styles/);
    // A chart made with the site's own Plot (not through a cell) is refused where it is rendered.
    const chart = Plot.plot({ marks: [Plot.barY([1, 2])], style: { fontSize: '20px' }, ariaLabel: 'Big', document: parseHTML('<html><body></body></html>').document });
    expect(() => renderOutput(chart)).toThrow(ChartInlineStyle);
  });

  test('a notebook whose release: names no release: a located error at that line', () => {
    const entry = { id: 'demo/corpus', filePath: 'test/robustness/fixtures/notebooks/typo.mdx', data: { release: 'acme-2010-q3' } };
    expect(() => publishedNotebooks([entry], ['acme-2010-q2'])).toThrow(
      "test/robustness/fixtures/notebooks/typo.mdx:3:10: release 'acme-2010-q3' names no release in data/releases/ (there is: acme-2010-q2)",
    );
  });

  test('the example notebook (release: _example) is not published and not an error', () => {
    expect(publishedNotebooks([{ id: 'x', data: { release: '_example' } }], [])).toEqual([]);
  });
});

describe('notebooks of another data folder', () => {
  test('with TIEOUT_DATA alone, notebooks of releases it lacks are left out, and said', () => {
    const saved = { data: process.env.TIEOUT_DATA, notebooks: process.env.TIEOUT_NOTEBOOKS };
    const written: string[] = [];
    const write = process.stderr.write;
    process.env.TIEOUT_DATA = 'elsewhere';
    delete process.env.TIEOUT_NOTEBOOKS;
    process.stderr.write = ((text: string) => written.push(text) > 0) as typeof process.stderr.write;
    try {
      const kept = { id: 'b', filePath: 'b.mdx', data: { release: 'acme-2010-q2' } };
      expect(publishedNotebooks([{ id: 'a', filePath: 'a.mdx', data: { release: 'inap-2010-q2' } }, kept], ['acme-2010-q2'])).toEqual([kept]);
      expect(written.join('')).toMatch(/holds no release for 1 notebook\(s\), not built: a\.mdx \(release: inap-2010-q2\)/);
      process.env.TIEOUT_NOTEBOOKS = 'its-own';
      expect(() => publishedNotebooks([{ id: 'a', filePath: 'a.mdx', data: { release: 'inap-2010-q2' } }], ['acme-2010-q2'])).toThrow(NotebookError);
    } finally {
      process.stderr.write = write;
      for (const [key, value] of [['TIEOUT_DATA', saved.data], ['TIEOUT_NOTEBOOKS', saved.notebooks]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
