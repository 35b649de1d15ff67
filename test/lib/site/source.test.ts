// The source page cuts each line at its figures by column, and columns count characters (code
// points): a line with a character outside the Basic Multilingual Plane (two UTF-16 units) is
// cut in the same places as one without.
import { describe, expect, test } from 'vitest';
import { publishedFile, sourceBlocks } from '../../../src/lib/site/source.ts';
import type { Release } from '../../../src/lib/types.ts';

/** A release of `lines`, its figures at (line, column, raw), and one table over `table` lines. */
function release(lines: string[], facts: { line: number; column: number; raw: string }[], table?: { line: number; endLine: number }): Release {
  return { text: lines.join('\n'), facts, tables: table ? [{ id: 't', ...table }] : [] } as unknown as Release;
}
/** The column (1-based, in characters) where `part` starts in `line`. */
const column = (line: string, part: string) => [...line.slice(0, line.indexOf(part))].length + 1;
const texts = (parts: { id?: string; pieces: { text: string }[] }[]) => parts.map((p) => `${p.id ?? ''}:${p.pieces.map((x) => x.text).join('')}`);

describe.each([
  ['plain text', 'Revenue'],
  ['a character of two UTF-16 units', 'Revenue 🚀'],
])('sourceBlocks, %s', (_, label) => {
  test('a prose line is cut at its figure', () => {
    const line = `${label} of $60.5 million`;
    const [block] = sourceBlocks(release([line], [{ line: 1, column: column(line, '$60.5'), raw: '$60.5' }]));
    if (block?.kind !== 'line') throw new Error('expected a line');
    expect(texts(block.parts)).toEqual([`:${label} of `, `L1C${column(line, '$60.5')}:$60.5`, ': million']);
  });

  test('a table line is split at its tabs, each figure anchored in its cell', () => {
    const line = `${label}\t<u>500</u>\t(30)`;
    const facts = [{ line: 1, column: column(line, '500'), raw: '500' }, { line: 1, column: column(line, '(30)'), raw: '(30)' }];
    const [block] = sourceBlocks(release([line], facts, { line: 1, endLine: 1 }));
    if (block?.kind !== 'table') throw new Error('expected a table');
    const cells = block.rows[0]!.cells!;
    expect(cells.map((c) => texts(c.parts))).toEqual([[`:${label}`], [':', `L1C${facts[0]!.column}:500`, ':'], [`L1C${facts[1]!.column}:(30)`]]);
    expect(cells[1]!.parts[1]!.pieces).toEqual([{ text: '500', underline: true }]);
  });
});

// Nothing private is published (issue 30): the source page names the release text's file
// without the building machine's paths.
test.each([
  ['data/releases/inap-2010-q2/release.txt', '/work/tieout', 'data/releases/inap-2010-q2/release.txt'],
  ['/work/tieout/data/releases/inap-2010-q2/release.txt', '/work/tieout', 'data/releases/inap-2010-q2/release.txt'],
  ['/home/analyst/filings/data/releases/acme-2010-q2/release.txt', '/work/tieout', 'releases/acme-2010-q2/release.txt'],
  ['../other/releases/acme-2010-q2/release.txt', '/work/tieout', 'releases/acme-2010-q2/release.txt'],
])('publishedFile(%s) from %s is %s', (file, root, shown) => {
  expect(publishedFile(file, root)).toBe(shown);
});
