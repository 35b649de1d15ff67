import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';

/** The release text an HTML fragment imports to (metadata aside). */
function text(html: string): string {
  return importRelease({ text: html, file: 'release.html', kind: 'html' }, { ticker: 'X', fiscalPeriod: '2023-q3' }).releaseText;
}
function issues(html: string): string[] {
  return importRelease({ text: html, file: 'release.html', kind: 'html' }, { ticker: 'X', fiscalPeriod: '2023-q3' }).issues.map((i) => `${i.line}:${i.column}: ${i.message}`);
}
const row = (...cells: string[]) => `<tr>${cells.map((c) => (c.startsWith('<t') ? c : `<td>${c}</td>`)).join('')}</tr>`;
const table = (...rows: string[]) => `<table>${rows.join('')}</table>`;
const lines = (...l: string[]) => `${l.join('\n')}\n`;

/**
 * Table-driven: each case is an HTML table as real releases lay them out and the release
 * text it must import to (ARCHITECTURE.md, "The release text").
 */
describe('HTML tables become release-text tables', () => {
  const cases: [string, string, string][] = [
    [
      // Goldman Sachs, 4Q21 (../shared/corpus-extra/gs-2021-q4.htm): "DECEMBER 31, 2021" spans the
      // spacer cell before its figures, which starts in the label zone; it was read as a label and the
      // year's column lost its heading (its figures then tied to the quarter's "December 31, 2020").
      'a heading centred over a spacer cell and its figure heads the figure, though it starts in the label zone',
      table(
        row('', '', '<td colspan="6">YEAR ENDED</td>', '', '', '<td colspan="2">% CHANGE FROM</td>'),
        row('', '', '<td colspan="2">DECEMBER 31,<br>2021</td>', '', '', '<td colspan="2">DECEMBER 31, 2020</td>', '', '', '<td colspan="2">DECEMBER 31,<br>2020</td>'),
        row('Investment banking', '', '', '$ 14,168', '', '', '', '$ 9,141', '', '', '', '55 %'),
        row('Investment management', '', '', '8,059', '', '', '', '6,923', '', '', '', '16'),
      ),
      lines('\tYEAR ENDED\tYEAR ENDED\t% CHANGE FROM', '\tDECEMBER 31, 2021\tDECEMBER 31, 2020\tDECEMBER 31, 2020', 'Investment banking\t$ 14,168\t$ 9,141\t55 %', 'Investment management\t8,059\t6,923\t16'),
    ],
    [
      // U.S. Bancorp, 4Q21 (../shared/unseen-edgar-s5/usb-2021-q4.htm): "Year Ended" alone on its line, centred over
      // both dates from the spacer cell before the first; read as the table's title, its dates were instants and the
      // year's average balances tied to the quarter's, printed at the same date.
      'a period heading alone on its line, spanning the values from past the label column, heads them',
      table(
        row('<td colspan="9">NON-GAAP FINANCIAL MEASURES</td>'),
        row('', '', '<td colspan="6">Year Ended</td>', ''),
        row('(Dollars in Millions, Unaudited)', '', '<td colspan="2">December 31,<br>2021</td>', '', '', '<td colspan="2">December 31,<br>2020</td>', ''),
        row('Noninterest expense (d)', '', '', '13,728', '', '', '', '13,369', ''),
        row('Efficiency ratio (d)/(c)', '', '', '60.4%', '', '', '', '57.8%', ''),
      ),
      lines('NON-GAAP FINANCIAL MEASURES', '(Dollars in Millions, Unaudited)', '\tYear Ended\tYear Ended', '\tDecember 31, 2021\tDecember 31, 2020', 'Noninterest expense (d)\t13,728\t13,369', 'Efficiency ratio (d)/(c)\t60.4%\t57.8%'),
    ],
    [
      // U.S. Bancorp, 4Q21: balances at dates, then "Three Months Ended" over the same dates heads a block of averages.
      // Read as a row of the first block, the averages' dates were instants, and its first date a row label.
      'a period heading and dates over a block inside a table head that block, as at the top',
      table(
        row('(Dollars in Millions, Unaudited)', '', '<td colspan="2">December 31,<br>2021</td>', '', '', '<td colspan="2">September 30,<br>2021</td>', ''),
        row('Total equity', '', '', '$55,387', '', '', '', '$54,378', ''),
        row('Noncontrolling interests', '', '', '(469)', '', '', '', '(635)', ''),
        row('', '', '<td colspan="6">Three Months Ended</td>', ''),
        row('', '', '<td colspan="2">December 31,<br>2021</td>', '', '', '<td colspan="2">September 30,<br>2021</td>', ''),
        row('Average noncontrolling interests', '', '', '(633)', '', '', '', '(635)', ''),
        row('Average total equity', '', '', '55,875', '', '', '', '54,908', ''),
      ),
      lines(
        '(Dollars in Millions, Unaudited)', '\tDecember 31, 2021\tSeptember 30, 2021', 'Total equity\t$55,387\t$54,378', 'Noncontrolling interests\t(469)\t(635)', '',
        '(Dollars in Millions, Unaudited)', '\tThree Months Ended\tThree Months Ended', '\tDecember 31, 2021\tSeptember 30, 2021', 'Average noncontrolling interests\t(633)\t(635)', 'Average total equity\t55,875\t54,908',
      ),
    ],
    [
      'spacer cells collapse into the columns the header cells anchor; "$" and ")" cells join their figures',
      table(
        row('', '', '<td colspan="3">2023</td>', '', '<td colspan="3">2022</td>'),
        row('Revenue', '', '$', '5,931', '', '', '$', '7,103', ''),
        row('Interest expense', '', '', '(65', ')', '', '', '(62', ')'),
      ),
      lines('\t2023\t2022', 'Revenue\t$ 5,931\t$ 7,103', 'Interest expense\t(65)\t(62)'),
    ],
    [
      'an opening parenthesis printed in its own cell, alone or with the currency symbol, joins the figure after it',
      table(row('', '<td colspan="3">2023</td>', '<td colspan="3">2022</td>'), row('Net loss', '$ (', '1,271', ')', '(', '60,645', ')')),
      lines('\t2023\t2022', 'Net loss\t$ (1,271)\t(60,645)'),
    ],
    [
      'a header spanning several columns is written in each; a value spanning two grid columns sits under the header cell covering it',
      table(
        row('', '<td colspan="4">Three Months Ended</td>'),
        row('', '<td colspan="2">Oct 30, 2022</td>', '<td colspan="2">Oct 31, 2021</td>'),
        row('Revenue', '<td colspan="2">$5,931</td>', '', '7,103'),
        row('Gross margin', '53.6', '%', '65.2', '%'),
      ),
      lines('\tThree Months Ended\tThree Months Ended', '\tOct 30, 2022\tOct 31, 2021', 'Revenue\t$5,931\t7,103', 'Gross margin\t53.6%\t65.2%'),
    ],
    [
      'rowspan: a header cell spanning two header rows is written once, in its first row',
      table(
        row('<td rowspan="2"></td>', '<td rowspan="2">Note</td>', '<td colspan="2">Year Ended</td>'),
        row('2023', '2022'),
        row('Revenue', '4', '100', '90'),
      ),
      lines('\tNote\tYear Ended\tYear Ended', '\t\t2023\t2022', 'Revenue\t4\t100\t90'),
    ],
    [
      'title rows and unit lines inside the table become the title block; so does a unit statement in the top-left cell',
      table(
        row('<td colspan="3">ACME CORPORATION</td>'),
        row('<td colspan="3">CONDENSED CONSOLIDATED STATEMENTS OF INCOME</td>'),
        row('<td colspan="3">(In millions, except per share data)</td>'),
        row('<td colspan="3">(Unaudited)</td>'),
        row('($ in millions)', 'Q3 FY23', 'Q3 FY22'),
        row('Revenue', '$5,931', '$7,103'),
      ),
      lines('ACME CORPORATION', 'CONDENSED CONSOLIDATED STATEMENTS OF INCOME', '(In millions, except per share data)', '(Unaudited)', '($ in millions)', '\tQ3 FY23\tQ3 FY22', 'Revenue\t$5,931\t$7,103'),
    ],
    [
      'a unit line spanning the value columns under the header is title, not header',
      table(row('', 'Q4 FY2023 Outlook'), row('', '($ in millions)'), row('GAAP gross margin', '63.2%'), row('GAAP operating expenses', '$ 2,560')),
      lines('($ in millions)', '\tQ4 FY2023 Outlook', 'GAAP gross margin\t63.2%', 'GAAP operating expenses\t$ 2,560'),
    ],
    [
      'a label printed beside the header ("ASSETS") is the first row, not part of the header',
      table(row('ASSETS', 'November 2, 2024', 'February 3, 2024'), row('Cash', '$ 301,958', '$ 268,213')),
      lines('\tNovember 2, 2024\tFebruary 3, 2024', 'ASSETS\t\t', 'Cash\t$ 301,958\t$ 268,213'),
    ],
    [
      'labels indented by leading empty cells: two spaces a level, relative within the table',
      table(
        row('', '', '', '2023'),
        row('<td colspan="3">Operating expenses</td>', ''),
        row('', '<td colspan="2">Research and development</td>', '1,945'),
        row('', '', 'Total operating expenses', '2,576'),
      ),
      lines('\t2023', 'Operating expenses\t', '  Research and development\t1,945', '    Total operating expenses\t2,576'),
    ],
    [
      'labels indented by padding, margins and leading no-break spaces alike',
      table(
        row('', '2023'),
        row('<td style="padding:2px 1pt">Revenues:</td>', ''),
        row('<td style="padding:2px 1pt 2px 7.75pt">Product</td>', '10'),
        row('<td><p style="margin-left:1.00em; text-indent:-0.25em">Services</p></td>', '20'),
        row('<td>&nbsp;&nbsp;&nbsp;Other</td>', '5'),
        row('<td style="padding-left:30.25pt">Total revenues</td>', '35'),
      ),
      lines('\t2023', 'Revenues:\t', '  Product\t10', '  Services\t20', '  Other\t5', '    Total revenues\t35'),
    ],
    [
      'a label printed over two rows, the second starting lower case, is one label',
      table(
        row('', '2023'),
        row('Adjustments to reconcile net income to net cash', ''),
        row('provided by operating activities:', ''),
        row('Depreciation', '406'),
      ),
      lines('\t2023', 'Adjustments to reconcile net income to net cash provided by operating activities:\t', 'Depreciation\t406'),
    ],
    [
      'a rule above a figure marks a total: border-top on its cell, or border-bottom on the cell above',
      table(
        row('', '2023'),
        row('Product', '<td style="border-bottom: solid black 1pt">10</td>'),
        row('Services', '20'),
        row('Total', '<td style="border-top: 1px solid #000">30</td>'),
      ),
      lines('\t2023', 'Product\t10', 'Services\t<u>20</u>', 'Total\t<u>30</u>'),
    ],
    [
      'a single rule under a total is the rule above the subtotal below it; a double rule marks the grand total above it, nothing below',
      table(
        row('', '2023'),
        row('Cost', '<td style="border-bottom:1pt solid">5</td>'),
        row('Gross profit', '<td style="border-top:1pt solid;border-bottom:1pt solid">15</td>'),
        row('Operating income', '7'),
        row('Net income', '<td style="border-bottom: double black 3pt">8</td>'),
        row('Net income per share', '0.27'),
      ),
      lines('\t2023', 'Cost\t5', 'Gross profit\t<u>15</u>', 'Operating income\t<u>7</u>', 'Net income\t<u>8</u>', 'Net income per share\t0.27'),
    ],
    [
      'a rule drawn in an empty row between marks the row below; <u> marks a total',
      table(
        row('', '2023'),
        row('Selling', '72'),
        `<tr style="height:15pt"><td></td><td style="border-top:1pt solid #000000"></td></tr>`,
        row('', '85,588'),
        row('Equity', '<u>187,876</u>'),
      ),
      lines('\t2023', 'Selling\t72', '\t<u>85,588</u>', 'Equity\t<u>187,876</u>'),
    ],
    [
      'rules and indents named by wire-service classes (GlobeNewswire) count as drawn',
      table(
        row('', '2023'),
        row('<td class="gnw_label_i10 hugin">Research</td>', '10'),
        row('<td class="gnw_label_i10 hugin">Sales</td>', '<td class="gnw_border_bottom_solid gnw_align_right">20</td>'),
        row('Total operating expenses', '30'),
        row('Net income', '<td class="gnw_border_top_solid gnw_border_bottom_double">8</td>'),
      ),
      lines('\t2023', '  Research\t10', '  Sales\t20', 'Total operating expenses\t<u>30</u>', 'Net income\t<u>8</u>'),
    ],
    [
      'a table drawn as a grid (rules on every cell) marks no totals',
      table(
        ...[['', 'Q4 FY23', 'Q3 FY23'], ['Revenue', '$6,051', '$5,931'], ['Net income', '$1,414', '$680']].map((cells) =>
          row(...cells.map((c) => `<td style="border: solid black 1pt">${c}</td>`)),
        ),
      ),
      lines('\tQ4 FY23\tQ3 FY23', 'Revenue\t$6,051\t$5,931', 'Net income\t$1,414\t$680'),
    ],
    [
      'cells keep every sign, nil mark and word as printed',
      table(
        row('', 'Q/Q', 'Y/Y', 'Q3', 'Q2'),
        row('Revenue', 'Up 46%', 'Down 22.0 pts', '--', '—'),
        row('Margin', '(2.7) pts', '(1)%', 'N/A', '+3.6%'),
      ),
      lines('\tQ/Q\tY/Y\tQ3\tQ2', 'Revenue\tUp 46%\tDown 22.0 pts\t--\t—', 'Margin\t(2.7) pts\t(1)%\tN/A\t+3.6%'),
    ],
    [
      'superscript digits become Unicode superscripts, in labels and after figures',
      table(row('', '2023'), row('Revenue<sup>1</sup>', '5,931<sup>(2)</sup>'), row('Segment profit<sup>1,2</sup>', '29.3')),
      lines('\t2023', 'Revenue¹\t5,931(2)', 'Segment profit¹,²\t29.3'),
    ],
    [
      'footnote rows become prose after the rows; a header printed again after a footnote starts the footnote’s table',
      table(
        row('<td colspan="3">(In millions)</td>'),
        row('', '2023', '2022'),
        row('GAAP gross profit', '$ 3,177', '$ 4,631'),
        row('Acquisition-related costs (A)', '120', '86'),
        row('<td colspan="3">(A) Acquisition-related costs are included in the following line items:</td>'),
        row('', '2023', '2022'),
        row('Cost of revenue', '$ 120', '$ 86'),
        row('<td colspan="3">(B) Costs related to Russia branch office closure.</td>'),
      ),
      lines(
        '(In millions)',
        '\t2023\t2022',
        'GAAP gross profit\t$ 3,177\t$ 4,631',
        'Acquisition-related costs (A)\t120\t86',
        '',
        '(A) Acquisition-related costs are included in the following line items:',
        '(In millions)',
        '\t2023\t2022',
        'Cost of revenue\t$ 120\t$ 86',
        '',
        '(B) Costs related to Russia branch office closure.',
      ),
    ],
    [
      'a header printed again over a page break, with no footnote before it, is not a new table',
      table(row('', '2023'), row('Cash', '10'), row('', '2023'), row('Goodwill', '20')),
      lines('\t2023', 'Cash\t10', 'Goodwill\t20'),
    ],
    [
      'an unlabelled subtotal row keeps its empty label',
      table(row('', '2023'), row('Selling', '71,986'), row('General', '13,602'), row('&nbsp;', '85,588')),
      lines('\t2023', 'Selling\t71,986', 'General\t13,602', '\t85,588'),
    ],
    [
      'th header cells with an <hr> rule and a top-left period phrase (old EDGAR filings)',
      table(
        `<tr><th colspan="2"><b>Five fiscal years ended September 29, 2007<br></b>(In millions)<br></th><th>&nbsp;</th><th colspan="2"><b>2007</b><hr noshade=""></th><th>&nbsp;</th><th colspan="2"><b>2006</b><hr noshade=""></th></tr>`,
        row('<td colspan="2">Net sales</td>', '&nbsp;', '$', '24,006', '&nbsp;', '$', '19,315'),
        row('<td width="2%">&nbsp;</td>', 'Basic', '&nbsp;', '$', '4.04', '&nbsp;', '$', '2.36'),
      ),
      lines('Five fiscal years ended September 29, 2007', '(In millions)', '\t2007\t2006', 'Net sales\t$ 24,006\t$ 19,315', '  Basic\t$ 4.04\t$ 2.36'),
    ],
  ];

  test.each(cases)('%s', (_, html, expected) => {
    expect(text(html)).toBe(expected);
  });
});

