// Where a table's columns stand on two pages (src/lib/import/page-columns.ts): Krispy Kreme's cash-flow statement,
// 2Q26 (dnut-2026-q2.txt lines 582-705, test/fixtures/import/real/dnut-2026-q2-cash-flows.txt), its figures ending at
// 72, 93, 112, 132 on its first page and at 71, 91, 110, 130 on the next, pdftotext laying out each page anew.
import { describe, expect, test } from 'vitest';
import { columnEdges, columnsAgree } from '../../../src/lib/import/page-columns.ts';
import { tokenize } from '../../../src/lib/import/text-tokens.ts';

describe('columnsAgree', () => {
  test.each<[string, number[], number[], boolean]>([
    ['Krispy Kreme, a character or two apart', [72, 93, 112, 132], [71, 91, 110, 130], true],
    ['the same edges', [40, 60], [40, 60], true],
    ['moved a column over', [72, 93, 112, 132], [93, 112, 132, 152], false],
    ['moved more than a column may drift, one column', [60], [70], false],
    ['nearer the next column than its own', [40, 50], [46, 50], false],
    ['a column fewer', [72, 93, 112], [72, 93], false],
  ])('%s', (_what, before, after, agree) => {
    expect(columnsAgree(before, after)).toBe(agree);
  });
});

describe('columnEdges', () => {
  const rows = [
    '               Net loss                                     $     (19,831)     $     (441,118)     $      (42,504)     $     (474,523)',
    '                    Goodwill impairment                                 —             355,958                   —             355,958',
    '                    Change in accounts and',
    '                    Other                                            (661)                 999                (128)             2,224',
  ].map(tokenize);
  test('the median end of the figures of the rows printing one in each column', () => {
    expect(columnEdges(rows, 4)).toEqual([73, 93, 113, 132]);
  });
  test('none where no row prints a figure in every column', () => {
    expect(columnEdges(rows.slice(2, 3), 4)).toBeNull();
  });
});
