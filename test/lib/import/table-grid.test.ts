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
// A cell "th:…" is a heading, "th colspan=\"3\":…" one with its attributes; any other a cell of the body.
const cellHtml = (c: string) => {
  const th = /^th([^:]*):(.*)$/s.exec(c);
  return th ? `<th${th[1]}>${th[2]}</th>` : `<td>${c}</td>`;
};
const html = (rows: string[][]) => `Statement\n\n<table>\n${rows.map((r) => `  <tr>${r.map(cellHtml).join('')}</tr>`).join('\n')}\n</table>\n`;

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

// A label cell that holds the row's first figure after a line break, in a row one cell short (labelsHoldingFigures):
// NCB's statement of income as the converter wrote it, "<td><b>NET PROFIT</b><br>10,594,138</td><td>9,907,279</td>…"
// under five periods (test/fixtures/import/jse/ncb-2022-q3-income.md). Read as printed, "NET PROFIT 10,594,138" was the
// label, and the quarter's figure lost.
describe('a label cell holding the first figure after a break: the figure is its own cell', () => {
  test('NCB\'s statement of income', () => {
    const lines = rowsOf(fixture('ncb-2022-q3-income.md')).map((l) => l.replace(/\t+$/, ''));
    expect(lines).toContain('NET PROFIT\t10,594,138\t9,907,279\t25,879,617\t4,671,050\t13,912,459');
    expect(lines).toContain('Share of profit of associates\t154,332\t199,355\t642,741\t118,238\t168,945');
  });

  const head = ['th:', 'th:2023', 'th:2022', 'th:2021'];
  test.each([
    ['a label, a break, a figure, in a row one short', [head, ['<b>Revenue</b><br>1,000', '900', '800']], 'Revenue\t1,000\t900\t800'],
    ['a loss in parentheses', [head, ['Net loss<br>(1,234)', '(900)', '(800)']], 'Net loss\t(1,234)\t(900)\t(800)'],
    // Kept as printed:
    ['a row as wide as the table', [head, ['Revenue<br>1,000', '900', '800', '700']], 'Revenue 1,000\t900\t800\t700'],
    ['a year after the break is no figure of the row', [head, ['Balance at<br>2023', '900', '800']], 'Balance at 2023\t900\t800'],
    ['a label wrapped over a break', [head, ['Net revenues from<br>insurance', '900', '800']], 'Net revenues from insurance\t900\t800'],
  ] as const)('%s', (_, rows, line) => {
    const lines = rowsOf(html(rows.map((r) => [...r]))).map((l) => l.replace(/\t+$/, ''));
    expect(lines).toContain(line);
  });
});

// The heading row of such a table lost its empty label cell too (headingsOverSplitRows): NCB's five headings
// "<th>Quarter ended June 30<br>$'000</th>…" from the left edge, under "CURRENT YEAR" (colspan 4, the label column and
// three) and "PRIOR YEAR" (colspan 2). Read from the left, the first heading named the labels and each other sat a
// column early: the quarter to June 2022 was headed "Quarter ended March 31", and "CURRENT YEAR" headed no column.
describe('a heading row one cell short over rows whose first figure was split from the label: set over the figures', () => {
  test('NCB\'s statement of income', () => {
    const lines = rowsOf(fixture('ncb-2022-q3-income.md')).map((l) => l.replace(/\t+$/, ''));
    expect(lines[0]).toBe('\tCURRENT YEAR\tCURRENT YEAR\tCURRENT YEAR\tPRIOR YEAR\tPRIOR YEAR');
    expect(lines[1]).toBe("\tQuarter ended June 30 $'000\tQuarter ended March 31 $'000\tYear to date June 30 $'000\tQuarter ended June 30 $'000\tYear to date June 30 $'000");
  });

  const split = ['<b>Revenue</b><br>1,000', '900', '800'];
  test.each([
    ['a heading row one short', [['th:2023', 'th:2022', 'th:2021'], split], '\t2023\t2022\t2021'],
    ['a spanning heading from the left edge', [['th colspan="3":Current year', 'th:Prior year'], ['th:Q2', 'th:YTD', 'th:Q2'], split], '\tCurrent year\tCurrent year\tPrior year'],
  ] as const)('%s', (_, rows, line) => {
    const lines = rowsOf(html(rows.map((r) => [...r]))).map((l) => l.replace(/\t+$/, ''));
    expect(lines).toContain(line);
  });
});