describe('a table of ranges, as outlooks print them, is a table of figures', () => {
  test.each([
    ['ranges in their cells', row('Revenue', '$111.0 - $112.0', '$453.0 - $457.0'), 'Revenue\t$111.0 - $112.0\t$453.0 - $457.0'],
    ['"$" in a cell of its own, an en dash', row('Revenue', '$', '111.0 – 112.0', '$', '453.0 – 457.0'), 'Revenue\t$ 111.0 – 112.0\t$ 453.0 – 457.0'],
    ['percentages with "to"', row('Gross margin', '5% to 7%', '6% to 8%'), 'Gross margin\t5% to 7%\t6% to 8%'],
  ])('%s', (_, figures, expected) => {
    const width = figures.split('</td>').length - 2;
    const header = width === 2 ? row('', 'Q3 2026', 'FY 2026') : row('', '', 'Q3 2026', '', 'FY 2026');
    expect(text(`<p>Outlook</p>${table(header, figures)}`)).toBe(lines('Outlook', '\tQ3 2026\tFY 2026', expected));
  });

  test('a range printed over cells of its own under one heading is one figure; a dash under a heading of its own is a nil', () => {
    const split = table(
      row('', '<td colspan="5">Q3 2026</td>', '', '<td colspan="5">FY 2026</td>'),
      row('SaaS Revenue', '$', '111.0', '-', '$', '112.0', '', '$', '453.0', 'to', '$', '457.0'),
      row('Adjusted EBITDA', '$', '8.5', '–', '$', '9.5', '', '$', '42.0', '–', '$', '44.0'),
    );
    expect(text(split)).toBe(lines('\tQ3 2026\tFY 2026', 'SaaS Revenue\t$ 111.0 - $ 112.0\t$ 453.0 to $ 457.0', 'Adjusted EBITDA\t$ 8.5 – $ 9.5\t$ 42.0 – $ 44.0'));
    expect(text(table(row('', '2024', '2023', '2022'), row('Revenue', '5', '-', '6')))).toBe(lines('\t2024\t2023\t2022', 'Revenue\t5\t-\t6'));
  });

  // A dash between two figures under a heading over several columns (a row somewhere prints two figures side by side
  // under it) is a nil of its own column, not a range: read as one, "4 — 12,293" went into the last column and the
  // gains column lost its 4 (Bank of America's total of 4,790 footed as 4,786), Corporate's provision and expense the
  // consolidated column (Wells Fargo's Corporate income before tax footed as 1,325 from its revenue alone).
  test.each([
    ['bac-2021-q4-debt-securities', 'Non-U.S. securities\t12,289\t4\t—\t12,293'],
    ['wfcs-2021-q4-segments', 'Provision for credit losses\t(518)\t(335)\t(460)\t(73)\t(9)\t—\t(1,395)'],
    ['wfcs-2021-q4-segments', 'Noninterest expense\t6,053\t1,396\t1,797\t2,917\t1,140\t—\t13,303'],
    ['wfcs-2021-q4-segments', 'Net income (loss)\t$ 2,451\t759\t1,530\t579\t(197)\t—\t5,122'],
  ])('a dash between figures under a heading over several columns is a nil of its own column (%s: %s)', (file, line) => {
    const html = readFileSync(`test/fixtures/import/real/${file}.html`, 'utf8');
    expect(text(html).split('\n')).toContain(line);
    expect(issues(html).filter((i) => /between two columns/.test(i))).toEqual([]);
  });

  test('a telephone number laid out in a table is not a range', () => {
    expect(text(table(row('Investor relations', '735-7777')))).toBe(lines('Investor relations', '', '735-7777'));
  });
});

