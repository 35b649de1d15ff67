import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { notebookCells, SPEC_KEY, type NotebookSpec } from '../../../src/lib/notebook/index.ts';

const FILE_URL = new URL(`file://${process.cwd()}/src/notebooks/demo/plugin.mdx`);

async function compile(source: string) {
  const data: Record<string, unknown> = {};
  const { code } = await mdxToJs(source, {
    mdastPlugins: [notebookCells()],
    jsxImportSource: 'astro',
    fileURL: FILE_URL,
    data,
  });
  return { code, spec: data[SPEC_KEY] as NotebookSpec };
}

const fence = (meta: string, code: string) => '```' + meta + '\n' + code + '\n```';

describe('notebookCells', () => {
  test('collects js cell fences in order with their exact source and the line of their first line', async () => {
    const source = [
      '# Title', // 1
      '', // 2
      fence('js cell', 'const a = 1;\n\n  a + 1 // spaced'), // 3–7
      '', // 8
      fence('js', 'not a cell'), // 9–11
      '', // 12
      fence('js cell fold', 'a'), // 13–15
    ].join('\n');
    const { spec } = await compile(source);
    expect(spec.file).toBe('src/notebooks/demo/plugin.mdx');
    expect(spec.cells).toEqual([
      { number: 1, id: 'cell-title-1', source: 'const a = 1;\n\n  a + 1 // spaced', line: 4, fold: false },
      { number: 2, id: 'cell-title-2', source: 'a', line: 14, fold: true },
    ]);
  });

  test('replaces each cell with <NotebookCell> given its number and the notebook prop, and leaves other code alone', async () => {
    const { code } = await compile([fence('js cell', '1'), '', fence('js', '2')].join('\n'));
    expect(code).toMatch(/_jsx\(NotebookCell, \{\s*number: 1,\s*notebook: props\.notebook\s*\}\)/);
    expect(code).toContain('"2\\n"');
  });

  test('derives ids from the nearest heading and the place under it, never from the global position', async () => {
    const before = [fence('js cell', '0'), '## Segment margins', fence('js cell', '1'), fence('js cell', '2')];
    const { spec } = await compile(before.join('\n\n'));
    const { spec: edited } = await compile(['## Intro', fence('js cell', 'new'), ...before].join('\n\n'));
    expect(spec.cells.map((c) => c.id)).toEqual(['cell-1', 'cell-segment-margins-1', 'cell-segment-margins-2']);
    expect(edited.cells.map((c) => c.id)).toEqual([
      'cell-intro-1',
      'cell-intro-2',
      'cell-segment-margins-1',
      'cell-segment-margins-2',
    ]);
  });

  test('an explicit id= wins, and repeated headings get github-slugger suffixes as Astro gives them', async () => {
    const { spec } = await compile(
      ['## Notes', fence('js cell id=segment-margins', '1'), '## Notes', fence('js cell', '2')].join('\n\n'),
    );
    expect(spec.cells.map((c) => c.id)).toEqual(['segment-margins', 'cell-notes-1-1']);
  });

  test('a duplicate id fails with the file and both lines', async () => {
    const source = [fence('js cell id=x', '1'), fence('js cell id=x', '2')].join('\n\n');
    await expect(compile(source)).rejects.toThrow(
      'src/notebooks/demo/plugin.mdx:5:1: cell id "x" is already used at line 1; give this cell its own id=',
    );
  });

  test('an unknown fence option or a bad id fails naming it', async () => {
    await expect(compile(fence('js cell hidden', '1'))).rejects.toThrow('plugin.mdx:1:1: unknown option "hidden"');
    await expect(compile(fence('js cell id=Bad_Id', '1'))).rejects.toThrow('plugin.mdx:1:1: cell id "Bad_Id" is not a slug');
  });

  test('<Value of> gets the notebook prop and its line', async () => {
    const { code } = await compile('Total: <Value of="total" />.\n\n\n<Value of="x" />');
    expect(code).toMatch(/_jsx\(Value, \{\s*of: "total",\s*notebook: props\.notebook,\s*line: 1\s*\}\)/);
    expect(code).toMatch(/_jsx\(Value, \{\s*of: "x",\s*notebook: props\.notebook,\s*line: 4\s*\}\)/);
  });
});
