// Header lines whose headings a converter packed to the left, having lost their spans (a
// Markdown pipe table has no colspan): spread over their columns when the line below says how,
// reported when it does not.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { spreadPackedHeadings } from '../../../src/lib/import/packed-headings.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

describe('spreadPackedHeadings', () => {
  test.each([
    [
      'two headings over two groups of the same years: each spans its group',
      [['Three Months Ended', 'Nine Months Ended', '', ''], ['2024', '2023', '2024', '2023']],
      [['Three Months Ended', '', 'Nine Months Ended', ''], ['2024', '2023', '2024', '2023']],
    ],
    [
      'three headings over three groups of two dates',
      [['Q3', 'Q2', 'Q1', '', '', ''], ['2024', '2023', '2024', '2023', '2024', '2023']],
      [['Q3', '', 'Q2', '', 'Q1', ''], ['2024', '2023', '2024', '2023', '2024', '2023']],
    ],
    [
      // SunLink, 2Q FY25: "% of Net" over each "Revenues" is joined to it, its line left empty.
      'a line left empty between two: the line above is grouped by the line under it',
      [['2024', '2023', '2024', '2023', '', '', '', ''], ['', '', '', '', '', '', '', ''], ['Amount', '% of Net Revenues', 'Amount', '% of Net Revenues', 'Amount', '% of Net Revenues', 'Amount', '% of Net Revenues']],
      [['2024', '', '2023', '', '2024', '', '2023', ''], ['', '', '', '', '', '', '', ''], ['Amount', '% of Net Revenues', 'Amount', '% of Net Revenues', 'Amount', '% of Net Revenues', 'Amount', '% of Net Revenues']],
    ],
    [
      'headings over some columns and none over the rest: no span lost, as printed',
      [['Q4', 'Q4', ''], ['2024', '2023', 'Change']],
      [['Q4', 'Q4', ''], ['2024', '2023', 'Change']],
    ],
    [
      'one heading over every column: the release text spreads it already',
      [['Three Months Ended', ''], ['2024', '2023']],
      [['Three Months Ended', ''], ['2024', '2023']],
    ],
    [
      'headings already over every column',
      [['Three Months Ended', 'Three Months Ended'], ['2024', '2023']],
      [['Three Months Ended', 'Three Months Ended'], ['2024', '2023']],
    ],
    [
      // ASE, 4Q24: a group ends where a date would repeat; the groups need not be equal.
      'two headings over three and two dates',
      [['For the three months ended', 'For the year ended', '', '', ''], ['Dec. 31 2024', 'Sep. 30 2024', 'Dec. 31 2023', 'Dec. 31 2024', 'Dec. 31 2023']],
      [['For the three months ended', '', '', 'For the year ended', ''], ['Dec. 31 2024', 'Sep. 30 2024', 'Dec. 31 2023', 'Dec. 31 2024', 'Dec. 31 2023']],
    ],
    [
      // NanoXplore, Q2 fiscal 2025: the change is an amount and a percentage.
      'three headings over "$ | $ | $ %"',
      [['YTD 2025', 'YTD 2024', 'Variation', ''], ['$', '$', '$', '%']],
      [['YTD 2025', 'YTD 2024', 'Variation', ''], ['$', '$', '$', '%']],
    ],
    [
      // Bank of America, 4Q24 (test/fixtures/import/real/bac-2024-q4.md): read cell by cell, 2023 was its fourth quarter.
      'one span and three quarters packed over five columns: the span over the two years, each quarter over one',
      [['Year Ended December 31', 'Fourth Quarter', 'Third Quarter', 'Fourth Quarter', ''], ['2024', '2023', '2024', '2024', '2023']],
      [['Year Ended December 31', '', 'Fourth Quarter', 'Third Quarter', 'Fourth Quarter'], ['2024', '2023', '2024', '2024', '2023']],
    ],
    [
      // Bank of America, 4Q21 (test/fixtures/import/real/bac-2021-q4-highlights.html): the span is written in each of its
      // columns; read as two headings, they made two groups and "2020" went over every quarter.
      'years under a span written in each of its columns, beside quarters naming their years: as printed',
      [['Year Ended December 31', 'Year Ended December 31', 'Fourth Quarter 2021', 'Third Quarter 2021', 'Fourth Quarter 2020'], ['2021', '2020', '', '', '']],
      [['Year Ended December 31', 'Year Ended December 31', 'Fourth Quarter 2021', 'Third Quarter 2021', 'Fourth Quarter 2020'], ['2021', '2020', '', '', '']],
    ],
    [
      'two spans packed over columns the line below does not group: as printed',
      [['Year Ended', 'Nine Months Ended', 'Fourth Quarter', ''], ['2024', '2024', '2024', '2023']],
      [['Year Ended', 'Nine Months Ended', 'Fourth Quarter', ''], ['2024', '2024', '2024', '2023']],
    ],
    [
      // Nabors, 4Q24: the line below spread first, its headings (not its columns) group the line above.
      'three packed lines, spread bottom up',
      [['Three Months Ended', 'Year Ended', '', '', ''], ['December 31,', 'September 30,', 'December 31,', '', ''], ['2024', '2023', '2024', '2024', '2023']],
      [['Three Months Ended', '', '', 'Year Ended', ''], ['December 31,', '', 'September 30,', 'December 31,', ''], ['2024', '2023', '2024', '2024', '2023']],
    ],
    [
      // Pegasystems, 4Q24 free cash flow: read cell by cell, "Change" headed 2023's figures and the change none.
      'a span and a change heading packed over two years and the column no year heads: the span over the years, the change over its own',
      [['Year Ended December 31,', 'Change', ''], ['2024', '2023', '']],
      [['Year Ended December 31,', '', 'Change'], ['2024', '2023', '']],
    ],
    [
      'two spans and a change heading over years in two groups and one column of its own',
      [['Three Months Ended', 'Year Ended', '% Change', '', ''], ['2024', '2023', '2024', '2023', '']],
      [['Three Months Ended', '', 'Year Ended', '', '% Change'], ['2024', '2023', '2024', '2023', '']],
    ],
    [
      'a single header line',
      [['2024', '2023']],
      [['2024', '2023']],
    ],
  ])('%s', (_, header, expected) => {
    expect(spreadPackedHeadings(header)).toEqual({ header: expected, unresolved: [] });
  });

  test('four headings over five columns, none naming a span: which one spans two is not printed, so the line stays and is reported', () => {
    const header = [['Fourth Quarter', 'Third Quarter', 'Fourth Quarter', 'Full Year', ''], ['2024', '2024', '2023', '2024', '2023']];
    expect(spreadPackedHeadings(header)).toEqual({ header, unresolved: [{ line: 0, headings: 4, columns: 5 }] });
  });

  test.each([
    [
      // Pegasystems, 4Q24 backlog: two columns under the first heading, a last "% of total" column named by none.
      'five headings packed over seven columns, a line below heading the first only, the last two headed by no line: every partial line emptied',
      [['Subscription services', 'Subscription license', 'Perpetual license', 'Consulting', 'Total', '', ''], ['Maintenance', '', '', '', '', '', '']],
      [['', '', '', '', '', '', ''], ['', '', '', '', '', '', '']],
      { line: 0, headings: 5, columns: 7, unheaded: 2 },
    ],
    [
      'two headings packed over four columns, one heading under them over the first: the last two headed by no line',
      [['2024', '2023', '', ''], ['Amount', '', '', '']],
      [['', '', '', ''], ['', '', '', '']],
      { line: 0, headings: 2, columns: 4, unheaded: 2 },
    ],
  ])('%s', (_, header, expected, problem) => {
    expect(spreadPackedHeadings(header)).toEqual({ header: expected, unresolved: [problem] });
  });

  test.each([
    [
      // Pegasystems, 4Q24 backlog: the seventh column is each line's share of the total, "56%" … "100%".
      'five headings over seven columns, two under them, the last column shares of the total: the two under the first heading, the shares marked "%"',
      [['Subscription services', 'Subscription license', 'Perpetual license', 'Consulting', 'Total', '', ''], ['Pega Cloud', 'Maintenance', '', '', '', '', '']],
      [['$ 525,133', '$ 230,866', '$ 88,880', '$ 317', '$ 50,519', '$ 895,715', '56%'], ['328,234', '65,461', '10,874', '—', '3,297', '407,866', '25%'], ['$ 1,127,159', '$ 340,860', '$ 101,165', '$ 317', '$ 53,991', '$ 1,623,492', '100%']],
      [['Subscription services', '', 'Subscription license', 'Perpetual license', 'Consulting', 'Total', ''], ['Pega Cloud', 'Maintenance', '', '', '', '', '%']],
    ],
    [
      'three headings over five columns, two under them, the last column shares: the first heading over the two',
      [['Americas', 'EMEA', 'Total', '', ''], ['U.S.', 'Canada', '', '', '']],
      [['60', '10', '20', '90', '90%'], ['8', '1', '1', '10', '10%'], ['68', '11', '21', '100', '100%']],
      [['Americas', '', 'EMEA', 'Total', ''], ['U.S.', 'Canada', '', '', '%']],
    ],
  ])('%s', (_, header, rows, expected) => {
    expect(spreadPackedHeadings(header, rows)).toEqual({ header: expected, unresolved: [] });
  });

  const acv = ['December 31, 2024', 'December 31, 2023', 'Change', 'Constant Currency Change', ''];
  test.each<[string, string[][], string[][], string[][] | null]>([
    [
      // Pegasystems, 4Q24 annual contract value (test/fixtures/import/wire/pega-2024-q4-acv.md).
      'four headings over five columns, "Change" over an amount and a percentage: it heads both, the percentage marked "%"',
      [acv],
      [['$ 652,443', '$ 552,998', '$ 99,445', '18%', '21%'], ['291,807', '324,091', '(32,284)', '(10)%', '(8)%']],
      [['December 31, 2024', 'December 31, 2023', 'Change', '', 'Constant Currency Change'], ['', '', '', '%', '']],
    ],
    [
      'a change heading over two amounts heads one column: which heading spans two is not printed, so the line stays',
      [acv],
      [['$ 652,443', '$ 552,998', '$ 99,445', '18', '21%'], ['291,807', '324,091', '(32,284)', '(10)', '(8)%']],
      null,
    ],
    [
      'a change heading with more columns left than the headings after it need: the line stays',
      [['2024', 'Change', '', '', '']],
      [['$ 5', '$ 1', '25%', '3', '4'], ['6', '2', '50%', '3', '4']],
      null,
    ],
  ])('%s', (_, header, rows, expected) => {
    expect(spreadPackedHeadings(header, rows).header).toEqual(expected ?? header);
  });

  // Plains All American 4Q24 (../shared/unseen-s21/paa-2024-q4.md, lines 59–61 and 72–74): period spans and "%" over
  // runs of dates and their change columns, packed into the first four columns. Emptied as "no reading heads every
  // column apart", the dates read bare as two fiscal years (Q4 2024's figures published as FY 2024).
  const paa = [['Three Months Ended December 31,', '%', 'Twelve Months Ended December 31,', '%', '', ''], ['2024', '2023', 'Change', '2024', '2023', 'Change']];
  const paaRows = [['', '', '', '', '', ''], ['$ 36', '$ 312', '(88)%', '$ 772', '$ 1,230', '(37)%']];
  test.each<[string, string[][], string[][], string[][] | null]>([
    ['spans and change headings alternating as the dates and changes below do: each over its own', paa, paaRows,
      [['Three Months Ended December 31,', '', '%', 'Twelve Months Ended December 31,', '', '%'], paa[1]!]],
    ['the sequences do not match (a third span, no change between): not spread so', [['Three Months Ended', 'Six Months Ended', 'Twelve Months Ended', '%', '', ''], paa[1]!], paaRows, null],
  ])('%s', (_, header, rows, expected) => {
    const spread = spreadPackedHeadings(header, rows).header;
    if (expected) expect(spread).toEqual(expected);
    else expect(spread[0]).not.toEqual(['Three Months Ended', '', 'Six Months Ended', 'Twelve Months Ended', '', '%']);
  });

  const backlog = [['Subscription services', 'Subscription license', 'Perpetual license', 'Consulting', 'Total', '', ''], ['Pega Cloud', 'Maintenance', '', '', '', '', '']];
  test.each([
    ['a last column of percentages none of which is 100% is no share: the header stays unresolved', backlog, [['$ 1', '$ 2', '$ 3', '$ 4', '$ 5', '$ 15', '56%'], ['1', '2', '3', '4', '5', '15', '25%']]],
    [
      'three headings under the first where the columns leave room for two: the counts do not fall so, unresolved',
      [['Subscription services', 'Subscription license', 'Perpetual license', 'Consulting', 'Total', '', ''], ['Pega Cloud', 'Maintenance', 'Hosting', '', '', '', '']],
      [['1', '2', '3', '4', '5', '15', '100%'], ['1', '2', '3', '4', '5', '15', '100%']],
    ],
  ])('%s', (_, header, rows) => {
    expect(spreadPackedHeadings(header, rows).unresolved).toEqual([{ line: 0, headings: 5, columns: 7, unheaded: 2 }]);
  });

  // Standard Motor Products' segment table, EX-99.1 of 1Q20 (EDGAR 0001140361-20-010070): "THREE MONTHS ENDED MARCH 31,"
  // spans the 2020 amounts, 2020's margins and the 2019 amounts (colspan 9, written in each column it covers); 2019's
  // margins, last, sit under no heading. One heading repeated is no packed line: the header stays as printed, its years
  // read, rather than emptied with every figure under it.
  test('one heading written in each column of its span, a last column under none: left as printed', () => {
    const header = [['THREE MONTHS ENDED MARCH 31,', 'THREE MONTHS ENDED MARCH 31,', 'THREE MONTHS ENDED MARCH 31,', ''], ['2020', '', '2019', '']];
    expect(spreadPackedHeadings(header, [['$ 56,705', '28.2%', '$ 59,693', '28.0%']])).toEqual({ header, unresolved: [] });
  });

  test.each([
    ['a packed line whose last columns another line heads ("Q4 | Q4" over "2024 | 2023 | Change") is no lost span', [['Q4', 'Q4', ''], ['2024', '2023', 'Change']]],
    ['a single packed line, nothing under it to say what it heads, stays as printed', [['2024', '2023', '']]],
    ['a change heading and a span: the change first is no span followed by changes, as printed', [['Change', 'Year Ended', ''], ['2024', '2023', 'Total']]],
    ['a packed line over a line of its own headings, the last columns headed below', [['Three Months Ended', 'Year Ended', '', '', ''], ['2024', '2023', '', '', 'Change']]],
  ])('%s', (_, header) => {
    expect(spreadPackedHeadings(header)).toEqual({ header, unresolved: [] });
  });

  // Jamaica Broilers, Q3 2022/23 (unseen set s16, class G): the converter wrote three spans of two columns, "Quarter
  // ended", "Nine months ended", "Nine months ended", over four dates; read by order, packed over the first three. As
  // printed, the second and fourth columns were both "Nine months ended 29 January 2022", and the quarter's Net Profit
  // 1,168,953 was tied to the nine months' 2,040,455.
  const dates = ['28 January 2023', '29 January 2022', '28 January 2023', '29 January 2022'];
  test.each<[string, string[][], string[][], boolean]>([
    ['a heading printed twice side by side is one span: two spans over two groups of dates', [['Quarter ended', 'Nine months ended', 'Nine months ended', ''], dates], [['Quarter ended', '', 'Nine months ended', ''], dates], false],
    // As printed, the first two columns are the quarter's and the last two the nine months': no two alike.
    ['the first heading printed twice: read right as printed, and left so', [['Quarter ended', 'Quarter ended', 'Nine months ended', ''], dates], [['Quarter ended', 'Quarter ended', 'Nine months ended', ''], dates], true],
    [
      'three groups, a heading printed twice among three',
      [['Q3', 'Q3', 'Q2', 'Q1', '', ''], ['2024', '2023', '2024', '2023', '2024', '2023']],
      [['Q3', '', 'Q2', '', 'Q1', ''], ['2024', '2023', '2024', '2023', '2024', '2023']],
      false,
    ],
    // Three headings, two spans once joined, over four groups: which goes over which is not printed, and as printed
    // two columns are read alike; the line is not read, and is reported.
    [
      'three headings, one printed twice, over four groups of dates: emptied',
      [['Quarter ended', 'Nine months ended', 'Nine months ended', '', '', '', '', ''], [...dates, ...dates]],
      [['', '', '', '', '', '', '', ''], [...dates, ...dates]],
      true,
    ],
  ])('%s', (_, header, expected, reported) => {
    const read = spreadPackedHeadings(header);
    expect(read.header).toEqual(expected);
    expect(read.unresolved.length > 0).toBe(reported);
  });

  // Everything Fresh, six months to 30 June 2022 (s16, md 80–100): an empty "$,000" column beside each period, all
  // four alike under "Unaudited"; the columns of figures are not, so the line stays as printed.
  test('columns alike that print no figure: as printed', () => {
    const header = [
      ['Unaudited', 'Unaudited', 'Unaudited', 'Unaudited', 'Audited', ''],
      ['2022 three months June', '$,000', '2021 three months June', '$,000', '2021 twelve months December', '$,000'],
    ];
    const rows = [['731,196', '', '389,242', '', '1,614,806', ''], ['(581,581)', '', '(303,900)', '', '(1,271,339)', '']];
    expect(spreadPackedHeadings(header, rows).header).toEqual(header);
  });

  // Precision Drilling, 4Q24 contracts (test/fixtures/import/wire/pd-2024-q4-contracts.md): a converter set the line's
  // headings one cell off the runs of days and years under them.
  const days = ['Mar. 31', 'June 30', 'Sept. 30', 'Dec. 31'];
  const contracts = [...days, '2024', ...days, '2025'];
  test.each<[string, string[][], string[][]]>([
    [
      'four headings, each within one column of the first of a run of days or of a year: each over its run',
      [['Average for the quarter ended 2024', '', '', '', '', 'Average', 'Average for the quarter ended 2025', '', '', 'Average'], contracts],
      [['Average for the quarter ended 2024', '', '', '', 'Average', 'Average for the quarter ended 2025', '', '', '', 'Average'], contracts],
    ],
    [
      'a heading two columns off its run: as printed',
      [['Average for the quarter ended 2024', '', '', '', '', '', 'Average', 'Average for the quarter ended 2025', '', 'Average'], contracts],
      [['Average for the quarter ended 2024', '', '', '', '', '', 'Average', 'Average for the quarter ended 2025', '', 'Average'], contracts],
    ],
    [
      'three headings over four runs: as printed',
      [['Average for the quarter ended 2024', '', '', '', '', 'Average', 'Average for the quarter ended 2025', '', '', ''], contracts],
      [['Average for the quarter ended 2024', '', '', '', '', 'Average', 'Average for the quarter ended 2025', '', '', ''], contracts],
    ],
    [
      'a line below heading a column with neither a day, a year nor a change: as printed',
      [['Q4', '', 'Year', ''], ['Dec. 31', 'Amount', '2024', '2023']],
      [['Q4', '', 'Year', ''], ['Dec. 31', 'Amount', '2024', '2023']],
    ],
  ])('%s', (_, header, expected) => {
    expect(spreadPackedHeadings(header).header).toEqual(expected);
  });

  test('Precision Drilling\'s contracts: 2024\'s quarters, its year and 2025\'s first quarter each read with its period', () => {
    const path = 'test/fixtures/import/wire/pd-2024-q4-contracts.md';
    const imported = importRelease({ text: readFileSync(path, 'utf8'), file: path, kind: 'text' }, { ticker: 'X', releaseDate: '2025-02-13', currency: 'CAD' });
    const meta: ReleaseMeta = { id: 'x', title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod: '2024-q4', releaseDate: '2025-02-13', currency: 'CAD', scale: 0 };
    const facts = parseRelease(imported.releaseText, meta, emptyModel, path).facts.filter((f) => f.row === 'us');
    expect(facts.map((f) => [f.value, f.period])).toEqual([
      ['20', '2024-q1'], ['17', '2024-q2'], ['17', '2024-q3'], ['16', '2024-q4'], ['18', '2024-fy'],
      ['15', '2025-q1'], ['13', '2025-q2'], ['8', '2025-q3'], ['6', '2025-q4'], ['11', '2025-fy'],
    ]);
  });

  test.each([
    ['jbg-2023-q3-income.md', 'Net Profit\t1,483,420\t1,168,953\t3,394,792\t2,040,455'],
    ['jbg-2023-q3-income-continued.md', 'Stockholders of the company\t-\t(399)\t(951,369)\t(63,009)'],
  ])('%s: "Quarter ended" over the first two dates, "Nine months ended" over the last two', (file, row) => {
    const text = readFileSync(`test/fixtures/import/jse/${file}`, 'utf8');
    const lines = importRelease({ text, file: 'release.md', kind: 'text' }, { releaseDate: '2023-03-31', currency: 'JMD' }).releaseText.split('\n');
    const at = lines.findIndex((l) => l.startsWith('\tQuarter ended'));
    expect(lines[at]).toBe('\tQuarter ended\t\tNine months ended\t');
    expect(lines[at + 1]).toBe("\t28 January 2023 $'000\t29 January 2022 $'000\t28 January 2023 $'000\t29 January 2022 $'000");
    expect(lines).toContain(row);
  });
});
