// Wire releases as a financial news site saved them in Markdown (../shared/corpus): pipe tables
// whose cells a converter split (`$ | 1,234 |`, `(922 | )`, `12.5 | %`) and whose headings it
// packed to the left, one cell per heading, having lost their spans. Each fixture is an excerpt
// of a real release (test/fixtures/import/wire/README.md), and each expected table is what a
// person reads from it: every figure under the heading it stands under in the release.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { messages } from '../../../src/lib/import/messages.ts';

const imported = (file: string) =>
  importRelease({ text: readFileSync(`test/fixtures/import/wire/${file}`, 'utf8'), file, kind: 'text' }, { ticker: 'X', fiscalPeriod: '2024-q4', scale: 'thousands' });
const lines = (...l: string[]) => l.join('\n');
/** The release text's tables: its lines from the first table line on, blank lines left out. */
const tables = (text: string) => text.split('\n').filter((l) => l.trim() !== '').join('\n');

describe('wire Markdown tables read as their reader reads them', () => {
  const cases: [string, string, string][] = [
    [
      'three dates packed over three columns of "$ | figure | )" cells, a span heading over them all (Chimera, 4Q24)',
      'cim-2024-q4-comprehensive-income.md',
      lines(
        'CHIMERA INVESTMENT CORPORATION',
        'CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME (LOSS)',
        '(dollars in thousands, except share and per share data)',
        '(Unaudited)',
        '\tFor the Years Ended\t\t',
        '\tDecember 31, 2024\tDecember 31, 2023\tDecember 31, 2022',
        'Comprehensive income (loss):\t\t\t',
        'Net income (loss)\t$ 176,065\t$ 126,104\t$ (513,066)',
        'Other comprehensive income:\t\t\t',
        'Unrealized gains (losses) on available-for-sale securities, net\t(26,219)\t(44,990)\t(175,709)',
        'Reclassification adjustment for net realized losses (gains) included in net income\t—\t1,313\t—',
        'Other comprehensive income (loss)\t$ (26,219)\t$ (43,677)\t$ (175,709)',
        'Comprehensive income (loss) before preferred stock dividends\t$ 149,846\t$ 82,427\t$ (688,775)',
        'Dividends on preferred stock\t$ 85,736\t$ 73,750\t$ 73,765',
        'Comprehensive income (loss) available to common stock shareholders\t$ 64,110\t$ 8,677\t$ (762,540)',
      ),
    ],
    [
      'three dates over three groups of three columns, a unit statement under each date, the groups told by the line below (Chimera, 4Q24)',
      'cim-2024-q4-average-balances.md',
      lines(
        '(dollars in thousands)',
        '\tFor the Quarters Ended\t\t\t\t\t\t\t\t',
        '\tDecember 31, 2024\t\t\tSeptember 30, 2024\t\t\tDecember 31, 2023\t\t',
        '\tAverage Balance\tInterest\tAverage Yield/Cost\tAverage Balance\tInterest\tAverage Yield/Cost\tAverage Balance\tInterest\tAverage Yield/Cost',
        'Assets:\t\t\t\t\t\t\t\t\t',
        'Interest-earning assets (1):\t\t\t\t\t\t\t\t\t',
        'Agency RMBS (3)\t$ 682,811\t$ 10,505\t6.1%\t$ 627,966\t$ 10,343\t6.6%\t$ 19,136\t$ 303\t6.3%',
        'Agency CMBS\t41,906\t507\t4.8%\t44,236\t502\t4.5%\t105,270\t1,138\t4.3%',
        'Non-Agency RMBS\t1,000,496\t29,508\t11.8%\t978,811\t30,365\t12.4%\t950,366\t29,611\t12.5%',
        'Loans held for investment\t11,107,918\t150,674\t5.4%\t11,260,536\t152,355\t5.4%\t11,882,662\t158,501\t5.3%',
        'Total\t$ 12,833,131\t$ 191,194\t6.0%\t$ 12,911,549\t$ 193,565\t6.1%\t$ 12,957,434\t$ 189,553\t5.9%',
      ),
    ],
    [
      'rows printing one figure or two of each quarter, in fewer cells the further right: each under its own column in every quarter (Chimera, 4Q24)',
      'cim-2024-q4-average-balances-spread.md',
      lines(
        '(dollars in thousands)',
        '\tFor the Quarters Ended\t\t\t\t\t\t\t\t',
        '\tDecember 31, 2024\t\t\tSeptember 30, 2024\t\t\tDecember 31, 2023\t\t',
        '\tAverage Balance\tInterest\tAverage Yield/Cost\tAverage Balance\tInterest\tAverage Yield/Cost\tAverage Balance\tInterest\tAverage Yield/Cost',
        'Assets:\t\t\t\t\t\t\t\t\t',
        'Interest-earning assets (1):\t\t\t\t\t\t\t\t\t',
        'Agency RMBS (3)\t$ 682,811\t$ 10,505\t6.1%\t$ 627,966\t$ 10,343\t6.6%\t$ 19,136\t$ 303\t6.3%',
        'Agency CMBS\t41,906\t507\t4.8%\t44,236\t502\t4.5%\t105,270\t1,138\t4.3%',
        'Non-Agency RMBS\t1,000,496\t29,508\t11.8%\t978,811\t30,365\t12.4%\t950,366\t29,611\t12.5%',
        'Loans held for investment\t11,107,918\t150,674\t5.4%\t11,260,536\t152,355\t5.4%\t11,882,662\t158,501\t5.3%',
        'Total\t$ 12,833,131\t$ 191,194\t6.0%\t$ 12,911,549\t$ 193,565\t6.1%\t$ 12,957,434\t$ 189,553\t5.9%',
        "Liabilities and stockholders' equity:\t\t\t\t\t\t\t\t\t",
        'Interest-bearing liabilities (2):\t\t\t\t\t\t\t\t\t',
        'Secured financing agreements collateralized by:\t\t\t\t\t\t\t\t\t',
        'Agency RMBS (3)\t$ 637,645\t$ 7,438\t5.0%\t$ 537,265\t$ 7,563\t5.7%\t$ —\t$ —\t—%',
        'Agency CMBS\t29,194\t366\t5.0%\t31,001\t423\t5.5%\t75,847\t1,071\t5.6%',
        'Non-Agency RMBS\t657,762\t10,537\t6.4%\t649,412\t11,088\t6.8%\t710,550\t13,561\t7.6%',
        'Loans held for investment\t1,745,522\t27,973\t6.4%\t1,699,744\t26,643\t6.3%\t1,761,188\t30,298\t6.9%',
        'Securitized debt\t7,670,967\t72,209\t3.8%\t7,887,609\t73,867\t3.7%\t8,422,017\t76,327\t3.6%',
        'Long term debt (3)\t139,750\t3,474\t9.9%\t99,938\t2,470\t9.9%\t—\t—\t—%',
        'Total\t$ 10,880,840\t$ 121,997\t4.5%\t$ 10,904,969\t$ 122,054\t4.5%\t$ 10,969,602\t$ 121,257\t4.4%',
        // Interest and yield; balance and margin, the interest left empty; balances alone.
        'Economic net interest income/net interest rate spread\t\t$ 69,197\t1.5%\t\t$ 71,511\t1.6%\t\t$ 68,296\t1.5%',
        'Net interest-earning assets/net interest margin\t$ 1,952,291\t\t2.2%\t$ 2,006,580\t\t2.2%\t$ 1,987,832\t\t2.1%',
        'Ratio of interest-earning assets to interest bearing liabilities\t1.18\t\t\t1.18\t\t\t1.18\t\t',
      ),
    ],
    [
      'four headings packed over five columns, a change over its amount and its percentage (Pegasystems, 4Q24 annual contract value)',
      'pega-2024-q4-acv.md',
      lines(
        '\tDecember 31, 2024\tDecember 31, 2023\tChange\t\tConstant Currency Change',
        '\t\t\t\t%\t',
        'Pega Cloud\t$ 652,443\t$ 552,998\t$ 99,445\t18%\t21%',
        'Maintenance\t291,807\t324,091\t(32,284)\t(10)%\t(8)%',
        'Subscription services\t944,250\t877,089\t67,161\t8%\t10%',
        'Subscription license\t427,268\t377,794\t49,474\t13%\t14%',
        '\t$ 1,371,518\t$ 1,254,883\t$ 116,635\t9%\t11%',
      ),
    ],
    [
      'a row printing its figures in fewer cells than the rows above it, and a header printed again with the unit in its corner (Slate Grocery, 4Q24)',
      'sgr-2024-q4-summary.md',
      lines(
        '(thousands of U.S. dollars, except per unit amounts)',
        '\tThree months ended December 31,\t\t',
        '\t2024\t2023\tChange %',
        'Rental revenue\t$ 53,077\t$ 51,539\t3.0%',
        'NOI 1 2\t$ 41,462\t$ 40,139\t3.3%',
        'AFFO payout ratio 1 2\t109.8%\t99.5%\t10.3%',
        'Interest coverage ratio 1\t2.61x\t2.87x\t(10.0)%',
        '(thousands of U.S. dollars, except per unit amounts)',
        '\tDecember 31, 2024\tDecember 31, 2023\tChange %',
        'Total assets\t$ 2,233,699\t$ 2,235,798\t(0.1)%',
      ),
    ],
    [
      'three header lines packed to the left: "December 31," over two years, "September 30," over one, and the spans above grouped by them (Nabors, 4Q24)',
      'nbr-2024-q4-eps.md',
      lines(
        'NABORS INDUSTRIES LTD. AND SUBSIDIARIES',
        'Reconciliation of Earnings per Share',
        '(Unaudited)',
        '(in thousands, except per share amounts)',
        '\tThree Months Ended\t\t\tYear Ended\t',
        '\tDecember 31,\t\tSeptember 30,\tDecember 31,\t',
        '\t2024\t2023\t2024\t2024\t2023',
        'BASIC EPS:\t\t\t\t\t',
        'Net income (loss) (numerator):\t\t\t\t\t',
        'Income (loss), net of tax\t$ (32,869)\t$ 3,857\t$ (33,087)\t$ (87,987)\t$ 49,904',
      ),
    ],
    [
      'two headings over three and two dates: the group ends where a date would repeat (ASE, 4Q24)',
      'asx-2024-q4-income.md',
      lines(
        '\tFor the three months ended\t\t\tFor the year ended\t',
        '\tDec. 31 2024\tSep. 30 2024(Retrospectively Adjusted)\tDec. 31 2023\tDec. 31 2024\tDec. 31 2023',
        'Net revenues\t\t\t\t\t',
        'Packaging\t70,285\t69,154\t66,221\t261,732\t256,805',
        'Testing\t15,713\t14,124\t13,363\t54,562\t49,881',
      ),
    ],
    [
      'a heading over "$ | %" and a header line shifted against its figures: "Q1-2025" stays over its own figures (NanoXplore, Q2 fiscal 2025)',
      'gra-fy2025-q2-revenues.md',
      lines(
        '\tQ2-2025\tQ2-2024\tVariation\t\tQ1-2025\tVariation\t',
        '\t$\t$\t$\t%\t$\t$\t%',
        'Revenues from customers\t32,636,947\t28,559,390\t4,077,557\t14%\t33,327,069\t(690,122)\t(2%)',
        'Other income\t483,939\t503,634\t(19,695)\t(4%)\t338,345\t145,594\t43%',
        'Total revenues\t33,120,886\t29,063,024\t4,057,862\t14%\t33,665,414\t(544,528)\t(2%)',
      ),
    ],
    [
      'two spans written once over "year, year, change" twice, and "3 | %" change cells (Pegasystems, 4Q24)',
      'pega-2024-q4-highlights.md',
      lines(
        '(Dollars in thousands, except per share amounts)',
        '\tThree Months Ended December 31,\t\t\tYear Ended December 31,\t\t',
        '\t2024\t2023\tChange\t2024\t2023\tChange',
        'Total revenue\t$ 490,830\t$ 474,233\t3%\t$ 1,497,180\t$ 1,432,616\t5%',
        'Net income - GAAP\t$ 119,090\t$ 142,665\t(17)%\t$ 99,189\t$ 67,808\t46%',
        'Net income - non-GAAP\t$ 147,953\t$ 152,141\t(3)%\t$ 270,542\t$ 210,159\t29%',
        'Diluted earnings per share - GAAP\t$ 1.25\t$ 1.61\t(22)%\t$ 1.11\t$ 0.73\t52%',
      ),
    ],
    [
      'a guidance table whose figures are marked approximate in cells of their own ("~ | $ 310") (PG&E, 4Q24)',
      'pcg-2024-q4-guidance.md',
      lines(
        '(in millions)',
        '\t2025\t',
        '\tLow guidance range\tHighguidance range',
        'Amortization of Wildfire Fund contribution\t~ $ 310\t~ $ 310',
        'Amortization of Wildfire Fund contribution\t~ $ 310\t~ $ 310',
        'Tax impacts\t~ (87)\t~ (87)',
        'Amortization of Wildfire Fund contribution (post-tax)\t~ $ 223\t~ $ 223',
      ),
    ],
    [
      'a figure with words after it under the row it qualifies is a cell of the table, not a header printed again (Legrand, FY 2024)',
      'lr-2024-fy-key-figures.md',
      lines(
        'Consolidated data (€ millions)(1)',
        '\t2023\t2024\tChange',
        'Sales\t8,416.9\t8,648.9\t+2.8%',
        'Adjusted operating profit\t1,770.2\t1,776.0\t+0.3%',
        'As % of sales\t21.0%\t20.5%\t',
        '\t\t20.6% before acquisitions (2)\t',
        'Operating profit\t1,591.6\t1,642.7\t+3.2%',
      ),
    ],
    [
      'a year packed left into the labels\' zone beside the unit statement, the other years over the figures one cell to their left; dates and spans packed over them (Nabors, 4Q24)',
      'nbr-2024-q4-segments.md',
      lines(
        'NABORS INDUSTRIES LTD. AND SUBSIDIARIES',
        'SEGMENT REPORTING',
        '(Unaudited)',
        'The following tables set forth certain information with respect to our reportable segments and rig activity:',
        '(In thousands, except rig activity)',
        '\tThree Months Ended\t\t\tYear Ended\t',
        '\tDecember 31,\t\tSeptember 30,\tDecember 31,\t',
        '\t2024\t2023\t2024\t2024\t2023',
        'Operating revenues:\t\t\t\t\t',
        '  U.S. Drilling\t$ 241,637\t$ 265,762\t$ 254,773\t$ 1,028,122\t$ 1,207,629',
        '  International Drilling\t371,406\t342,771\t368,594\t1,446,092\t1,345,249',
        '  Drilling Solutions\t75,992\t77,028\t79,544\t314,071\t301,757',
        '  Rig Technologies (1)\t56,166\t59,287\t45,809\t201,677\t242,768',
        '  Other reconciling items (2)\t(15,382)\t(19,047)\t(16,915)\t(59,836)\t(91,422)',
        '  Total operating revenues\t$ 729,819\t$ 725,801\t$ 731,805\t$ 2,930,126\t$ 3,005,981',
      ),
    ],
    [
      'a statement excepting a section ("except rig activity") over rows of rigs working and dollars a day, under the years packed left; "Lower 48" a label, not a figure (Nabors, 4Q24)',
      'nbr-2024-q4-rig-activity.md',
      lines(
        'NABORS INDUSTRIES LTD. AND SUBSIDIARIES',
        'SEGMENT REPORTING',
        '(Unaudited)',
        'The following tables set forth certain information with respect to our reportable segments and rig activity:',
        '(In thousands, except rig activity)',
        '\tThree Months Ended\t\t\tYear Ended\t',
        '\tDecember 31,\t\tSeptember 30,\tDecember 31,\t',
        '\t2024\t2023\t2024\t2024\t2023',
        'Operating revenues:\t\t\t\t\t',
        '  U.S. Drilling\t$ 241,637\t$ 265,762\t$ 254,773\t$ 1,028,122\t$ 1,207,629',
        '  International Drilling\t371,406\t342,771\t368,594\t1,446,092\t1,345,249',
        '  Drilling Solutions\t75,992\t77,028\t79,544\t314,071\t301,757',
        '  Rig Technologies (1)\t56,166\t59,287\t45,809\t201,677\t242,768',
        '  Other reconciling items (2)\t(15,382)\t(19,047)\t(16,915)\t(59,836)\t(91,422)',
        '  Total operating revenues\t$ 729,819\t$ 725,801\t$ 731,805\t$ 2,930,126\t$ 3,005,981',
        'Rig activity:\t\t\t\t\t',
        'Average Rigs Working: (7)\t\t\t\t\t',
        '  Lower 48\t65.9\t70.3\t67.8\t68.6\t79.6',
        '  Other US\t6.8\t6.0\t6.2\t6.5\t6.7',
        '  U.S. Drilling\t72.7\t76.3\t74.0\t75.1\t86.3',
        '  International Drilling\t84.8\t79.6\t84.7\t83.7\t77.6',
        '  Total average rigs working\t157.5\t155.9\t158.7\t158.8\t163.9',
        'Daily Rig Revenue: (6),(8)\t\t\t\t\t',
        '  Lower 48\t$ 33,396\t$ 35,776\t$ 34,812\t$ 34,771\t$ 36,202',
        '  Other US\t62,624\t62,346\t66,352\t65,264\t63,866',
      ),
    ],
    [
      'spans and change headings packed left over amount | percentage pairs, the first year in the label cell: each heading over its pair, the years in groups under the spans, "Change" over a pair of its own, the percentages marked "%" (Pegasystems, 4Q24)',
      'pega-2024-q4-revenue.md',
      lines(
        '(Dollars in thousands)',
        '\tThree Months Ended December 31,\t\t\t\tChange\t\tYear Ended December 31,\t\t\t\tChange\t',
        '\t2024\t\t2023\t\t\t\t2024\t\t2023\t\t\t',
        '\t\t%\t\t%\t\t%\t\t%\t\t%\t\t%',
        'Pega Cloud\t$ 149,638\t30%\t$ 120,346\t25%\t$ 29,292\t24%\t$ 558,734\t37%\t$ 461,328\t32%\t$ 97,406\t21%',
        'Maintenance\t81,257\t17%\t86,646\t18%\t(5,389)\t(6)%\t323,304\t22%\t331,856\t24%\t(8,552)\t(3)%',
        'Subscription services\t230,895\t47%\t206,992\t43%\t23,903\t12%\t882,038\t59%\t793,184\t56%\t88,854\t11%',
        'Subscription license\t204,697\t42%\t207,559\t44%\t(2,862)\t(1)%\t398,102\t27%\t407,625\t28%\t(9,523)\t(2)%',
        'Subscription\t435,592\t89%\t414,551\t87%\t21,041\t5%\t1,280,140\t86%\t1,200,809\t84%\t79,331\t7%',
        'Consulting\t52,822\t11%\t54,310\t12%\t(1,488)\t(3)%\t213,273\t14%\t221,706\t15%\t(8,433)\t(4)%',
        'Perpetual license\t2,416\t—%\t5,372\t1%\t(2,956)\t(55)%\t3,767\t—%\t10,101\t1%\t(6,334)\t(63)%',
        'Total revenue\t$ 490,830\t100%\t$ 474,233\t100%\t$ 16,597\t3%\t$ 1,497,180\t100%\t$ 1,432,616\t100%\t$ 64,564\t5%',
      ),
    ],
    [
      'a span and "Change" packed over two years and a column of changes no year heads: the span over the years, "Change" over the changes (Pegasystems, 4Q24 free cash flow)',
      'pega-2024-q4-free-cash-flow.md',
      lines(
        'PEGASYSTEMS INC. RECONCILIATION OF FREE CASH FLOW (1) AND OTHER METRICS (in thousands, except percentages)',
        '\tYear Ended December 31,\t\tChange',
        '\t2024\t2023\t',
        'Cash provided by operating activities\t$ 345,926\t$ 217,785\t59%',
        'Investment in property and equipment\t(7,712)\t(16,781)\t',
        'Free cash flow (1)\t$ 338,214\t$ 201,004\t68%',
      ),
    ],
    [
      'two spans packed left over "December 31," printed over every column and the years under it: the years group the columns (Watts Water, 4Q24)',
      'wts-2024-q4-consolidated-results.md',
      lines(
        '\tFourth Quarter Ended\t\tYear Ended\t',
        '\tDecember 31,\tDecember 31,\tDecember 31,\tDecember 31,',
        '\t2024\t2023\t2024\t2023',
        'Net sales\t$ 540.4\t$ 547.5\t$ 2,252.2\t$ 2,056.3',
        'Operating income\t$ 89.0\t$ 78.8\t$ 390.4\t$ 350.9',
        'Operating margin %\t16.5%\t14.4%\t17.3%\t17.1%',
        'Adjustments for special items:\t\t\t\t',
        'Restructuring\t$ 0.8\t$ 3.8\t$ 7.2\t$ 5.5',
        'Acquisition-related costs\t1.1\t6.3\t14.2\t11.3',
        'Contingent consideration adjustment\t—\t(2.5)\t—\t(2.5)',
        'Gain on sale of assets\t—\t—\t(4.4)\t—',
      ),
    ],
    [
      'spans printed under the dates they head, packed left: each heads a group of the dates, a group ending where a date repeats (Chimera, 4Q24)',
      'cim-2024-q4-portfolio-composition.md',
      lines(
        '\tDecember 31, 2024\tDecember 31, 2023\tDecember 31, 2024\tDecember 31, 2023',
        '\tAmortized Cost\tAmortized Cost\tFair Value\tFair Value',
        'Portfolio Composition\t\t\t\t',
        'Non-Agency RMBS\t7.9%\t7.5%\t8.3%\t8.3%',
        'Senior\t3.7%\t4.0%\t4.8%\t5.4%',
        'Subordinated\t3.0%\t2.3%\t2.9%\t2.2%',
        'Interest-only\t1.2%\t1.2%\t0.6%\t0.7%',
        'Agency RMBS\t3.7%\t0.2%\t3.7%\t0.1%',
        'CMO\t3.6%\t—%\t3.6%\t—%',
        'Interest-only\t0.1%\t0.2%\t0.1%\t0.1%',
        'Agency CMBS\t0.4%\t0.7%\t0.4%\t0.7%',
        'Project loans\t0.3%\t0.6%\t0.3%\t0.6%',
        'Interest-only\t0.1%\t0.1%\t0.1%\t0.1%',
        'Loans held for investment\t88.0%\t91.6%\t87.6%\t90.9%',
        'Fixed-rate percentage of portfolio\t87.9%\t96.5%\t87.3%\t95.9%',
        'Adjustable-rate percentage of portfolio\t12.1%\t3.5%\t12.7%\t4.1%',
      ),
    ],
    [
      'a bold figure whose closing parenthesis is bold on its own, "**(22,059,095****)**": the four asterisks print nothing (LeddarTech, Q1 FY2025)',
      'ldtc-fy2025-q1-ebitda.md',
      lines(
        '\tQ1-2025\tQ1-2024',
        'Net loss from continued operations\t($27,012,664)\t($61,490,428)',
        'Deferred income taxes\t135\t–',
        'Depreciation of property and equipment\t170,977\t189,639',
        'Depreciation of right-of-use assets\t112,822\t108,365',
        'Amortization of intangible assets\t165,134\t137,112',
        'Interest expenses\t4,504,501\t764,330',
        'EBITDA loss from continuing operations\t(22,059,095 )\t(60,290,981 )',
        'Foreign exchange loss (gain)\t3,635,140\t(67,715)',
        'Loss (gain) on revaluation of financial instruments carried at fair value\t5,602,056\t(2,963,283)',
        'Gain on lease modification\t–\t(166,661)',
        'Stock-based compensation\t1,678,690\t(5,985,250)',
        'Listing expense\t–\t59,139,572',
        'Transaction costs\t–\t1,761,747',
        'Adjusted EBITDA loss from continuing operations\t(11,143,209 )\t(8,572,571 )',
      ),
    ],
    [
      'a caption wrapped over lines among the rows, its last lines indented past the labels and its footnote mark alone on a line ("Segment / Operating / Profits /    and EBIT /    (1)"): the rows under it are the rows of the table, under its header (Russel Metals, 4Q24)',
      'rus-2024-q4-segments.md',
      lines(
        '($ millions, except percentages)',
        '\tThree Months Ended\tThree Months Ended\tThree Months Ended\tYear Ended\tYear Ended',
        '\tDec 31 2024\tSep 30 2024\tDec 31 2023\tDec 31 2024\tDec 31 2023',
        'Segment\t\t\t\t\t',
        'Revenues\t\t\t\t\t',
        'Metals service centers\t$ 723.0\t$ 706.9\t$ 682.5\t$ 2,866.5\t$ 3,034.5',
        'Energy field stores\t220.3\t265.7\t220.4\t983.9\t987.2',
        'Steel distributors\t89.2\t109.7\t110.8\t389.4\t466.3',
        'Other\t6.7\t7.1\t5.6\t21.4\t17.1',
        'Total\t<u>$ 1,039.2</u>\t<u>$ 1,089.4</u>\t<u>$ 1,019.3</u>\t<u>$ 4,261.2</u>\t<u>$ 4,505.1</u>',
        'Segment Gross\t\t\t\t\t',
        'Margins (1)\t\t\t\t\t',
        'Metals service centers\t$ 131.5\t$ 125.9\t$ 135.5\t$ 551.1\t$ 614.8',
        'Energy field stores\t59.8\t66.1\t56.4\t251.4\t254.2',
        'Steel distributors\t13.8\t15.7\t19.4\t66.0\t91.0',
        'Other\t6.7\t7.1\t5.6\t21.4\t17.1',
        'Total operations\t<u>$ 211.8</u>\t<u>$ 214.8</u>\t<u>$ 216.9</u>\t<u>$ 889.9</u>\t<u>$ 977.1</u>',
        'Segment\t\t\t\t\t',
        'Operating\t\t\t\t\t',
        'Profits and EBIT (1)\t\t\t\t\t',
        'Metals service centers\t$ 20.9\t$ 21.5\t$ 37.8\t$ 119.6\t$ 202.5',
        'Energy field stores\t20.2\t24.7\t19.6\t89.5\t105.1',
        'Steel distributors\t4.4\t9.0\t12.9\t32.6\t57.8',
        'Corporate expenses\t(9.8)\t(11.9)\t(9.7)\t(30.9)\t(43.1)',
        'Other\t4.0\t4.3\t3.0\t11.0\t8.2',
        'Earnings and gain from joint venture\t-\t-\t-\t-\t27.1',
        'Earnings before interest and income taxes\t<u>$ 39.7</u>\t<u>$ 47.6</u>\t<u>$ 63.6</u>\t<u>$ 221.8</u>\t<u>$ 357.6</u>',
        'Segment Gross\t\t\t\t\t',
        'Margin as a % of Revenues (1)\t\t\t\t\t',
        'Metals service centers\t18.2 %\t17.8 %\t19.9 %\t19.2 %\t20.3 %',
        'Energy field stores\t27.1 %\t24.9 %\t25.6 %\t25.6 %\t25.7 %',
        'Steel distributors\t15.5 %\t14.3 %\t17.5 %\t16.9 %\t19.5 %',
        'Total operations\t20.4 %\t19.7 %\t21.3 %\t20.9 %\t21.7 %',
        'Segment\t\t\t\t\t',
        'Operating\t\t\t\t\t',
        'Profit and EBIT as a % of Revenues (1)\t\t\t\t\t',
        'Metals service centers\t2.9 %\t3.1 %\t5.5 %\t4.2 %\t6.7 %',
        'Energy field stores\t9.2 %\t9.3 %\t8.9 %\t9.1 %\t10.6 %',
        'Steel distributors\t4.9 %\t8.1 %\t11.6 %\t8.4 %\t12.4 %',
        'Total operations\t3.8 %\t4.4 %\t6.2 %\t5.5 %\t7.9 %',
      ),
    ],
    [
      'a caption wrapped over five lines between the share counts and the per-share rows, their labels wrapped and indented deeper than any label above: one table, under its header (Advanced Energy, 4Q24)',
      'aeis-2024-q4-eps.md',
      lines(
        'ADVANCED ENERGY INDUSTRIES, INC.',
        'CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (UNAUDITED) (in thousands, except per share data)',
        '\tThree Months Ended\tThree Months Ended\tThree Months Ended\tYear Ended\tYear Ended',
        '\t\t\tSeptember\t\t',
        '\tDecember 31,\tDecember 31,\t30,\tDecember 31,\tDecember 31,',
        '\t2024\t2023\t2024\t2024\t2023',
        'Net income (loss)\t<u>$ 48,874</u>\t<u>$ 37,502</u>\t<u>$(14,905)</u>\t<u>$ 54,214</u>\t<u>$ 128,284</u>',
        'Basic weighted-average common shares outstanding\t37,536\t37,297\t37,532\t37,476\t37,480',
        'Diluted weighted-average common shares outstanding\t38,000\t37,585\t37,532\t37,839\t37,750',
        // The caption's lines filled the labels' column up to its colon: one caption (wrapped-captions.test.ts).
        'Earnings (loss) per share attributable to Advanced Energy Industries, Inc:\t\t\t\t\t',
        '  Continuing operations:\t\t\t\t\t',
        '    Basic earnings (loss) per share\t$ 1.31\t$ 1.02\t$ (0.38)\t$ 1.50\t$ 3.49',
        '    Diluted earnings (loss) per share\t$ 1.29\t$ 1.01\t$ (0.38)\t$ 1.49\t$ 3.46',
        '  Discontinued operations:\t\t\t\t\t',
        '    Basic loss per share\t$ (0.01)\t$ (0.01)\t$ (0.02)\t$ (0.06)\t$ (0.07)',
        '    Diluted loss per share\t$ --\t$ (0.01)\t$ (0.02)\t$ (0.06)\t$ (0.07)',
        '  Net income (loss):\t\t\t\t\t',
        '    Basic earnings (loss) per share\t$ 1.30\t$ 1.01\t$ (0.40)\t$ 1.45\t$ 3.42',
        '    Diluted earnings (loss) per share\t$ 1.29\t$ 1.00\t$ (0.40)\t$ 1.43\t$ 3.40',
      ),
    ],
    [
      '"December 31" centred over a rule drawn across the table, stub and all, above "2024  2023": each year heads a column of that day; "Assets" centred over the labels is a caption, not a heading (Delta Galil, 4Q24)',
      'dlta-2024-q4-balance-sheet.md',
      lines(
        'DELTA GALIL INDUSTRIES LTD.',
        'Concise Consolidated Balance Sheets',
        'As of December 31, 2024',
        'Thousands of Dollars',
        '\tDecember 31\tDecember 31',
        '\t2024\t2023',
        '\t(Audited)\t(Audited)',
        '    Assets\t\t',
        'Current assets:\t\t',
        '  Cash and cash equivalents\t120,509\t174,463',
        '  Restricted Cash\t1,305\t2,950',
        '  Trade receivables\t271,873\t241,216',
        '  Taxes on income receivable\t1,927\t77',
        '  Others\t56,998\t48,920',
        '  Financial derivative\t160\t228',
        '  Inventory\t400,533\t361,416',
        '  Asset held for sale\t1,773\t1,773',
        'Total current assets\t<u>855,078</u>\t<u>831,043</u>',
        'Non-current assets:\t\t',
        '  Investments in associated companies accounted using the equity method and long-term receivables\t12,824\t14,897',
        '  Investment property\t2,401\t2,679',
        '  Fixed assets, net of accumulated depreciation\t288,346\t250,343',
        '  Goodwill\t138,033\t145,577',
        '  Intangible assets, net of accumulated amortization\t294,899\t277,952',
        '  Assets in respect of usage rights\t257,629\t237,177',
        '  Deferred tax assets\t30,537\t28,016',
        '  Financial derivative\t511\t903',
        'Total non-current assets\t<u>1,025,180</u>\t<u>957,544</u>',
        'Total assets\t<u>1,880,258</u>\t<u>1,788,587</u>',
      ),
    ],
    [
      'a unit statement centred on a line of its own under the header\'s rules, in a Dow Jones text table, is the table\'s: every column in millions, none headed by it (Everus, 4Q24)',
      'ecg-2024-q4-ebitda.md',
      lines(
        'The following table reconciles net income to EBITDA and provides the calculation of EBITDA margin.',
        '(In millions, except percentages)',
        '\tThree months ended December 31,\tThree months ended December 31,\tThree months ended December 31,\tYears ended December 31,\tYears ended December 31,\tYears ended December 31,',
        '\t2024\t2023\t% Change\t2024\t2023\t% Change',
        'Net income\t$ 34.4\t$ 36.4\t(5.5)%\t$ 143.4\t$ 137.2\t4.5%',
        'Interest expense\t5.2\t3.5\t48.6%\t14.0\t17.0\t(17.6)%',
        'Income taxes\t11.9\t12.5\t(4.8)%\t49.5\t45.3\t9.3%',
        'Depreciation and amortization\t6.8\t5.8\t17.2%\t25.3\t23.1\t9.5%',
        'EBITDA\t<u>$ 58.3</u>\t<u>$ 58.2</u>\t0.2%\t<u>$ 232.2</u>\t<u>$ 222.6</u>\t4.3%',
        'Total operating revenues\t$759.7\t$635.7\t19.5%\t$2,849.7\t$2,854.4\t(0.2)%',
        'Net income margin\t4.5%\t5.7%\t\t5.0%\t4.8%\t',
        'EBITDA margin\t7.7%\t9.2%\t\t8.1%\t7.8%\t',
        'The following tables reconcile net income to EBITDA by segment.',
        '(In millions)',
        '\tThree months ended December 31, 2024\tThree months ended December 31, 2024\tThree months ended December 31, 2024\tThree months ended December 31, 2024\tYear ended December 31, 2024\tYear ended December 31, 2024\tYear ended December 31, 2024\tYear ended December 31, 2024',
        '\t\t\tCorporate\t\t\t\tCorporate\t',
        '\tE&M\tT&D\tand Other\tTotal\tE&M\tT&D\tand Other\tTotal',
        'Net income\t$31.9\t$17.9\t$ (15.4)\t$34.4\t$113.6\t$ 61.4\t$ (31.6)\t$143.4',
        'Interest expense\t(0.9)\t1.0\t5.1\t5.2\t(0.8)\t4.0\t10.8\t14.0',
        'Income taxes\t10.1\t6.4\t(4.6)\t11.9\t38.6\t21.0\t(10.1)\t49.5',
        'Depreciation and amortization\t1.6\t5.3\t(0.1)\t6.8\t6.4\t19.1\t(0.2)\t25.3',
        'EBITDA\t<u>$42.7</u>\t<u>$30.6</u>\t<u>$ (15.0)</u>\t<u>$58.3</u>\t<u>$157.8</u>\t<u>$105.5</u>\t<u>$ (31.1)</u>\t<u>$232.2</u>',
      ),
    ],
    [
      'a schedule by year: each year at the margin is the label of its row, and a heading line with a footnote mark among its words ("Year   Leases   (1)   Base Rent") is a heading, not a row (Agree Realty, 4Q24)',
      'adc-2024-q4-lease-expirations.md',
      lines(
        'Percent',
        'Year',
        '\t\tAnnualized\tPercent of\tGross\tof Gross',
        '\t\tBase Rent\tAnnualized\tLeasable\tLeasable',
        '\tLeases\t(1)\tBase Rent\tArea\tArea',
        '2025\t41\t$7,660\t1.2 %\t820\t1.7 %',
        '2026\t122\t26,117\t4.2 %\t2,648\t5.5 %',
        '2027\t166\t37,851\t6.1 %\t3,538\t7.3 %',
        '2028\t175\t45,848\t7.4 %\t4,085\t8.4 %',
        '2029\t207\t64,977\t10.5 %\t6,270\t12.9 %',
        '2030\t297\t63,787\t10.3 %\t5,070\t10.4 %',
        '2031\t190\t44,758\t7.2 %\t3,286\t6.8 %',
        '2032\t243\t50,903\t8.2 %\t3,742\t7.7 %',
        '2033\t212\t48,454\t7.8 %\t3,825\t7.9 %',
        '2034\t201\t45,363\t7.3 %\t2,930\t6.0 %',
        'Thereafter\t698\t185,003\t29.8 %\t12,364\t25.4 %',
        '  Total Portfolio\t2,552\t$620,721\t100.0 %\t48,578\t100.0 %',
      ),
    ],
    [
      'years at the margin as labels, and the year of a date a label wraps onto the figures line ("Expired at December / 31, 2024   363"): "Number of leases" heads the counts (Mercialys, FY 2024)',
      'mery-2024-fy-lease-schedule.md',
      lines(
        '4.1. Main management indicators',
        '* The following table presents details of the lease schedule: Annual MGR\\* + Share of leases',
        '\t\tvariable rents\texpiring (% annual',
        '\tNumber of leases\t(EURm)\tMGR + variable)',
        'At December 31,\t\t\t',
        '2024\t\t\t',
        'Expired at December 31, 2024\t363\t25.9\t15.3%',
        '2025\t<u>153</u>\t<u>8.4</u>\t<u>5.0%</u>',
        '2026\t<u>154</u>\t<u>15.5</u>\t<u>9.1%</u>',
        '2027\t<u>195</u>\t<u>32.7</u>\t<u>19.3%</u>',
        '2028\t<u>172</u>\t<u>14.5</u>\t<u>8.5%</u>',
        '2029\t<u>155</u>\t<u>11.5</u>\t<u>6.8%</u>',
        '2030\t<u>226</u>\t<u>24.7</u>\t<u>14.6%</u>',
        '2031\t<u>168</u>\t<u>11.4</u>\t<u>6.7%</u>',
        '2032\t<u>114</u>\t<u>7.6</u>\t<u>4.5%</u>',
        '2033\t<u>123</u>\t<u>9.6</u>\t<u>5.7%</u>',
        '2034 and beyond\t<u>104</u>\t<u>7.4</u>\t<u>4.4%</u>',
        'Total\t<u>1,927</u>\t<u>169.2</u>\t<u>100%</u>',
      ),
    ],
    [
      'a column of note letters beside the figures ("(96)  a", "831  b") and a line of them alone ("a," over "b"): each letter the note mark of the figure before it, no column of its own, and the table not cut at the wrapped marks (Carrier, 4Q24)',
      'carr-2024-q4-adjustments.md',
      lines(
        'Carrier Global Corporation',
        'Reconciliation of Reported (GAAP) to Adjusted (Non-GAAP) Results',
        'Net Earnings (Loss), Earnings Per Share, and Effective Tax Rate',
        '(Unaudited)',
        '(In millions, except per share amounts)',
        '\tThree Months Ended December 31, 2024\tThree Months Ended December 31, 2024\tThree Months Ended December 31, 2024\tYear Ended December 31, 2024\tYear Ended December 31, 2024\tYear Ended December 31, 2024',
        '\tReported\tAdjustments\tAdjusted\tReported\tAdjustments\tAdjusted',
        'Net sales\t$ 5,148\t$ --\t$ 5,148\t$ 22,486\t$ --\t$ 22,486',
        'Operating profit\t$ 774\t(96)(a)\t$ 678\t$ 2,646\t896(a)\t$ 3,542',
        'Operating margin\t15.0 %\t\t13.2 %\t11.8 %\t\t15.8 %',
        'Earnings before income taxes\t$ 693\t(87)(a)(b)\t$ 606\t$ 2,274\t831(a)(b)\t$ 3,105',
        'Income tax (expense) benefit\t$ (723)\t627(c)\t$ (96)\t$ (1,062)\t400(c)\t$ (662)',
        'Effective tax rate\t104.3 %\t\t15.8 %\t46.7 %\t\t21.3 %',
        'Earnings from continuing operations attributable to common shareowners\t<u>$ (48)</u>\t<u>$ 540</u>\t<u>$ 492</u>\t<u>$ 1,108</u>\t<u>$ 1,231</u>\t<u>$ 2,339</u>',
        'Summary of Adjustments:\t\t\t\t\t\t',
        'Restructuring costs\t\t$ 11(a)\t\t\t$ 108(a)\t',
        'Amortization of acquired intangibles\t\t172(a)\t\t\t689(a)\t',
        'Acquisition step-up amortization (1)\t\t31(a)\t\t\t282(a)\t',
        'Acquisition/divestiture-related costs\t\t8(a)\t\t\t95(a)\t',
        'CCR gain\t\t(318)(a)\t\t\t(318)(a)\t',
        'Viessmann-related hedges\t\t--\t\t\t86(a)\t',
        'Gain on liability adjustment (2)\t\t--\t\t\t(46)(a)\t',
        'Debt extinguishment (gain)\t\t--\t\t\t(97)(b)\t',
        'Debt prepayment costs\t\t9(b)\t\t\t32(b)\t',
        'Total adjustments\t\t<u>$ (87)</u>\t\t\t<u>$ 831</u>\t',
        'Tax effect on adjustments above\t\t$ (35)\t\t\t$ (262)\t',
        'Tax specific adjustments (3)\t\t662\t\t\t662\t',
        'Total tax adjustments\t\t<u>$ 627(c)</u>\t\t\t<u>$ 400(c)</u>\t',
      ),
    ],
    [
      'labels wrapped over lines whose last line is a footnote list at the margin (" (6,7)   99.4 %"): the list is the label\'s mark, not a figure that moves the labels\' zone to the margin (CT REIT, 4Q24)',
      'crt-2024-q4-summary.md',
      lines(
        'Summary of',
        'Selected',
        'Information',
        '(in thousands of Canadian dollars, except unit, per unit and square footage amounts)',
        '\tThree Months Ended December 31,\tThree Months Ended December 31,\t\tYear Ended December 31,\tYear Ended December 31,\t',
        '\t2024\t2023\tChange\t2024\t2023\tChange',
        '\t\t\t(8)\t\t\t',
        'Property revenue\t$ 145,436\t$ 139,968\t3.9 %\t$ 578,689\t$ 552,772\t4.7 %',
        'Net operating income (1)\t$ 115,559\t$ 111,512\t3.6 %\t$ 457,617\t$ 438,956\t4.3 %',
        'Net income\t$ 135,334\t$ 38,239\tNM\t$ 434,221\t$ 229,434\t89.3 %',
        'Net income per unit - basic (2)\t$ 0.573\t$ 0.162\tNM\t$ 1.842\t$ 0.976\t88.7 %',
        'Net income per unit - diluted (2,3)\t$ 0.452\t$ 0.161\tNM\t$ 1.489\t$ 0.870\t71.1 %',
        'Funds from operations (1)\t$ 79,010\t$ 77,704\t1.7 %\t$ 314,749\t$ 307,914\t2.2 %',
        'Funds from operations per unit - diluted (2,4,5)\t$ 0.334\t$ 0.330\t1.2 %\t$ 1.333\t$ 1.308\t1.9 %',
        'Adjusted funds from operations (1)\t$ 73,001\t$ 71,474\t2.1 %\t$ 292,438\t$ 283,389\t3.2 %',
        'Adjusted funds from operations per unit - diluted (2,4,5)\t$ 0.308\t$ 0.303\t1.7 %\t$ 1.239\t$ 1.203\t3.0 %',
        'Distributions per unit - paid (2)\t$ 0.231\t$ 0.225\t3.0 %\t$ 0.912\t$ 0.883\t3.2 %',
        'AFFO payout ratio (4)\t75.0 %\t74.3 %\t0.7 %\t73.6 %\t73.4 %\t0.2 %',
        'Cash generated from operating activities\t$ 108,754\t$ 118,316\t(8.1) %\t$ 436,043\t$ 425,055\t2.6 %',
        'Weighted average number of units outstanding (2)\t\t\t\t\t\t',
        'Basic\t236,296,807\t235,378,920\t0.4 %\t235,720,718\t235,159,596\t0.2 %',
        'Diluted (3)\t335,961,528\t337,577,224\t(0.5) %\t335,356,966\t337,339,769\t(0.6) %',
        'Diluted (non-GAAP) (5)\t236,724,928\t235,723,101\t0.4 %\t236,120,366\t235,485,646\t0.3 %',
        'Indebtedness ratio\t\t\t\t41.1 %\t41.4 %\t(0.3) %',
        'Gross leasable area (square feet) (6)\t\t\t\t31,025,376\t30,833,056\t0.6 %',
        'Occupancy rate (6,7)\t\t\t\t99.4 %\t99.1 %\t0.3 %',
      ),
    ],
    [
      'a period centred over two groups the line below rules ("Three Months Ended December 31," over "2024" and "2023", each over its "$ | EPS(1)" pair) heads all four columns, and a wrapped label closing its parenthesis at the margin (" 3)   (18.0)") is no figure (Avient, 4Q24)',
      'avnt-2024-q4-eps-reconciliation.md',
      lines(
        '\tThree Months Ended December 31,\tThree Months Ended December 31,\tThree Months Ended December 31,\tThree Months Ended December 31,',
        '\t2024\t2024\t2023\t2023',
        '\t$\tEPS(1)\t$\tEPS(1)',
        'Reconciliation to Condensed\t\t\t\t',
        'Consolidated\t\t\t\t',
        'Statements of Income\t\t\t\t',
        'Net income from continuing operations attributable to Avient shareholders\t$ 48.3\t$ 0.52\t$ 27.8\t$ 0.30',
        'Special items, after-tax (Attachment 3)\t(18.0)\t(0.20)\t5.4\t0.06',
        'Amortization expense, after-tax\t14.8\t0.17\t15.0\t0.16',
        'Adjusted net income / EPS\t<u>$ 45.1</u>\t<u>$ 0.49</u>\t<u>$ 48.2</u>\t<u>$ 0.52</u>',
        '(1)  Per share amounts may not recalculate from figures presented herein due to rounding',
        '\tYear Ended December 31,\tYear Ended December 31,\tYear Ended December 31,\tYear Ended December 31,',
        '\t2024\t2024\t2023\t2023',
        '\t$\tEPS(1)\t$\tEPS(1)',
        'Reconciliation to Condensed\t\t\t\t',
        'Consolidated\t\t\t\t',
        'Statements of Income\t\t\t\t',
        'Net income from continuing operations attributable to Avient shareholders\t$ 169.5\t$ 1.84\t$ 75.8\t$ 0.83',
        'Special items, after-tax (Attachment 3)\t15.9\t0.17\t79.3\t0.86',
        'Amortization expense, after-tax\t59.5\t0.65\t61.5\t0.67',
        'Adjusted net income / EPS\t<u>$ 244.9</u>\t<u>$ 2.66</u>\t<u>$ 216.6</u>\t<u>$ 2.36</u>',
      ),
    ],
    [
      'balance sheet labels wrapped over up to six lines, a year joined to its day by a no-break space ("November 30,\u00a0 2024") and a month ending a line over its day ("at November / 30, 2024"): each label one row, the figures under the dates (VOXX, 3Q FY2025)',
      'voxx-fy2025-q3-balance-sheet.md',
      lines(
        'VOXX International Corporation and Subsidiaries Consolidated Balance',
        'Sheets (In thousands, except share and per share data)',
        '\tNovember 30,\tFebruary 29,',
        '\t2024\t2024',
        '\t(unaudited)\t',
        'Assets\t\t',
        'Current assets: Cash and cash equivalents\t$ 6,349\t$ 10,986',
        'Accounts receivable, net of allowances of $1,921 and $3,041 at November 30, 2024 and February 29, 2024, respectively\t79,686\t71,066',
        'Inventory\t96,416\t128,471',
        'Receivables from vendors\t129\t1,192',
        'Due from Established\t100\t-',
        'Due from GalvanEyes LLC, current\t-\t1,238',
        'Prepaid expenses and other current assets\t14,533\t20,820',
        'Income tax receivable\t4,933\t2,095',
        '  Total current assets\t202,146\t235,868',
        'Investment securities\t414\t828',
        'Equity investments\t22,428\t21,380',
        'Property, plant and equipment, net\t32,937\t45,070',
        'Operating lease, right of use assets\t5,067\t2,577',
        'Goodwill\t35,385\t63,931',
        'Intangible assets, net\t38,483\t68,766',
        'Due from GalvanEyes LLC, less current portion\t-\t1,340',
        'Deferred income tax assets\t58\t1,452',
        'Other assets\t1,908\t2,794',
        '  Total assets\t<u>$ 338,826</u>\t<u>$ 444,006</u>',
        'Liabilities, Redeemable Equity, Redeemable Non-Controlling Interest, and Stockholders\' Equity\t\t',
        'Current liabilities: Accounts payable\t$ 40,961\t$ 35,076',
        'Accrued expenses and other current liabilities\t38,815\t38,238',
        'Income taxes payable\t1,510\t1,123',
        'Accrued sales incentives\t21,069\t18,236',
        'Contract liabilities, current\t3,043\t3,810',
        'Current portion of long-term debt\t3,837\t500',
        '  Total current liabilities\t109,235\t96,983',
        'Long-term debt, net of debt issuance costs\t14,478\t71,881',
        'Finance lease liabilities, less current portion\t399\t644',
        'Operating lease liabilities, less current portion\t3,728\t1,884',
        'Deferred compensation\t414\t828',
        'Deferred income tax liabilities\t2,470\t2,690',
        'Other tax liabilities\t719\t809',
        'Prepaid ownership interest in EyeLock LLC due to GalvanEyes LLC\t-\t9,817',
        'Other long-term liabilities\t2,828\t2,170',
        '  Total liabilities\t<u>134,271</u>\t<u>187,706</u>',
        'Commitments and contingencies\t\t',
        'Redeemable equity: Class A, $.01 par value; 604,072 and 577,581 shares at November 30, 2024 and February 29, 2024, respectively\t4,218\t4,110',
        'Redeemable non-controlling interest\t(9,019)\t(3,203)',
        'Stockholders\' equity: Preferred stock: No shares issued or outstanding\t-\t-',
        'Common stock:\t\t',
        'Class A, $.01 par value, 60,000,000 shares authorized, 24,000,886 and 23,985,603 shares issued and 19,649,703 and 19,698,562 shares outstanding at November 30, 2024 and February 29, 2024, respectively\t240\t240',
        'Class B Convertible, $.01 par value, 10,000,000 shares authorized, 2,260,954 shares issued and outstanding at both November 30, 2024 and February 29, 2024\t22\t22',
        'Paid-in capital\t296,137\t293,272',
        'Retained earnings\t7,449\t58,272',
        'Accumulated other comprehensive loss\t(17,760)\t(17,366)',
        'Less: Treasury stock, at cost, 4,351,183 and 4,287,041 shares of Class A Common Stock at November 30, 2024 and February 29, 2024, respectively\t(39,821)\t(39,573)',
        'Total VOXX International Corporation stockholders\' equity\t<u>246,267</u>\t<u>294,867</u>',
        'Non-controlling interest\t(36,911)\t(39,474)',
        'Total stockholders\' equity\t<u>209,356</u>\t<u>255,393</u>',
        'Total liabilities, redeemable equity, redeemable non-controlling interest, and stockholders\' equity\t<u>$ 338,826</u>\t<u>$ 444,006</u>',
      ),
    ],
    [
      'an equity label wrapped over ten lines, each date joined by a no-break space and a space ("December 31,\u00a0 2024"), its figures on the last: one row, the labels\' zone where the labels are (Camtek, 4Q24)',
      'camt-2024-q4-equity.md',
      lines(
        'CAMTEK LTD. and its subsidiaries',
        'Consolidated Balance Sheets',
        '(In thousands)',
        '\tDecember 31,\tDecember 31,',
        '\t2024\t2023',
        'Long-term liabilities\t\t',
        'Deferred tax liabilities, net\t5,606\t7,541',
        'Other long-term liabilities\t15,366\t10,473',
        'Convertible notes\t197,925\t196,831',
        '  Total long-term liabilities\t<u>218,897</u>\t<u>214,845</u>',
        'Total liabilities\t<u>342,807</u>\t<u>311,519</u>',
        'Commitments and contingencies\t\t',
        'Shareholders\' equity\t\t',
        'Ordinary shares NIS 0.01 par value, 100,000,000 shares authorized at December 31, 2024 and at December 31, 2023; 47,541,682 issued shares at December 31, 2024 and 46,993,998 at December 31, 2023; 45,449,306 shares outstanding at December 31, 2024 and 44,901,622 at December 31, 2023\t177\t176',
        'Additional paid-in capital\t214,931\t200,389',
        'Accumulated other comprehensive income\t203\t129',
        'Retained earnings\t335,822\t277,352',
        '\t<u>551,133</u>\t<u>478,046</u>',
      ),
    ],
    [
      'a span phrase left open ("Twelve months ended,") beside the stub\'s words over one full date per column, the first left of the figures ("December 31,\u00a0 2024   December 31,\u00a0 2023   % Change"): each date heads its column in turn, under the span, so the columns are the years, not days (Killam, 4Q24)',
      'kmp-2024-q4-ebitda.md',
      lines(
        '\tTwelve months ended,\tTwelve months ended,\tTwelve months ended,',
        '\tDecember 31, 2024\tDecember 31, 2023\t% Change',
        'Normalized\t\t\t',
        'Adjusted EBITDA\t\t\t',
        'Net income\t$667,844\t$266,333\t150.8 %',
        'Deferred tax (recovery) expense\t(278,975)\t33,158\t(941.4) %',
        'Financing costs\t79,712\t69,398\t14.9 %',
        'Depreciation\t1,065\t669\t59.2 %',
        'Loss on dispositions\t3,678\t4,021\t(8.5) %',
        'Restructuring\t5,904\t--\tN/A',
        'costs\t\t\t',
        'Fair value adjustment on unit-based compensation\t(931)\t330\t(382.1) %',
        'Fair value adjustment on Exchangeable Units\t(3,352)\t6,821\t(149.1) %',
        'Fair value adjustment on investment properties\t(252,361)\t(174,179)\t44.9 %',
        'Adjusted EBITDA\t222,584\t206,551\t7.8 %',
        'Normalizing adjustment (1)\t2,352\t3,480\t(32.4) %',
        'Normalized adjusted EBITDA\t$224,936\t$210,031\t7.1 %',
        'Total interest-bearing debt\t$2,193,881\t$2,174,995\t',
        'Cash and cash equivalents\t(13,211)\t(14,087)\t',
        'Net debt\t$2,180,670\t$2,160,908\t0.9 %',
        'Debt to normalized adjusted EBITDA\t9.69x\t10.29x\t(5.8) %',
      ),
    ],
  ];
  test.each(cases)('%s', (_, file, expected) => {
    const result = imported(file);
    expect(tables(result.releaseText)).toBe(expected);
    expect(result.issues).toEqual([]);
  });

  test('a table opened by a one-cell title row over "| --- |", two periods packed left into the label zone, "% of Net" stacked over "Revenues", per-share rows printed in fewer cells, and a second statement started by its title beside its dates (SunLink, 2Q FY25)', () => {
    const result = imported('ssy-fy2025-q2-earnings.md');
    const text = result.releaseText;
    expect(text).toContain(
      lines(
        'CONSOLIDATED STATEMENTS OF EARNINGS (LOSS)',
        '\tThree Months Ended December 31,\t\t\t\tSix Months Ended December 31,\t\t\t',
        '\t2024\t\t2023\t\t2024\t\t2023\t',
        '\tAmount\t% of Net Revenues\tAmount\t% of Net Revenues\tAmount\t% of Net Revenues\tAmount\t% of Net Revenues',
        'Net revenues\t$ 7,935\t100.0%\t$ 8,510\t100.0%\t$ 15,858\t100.0%\t$ 17,065\t100.0%',
      ),
    );
    // The label printed over two rows is one; the per-share figures and share counts are amounts, never percentages.
    expect(text).toContain('Loss from Continuing Operations before Income Taxes\t(1,070)\t-13.5%\t(404)\t-4.7%\t(1,512)\t-9.5%\t(830)\t-4.9%\n');
    expect(text).toContain('Net Loss Per Share:\t\t\t\t\t\t\t\t\nBasic\t$ (0.19)\t\t$ (0.44)\t\t$ (0.27)\t\t$ (0.63)\t\n');
    expect(text).toContain('Diluted\t7,041\t\t7,040\t\t7,041\t\t7,039\t\n');
    expect(text).toContain(lines('SUMMARY BALANCE SHEETS', "Amounts in 000's, except per share", '\tDecember 31,\tJune 30,', '\t2024\t2024', 'ASSETS\t\t'));
    expect(result.issues).toEqual([]);
  });

  // Brookfield Wealth Solutions' FY 2024 balance sheet (../shared/unseen-wire/bnt-2024-fy.md, a GlobeNewswire copy): inner
  // (parts) and outer (subtotal) columns per year, only the outer ones headed; rows of 12 cells print their 2023 parts one
  // cell left of the 14-cell rows', their "$" under the 2024 heading. Read by that "$", "4,308" was 2024's subtotal (a false
  // mismatch of total liabilities and equity): it is the 2023 parts' column's, as the other rows print it, and each year's
  // parts are then read under their date, the subtotals on lines of their own (read-table.ts, the inner column).
  describe('figures one cell aside from their heading, reached only by their "$" cell, are the unheaded column right of them (Brookfield Wealth Solutions, FY 2024)', () => {
    const result = importRelease(
      { text: readFileSync('test/fixtures/import/wire/bnt-2024-fy-balance-sheet.md', 'utf8'), file: 'bnt.md', kind: 'text' },
      { ticker: 'X', fiscalPeriod: '2024-fy', scale: 'millions' },
    );
    test.each([
      ['the headings', '\tDecember 31\tDecember 31\n\t2024\t2023\n'],
      ['a short row: each year\'s part under its year', 'Cash and cash equivalents\t$ 12,243\t$ 4,308\n'],
      ['a short row with no "$"', 'Class A and class B\t1,470\t1,591\n'],
      ['a full row: the parts, then their subtotals on a line of their own', 'Accrued investment income\t860\t280\n\t107,586\t51,674\n'],
      ['another full row', 'Class C\t10,756\t4,418\n\t13,076\t6,155\n'],
      ['the total under its year', 'Total liabilities and equity\t$ 140,460\t$ 61,643\n'],
    ])('%s', (_, row) => {
      expect(result.releaseText).toContain(row);
    });
    test('every figure has a heading', () => {
      expect(result.issues).toEqual([]);
    });
  });

  test('a figure a converter shifted between two columns is reported where the Markdown prints it (Chimera, 4Q24)', () => {
    // Two of the line's three figures, so that no quarter's columns say where the second goes (printed in full, the
    // line's figures are placed by the quarters': cim-2024-q4-average-balances-spread.md above).
    const md = [...readFileSync('test/fixtures/import/wire/cim-2024-q4-average-balances.md', 'utf8').split('\n').slice(0, 13), '| **Ratio of interest-earning assets to interest bearing liabilities** |  | 1.18 |  |  |  |  | 1.18 |  |  |  |  |  |  |  |'].join('\n');
    const result = importRelease({ text: md, file: 'cim.md', kind: 'text' }, { ticker: 'X', fiscalPeriod: '2024-q4', scale: 'thousands' });
    expect(result.issues.map((i) => `${i.line}:${i.column}: ${i.message}`)).toEqual([`14:94: ${messages.astrayFigure('1.18', 4)}`]);
    // The columns are still read by the rows that print every figure.
    expect(result.releaseText).toContain('Total\t$ 12,833,131\t$ 191,194\t6.0%\t$ 12,911,549\t$ 193,565\t6.1%\t$ 12,957,434\t$ 189,553\t5.9%\n');
  });

  test('headings packed left over more columns than they are, the line below heading the first columns and the last a share of the total, are spread: the line below under the first heading, each other heading over a column of its own (Pegasystems, 4Q24 backlog)', () => {
    const result = imported('pega-2024-q4-backlog.md');
    // "Pega Cloud", shifted into the label cell by the converter, and "Maintenance" are the columns of
    // "Subscription services": 525,133 + 230,866 + 88,880 + 317 + 50,519 = 895,715 under "Total"; the
    // seventh column, "56%" … "100%", is each line's share of the total, marked "%".
    expect(result.releaseText).toContain(
      [
        'As of December 31, 2024:',
        '\tSubscription services\t\tSubscription license\tPerpetual license\tConsulting\tTotal\t',
        '\tPega Cloud\tMaintenance\t\t\t\t\t%',
        '1 year or less\t$ 525,133\t$ 230,866\t$ 88,880\t$ 317\t$ 50,519\t$ 895,715\t56%',
        '',
      ].join('\n'),
    );
    expect(result.releaseText).not.toMatch(/^Pega Cloud\t/m);
    expect(result.issues.map((i) => `${i.line}:${i.column}: ${i.message}`)).toEqual([]);
  });

  test('an inner column of parts left of each date\'s column, their sum beside the last part: the parts are the date\'s, the sum a line of its own (Brookfield, 2024)', () => {
    const result = imported('bn-2024-fy-balance-sheet.md');
    // Read by column, "Common equity" was 165,383 (the sum of equity) and 119,406, 4,103 and 41,874 had no column.
    expect(result.releaseText).toContain(
      [
        'Equity\t\t',
        'Non-controlling interests in net assets\t$ 119,406\t$ 122,465',
        'Preferred equity\t4,103\t4,103',
        'Common equity\t41,874\t41,674',
        '\t165,383\t168,242',
        'Total Equity\t165,383\t168,242',
        '',
      ].join('\n'),
    );
    expect(result.releaseText).toContain('\tDecember 31\tDecember 31\n\t2024\t2023\nAssets\t\t\nCash and cash equivalents\t$ 15,051\t$ 11,222\n');
    expect(result.issues).toEqual([]);
  });

  test('headings stacked over five lines, the first column\'s words in the label cells, are not read by order but reported: "and Loss" is not set over the first columns (United Fire Group, 4Q24)', () => {
    const result = imported('ufcs-2024-q4-loss-ratios.md');
    // Read by order, "and Loss" (twice, over a line that prints no heading over the first
    // column) was packed over the first two columns and nothing said so.
    expect(result.releaseText).not.toMatch(/^\tand Loss\tand Loss/m);
    expect(result.issues.map((i) => `${i.line}:${i.column}: ${i.message}`)).toEqual([
      `15:60: ${messages.columnWithoutHeader(4, '90.2')}`,
      `15:115: ${messages.columnWithoutHeader(8, '66.1')}`,
    ]);
  });
});