// Headings spanning two columns each over rows printing one figure under each (singleFiguresUnderSpans): FESCO's
// highlights (test/fixtures/import/jse/fesco-2023-q3-highlights.md) head "3rd Quarter 3months ended 31-Dec-22" and
// "… 31-Dec-21" with colspan 2 over rows of four figures and two empty cells. Read on the grid, the 2021 quarter's
// 3,675,462,444 stood under the 2022 quarter's heading and the growth, 82.65%, under the 2021 quarter's.
describe('headings spanning two columns over one figure each: each figure under its heading', () => {
  test('FESCO\'s highlights', () => {
    const lines = rowsOf(fixture('fesco-2023-q3-highlights.md')).map((l) => l.replace(/\t+$/, ''));
    expect(lines).toContain('\t3rd Quarter 3months ended 31-Dec-22\t3rd Quarter 3months ended 31-Dec-21\tGrowth % Q3 December 2022 vs Q3 December 2021\tDifference +/- Q3 December 2022 vs Q3 December 2021');
    expect(lines).toContain('Turnover\t6,713,364,582\t3,675,462,444\t82.65%\t3,037,902,138');
  });

  const spanned = ['th rowspan="2":Unaudited', 'th colspan="2":2023', 'th colspan="2":2022', 'th rowspan="2":Growth %'];
  const empty = ['th:', 'th:', 'th:', 'th:'];
  test.each([
    // case, rows, the heading line and a row of figures as read
    ['one figure under each heading, the cells past them empty', [spanned, empty, ['Revenue', '1,000', '900', '11.1%', '', '']], ['\t2023\t2022\tGrowth %', 'Revenue\t1,000\t900\t11.1%']],
    // Kept on the grid:
    ['a row printing past the headings', [spanned, empty, ['Revenue', '1,000', '900', '11.1%', '', ''], ['Cost', '500', '50', '450', '45', '11.1%']], ['\t2023\t2023\t2022\t2022\tGrowth %', 'Cost\t500\t50\t450\t45\t11.1%']],
    ['headings over headings of their own', [spanned, ['th:Amount', 'th:%', 'th:Amount', 'th:%'], ['Revenue', '1,000', '900', '11.1%', '', '']], ['\t2023\t2023\t2022\t2022', '\tAmount\t%\tAmount\t%']],
    ['no row reaching the last heading', [spanned, empty, ['Revenue', '1,000', '900', '', '', '']], ['\t2023\t2023\t2022\tGrowth %']],
  ] as const)('%s', (_, rows, expected) => {
    const lines = rowsOf(html(rows.map((r) => [...r]))).map((l) => l.replace(/\t+$/, ''));
    for (const line of expected) expect(lines).toContain(line);
  });
});

// Headings out of step with the figures under them (singleFiguresUnderSpans): FESCO's year-to-date highlights
// (test/fixtures/import/jse/fesco-2023-q3-year-to-date.md) print ten headings over rows of nine figures, "Audited" in a
// column of its own beside "12 months ended 31-Mar-22": read on the grid, the 2021 year to date's 8,008,048,174 stood under
// 2022's heading and the year to March's 12,671,115,147 under a change; read heading by heading, it stood under "Audited"
// and its growth, 58.95%, under the year. No figure is set under a heading: the headings are written after the figures,
// over none, the figures under no heading (the ingest reads none and says each), and the import says why.
describe('headings out of step with the figures under them: no figure under a heading, and said', () => {
  test('FESCO\'s year-to-date highlights', () => {
    const read = importRelease({ text: fixture('fesco-2023-q3-year-to-date.md'), file: 'release.md', kind: 'text' }, { releaseDate: '2023-03-31', currency: 'JMD' });
    const lines = read.releaseText.split('\n').filter((l) => l.includes('\t')).map((l) => l.replace(/\t+$/, ''));
    const header = lines[0]!.split('\t');
    expect(header.slice(0, 10).every((h) => h === '')).toBe(true);
    expect(header.slice(10, 12)).toEqual(['3rd Quarter YTD ended 31-Dec-22', '3rd Quarter YTD ended 31-Dec-21']);
    expect(lines).toContain('Turnover\t20,141,288,848\t8,008,048,174\t151.51%\t12,133,240,674\t12,671,115,147\t58.95%\t7,470,173,701\t11,455,516,779\t75.82%');
    const said = read.issues.find((i) => i.message.startsWith('expected one figure under each heading'));
    expect(said?.line).toBe(4);
    expect(said?.message).toContain('found 10 headings, some spanning two columns, over rows of 9 figures at most');
  });

  const out = ['th rowspan="2":Unaudited', 'th colspan="2":2023', 'th colspan="2":2022', 'th rowspan="2":Growth %', 'th rowspan="2":Audited', 'th colspan="2":2021'];
  const under = ['th:', 'th:', 'th:', 'th:', 'th:', 'th:'];
  test.each([
    // case, rows, the heading line, a row of figures as read
    ['five headings over rows of four figures, fewer cells than the headings span: the headings after the figures', [out, under, ['Revenue', '1,000', '900', '11.1%', '800', '', '']], ['\t\t\t\t\t2023\t2022\tGrowth %\tAudited\t2021', 'Revenue\t1,000\t900\t11.1%\t800']],
    // Kept on the grid:
    ['rows printing as many cells as the headings span', [out, under, ['Revenue', '1,000', '900', '11.1%', '800', '', '', '', '']], ['\t2023\t2023\t2022\t2022\tGrowth %\tAudited\t2021', 'Revenue\t1,000\t900\t11.1%\t800']],
  ] as const)('%s', (_, rows, expected) => {
    const lines = rowsOf(html(rows.map((r) => [...r]))).map((l) => l.replace(/\t+$/, ''));
    for (const line of expected) expect(lines).toContain(line);
  });
});
