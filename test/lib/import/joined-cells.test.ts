// Releases saved as text with each table row's cells joined by " | " (HTML a converter stripped to text: no
// Markdown delimiter row, no outer pipes, the empty cells dropped). Each fixture is an excerpt of a real
// release (test/fixtures/import/joined/README.md), and each expected table is what a person reads from it:
// every figure under the heading it stands under in the release.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { hasJoinedRows, joinedCells } from '../../../src/lib/import/joined-cells.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';

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
    // Markdown pipe rows with no delimiter row (Meta's newsroom page, 4Q23; unseen set s21): outer pipes, padding cells
    // and emphasis marks print nothing.
    ['| Revenue | $ | 40,111 |   | $ | 32,165 |   | 25 % |', ['Revenue', '$ 40,111', '$ 32,165', '25 %']],
    ['| *Operating margin* |   | *41 %* |   |   | *20 %* |   |   |', ['Operating margin', '41 %', '20 %']],
    ['|   | **2023** |   | **2022** |   |', ['2023', '2022']],
    ['| Costs and expenses: |   |   |   |   |', ['Costs and expenses:']],
    ['|   |   |   |', []],
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
  // name, fixture, the tables as read, and the problems said: [line, what the message says] (none where left out).
  const cases: [string, string, string, [number, RegExp][]?][] = [
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
      // Left as lines, and said: "Q2 26 | Q2 25 | Change" over five columns (an amount and a share of each year, then the change).
      [[23, /its heading row prints 4 cells over 5 columns of figures.* its 3 rows of figures \(14 figures\) are left as lines of text, unread/]],
    ],
    [
      'rows shorter than the table placed by their marks: per-share and share rows under the amount columns, not the percent-of-revenue columns (Chipotle, 2Q26)',
      'cmg-2026-q2-income.txt',
      lines(
        "CHIPOTLE MEXICAN GRILL, INC.",
        "CONDENSED CONSOLIDATED STATEMENTS OF INCOME",
        "(in thousands, except per share data)",
        "(unaudited)",
        "\tThree months ended June 30,\tThree months ended June 30,\tThree months ended June 30,\tThree months ended June 30,",
        "\t2026\t2026\t2025\t2025",
        "Food and beverage revenue\t$ 3,332,792\t99.5%\t$ 3,047,754\t99.5%",
        "Delivery service revenue\t15,770\t0.5\t15,639\t0.5",
        "Total revenue\t3,348,562\t100.0\t3,063,393\t100.0",
        "Restaurant operating costs (exclusive of depreciation and amortization shown separately below):\t\t\t\t",
        "Food, beverage and packaging\t993,573\t29.7\t885,989\t28.9",
        "Labor\t836,450\t25.0\t756,261\t24.7",
        "Occupancy\t174,210\t5.2\t154,250\t5.0",
        "Other operating costs\t499,764\t14.9\t428,663\t14.0",
        "General and administrative expenses\t190,471\t5.7\t172,151\t5.6",
        "Depreciation and amortization\t98,327\t2.9\t90,945\t3.0",
        "Pre-opening costs\t16,364\t0.5\t10,610\t0.3",
        "Impairment, closure costs, and asset disposals\t13,808\t0.4\t5,467\t0.2",
        "Total operating expenses\t2,822,967\t84.3\t2,504,336\t81.8",
        "Income from operations\t525,595\t15.7\t559,057\t18.2",
        "Interest and other income, net\t7,677\t0.2\t18,355\t0.6",
        "Income before income taxes\t533,272\t15.9\t577,412\t18.8",
        "Provision for income taxes\t129,725\t3.9\t141,285\t4.6",
        "Net income\t$ 403,547\t12.1%\t$ 436,127\t14.2%",
        "Earnings per share:\t\t\t\t",
        "Basic\t$ 0.32\t\t$ 0.32\t",
        "Diluted\t$ 0.32\t\t$ 0.32\t",
        "Weighted-average common shares outstanding:\t\t\t\t",
        "Basic\t1,277,363\t\t1,344,955\t",
        "Diluted\t1,279,064\t\t1,350,236\t",
      ),
    ],
    [
      'a row of three figures in a table of four that neither its marks nor a heading span place is left one cell, not filled from the left (Chipotle, 4Q25)',
      'cmg-2025-q4-adjusted.txt',
      lines(
        "CHIPOTLE MEXICAN GRILL, INC.",
        "RECONCILIATION OF NON-GAAP FINANCIAL MEASURES",
        "Adjusted Net Income and Adjusted Diluted Earnings per Share",
        "(in thousands, except per share amounts)",
        "(unaudited)",
        "\tThree months ended December 31, 2025\tThree months ended December 31, 2025\tYear ended December 31, 2025\tYear ended December 31, 2025",
        "\t2025\t2024\t2025\t2024",
        "Net income\t$ 330,932\t$ 331,764\t$ 1,535,761\t$ 1,534,110",
        "Non-GAAP adjustments:\t\t\t\t",
        "Impairment and exit costs:\t\t\t\t",
        "Restaurant asset impairment (1)\t2,466\t2,634\t2,466\t2,634",
        "Gain on restaurant lease termination (2)\t(1,518)\t-\t(1,518)\t-",
        "Corporate asset impairment and other corporate (gains)/costs (3)\t-\t(7,392)\t(1,484)\t(7,392)",
        "Software asset impairment (4)\t-\t-\t-\t6,249",
        "Legal proceedings (5)\t(4,387)\t4,387\t(4,387)\t21,437",
        "Stock-based compensation forfeiture (6)\t- | - | (27,863)\t\t\t",
        "Stock-based compensation retention grants (7)\t2,611\t11,945\t34,759\t17,079",
        "Investment unrealized loss (8)\t-\t-\t6,168\t1,381",
        "Total non-GAAP adjustments\t(828)\t11,574\t36,004\t13,525",
        "Tax effect of non-GAAP adjustments above (9)\t1,235\t(3,386)\t(3,358)\t(8,804)",
        "After tax impact of non-GAAP adjustments\t407\t8,188\t32,646\t4,721",
        "Adjusted net income\t$ 331,339\t$ 339,952\t$ 1,568,407\t$ 1,538,831",
      ),
    ],
    [
      'a line of figures printed without a label is a row of the table, not a heading; "3rd Qtr. | 2nd Qtr. | 3rd Qtr. | Nine Months Ended" over five dates, the last spanning where the first date recurs (Micron, 3Q FY26)',
      'mu-fy2026-q3-operations.txt',
      lines(
        "MICRON TECHNOLOGY, INC.",
        "CONSOLIDATED STATEMENTS OF OPERATIONS",
        "(In millions, except per share amounts)",
        "(Unaudited)",
        "\t3rd Qtr.\t2nd Qtr.\t3rd Qtr.\tNine Months Ended\tNine Months Ended",
        "\tMay 28, 2026\tFebruary 26, 2026\tMay 29, 2025\tMay 28, 2026\tMay 29, 2025",
        "Revenue\t$41,456\t$23,860\t$9,301\t$78,959\t$26,063",
        "Cost of goods sold\t6,400\t6,105\t5,793\t18,502\t16,244",
        "Gross margin\t35,056\t17,755\t3,508\t60,457\t9,819",
        "Research and development\t1,316\t1,250\t965\t3,737\t2,751",
        "Selling, general, and administrative\t407\t344\t318\t1,088\t891",
        "Other operating (income) expense, net\t15\t26\t56\t43\t61",
        "Operating income\t33,318\t16,135\t2,169\t55,589\t6,116",
        "Interest income\t215\t155\t135\t509\t350",
        "Interest expense\t—\t(32)\t(123)\t(106)\t(353)",
        "Other non-operating income (expense), net\t(321)\t(98)\t(68)\t(559)\t(90)",
        "\t33,212\t16,160\t2,113\t55,433\t6,023",
        "Income tax (provision) benefit\t(4,978)\t(2,371)\t(235)\t(8,178)\t(695)",
        "Equity in net income (loss) of equity method investees\t9\t(4)\t7\t13\t10",
        "Net income\t$28,243\t$13,785\t$1,885\t$47,268\t$5,338",
        "Earnings per share\t\t\t\t\t",
        "Basic\t$25.03\t$12.25\t$1.69\t$41.97\t$4.79",
        "Diluted\t24.67\t12.07\t1.68\t41.40\t4.75",
        "Number of shares used in per share calculations\t\t\t\t\t",
        "Basic\t1,128\t1,126\t1,118\t1,126\t1,114",
        "Diluted\t1,145\t1,142\t1,125\t1,142\t1,123",
      ),
    ],
    [
      'no row fills the three columns its heading names: each figure under the column marked as it prints, a price under a price, a bare count under "Shares" (Duolingo, 2Q26)',
      'duol-2026-q2-dilutive.txt',
      lines(
        'Dilutive securities',
        'Duolingo has various dilutive securities outstanding. The table below details these securities:',
        '(Amounts in millions, except share price)',
        '\tPrice as of June 30, 2026\tWeighted-average exercise price\tShares',
        'Share price\t$115.02\t\t',
        'Common stock outstanding as of June 30, 2026\t\t\t46.7',
        'Founder awards (1)\t\t\t0.6',
        'Dilutive effect of stock options outstanding (2)\t\t$21.09\t0.5',
        'RSUs outstanding\t\t\t2.8',
        'Total estimated diluted shares outstanding\t\t\t50.7',
      ),
    ],
    [
      "periods and changes alternating, placed by the kinds of the columns under them (amounts, a change in percent, an amount, a change), the years under the unit statement over the columns of amounts; \"EndedMarch\" as the converter glued it (Robinhood, 1Q26)",
      'hood-2026-q1-operations.txt',
      lines(
        "ROBINHOOD MARKETS, INC.",
        "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS",
        "(Unaudited)",
        "(in millions, except share, per share, and percentage data)",
        "\tThree Months Ended March 31,\tThree Months Ended March 31,\tYOY% Change\tThree Months Ended December 31,\tQOQ% Change",
        "\t2025\t2026\t\t2025\t",
        "Revenues:\t\t\t\t\t",
        "Transaction-based revenues\t$583\t$623\t7%\t$776\t(20)%",
        "Net interest revenues\t290\t359\t24%\t411\t(13)%",
        "Other revenues\t54\t85\t57%\t96\t(11)%",
        "Total net revenues\t927\t1,067\t15%\t1,283\t(17)%",
        "Operating expenses(1)(2):\t\t\t\t\t",
        "Brokerage and transaction\t50\t60\t20%\t57\t5%",
        "Technology and development\t214\t241\t13%\t232\t4%",
        "Operations\t31\t38\t23%\t37\t3%",
        "Provision for credit losses\t24\t36\t50%\t36\t—%",
        "Marketing\t105\t107\t2%\t93\t15%",
        "General and administrative\t133\t174\t31%\t178\t(2)%",
        "Total operating expenses\t557\t656\t18%\t633\t4%",
        "Other income (loss), net\t1\t—\t(100)%\t11\tNM",
        "Income before income taxes\t371\t411\t11%\t661\t(38)%",
        "Provision for income taxes\t35\t65\t86%\t56\t16%",
        "Net income\t$336\t$346\t3%\t$605\t(43)%",
        "Less: Net income (loss) attributable to non-controlling interests\t—\t(4)\tNM\t—\tNM",
        "Net income attributable to Robinhood\t$336\t$350\t4%\t$605\t(42)%",
        "Net income attributable to Robinhood common stockholders:\t\t\t\t\t",
        "Basic\t$336\t$350\t\t$605\t",
        "Diluted\t$336\t$350\t\t$605\t",
        "Net income per share attributable to Robinhood common stockholders:\t\t\t\t\t",
        "Basic\t$0.38\t$0.39\t\t$0.67\t",
        "Diluted\t$0.37\t$0.38\t\t$0.66\t",
        "Weighted-average shares used to compute net income per share attributable to Robinhood common stockholders:",
      ),
    ],
    [
      "two spans over three years under the unit statement: one column and two, the one way no span names a year twice (Robinhood, 1Q26)",
      'hood-2026-q1-sbc.txt',
      lines(
        "(2) The following table presents the SBC on our unaudited condensed consolidated statements of operations for the periods indicated:",
        "(in millions)",
        "\tThree Months Ended December 31,\tThree Months Ended March 31,\tThree Months Ended March 31,",
        "\t2025\t2025\t2026",
        "Brokerage and transaction\t$3\t$2\t$3",
        "Technology and development\t36\t44\t40",
        "Operations\t2\t1\t1",
        "Marketing\t2\t2\t2",
        "General and administrative\t33\t24\t46",
        "Total SBC\t$76\t$73\t$92",
      ),
    ],
    [
      "three spans over five years: two, one and two, the one way every span runs its years as the others do (Robinhood, 2Q26)",
      'hood-2026-q2-adjusted-ebitda.txt',
      lines(
        "Reconciliation of GAAP to Non-GAAP Results",
        "(Unaudited)",
        "(in millions, except for percentage data)",
        "\tThree Months Ended June 30,\tThree Months Ended June 30,\tThree Months Ended March 31,\tSix Months Ended June 30,\tSix Months Ended June 30,",
        "\t2025\t2026\t2026\t2025\t2026",
        "Net income attributable to Robinhood\t$386\t$561\t$350\t$722\t$911",
        "Net income (loss) attributable to non-controlling interests\t—\t12\t(4)\t—\t8",
        "Net income\t386\t573\t346\t722\t919",
        "Net margin\t39%\t44%\t32%\t38%\t39%",
        "Add:\t\t\t\t\t",
        "Interest expenses related to debt obligations\t8\t10\t8\t14\t18",
        "Provision for income taxes\t56\t136\t65\t91\t201",
        "Depreciation and amortization\t21\t23\t23\t41\t46",
        "EBITDA (non-GAAP)\t471\t742\t442\t868\t1,184",
        "Add:\t\t\t\t\t",
        "SBC\t78\t105\t92\t151\t197",
        "Restructuring charges\t—\t23\t—\t—\t23",
        "Less:\t\t\t\t\t",
        "Gain on deconsolidation of RVI (1)\t—\t(106)\t—\t—\t(106)",
        "Unrealized and realized gains in equity securities(2)\t—\t(23)\t—\t—\t(23)",
        "Adjusted EBITDA (non-GAAP)\t$549\t$741\t$534\t$1,019\t$1,275",
      ),
    ],
    [
      "the table's title in its heading's first cell, over spans the dates place: a line over the table (Coherent, 3Q FY26)",
      'cohr-fy2026-q3-non-gaap-eps.txt',
      lines(
        "Table 8",
        "Non-GAAP Earnings Per Share Calculation*",
        "$ Millions, except per share amounts (unaudited)",
        "\tTHREE MONTHS ENDED\tTHREE MONTHS ENDED\tTHREE MONTHS ENDED\tNINE MONTHS\tNINE MONTHS",
        "\tMar 31, 2026\tDec 31, 2025\tMar 31, 2025\tMar 31, 2026\tMar 31, 2025 (1)",
        "Numerator\t\t\t\t\t",
        "Net earnings attributable to Coherent Corp.\t$276.2\t$248.2\t$177.2\t$745.3\t$500.3",
        "Deduct Series B redeemable preferred dividends\t—\t(1.6)\t(32.7)\t(35.1)\t(96.8)",
        "Basic earnings available to common shareholders\t$276.2\t$246.6\t$144.6\t$710.2\t$403.5",
        "Effect of dilutive securities:\t\t\t\t\t",
        "Add back Series B preferred dividends\t$—\t$1.6\t$—\t$35.1\t$—",
        "Diluted earnings available to common shareholders\t$276.2\t$248.2\t$144.6\t$745.3\t$403.5",
        "Denominator\t\t\t\t\t",
        "Weighted average shares\t190.2\t167.5\t155.2\t171.2\t154.5",
        "Effect of dilutive securities:\t\t\t\t\t",
        "Common stock equivalents\t6.1\t5.5\t4.0\t5.4\t4.7",
        "Series B Redeemable Preferred Stock\t—\t19.8\t—\t16.6\t—",
        "Diluted weighted average common shares\t196.4\t192.8\t159.1\t193.1\t159.2",
        "Basic earnings per common share\t$1.45\t$1.47\t$0.93\t$4.15\t$2.61",
        "Diluted earnings per common share\t$1.41\t$1.29\t$0.91\t$3.86\t$2.53",
      ),
    ],
    [
      "segments over a column of note marks and a per-share column no rule places: left as lines, and said (AEP, 2Q26)",
      'aep-2026-q2-operating-earnings.txt',
      lines(
        "Reconciliation of GAAP to Operating Earnings (non-GAAP)",
        "2026",
        "Vertically Integrated Utilities | Transmission & Distribution Utilities | AEP Transmission Holdco | Generation & Marketing | Corporate and Other | Total | EPS (a)",
        "($ in millions, unaudited)",
        "GAAP Earnings (Loss) | (b) | 284 | 222 | 225 | 97 | (115) | 713 | $ | 1.31",
        "Adjustments to GAAP Earnings",
        "Mark-to-Market Impact of Commodity Hedging Activities | (c) | — | — | — | (8) | — | (8) | (0.02)",
        "Unified Tracker Mechanism Partial Disallowance | (d) | — | 22 | — | — | — | 22 | 0.04",
        "Wholesale Customer Contract Agreements | (e) | 23 | — | — | — | — | 23 | 0.04",
        "Income Tax Effect of Adjustments | (f) | (5) | (5) | — | 2 | — | (8) | (0.01)",
      ),
      [[3, /its heading row prints 7 cells over 8 columns of figures.* its 5 rows of figures \(\d+ figures\) are left as lines of text, unread/], [1, /expected at least one table of figures/]],
    ],
  ];
  test.each(cases)('%s', (_, file, expected, problems = []) => {
    const result = imported(file);
    expect(tables(result.releaseText)).toBe(expected);
    expect(result.issues.map((i) => i.line)).toEqual(problems.map(([line]) => line));
    result.issues.forEach((issue, k) => expect(issue.message).toMatch(problems[k]![1]));
  });
});