describe('tables that lay out text are read as text', () => {
  test('a bullet table gives list items', () => {
    const html = table(row('•', 'Revenue of $60.5 million'), row('•', 'Segment margin of 48.3 percent'));
    expect(text(`<p>Highlights</p>${html}<table><tr><td></td><td>2023</td></tr><tr><td>Revenue</td><td>1</td></tr></table>`)).toBe(
      lines('Highlights', '', '- Revenue of $60.5 million', '- Segment margin of 48.3 percent', '', '\t2023', 'Revenue\t1'),
    );
  });

  test('a page laid out in a table is read cell by cell, and the table of figures inside it as a table', () => {
    const inner = table(row('', '2023'), row('Revenue', '5'));
    const html = `<table><tr><td><p>Contact: Jane Doe</p><p>(308) 236-8491</p></td><td>${inner}</td></tr></table>`;
    expect(text(html)).toBe(lines('Contact: Jane Doe', '', '(308) 236-8491', '', '\t2023', 'Revenue\t5'));
  });
});

describe('bad HTML gets a clear, located error and keeps what is valid', () => {
  test('no tables', () => {
    expect(issues('<html><body><p>Revenue was $5 million.</p></body></html>')).toEqual([
      '1:1: expected at least one table of figures (an HTML <table> with a header row and rows of numbers); found none, so the ingest would find no facts',
    ]);
  });

  test('a comment never closed hides the rest of the file', () => {
    const html = `<p>Revenue rose.</p>\n${table(row('', '2023'), row('Revenue', '5'))}\n<!-- draft notes`;
    expect(issues(html)).toEqual(['3:1: expected well-formed HTML; a comment opened here is never closed, so everything after it is hidden']);
    expect(text(html)).toBe(lines('Revenue rose.', '', '\t2023', 'Revenue\t5'));
  });

  test('a table with no header: located at its first cell, its rows still written', () => {
    const html = `<p>Results</p>\n<table>\n<tr><td>Revenue</td><td>$ 5,931</td></tr>\n<tr><td>Net income</td><td>$ 680</td></tr></table>`;
    expect(issues(html)).toEqual([
      "3:5: expected a header row naming the columns (periods, changes) above this table's figures; found none (the table starts with 'Revenue')",
    ]);
    expect(text(html)).toBe(lines('Results', 'Revenue\t$ 5,931', 'Net income\t$ 680'));
  });

  test('broken markup a browser recovers from loses nothing: unclosed cells and rows, stray end tags', () => {
    const html = '<table><tr><td><td>2023<td>2022<tr><td>Revenue<td>5<td>4</td></td></span><tr><td>Net income<td>(1)<td>2</table>';
    expect(issues(html)).toEqual([]);
    expect(text(html)).toBe(lines('\t2023\t2022', 'Revenue\t5\t4', 'Net income\t(1)\t2'));
  });
});

