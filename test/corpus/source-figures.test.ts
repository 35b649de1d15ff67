// The independent count of a source's table figures (scripts/corpus/source-figures.ts) on the
// forms the corpus prints tables in, excerpted from its releases: Markdown pipe tables, fixed-width
// text in a fence of a wire copy, an EDGAR .txt table, and HTML; and the match against facts.
import { describe, expect, test } from 'vitest';
import { figuresRead, sourceFigures } from '../../scripts/corpus/source-figures.ts';
import type { Fact } from '../../src/lib/types.ts';

const PIPES = `Adjusted EBITDA and Adjusted EBITDA Margin

| | **2024** | **2023** |
| --- | --- | --- |
| Net income (loss) | 5,496 | 3,918 |
| Stock-based compensation | (82) | 2,974 |
| Adjusted EBITDA Margin (1) | 42% | 44% |
`;
const FENCED = `Net sales were up 3% in 2024.

\`\`\`
                                   Quarter Ended
                              December 28,   December 30,
                                  2024           2023
Net sales                     $ 1,163,342    $ 1,160,451
Gross profit                      480,126        450,110
\`\`\`
`;
const EDGAR = `Net interest income grew  in the quarter.
<TABLE>
 CLASS          PRIOR BALANCE       INTEREST
      I-1F        976.726571        7.738547
      I-2F      1,000.000000        7.922939
</TABLE>
`;
// Horizon Financial's EDGAR submission: the SEC header before its first <DOCUMENT> is the envelope.
const SEC_HEADER = `FILED AS OF DATE:\t\t20060119
\t\tCENTRAL INDEX KEY:\t\t\t0001002682
<DOCUMENT>
Total loans          $ 1,085,129    $ 931,702
`;
// Lattice's fixed-width header: the day of each date on the line under its month.
const DAYS = `\`\`\`
                       December    September     December
                          28,         28,          30,
                         2024         2024         2023
Revenue               $ 117,419    $ 127,091    $ 170,596
\`\`\`
`;
// First Quantum's footnotes printed as rows of the table, and Hanesbrands' under a fixed-width table.
const FOOTNOTES = `| Impairment expense1 | 2 |  | 2 |
| 1 | The fourth quarter and full year ended December 31, 2024 includes an impairment charge of $2 million |

\`\`\`
   Gross profit      391,509       (3,078)
(1)    Effect of the change in foreign currency exchange rates year-over-year.
\`\`\`
`;
// An EDGAR submission's documents as filed (Apple's 1Q FY2024 8-K, Southern Company's of January 2005, ../shared/
// unseen-edgar-s19): the 8-K's body and the XBRL are no part of the release; the EX-99 exhibits are, each read as
// what it is: HTML cells, or fixed-width text inside the SGML <TABLE> tags early filings print.
const SUBMISSION = `<SEC-HEADER>
ACCESSION NUMBER:		0000320193-24-000005
</SEC-HEADER>
<DOCUMENT>
<TYPE>8-K
<TEXT>
<html><body><table><tr><td>Commission File Number</td><td>001-36743</td></tr></table></body></html>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99.1
<TEXT>
<html><body><table><tr><td>Products</td><td>$</td><td>96,458</td><td>$</td><td>96,388</td></tr></table></body></html>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-99.06
<TEXT>
<TABLE>
<CAPTION>
                             3 Months Ended December
 Operating Revenues          $2,721     $2,520       8.0%
</TABLE>
</TEXT>
</DOCUMENT>
<DOCUMENT>
<TYPE>EX-101.SCH
<TEXT>
<xs:schema><xs:element name="a" id="b"/><table><tr><td>119,575</td></tr></table></xs:schema>
</TEXT>
</DOCUMENT>
`;
// Aflac's and PS Business Parks' footnotes (../shared/unseen-edgar-s12) laid out as tables: each mark a superscript in a cell of its
// own ("<sup>1</sup>", "<sup>(4)</sup>"), the text in the next; a figure printed beside a mark keeps its place.
const SUPERSCRIPTS =
  '<table><tr><td><sup style="vertical-align:top">1</sup>&nbsp;</td><td>Amounts are not annualized.</td></tr>' +
  '<tr><td width="4%"><sup>(4)</sup></td><td>NOI margin is NOI divided by rental income.</td></tr>' +
  '<tr><td>Rental income <sup>(1)</sup></td><td>$</td><td>105,227</td><td><sup>2</sup>3</td></tr></table>';
// Oracle's 4Q FY2022 (../shared/unseen-edgar-s19): a mark in a cell of its own before the footnote's text; a row whose
// label is short and whose figure is small keeps its figure ("Fiscal 2027 | 6", "Hardware | 4").
const MARKS =
  '<table><tr><td>(1)</td><td></td><td>This presentation includes non-GAAP measures.</td></tr>' +
  '<tr><td>Fiscal 2027</td><td>6</td></tr><tr><td>4</td><td>Hardware</td></tr><tr><td>(2)</td><td>12</td><td>Acquisition related and other</td></tr></table>';
const HTML = '<table><tr><td>Revenue</td><td>$</td><td>5,931</td><td>2022</td></tr><tr><td>Net loss</td><td>(65</td><td>)</td></tr></table><p>1,234 in prose</p>';

describe('an independent count of the figures in a source’s tables', () => {
  test.each([
    ['a Markdown pipe table (bold year headers are not figures)', PIPES, 'text', 'x.md', ['5496', '3918', '82', '2974', '42', '44']],
    ['fixed-width text in a fence (prose outside it is not counted)', FENCED, 'text', 'x.md', ['1163342', '1160451', '480126', '450110']],
    ['an EDGAR .txt table set apart by runs of spaces', EDGAR, 'text', 'x.txt', ['976.726571', '7.738547', '1000.000000', '7.922939']],
    ['HTML table cells (figures in prose are not counted)', HTML, 'html', 'x.htm', ['5931', '65']],
    ['an EDGAR submission: its SEC header is not counted', SEC_HEADER, 'text', 'x.txt', ['1085129', '931702']],
    ['the day of a date under its month is not a figure', DAYS, 'text', 'x.md', ['117419', '127091', '170596']],
    ['a footnote\'s mark before its text is not a figure', FOOTNOTES, 'text', 'x.md', ['2', '2', '391509', '3078']],
    ['a footnote\'s mark printed as a superscript in a cell of its own is not a figure', SUPERSCRIPTS, 'html', 'x.htm', ['105227', '23']],
    ['a footnote\'s mark in a cell of its own before its text is not a figure', MARKS, 'html', 'x.htm', ['6', '4', '2', '12']],
    ['an EDGAR submission: its EX-99 exhibits alone, HTML as HTML and text as text', SUBMISSION, 'text', 'x.txt', ['96458', '96388', '2721', '2520', '8.0']],
  ] as const)('%s', (_what, text, kind, file, figures) => {
    expect(sourceFigures(text, kind, file)).toEqual(figures);
  });

  test('a source figure is read when a fact prints its digits, each fact matching one at most', () => {
    const fact = (raw: string, status: Fact['status'] = 'reported') => ({ raw, status }) as Fact;
    const source = ['5496', '5496', '82', '42'];
    expect(figuresRead(source, [fact('5,496'), fact('$ (82)'), fact('42%', 'nil')])).toBe(2);
    expect(figuresRead(source, [fact('5,496'), fact('<u>5,496</u>'), fact('(82)'), fact('42%')])).toBe(4);
  });
});
