// A row of figures one cell short whose first cell is a figure has lost its label cell (src/lib/import/table-grid.ts,
// figuresOnlyRows). A PDF converter writes such rows with their first figure where the label goes (unseen set s16,
// class B; excerpts in test/fixtures/import/jse/): CAC 2000's cash flow "(4,879,713) | 12,926,300 | (1,681,133)"
// under rows of a label and three figures, Jamaica Broilers' "- | (467) | (1,112,004) | (73,712)" under rows of a label
// and four. Read from the left, the first figure was the row's label and each other sat a column early: 12,926,300
// was footed as April 2022 against the rows above (-6,212,462), (467) as the quarter against 0.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';

const fixture = (file: string) => readFileSync(`test/fixtures/import/jse/${file}`, 'utf8');
const textOf = (text: string) => importRelease({ text, file: 'release.md', kind: 'text' }, { releaseDate: '2023-03-31', currency: 'JMD' }).releaseText;
const rowsOf = (text: string) => textOf(text).split('\n').filter((l) => l.includes('\t'));
const html = (rows: string[][]) => `Statement\n\n<table>\n${rows.map((r) => `  <tr>${r.map((c) => (c.startsWith('th:') ? `<th>${c.slice(3)}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('\n')}\n</table>\n`;

describe('the real rows: the figures set flush right, the label left empty', () => {
  test.each([
    ['cac-2022-q2-cash-flow.md', ['\t4,022,960\t2,690,211\t(369,125)', '\t(4,879,713)\t12,926,300\t(1,681,133)']],
    ['jbg-2023-q3-income-continued.md', ['\t-\t(467)\t(1,112,004)\t(73,712)']],
  ] as const)('%s', (file, rows) => {
    const lines = rowsOf(fixture(file)).map((l) => l.replace(/\t+$/, ''));
    for (const row of rows) expect(lines).toContain(row);
  });
});

describe('which rows are shifted', () => {
  const head = ['th:', 'th:2023', 'th:2022', 'th:2021'];
  const item = ['Revenue', '1,000', '900', '800'];
  test.each([
    ['a row of figures one cell short, under labelled rows', [head, item, ['1,000', '900', '800']], '\t1,000\t900\t800'],
    ['a nil first', [head, item, ['-', '(467)', '(1,112)']], '\t-\t(467)\t(1,112)'],
    // Kept as printed:
    ['a labelled row one cell short', [head, item, ['Other', '5', '6']], 'Other\t5\t6'],
    ['a first cell that could be a number in a label (no thousands separator, no parentheses)', [head, item, ['500', '900', '800']], '500\t900\t800'],
    ['a row of figures as wide as the others', [head, item, ['1,000', '900', '800', '700']], '1,000\t900\t800\t700'],
    ['a table whose first column holds figures, not labels', [head, ['1,000', '900', '800', '700'], ['1,000', '900', '800']], '1,000\t900\t800'],
  ] as const)('%s', (_, rows, line) => {
    const lines = rowsOf(html(rows.map((r) => [...r]))).map((l) => l.replace(/\t+$/, ''));
    expect(lines).toContain(line);
  });
});
