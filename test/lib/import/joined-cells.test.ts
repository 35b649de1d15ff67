// Releases saved as text with each table row's cells joined by " | " (HTML a converter stripped to text: no
// Markdown delimiter row, no outer pipes, the empty cells dropped). Each fixture is an excerpt of a real
// release (test/fixtures/import/joined/README.md), and each expected table is what a person reads from it:
// every figure under the heading it stands under in the release.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { hasJoinedRows, joinedCells } from '../../../src/lib/import/joined-cells.ts';

const imported = (file: string) =>
  importRelease({ text: readFileSync(`test/fixtures/import/joined/${file}`, 'utf8'), file, kind: 'text' }, { ticker: 'X', fiscalPeriod: '2026-q2', scale: 'millions' });
const lines = (...l: string[]) => l.join('\n');
/** The release text's lines, blank lines left out. */
const tables = (text: string) => text.split('\n').filter((l) => l.trim() !== '').join('\n');

describe('joinedCells', () => {
  test.each([
    ['CATV | $80,578 | $56,019 | $147,419 | $120,520', ['CATV', '$80,578', '$56,019', '$147,419', '$120,520']],
    ['Net revenue | $ | 22,187 | $ | 15,004 | +48 | %', ['Net revenue', '$ 22,187', '$ 15,004', '+48%']], // Broadcom: "$" and "%" in cells of their own
    ['Infrastructure software | 7,178 | 32 | 6,596 | 44 | +9 | %', ['Infrastructure software', '7,178', '32', '6,596', '44', '+9%']],
    ['Income Tax Expense | (1,289) | – | (2,338) | –', ['Income Tax Expense', '(1,289)', '–', '(2,338)', '–']], // a nil mark stays a cell
    ['GAAP | Non-GAAP', ['GAAP', 'Non-GAAP']],
  ])('%j is %j', (line, cells) => expect(joinedCells(line)).toEqual(cells));
});

describe('hasJoinedRows', () => {
  test.each([
    [lines('2026 | 2025', 'Revenue | 5 | 4', 'Cost | 3 | 2', 'Profit | 2 | 2'), true],
    [lines('Revenue | 5 | 4', '', 'Cost | 3 | 2', '', 'Profit | 2 | 2'), true], // rows set apart by blank lines
    [lines('Revenue | 5 | 4', 'Cost | 3 | 2'), false], // two rows may be prose quoting a pipe
    [lines('Investor Contact: | Media Contact:', 'Ivan Donaldson | Media Relations', 'E: ivan@example.com | media@example.com'), false], // no figures
    [lines('Revenue\t5\t4', 'Cost\t3\t2', 'Profit\t2\t2'), false], // tab-separated release text
  ])('%j: %s', (text, holds) => expect(hasJoinedRows(text)).toBe(holds));
});

