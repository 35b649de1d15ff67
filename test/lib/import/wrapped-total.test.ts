// A total's label wrapped over two lines of a fixed-width table, its second line indented deeper than its first:
// Avantor's 4Q24 Dow Jones copy (unseen set s11, class AC of test/fixtures/corpus-review/unseen/edgar-s11.md;
// excerpt test/fixtures/import/text/avtr-2024-q4-wrapped-total.txt, ../shared/unseen-edgar-s11/avtr-2024-q4.md
// lines 445–454 and 475–482) prints "   Adjusted Operating" / "       Income   $ 279.4 …" between a "-------" rule
// and the "=======" under the table. Read as a caption over a row "Income", the prose's "Adjusted Operating Income
// was $1,089.8 million" found no line of that name. Under a rule, with the line below the block's last, a deeper
// line continues the label; elsewhere the first line stays a caption over the rows it heads.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';

const lines = readFileSync('test/fixtures/import/text/avtr-2024-q4-wrapped-total.txt', 'utf8').trimEnd().split('\n');
const at = (text: string) => lines.findIndex((l) => l.includes(text));
const rule = at('   Adjusted Operating') - 1;

/** The last table lines the importer writes for the excerpt's lines. */
function lastRows(text: string[], n: number): string[] {
  const result = importRelease({ text: `AVANTOR REPORTS RESULTS\n\n${text.join('\n')}\n`, file: 'x.txt', kind: 'text' });
  expect(result.issues).toEqual([]);
  return result.releaseText.split('\n').filter((l) => l.includes('\t')).slice(-n).map((l) => l.replace(/<\/?u>/g, '').split('\t')[0].trim());
}

describe('a label wrapped deeper than its first line', () => {
  test.each([
    // [case, lines, the labels of the last rows]
    ['as printed: under a rule, the last line of the table', lines, ['Gain on sale of business(7)', 'Adjusted Operating Income']],
    ['with no rule above it: a caption over its row', lines.filter((_, i) => i !== rule), ['Adjusted Operating', 'Income']],
    [
      'heading two rows under the rule: a caption over them',
      [...lines.slice(0, -1), '       Other            $ 1.0    16.6 %  $ 2.0   16.0 %  $ 3.0   16.1 %  $ 4.0   17.4 %', lines.at(-1)!],
      ['Adjusted Operating', 'Income', 'Other'],
    ],
  ])('%s', (_, text, labels) => {
    expect(lastRows(text, labels.length)).toEqual(labels);
  });
});