describe('title lines printed just above a table join its title block', () => {
  const figures = table(row('', '2004', '2003'), row('Revenue', '150', '130'));
  test.each([
    ['one line', '<p>CONDENSED STATEMENTS OF OPERATIONS</p>', ['CONDENSED STATEMENTS OF OPERATIONS']],
    ['lines broken with <br>', '<p align="center">ACME CORP<br>CONDENSED STATEMENTS OF OPERATIONS<br>(In thousands)</p>', ['ACME CORP', 'CONDENSED STATEMENTS OF OPERATIONS', '(In thousands)']],
    ['paragraphs, one a line', '<p>ACME CORP</p><p>STATEMENTS OF OPERATIONS</p><p>(In thousands)</p>', ['ACME CORP', 'STATEMENTS OF OPERATIONS', '(In thousands)']],
    ['<b> lines in a <div>', '<div><b>Acme Corp</b><br><b>Selected Financial Data</b><br>(Dollars in millions)</div>', ['Acme Corp', 'Selected Financial Data', '(Dollars in millions)']],
  ])('%s', (_, above, title) => {
    expect(text(`<p>Acme Corp today reported results for the quarter.</p>${above}${figures}`)).toBe(
      lines('Acme Corp today reported results for the quarter.', '', ...title, '\t2004\t2003', 'Revenue\t150\t130'),
    );
  });

  test('a contact line above the title block is not pulled in', () => {
    expect(text(`<p>ir@acme.com</p><p>ACME CORP<br>STATEMENTS OF OPERATIONS<br>(In thousands)</p>${figures}`)).toBe(
      lines('ir@acme.com', '', 'ACME CORP', 'STATEMENTS OF OPERATIONS', '(In thousands)', '\t2004\t2003', 'Revenue\t150\t130'),
    );
  });

  test.each([
    ['a sentence broken with <br>', '<p>Revenue rose 15 percent.<br>(In thousands)</p>'],
    ['more lines than a title block has', '<p>A<br>B<br>C<br>D<br>E</p>'],
    ['a contact block', '<p>Contact: Jane Doe<br>(308) 236-8491</p>'],
  ])('not %s', (_, above) => {
    const out = text(`${above}${figures}`);
    expect(out).toContain('\n\n\t2004\t2003\n');
  });
});