describe('tables of cells joined by " | " read as their reader reads them', () => {
  const cases: [string, string, string][] = [
    [
      'two spans and four years over four columns with no cell over the labels; label lines between rows (Applied Optoelectronics, 2Q26)',
      'aaoi-2026-q2-operations.txt',
      lines(
        'Applied Optoelectronics, Inc.',
        'Preliminary Condensed Consolidated Statements of Operations',
        '(In thousands)',
        '(Unaudited)',
        '\tThree Months Ended June 30,\tThree Months Ended June 30,\tSix Months Ended June 30,\tSix Months Ended June 30,',
        '\t2026\t2025\t2026\t2025',
        'Revenue\t\t\t\t',
        'CATV\t$80,578\t$56,019\t$147,419\t$120,520',
        'Datacenter\t107,662\t44,791\t189,066\t76,841',
        'Telecom\t3,411\t1,940\t5,971\t4,876',
        'Other\t271\t202\t610\t574',
        'Total Revenue\t191,922\t102,952\t343,066\t202,811',
        'Total Cost of Goods Sold\t138,715\t71,790\t245,943\t141,105',
        'Total Gross Profit\t53,207\t31,162\t97,123\t61,706',
        'Operating Expenses:\t\t\t\t',
        'Research and Development\t34,871\t20,612\t60,527\t38,422',
        'Sales and Marketing\t11,490\t8,135\t17,837\t13,492',
        'General and Administrative\t31,573\t18,391\t56,477\t34,706',
        'Total Operating Expenses\t77,934\t47,138\t134,841\t86,620',
        'Operating Loss\t(24,727)\t(15,976)\t(37,718)\t(24,914)',
        'Other Income (Expense):\t\t\t\t',
        'Interest Income\t3,248\t286\t4,985\t511',
        'Interest Expense\t(927)\t(818)\t(1,790)\t(1,752)',
        'Other Income (Expense), net\t914\t7,410\t(201)\t7,885',
        'Total Other Income (Expense):\t3,235\t6,878\t2,994\t6,644',
        'Net loss before Income Taxes\t(21,492)\t(9,098)\t(34,724)\t(18,270)',
        'Income Tax Expense\t(1,289)\t–\t(2,338)\t–',
        'Net loss\t$(22,781)\t$(9,098)\t$(37,062)\t$(18,270)',
        'Net loss per share attributable to common stockholders basic\t$(0.28)\t$(0.16)\t$(0.47)\t$(0.34)',
        'diluted\t$(0.28)\t$(0.16)\t$(0.47)\t$(0.34)',
        'Weighted-average shares used to compute net loss per share attributable to common stockholders basic\t81,568\t56,772\t78,789\t53,426',
        'diluted\t81,568\t56,772\t78,789\t53,426',
      ),
    ],
    [
      'two spans of unequal width over five dates, placed where the first date recurs (Marvell, 2Q FY27)',
      'mrvl-fy2027-q2-operations.txt',
      lines(
        'Marvell Technology, Inc.',
        'Condensed Consolidated Statements of Operations (Unaudited)',
        '(In millions, except per share amounts)',
        '\tThree Months Ended\tThree Months Ended\tThree Months Ended\tSix Months Ended\tSix Months Ended',
        '\tAugust 1, 2026\tMay 2, 2026\tAugust 2, 2025\tAugust 1, 2026\tAugust 2, 2025',
        'Net revenue\t$2,739.3\t$2,417.8\t$2,006.1\t$5,157.1\t$3,901.4',
        'Cost of goods sold\t1,283.7\t1,157.0\t995.5\t2,440.7\t1,938.4',
        'Gross profit\t1,455.6\t1,260.8\t1,010.6\t2,716.4\t1,963.0',
        'Operating expenses:\t\t\t\t\t',
        'Research and development\t741.1\t652.3\t519.0\t1,393.4\t1,026.7',
        'Selling, general and administrative\t257.6\t258.4\t192.8\t516.0\t379.2',
        'Restructuring related charges (gains), net\t(2.8)\t10.7\t8.7\t7.9\t(3.6)',
        'Total operating expenses\t995.9\t921.4\t720.5\t1,917.3\t1,402.3',
        'Operating income\t459.7\t339.4\t290.1\t799.1\t560.7',
        'Interest expense\t(61.6)\t(52.8)\t(51.9)\t(114.4)\t(100.6)',
        'Other expense, net\t(19.8)\t(203.3)\t(4.5)\t(223.1)\t(10.5)',
        'Interest and other loss, net\t(81.4)\t(256.1)\t(56.4)\t(337.5)\t(111.1)',
        'Income before income taxes\t378.3\t83.3\t233.7\t461.6\t449.6',
        'Provision for income taxes\t70.3\t48.8\t38.9\t119.1\t76.9',
        'Net income\t$308.0\t$34.5\t$194.8\t$342.5\t$372.7',
        'Net income per share — basic\t$0.34\t$0.04\t$0.23\t$0.39\t$0.43',
        'Net income per share — diluted\t$0.33\t$0.04\t$0.22\t$0.38\t$0.43',
        'Weighted-average shares outstanding - common stock and preferred stock assuming conversion:\t\t\t\t\t',
        'Basic\t897.4\t882.0\t862.6\t889.6\t863.7',
        'Diluted\t921.2\t893.3\t870.4\t907.1\t873.0',
      ),
    ],
    [
      '"GAAP | Non-GAAP" over six columns, the unit statement in the corner of the line below (Sandisk, 4Q FY26)',
      'sndk-fy2026-q4-highlights.txt',
      lines(
        'Q4 2026 Financial Highlights',
        '($ in millions, except per share amounts)',
        '\tGAAP\tGAAP\tGAAP\tNon-GAAP\tNon-GAAP\tNon-GAAP',
        '\tQ4 2026\tQ3 2026\tQ/Q\tQ4 2026\tQ3 2026\tQ/Q',
        'Revenue\t$8,965\t$5,950\tup 51%\t$8,965\t$5,950\tup 51%',
        'Gross Margin\t84.6%\t78.4%\tup 6.2 ppt\t84.6%\t78.4%\tup 6.2 ppt',
        'Operating Expenses\t$545\t$551\tdown 1%\t$484\t$448\tup 8%',
        'Operating Income\t$7,037\t$4,111\tup 71%\t$7,104\t$4,218\tup 68%',
        'Net Income\t$6,903\t$3,615\tup 91%\t$6,162\t$3,675\tup 68%',
        'Diluted Net Income Per Share\t$43.97\t$23.03\tup 91%\t$39.25\t$23.41\tup 68%',
      ),
    ],
    [
      'a period alone on the line above the heading row spans its columns ("YEAR ENDED", Coherent, 4Q FY26)',
      'cohr-fy2026-q4-year.txt',
      lines(
        'Coherent Corp. and Subsidiaries',
        'Condensed Consolidated Statements of Earnings*',
        '(Continued)',
        '$ Millions, except per share amounts (unaudited)',
        '\tYEAR ENDED\tYEAR ENDED',
        '\tJun 30, 2026\tJun 30, 2025',
        'Revenues\t$7,118.2\t$5,810.1',
        'Costs, Expenses & Other Expense (Income)\t\t',
        'Cost of goods sold\t4,449.1\t3,766.8',
        'Research and development\t723.0\t581.9',
        'Selling, general and administrative\t1,044.6\t926.5',
        'Restructuring charges\t63.4\t160.1',
        'Impairment of assets held-for-sale\t64.4\t85.0',
        'Gain on sale of business\t(124.1)\t—',
        'Interest expense\t190.3\t243.3',
        'Other expense (income), net\t(140.1)\t(47.6)',
        'Total Costs, Expenses, & Other Expense\t6,270.4\t5,715.9',
        'Earnings Before Income Taxes\t847.7\t94.2',
        'Income Taxes\t60.8\t64.1',
        'Net Earnings\t786.9\t30.1',
        'Net Loss Attributable to Noncontrolling Interests\t(18.1)\t(19.3)',
        'Net Earnings Attributable to Coherent Corp.\t805.0\t49.4',
        'Less: Dividends on Preferred Stock\t35.1\t129.9',
        'Net Earnings (Loss) Available to the Common Shareholders\t$769.9\t$(80.6)',
        'Basic Earnings (Loss) Per Share\t$4.34\t$(0.52)',
        'Diluted Earnings (Loss) Per Share\t$4.12\t$(0.52)',
        'Average Shares Outstanding - Basic\t177.3\t154.8',
        'Average Shares Outstanding - Diluted\t195.4\t154.8',
      ),
    ],
    [
      '"$" and "%" in cells of their own; a table whose heading no rule places over its five columns is left as lines, unread (Broadcom, 2Q FY26)',
      'avgo-fy2026-q2-highlights.txt',
      lines(
        'Second Quarter Fiscal Year 2026 Financial Highlights',
        '(Dollars in millions, except per share data)',
        '\tGAAP\tGAAP\tGAAP\tNon-GAAP\tNon-GAAP\tNon-GAAP',
        '\tQ2 26\tQ2 25\tChange\tQ2 26\tQ2 25\tChange',
        'Net revenue\t$ 22,187\t$ 15,004\t+48%\t$ 22,187\t$ 15,004\t+48%',
        'Net income\t$ 9,310\t$ 4,965\t+88%\t$ 12,074\t$ 7,787\t+55%',
        'Earnings per common share - diluted\t$ 1.91\t$ 1.03\t+85%\t$ 2.44\t$ 1.58\t+54%',
        '(Dollars in millions)',
        '\tQ2 26\tQ2 25\tChange',
        'Cash flow from operations\t$ 10,493\t$ 6,555\t+60%',
        'Adjusted EBITDA\t$ 15,244\t$ 10,001\t+52%',
        'Free cash flow\t$ 10,262\t$ 6,411\t+60%',
        'Net revenue by segment',
        '(Dollars in millions) | Q2 26 | Q2 25 | Change',
        'Semiconductor solutions | $ | 15,009 | 68 | % | $ | 8,408 | 56 | % | +79 | %',
        'Infrastructure software | 7,178 | 32 | 6,596 | 44 | +9 | %',
        'Total net revenue | $ | 22,187 | 100 | % | $ | 15,004 | 100 | %',
      ),
    ],
  ];
  test.each(cases)('%s', (_, file, expected) => {
    const result = imported(file);
    expect(tables(result.releaseText)).toBe(expected);
    expect(result.issues).toEqual([]);
  });
});