// The row the converter left three cells for four columns ("Stock-based compensation forfeiture (6) | - | - | (27,863)",
// Chipotle 4Q25): the totals put (27,863) in the fourth column (2,634 − 7,392 + 6,249 + 21,437 − 27,863 + 17,079 + 1,381
// = 13,525), filling from the left puts it in the third. Its figures are reported as not read, and the footing of
// "Total non-GAAP adjustments" where it fails without them is unverifiable: no mismatch.
test('a short row its marks do not place is reported, and the totals over it are not judged (Chipotle, 4Q25)', () => {
  const text = imported('cmg-2025-q4-adjusted.txt').releaseText;
  const meta = { id: 'cmg-2025-q4', title: 'x', company: 'x', name: 'x', ticker: 'CMG', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod: '2025-q4', releaseDate: '2026-02-03', currency: 'USD', scale: 3 };
  const release = parseRelease(text, meta, emptyModel, 'release.txt');
  const line = text.split('\n').findIndex((l) => l.startsWith('Stock-based compensation forfeiture')) + 1;
  expect(release.errors.map((e) => e.line)).toEqual([line]);
  const checks = runChecks(release, emptyModel);
  expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  const totals = checks.filter((c) => c.id.includes('/total-non-gaap-adjustments/') && c.id.startsWith('footing/'));
  // The year 2024 fails without the line (41,388 against 13,525): not judged. The others tie without it.
  expect(totals.map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact', 'unverifiable']);
});

// Meta's statement of income as its newsroom page was saved (test/fixtures/import/joined/meta-2023-q4-income.md, unseen set
// s21): Markdown pipe rows with no delimiter row, which GFM reads as no table; each row of figures was a paragraph, and
// the release read 24 facts of its 408 figures. Read as rows of cells: the statement, its caption rows inside it.
describe('Markdown pipe rows with no delimiter row read as a table', () => {
  const read = () =>
    importRelease({ text: readFileSync('test/fixtures/import/joined/meta-2023-q4-income.md', 'utf8'), file: 'meta-2023-q4-income.md', kind: 'text' }, { ticker: 'META', fiscalPeriod: '2023-q4', releaseDate: '2024-02-01', scale: 'millions' });
  test('its rows are the statement\'s, one cell a column', () => {
    const text = tables(read().releaseText);
    for (const row of [
      '\t2023\t2022\t2023\t2022',
      'Revenue\t$ 40,111\t$ 32,165\t$ 134,902\t$ 116,609',
      'Costs and expenses:\t\t\t\t',
      'Total costs and expenses\t23,727\t25,766\t88,151\t87,665',
      'Net income\t$ 14,017\t$ 4,652\t$ 39,098\t$ 23,200',
    ]) expect(text).toContain(row);
  });

  test.each([
    ['Total costs and expenses\t23,727\t25,766\t88,151\t87,665', 'exact'],
    // Printed ten off, the footing is a mismatch.
    ['Total costs and expenses\t23,737\t25,766\t88,151\t87,665', 'mismatch'],
  ])('%s: the costs foot, %s', (row, verdict) => {
    const text = read().releaseText.replace('Total costs and expenses\t23,727\t25,766\t88,151\t87,665', row);
    const meta = { id: 'meta-2023-q4', title: 'x', company: 'x', name: 'x', ticker: 'META', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod: '2023-q4', releaseDate: '2024-02-01', currency: 'USD', scale: 6 };
    const release = parseRelease(text, meta, emptyModel, 'release.txt');
    const footing = runChecks(release, emptyModel).filter((c) => c.id.startsWith('footing/') && c.id.includes('/total-costs-and-expenses/2023-q4'));
    expect(footing.map((c) => c.verdict)).toEqual([verdict]);
  });
});

// Strattec's 8-K as text (fiscal 2026, unseen set s34): pages 7 to 10, each under the running head "Strattec
// Transformation Delivers …" / "August 25, 2026" / "Page n of 10", every closing parenthesis lost ("(37"). The statement
// of cash flows goes on past "Page 8 of 10" with two captions and no header; the eight quarters' reconciliation has the
// page's foot and the next page's head among its rows. Read as one table each, under the header printed once.
describe('a table goes on past a page named "Page n of m" in the text', () => {
  const read = () =>
    importRelease(
      { text: readFileSync('test/fixtures/import/joined/strt-fy2026-q4-pages-7-10.md', 'utf8'), file: 'strt-fy2026-q4-pages-7-10.md', kind: 'text' },
      { ticker: 'STRT', fiscalPeriod: '2026-q4', fiscalYearEnd: '06-28', releaseDate: '2026-08-25', scale: 'thousands' },
    );
  const meta = { id: 'strt-fy2026-q4', title: 'x', company: 'x', name: 'x', ticker: 'STRT', exchange: '', fiscalYearEnd: '06-28', fiscalPeriod: '2026-q4', releaseDate: '2026-08-25', currency: 'USD', scale: 3 };

  test("the captions after the page's break are rows of the statement, the page's foot and head are left out", () => {
    const text = tables(read().releaseText);
    expect(text).toContain(['End of period\t108,243\t84,579\t108,243\t84,579', 'SUPPLEMENTAL DISCLOSURE OF CASH FLOW INFORMATION:\t\t\t\t', 'Cash paid during the period for:\t\t\t\t', 'Income taxes\t2,825\t5,039\t4,746\t14,174'].join('\n'));
    expect(text).toContain(['Cancelled program settlements\t-\t-\t-\t-\t-\t-\t-\t(1,323\t-\t(1,323', 'Executive transition costs\t1,224\t1,225\t214\t115\t2,778\t136\t88\t423\t240\t887'].join('\n'));
    // The page's head stays where no table runs across it, as main printed it: over pages 7 and 9, each opening a table
    // with its own header (never in its title: the statement's table is not named "August 25, 2026 …").
    expect(text.match(/^Page \d+ of 10$/gm)).toEqual(['Page 7 of 10', 'Page 9 of 10']);
    expect(text.match(/^August 25, 2026$/gm)?.length).toBe(2);
  });

  test('their figures are the statement\'s periods, and a table whose negatives all open a parenthesis reads them with no misprint', () => {
    const release = parseRelease(read().releaseText, meta, emptyModel, 'release.txt');
    expect(release.tables.map((t) => t.id.replace(/^strt-fy2026-q4\//, ''))).toEqual(['strattec-security-corporation-statements-of-cash', 'strattec-security-corporation-reconciliation-of-gaap']);
    const paid = release.facts.filter((f) => f.row === 'income-taxes' && f.label === 'Income taxes');
    expect(paid.map((f) => [f.period, f.value])).toEqual([['2026-q4', '2825'], ['2025-q4', '5039'], ['2026-fy', '4746'], ['2025-fy', '14174']]);
    const opened = release.facts.filter((f) => /^\(\d/.test(f.raw) && !f.raw.includes(')'));
    expect(opened.length).toBeGreaterThan(40);
    expect(opened.filter((f) => f.misprint !== undefined)).toEqual([]);
    expect(release.facts.find((f) => f.raw === '(1,415')?.value).toBe('-1415');
  });

  test.each([
    // Income from operations: the reconciliation's lines from net income foot in each quarter, exactly.
    ['Income from operations\t5,063', 'exact'],
    ['Income from operations\t5,963', 'mismatch'],
  ])('%s: the reconciliation foots, %s', (row, verdict) => {
    const text = read().releaseText.replace('Income from operations\t5,063', row);
    const release = parseRelease(text, meta, emptyModel, 'release.txt');
    const footing = runChecks(release, emptyModel).filter((c) => c.id.startsWith('footing/') && c.id.endsWith('/income-from-operations/2025-q1'));
    expect(footing.map((c) => c.verdict)).toEqual([verdict]);
  });
});

// Karat Packaging's 8-K as text (2Q26, unseen set s34): a table's title printed in the first cell of its heading row,
// ending on a colon, the periods after it ("Selected Cash Flow Information: | Six Months Ended June 30,", over "2026 |
// 2025"). The title is a line over the table; the periods span its columns.
describe('a heading row opening on a caption that ends on a colon', () => {
  const read = () =>
    importRelease(
      { text: readFileSync('test/fixtures/import/joined/krt-2026-q2-captioned.md', 'utf8'), file: 'krt-2026-q2-captioned.md', kind: 'text' },
      { ticker: 'KRT', fiscalPeriod: '2026-q2', releaseDate: '2026-08-06', scale: 'thousands' },
    );
  test.each([
    ['Selected Cash Flow Information', '\tSix Months Ended June 30,\tSix Months Ended June 30,\n\t2026\t2025\nNet cash provided by operating activities (1)\t40,345\t17,476'],
    [
      'Reconciliation of Adjusted Diluted Earnings Per Common Share',
      '\tThree Months Ended June 30,\tThree Months Ended June 30,\tSix Months Ended June 30,\tSix Months Ended June 30,\n\t2026\t2025\t2026\t2025\nDiluted earnings per common share:\t1.46\t0.54\t1.80\t0.86',
    ],
  ])('%s is the title over its columns', (title, rows) => {
    const text = tables(read().releaseText);
    expect(text).toMatch(new RegExp(`^${title}$`, 'm'));
    expect(text).toContain(rows);
  });

  test.each([
    ['Adjusted diluted earnings per common shares | 1.48', 'exact'],
    ['Adjusted diluted earnings per common shares | 1.58', 'mismatch'],
  ])('%s: the per-share reconciliation ("… per common shares", misprinted) foots, %s', (row, verdict) => {
    const text = readFileSync('test/fixtures/import/joined/krt-2026-q2-captioned.md', 'utf8').replace('Adjusted diluted earnings per common shares | 1.48', row);
    const imported = importRelease({ text, file: 'krt-2026-q2-captioned.md', kind: 'text' }, { ticker: 'KRT', fiscalPeriod: '2026-q2', releaseDate: '2026-08-06', scale: 'thousands' });
    const meta = { id: 'krt-2026-q2', title: 'x', company: 'x', name: 'x', ticker: 'KRT', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod: '2026-q2', releaseDate: '2026-08-06', currency: 'USD', scale: 3 };
    const release = parseRelease(imported.releaseText, meta, emptyModel, 'release.txt');
    expect(release.facts.filter((f) => f.row.startsWith('adjusted-diluted-earnings-per-common-shares')).map((f) => f.unit)).toEqual(['USD/share', 'USD/share', 'USD/share', 'USD/share']);
    const footing = runChecks(release, emptyModel).filter((c) => c.id.startsWith('footing/') && c.id.endsWith('/adjusted-diluted-earnings-per-common-shares/2026-q2'));
    expect(footing.map((c) => c.verdict)).toEqual([verdict]);
  });
});

// Karat Packaging's statement of income (2Q26, set s34): a line's label states what part of it a variable interest
// entity accounts for, a clause for each span ("including $675 and $785 … for the three months ended June 30, 2026 and
// 2025, respectively; $1,316 and $1,462 … for the six months ended …"). Each amount is a fact of its own column.
describe('amounts in a label, a clause for each span of columns', () => {
  const read = () =>
    importRelease(
      { text: readFileSync('test/fixtures/import/joined/krt-2026-q2-operations.md', 'utf8'), file: 'krt-2026-q2-operations.md', kind: 'text' },
      { ticker: 'KRT', fiscalPeriod: '2026-q2', releaseDate: '2026-08-06', scale: 'thousands' },
    );
  const meta = { id: 'krt-2026-q2', title: 'x', company: 'x', name: 'x', ticker: 'KRT', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod: '2026-q2', releaseDate: '2026-08-06', currency: 'USD', scale: 3 };
  test.each([
    ['general-and-administrative-expenses', [['2026-q2', '675'], ['2025-q2', '785'], ['2026-h1', '1316'], ['2025-h1', '1462']]],
    ['rental-income', [['2026-q2', '362'], ['2025-q2', '361'], ['2026-h1', '719'], ['2025-h1', '807']]],
    // "$0 … for both the three months ended June 30, 2026 and 2025; $76 and $0 … for the six months"
    ['other-income', [['2026-q2', '0'], ['2025-q2', '0'], ['2026-h1', '76'], ['2025-h1', '0']]],
  ])('%s: each amount under its column', (row, expected) => {
    const release = parseRelease(read().releaseText, meta, emptyModel, 'release.txt');
    const parts = release.facts.filter((f) => f.origin === 'label' && f.row.startsWith(row) && f.row.endsWith('.associated-with-variable-interest-entity'));
    expect(parts.map((f) => [f.period, f.value])).toEqual(expected);
    expect(parts.every((f) => f.unit === 'USD' && f.scale === 3)).toBe(true);
    // Interest expense's amounts, printed in parentheses ("including ($381) and ($509) …"), are not read: said, not dropped.
    expect(release.errors.filter((e) => /cannot tell what/.test(e.message)).map((e) => /'(\$[\d,]+)'/.exec(e.message)?.[1])).toEqual(['$381', '$509', '$761', '$1,009']);
  });
});