describe('rules typed as text in a row of their own draw rules, as <hr> does', () => {
  // Filings converted from typewritten text draw their rules in cells: "--------" above a total, "========" under a grand total.
  const dashes = '--------';
  const doubles = '========';
  const cases: [string, string, string][] = [
    [
      'under the header (nothing), above a total (single), under a grand total (double)',
      table(
        row('', '2004', '2003'),
        row('', dashes, dashes),
        row('Product revenue', '100', '90'),
        row('Service revenue', '50', '40'),
        row('', dashes, dashes),
        row('Total revenue', '150', '130'),
        row('', doubles, doubles),
      ),
      lines('\t2004\t2003', 'Product revenue\t100\t90', 'Service revenue\t50\t40', 'Total revenue\t<u>150</u>\t<u>130</u>'),
    ],
    [
      'between spacer and "$" cells, a double rule under a per-share line; the table is not split at it',
      table(
        row('', '', '2004', '', '', '2003'),
        row('Revenue', '$', '100', '', '$', '90'),
        row('Cost', '', '(60', ')', '', '(50', ')'),
        row('', '', dashes, '', '', dashes),
        row('Gross profit', '$', '40', '', '$', '40'),
        row('', '', doubles, '', '', doubles),
        row('Earnings per share', '$', '.42', '', '$', '.38'),
        row('', '', doubles, '', '', doubles),
      ),
      lines('\t2004\t2003', 'Revenue\t$ 100\t$ 90', 'Cost\t(60)\t(50)', 'Gross profit\t<u>$ 40</u>\t<u>$ 40</u>', 'Earnings per share\t<u>$ .42</u>\t<u>$ .38</u>'),
    ],
    [
      "EDGAR's \"- ------\" and underscores, under one column only",
      table(row('', '2004', '2003'), row('Revenue', '100', '90'), row('', '', '- ------'), row('Other', '5', '5'), row('', '______', '')),
      lines('\t2004\t2003', 'Revenue\t100\t90', 'Other\t5\t<u>5</u>'),
    ],
    [
      'dashes in a row with a label or a figure are nils, not rules',
      table(row('', '2004', '2003'), row('Goodwill impairment', '----', '55,647'), row('Preferred stock', '----', '----'), row('', '--', '5')),
      lines('\t2004\t2003', 'Goodwill impairment\t----\t55,647', 'Preferred stock\t----\t----', '\t--\t5'),
    ],
  ];
  test.each(cases)('%s', (_, html, expected) => {
    expect(text(html)).toBe(expected);
  });
});