// A wire copy's title cell whose lines a converter glued together (issue 29): read as one line, the unit statement
// was no line of its own and the table was named by what stood above it (Byrna's statement of operations by its
// investor contact's e-mail, "byrngateway-grpcom"). Each line is parted where the glue shows, as printed.
describe('title lines glued into one cell are parted as printed', () => {
  test.each([
    ['byrn-fy2024-q4-operations.md', ['BYRNA TECHNOLOGIES INC.', 'Condensed Consolidated Statements of Operations and Comprehensive Income (Loss)', '(Amounts in thousands except share and per share data)', '(Unaudited)', '\tFor the Three Months Ended\t\tFor the Twelve Months Ended\t']],
    ['bn-2024-fy-operations.md', ['Unaudited', 'For the periods ended December 31', '(US$ millions, except per share amounts)', '\tThree Months Ended\t\tYears Ended\t']],
  ])('%s', (file, expected) => {
    const text = imported(file).releaseText.split('\n');
    const at = text.indexOf(expected[0]!);
    expect(text.slice(at, at + expected.length)).toEqual(expected);
    // A wire's marker between dashes is no title: a blank line parts it from the table.
    if (text.includes('-Financial Tables to Follow-')) expect(text[text.indexOf('-Financial Tables to Follow-') + 1]).toBe('');
  });
});