describe('a footnote mark printed in a row of its own under a heading (PNC, 1Q22)', () => {
  const html = readFileSync('test/fixtures/import/real/pnc-2022-q1-capital.html', 'utf8');
  test('marks the heading left of it, and no column of its own is made', () => {
    expect(text(html)).toBe(
      lines(
        '\tMarch 31, 2022*\tDecember 31, 2021\tMarch 31, 2021',
        'Capital\t\t\t',
        "Common shareholders' equity In billions\t<u>$ 44.2</u>\t<u>$ 50.7</u>\t<u>$ 50.3</u>",
        'Basel III common equity Tier 1 capital ratio\t9.9%\t10.3%\t12.6%',
        'Basel III common equity Tier 1 fully implemented capital ratio\t9.7%\t10.0%\t12.3%',
        '',
        '* Ratios estimated',
      ),
    );
    expect(issues(html)).toEqual([]);
  });
});

describe('vertical-align places a box and raises only inline text', () => {
  test.each([
    ['a note mark in a span raised to the top is a superscript', '<p>Return on equity<span style="vertical-align:top">2</span> was 12.8%.</p>', 'Return on equity² was 12.8%.\n'],
    ['a sup is a superscript', '<p>ROTCE<sup>3</sup> was 15.3%.</p>', 'ROTCE³ was 15.3%.\n'],
    [
      'a table in a div displayed inline-block and aligned to the top is a table, not one raised line',
      `<div style="display:inline-block;vertical-align:top;width:48%">${table(row('', '2021', '2020'), row('Total revenue', '$ 20,856', '18,489'), row('Net income', '5,750', '3,091'))}</div>`,
      lines('\t2021\t2020', 'Total revenue\t$ 20,856\t18,489', 'Net income\t5,750\t3,091'),
    ],
    [
      'a cell aligned to the top is a cell',
      table(row('', '2021', '2020'), row('<td style="vertical-align:top">Total revenue</td>', '$ 20,856', '18,489'), row('Net income', '5,750', '3,091')),
      lines('\t2021\t2020', 'Total revenue\t$ 20,856\t18,489', 'Net income\t5,750\t3,091'),
    ],
  ])('%s', (_, html, expected) => {
    expect(text(html)).toBe(expected);
  });
});

describe('a summary table in a column of the page, its segments table beside it (Wells Fargo, 4Q21)', () => {
  const html = readFileSync('test/fixtures/import/real/wfc-2021-q4-summary.html', 'utf8');
  test('the summary, in a div aligned to the top, is read as a table, not as one line of prose', () => {
    expect(text(html)).toContain(
      lines(
        'Company-wide Financial Summary',
        '\tQuarter ended\tQuarter ended',
        '\tDec 31, 2021\tDec 31, 2020',
        'Selected Income Statement Data ($ in millions except per share amounts)\t\t',
        '  Total revenue\t<u>$ 20,856</u>\t<u>18,489</u>',
        '  Noninterest expense\t13,198\t14,802',
      ),
    );
  });
  test('empty cells not displayed take no column: each date heads the column a browser sets it over', () => {
    expect(text(html)).toContain(
      lines(
        '\tQuarter ended\tDec 31, 2021 % Change from\tDec 31, 2021 % Change from',
        '\tDec 31, 2021\tSep 30, 2021\tDec 31, 2020',
        'Average loans\t\t\t',
        'Consumer Banking and Lending\t$ 325.4\t—%\t(13)',
      ),
    );
    expect(issues(html)).toEqual([]);
  });
});

describe('a column no header heads, left of a headed one: parts of a block whose sum the headed column prints', () => {
  const header = row('', '', '2024', '', '2023');
  test.each([
    [
      'parts summing exactly to the figure beside the last: folded under the date, the sum a line of its own',
      table(header, row('Preferred equity', '4,103', '', '4,103', ''), row('Common equity', '41,874', '45,977', '41,674', '45,777'), row('Total equity', '', '45,977', '', '45,777')),
      lines('\t2024\t2023', 'Preferred equity\t4,103\t4,103', 'Common equity\t41,874\t41,674', '\t45,977\t45,777', 'Total equity\t45,977\t45,777'),
    ],
    [
      'a sum printed wrong in one pair, exact in the other: both read so, the wrong sum a subtotal that does not foot',
      table(header, row('Preferred equity', '4,103', '', '4,103', ''), row('Common equity', '41,874', '45,978', '41,674', '45,777'), row('Total equity', '', '45,978', '', '45,777')),
      lines('\t2024\t2023', 'Preferred equity\t4,103\t4,103', 'Common equity\t41,874\t41,674', '\t45,978\t45,777', 'Total equity\t45,978\t45,777'),
    ],
    [
      'sums exact in no pair: no fold, the unheaded columns left as printed',
      table(header, row('Preferred equity', '4,103', '', '4,103', ''), row('Common equity', '41,874', '45,978', '41,674', '45,778'), row('Total equity', '', '45,978', '', '45,778')),
      lines('\t\t2024\t\t2023', 'Preferred equity\t4,103\t\t4,103\t', 'Common equity\t41,874\t45,978\t41,674\t45,778', 'Total equity\t\t45,978\t\t45,778'),
    ],
    [
      'one part alone is no block: no fold',
      table(header, row('Common equity', '41,874', '41,874', '41,674', '41,674'), row('Total equity', '', '41,874', '', '41,674')),
      lines('\t\t2024\t\t2023', 'Common equity\t41,874\t41,874\t41,674\t41,674', 'Total equity\t\t41,874\t\t41,674'),
    ],
  ])('%s', (_, html, expected) => {
    expect(text(html)).toBe(expected);
  });
});

// A header line of years printed under the spans it belongs to and ending there, beside headings that name their
// own year: the years are those spans', and the other columns' headings are whole. Grouped cell by cell (the
// span written in each of its columns read as two headings), the line was taken as packed left and "2020" went
// over every quarter: Bank of America's fourth quarter 2021 was the fact "2021-q4.2020".
describe('a line of years under a span, beside headings naming their own years (Bank of America, 4Q21)', () => {
  test.each([
    ['bac-2021-q4-highlights', '\t2021\t2020\t\t\t\t\t', 'Net interest income\t$ 42,934\t$ 43,360\t$ 11,410\t$ 11,094\t$ 10,233\t$ 10,197\t$ 10,253'],
  ])('%s: the years stay under the span', (file, years, line) => {
    const html = readFileSync(`test/fixtures/import/real/${file}.html`, 'utf8');
    const out = text(html).split('\n');
    expect(out).toContain('\tYear Ended December 31\tYear Ended December 31\tFourth Quarter 2021\tThird Quarter 2021\tSecond Quarter 2021\tFirst Quarter 2021\tFourth Quarter 2020');
    expect(out).toContain(years);
    expect(out).toContain(line);
  });
});
