import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

/** Imports a plain-text release given as lines; its release text and the problems found. */
function read(...lines: string[]) {
  const result = importRelease({ text: `${lines.join('\n')}\n`, file: 'x.txt', kind: 'text' });
  return { text: result.releaseText, issues: result.issues.map((i) => `${i.line}:${i.column} ${i.message}`) };
}

/** The tab-separated lines of the release text. */
const tableLines = (text: string) => text.split('\n').filter((l) => l.includes('\t'));

/**
 * Each form a fixed-width table prints (EDGAR .txt exhibits, wire-service text, text
 * copied from PDFs), one case each: the lines as published and the table lines the
 * importer must write.
 */
const FORMS: { name: string; lines: string[]; table: string[] }[] = [
  {
    name: 'a span heading over two year columns, a date line and the years, with rules under them',
    lines: [
      '                            Three Months Ended',
      '                               September 30,',
      '                           ---------------------',
      '                              2023        2022',
      '                           ---------   ---------',
      'Revenue                    $  48,215   $  42,934',
    ],
    table: ['\tThree Months Ended\tThree Months Ended', '\tSeptember 30,\tSeptember 30,', '\t2023\t2022', 'Revenue\t$ 48,215\t$ 42,934'],
  },
  {
    name: 'two span headings on one line, each over its own pair of columns (the rule under each gives its span)',
    lines: [
      '                      Three Months Ended    Nine Months Ended',
      '                      ------------------   ------------------',
      '                        2023      2022       2023      2022',
      'Revenue                 1,234     1,000      3,456     3,000',
    ],
    table: ['\tThree Months Ended\tThree Months Ended\tNine Months Ended\tNine Months Ended', '\t2023\t2022\t2023\t2022', 'Revenue\t1,234\t1,000\t3,456\t3,000'],
  },
  {
    // Southern Company's exhibit 99.03 (2005): the typist left one space in "2003 Change".
    name: 'a year and a change heading one space apart, each over its own column, are two headings',
    lines: [
      '                         2004    2003  Change            2004    2003 Change',
      '                         ----    ----  ------            ----    ---- ------',
      'Earnings               $ 0.24  $ 0.22   $0.02           $2.04   $1.97  $0.07',
    ],
    table: ['\t2004\t2003\tChange\t2004\t2003\tChange', 'Earnings\t$ 0.24\t$ 0.22\t$0.02\t$2.04\t$1.97\t$0.07'],
  },
  {
    // Sears, Roebuck and Co., 2Q04 (../shared/corpus-extra/s-2004-q2.txt:656-663): "June 28, January 3," one space
    // apart over two columns was one heading over both, and the ingest read it "January 3, 2003" (a period of
    // 2003-01-03 for the prior year's June store count).
    name: 'dates one space apart, each over its own column, are two headings',
    lines: [
      '    Domestic Retail Stores:',
      '                               July 3,  June 28, January 3,',
      '                                2004     2003      2004',
      '      Full-line                   871      869       871',
      '      Specialty                 1,109    1,307     1,105',
      "      Lands' End                   16       15        16",
      '        Total Domestic Retail',
      '         Stores                 1,996    2,191     1,992',
    ],
    table: ['\tJuly 3,\tJune 28,\tJanuary 3,', '\t2004\t2003\t2004', 'Domestic Retail Stores:\t\t\t', '  Full-line\t871\t869\t871', '  Specialty\t1,109\t1,307\t1,105', "  Lands' End\t16\t15\t16", '    Total Domestic Retail Stores\t1,996\t2,191\t1,992'],
  },
  {
    name: 'years and "% Change" or "Variance" one space apart are split the same way',
    lines: ['                 2024    2023 % Change', 'Revenue           900     800   12.5%', '', 'COSTS', '', '                 2024    2023 Variance', 'Costs             400     300      100'],
    table: ['\t2024\t2023\t% Change', 'Revenue\t900\t800\t12.5%', '\t2024\t2023\tVariance', 'Costs\t400\t300\t100'],
  },
  {
    name: 'a date heading ending in a year that spans two columns stays one heading',
    lines: ['                   December 31, 2023', '                   2023          2022', 'Cash              1,000           900'],
    table: ['\tDecember 31, 2023\tDecember 31, 2023', '\t2023\t2022', 'Cash\t1,000\t900'],
  },
  {
    name: 'a dollar sign printed apart from its figure, parentheses for negatives, a closing parenthesis hanging past the column',
    lines: ['                 2023        2022', 'Net income    $  (1,271)  $    5,004', 'Other income        (65)          12'],
    table: ['\t2023\t2022', 'Net income\t$ (1,271)\t$ 5,004', 'Other income\t(65)\t12'],
  },
  {
    name: 'nil marks: "-", "--" and a dash centred under its column; a row of nil marks only',
    lines: [
      '                    2023        2022',
      'Restructuring         --         850',
      'Impairment             -           -',
      'Other                 12         -',
      'Litigation            --          --',
    ],
    table: ['\t2023\t2022', 'Restructuring\t--\t850', 'Impairment\t-\t-', 'Other\t12\t-', 'Litigation\t--\t--'],
  },
  {
    name: 'a single rule above a subtotal and a double rule under the grand total become total marks',
    lines: [
      '                    2023      2022',
      'Product            1,000       900',
      'Service              200       100',
      '                  -------   -------',
      '  Total revenue    1,200     1,000',
      '                  =======   =======',
    ],
    table: ['\t2023\t2022', 'Product\t1,000\t900', 'Service\t200\t100', '  Total revenue\t<u>1,200</u>\t<u>1,000</u>'],
  },
  {
    name: 'a label wrapped onto a second line is one label; a rule above its first line still marks the total',
    lines: [
      '                                2023      2022',
      'Selling, general and',
      '  administrative                7,884     6,912',
      'Other                             100       100',
      '                               ------    ------',
      'Total costs and',
      '  expenses                      7,984     7,012',
    ],
    table: ['\t2023\t2022', 'Selling, general and administrative\t7,884\t6,912', 'Other\t100\t100', 'Total costs and expenses\t<u>7,984</u>\t<u>7,012</u>'],
  },
  {
    name: 'indentation keeps its levels, two spaces a level, and a caption line is a row without figures',
    lines: ['                              2023      2022', 'Operating expenses:', '    Research                  1,407     1,296', '        Total                 1,407     1,296'],
    table: ['\t2023\t2022', 'Operating expenses:\t\t', '  Research\t1,407\t1,296', '    Total\t1,407\t1,296'],
  },
  {
    name: 'dot leaders run into the figures',
    lines: ['                                   2023       2022', 'IP services..................      29,328     32,099', 'Revenues.....................$     60,525 $   64,372'],
    table: ['\t2023\t2022', 'IP services..................\t29,328\t32,099', 'Revenues.....................\t$ 60,525\t$ 64,372'],
  },
  {
    name: 'figures separated by single spaces (text copied from a PDF) are still columns',
    lines: ['              2023   2022', 'Revenue     10,000 9,000', 'Cost         4,000 3,500'],
    table: ['\t2023\t2022', 'Revenue\t10,000\t9,000', 'Cost\t4,000\t3,500'],
  },
  {
    name: 'percentages, a change column and an unlabelled subtotal row',
    lines: [
      '                   2023      2022     Change',
      'Revenue           1,100     1,000       10%',
      'Cost                550       500     10.0 %',
      '                  -----     -----',
      '                    550       500',
    ],
    table: ['\t2023\t2022\tChange', 'Revenue\t1,100\t1,000\t10%', 'Cost\t550\t500\t10.0 %', '\t<u>550</u>\t<u>500</u>\t'],
  },
  {
    name: 'a unit statement printed beside the header is the title; a label under it opens the rows',
    lines: ['(In thousands)          2023        2022', 'ASSETS', 'Cash                $ 6,218     $ 4,907'],
    table: ['\t2023\t2022', 'ASSETS\t\t', 'Cash\t$ 6,218\t$ 4,907'],
  },
  {
    name: 'text copied from a PDF with one space between label and figures: the k-th figure of each row is column k',
    lines: ['Three Months Ended September 30,', '2023 2022', 'Revenue $ 10,000 $ 9,000', 'Selling, general and administrative 2,100 (1,900)', 'Notes due 2026 500 --'],
    table: ['\tThree Months Ended September 30,\tThree Months Ended September 30,', '\t2023\t2022', 'Revenue\t$ 10,000\t$ 9,000', 'Selling, general and administrative\t2,100\t(1,900)', 'Notes due 2026\t500\t--'],
  },
];

/**
 * Tables of the corpus's Dow Jones text copies and 2005-era EDGAR submissions, excerpted
 * verbatim from ../shared/corpus (trailing spaces trimmed): labels wrapped over many lines,
 * captions between the header and the rows, dates wrapped differently in each column.
 */
const CORPUS_FORMS: { name: string; lines: string[]; table: string[] }[] = [
  {
    name: "Danaos Q4 2024 (Dow Jones text copy): headings in capitals over rows indented one further (\"OPERATING EXPENSES\" over \" Vessel operating\" / \"  expenses\") head those rows, not a label wrapped with a hanging indent (\"Income From\" / \" Operations\"); a column heading stacked in its own words (\"Year ended\" over \"December 31,\" beside \"December\" / \"31,\") is not spread over it",
    lines: [
      "                        Three       Three",
      "                        months      months",
      "                        ended       ended     Year ended   Year ended",
      "                       December    December    December",
      "                         31,         31,         31,      December 31,",
      "                      ----------  ----------  ----------  ------------",
      "                         2024        2023        2024         2023",
      "                      ----------  ----------  ----------  ------------",
      "",
      "OPERATING REVENUES      $258,179    $249,315  $1,014,110      $973,583",
      "OPERATING EXPENSES",
      " Vessel operating",
      "  expenses              (45,654)    (40,123)   (185,724)     (162,117)",
      " Depreciation &",
      "  amortization          (49,627)    (39,077)   (177,505)     (147,950)",
      " General &",
      "  administrative        (21,709)    (22,377)    (54,228)      (43,484)",
      " Other operating",
      "  expenses              (14,082)    (15,769)    (64,101)      (41,010)",
      " Net gain on",
      "  disposal/sale of",
      "  vessels                  1,681           -       8,332         1,639",
      "Income From",
      " Operations              128,788     131,969     540,884       580,661",
      "                      ----------  ----------  ----------  ------------",
      "OTHER",
      "INCOME/(EXPENSES)",
      " Interest income           3,907       2,723      12,890        12,133",
      " Interest expense        (9,942)     (3,554)    (26,185)      (20,463)",
    ],
    table: [
      "\tThree\tThree\t\t",
      "\tmonths\tmonths\t\t",
      "\tended\tended\tYear ended\tYear ended",
      "\tDecember\tDecember\tDecember\t",
      "\t31,\t31,\t31,\tDecember 31,",
      "\t2024\t2023\t2024\t2023",
      "OPERATING REVENUES\t$258,179\t$249,315\t$1,014,110\t$973,583",
      "OPERATING EXPENSES\t\t\t\t",
      "Vessel operating expenses\t(45,654)\t(40,123)\t(185,724)\t(162,117)",
      "Depreciation & amortization\t(49,627)\t(39,077)\t(177,505)\t(147,950)",
      "General & administrative\t(21,709)\t(22,377)\t(54,228)\t(43,484)",
      "Other operating expenses\t(14,082)\t(15,769)\t(64,101)\t(41,010)",
      "Net gain on disposal/sale of vessels\t1,681\t-\t8,332\t1,639",
      "Income From Operations\t128,788\t131,969\t540,884\t580,661",
      "OTHER\t\t\t\t",
      "INCOME/(EXPENSES)\t\t\t\t",
      "Interest income\t3,907\t2,723\t12,890\t12,133",
      "Interest expense\t(9,942)\t(3,554)\t(26,185)\t(20,463)",
    ],
  },
  {
    name: 'Killam Q4 2024 (Dow Jones text copy): one year per column printed left of its figures, the first in the labels\' zone, names its column in turn',
    lines: [
      "Reconciliation of  Three months ended December 31,   Year ended December 31,",
      "Net Income to FFO",
      "                   2024               2023           2024          2023",
      "Net income (loss)           $363,419          ($11)      $667,844     $266,333",
      "Fair value",
      " adjustments                (15,250)         29,577     (256,644)    (167,028)",
      "Non-controlling",
      " interest                         --             --            --         (10)",
    ],
    table: [
      '\tThree months ended December 31,\tThree months ended December 31,\tYear ended December 31,\tYear ended December 31,',
      '\t2024\t2023\t2024\t2023',
      'Reconciliation of Net Income to FFO\t\t\t\t',
      'Net income (loss)\t$363,419\t($11)\t$667,844\t$266,333',
      'Fair value adjustments\t(15,250)\t29,577\t(256,644)\t(167,028)',
      'Non-controlling interest\t--\t--\t--\t(10)',
    ],
  },
  {
    name: "H&R REIT Q4 2024 (Dow Jones text copy, measured unseen: ../shared/unseen-wire-s5): the stub's unit statement and the years on one line, the first year left of its figures; the words are the stub's, the years name the columns in turn",
    lines: [
      'FFO AND AFFO        Three Months ended December 31    Year ended December 31   ',
      '(in thousands of    2024             2023             2024           2023   ',
      'Canadian dollars   ',
      'except per Unit   ',
      'amounts)   ',
      'Net income (loss)   ',
      " per the REIT's   ",
      ' Financial   ',
      ' Statements                $130,882        ($11,313)     ($119,714)    $61,690   ',
      'Realty taxes in   ',
      ' accordance with   ',
      ' IFRIC 21                  (13,474)         (13,762)             --         --   ',
    ],
    table: [
      '\tThree Months ended December 31\tThree Months ended December 31\tYear ended December 31\tYear ended December 31',
      '\t2024\t2023\t2024\t2023',
      'FFO AND AFFO\t\t\t\t',
      // The statement's lines below the years stay a caption of their own (its opening words went to the title).
      'Canadian dollars except per Unit amounts)\t\t\t\t',
      "Net income (loss) per the REIT's Financial Statements\t$130,882\t($11,313)\t($119,714)\t$61,690",
      'Realty taxes in accordance with IFRIC 21\t(13,474)\t(13,762)\t--\t--',
    ],
  },
  {
    name: "Hanesbrands Q4 2024 (Dow Jones text copy): a label wrapped over seven lines is one row's label; \"(benefit)\" and \"(loss)\" continue the label above; a caption wrapped over three lines ends at its colon, and the rows under it start their own labels",
    lines: [
      "                        Quarters Ended                             Years Ended",
      "                  --------------------------              ------------------------------",
      "                  December 28,  December 30,              December 28,    December 30,",
      "                      2024          2023       % Change        2024            2023        % Change",
      "                  ------------  ------------  ----------  --------------  --------------  ----------",
      "Net sales         $888,469      $850,283         4.5%     $3,507,438      $3,639,386        (3.6)%",
      "   Income (loss)",
      "    from",
      "    continuing",
      "    operations",
      "    before",
      "    income",
      "    taxes           54,783        33,659                     (57,394)         14,330",
      "Income tax",
      " expense",
      " (benefit)           9,115       (65,104)                     40,601         (14,818)",
      "                   -------       -------                   ---------       ---------",
      "   Net income",
      "    (loss)        $(12,880)     $ 77,941                  $ (320,431)     $  (17,726)",
      "                   =======       =======                   =========       =========",
      "",
      "Earnings (loss)",
      "per share -",
      "basic:",
      "   Continuing",
      "    operations    $   0.13      $   0.28                  $    (0.28)     $     0.08",
      "   Discontinued",
      "    operations       (0.17)        (0.06)                      (0.63)          (0.13)",
      "                   -------       -------                   ---------       ---------",
      "   Net income",
      "    (loss)        $  (0.04)     $   0.22                  $    (0.91)     $    (0.05)",
      "                   =======       =======                   =========       =========",
    ],
    table: [
      "\tQuarters Ended\tQuarters Ended\t\tYears Ended\tYears Ended\t",
      "\tDecember 28,\tDecember 30,\t\tDecember 28,\tDecember 30,\t",
      "\t2024\t2023\t% Change\t2024\t2023\t% Change",
      "Net sales\t$888,469\t$850,283\t4.5%\t$3,507,438\t$3,639,386\t(3.6)%",
      "  Income (loss) from continuing operations before income taxes\t54,783\t33,659\t\t(57,394)\t14,330\t",
      "Income tax expense (benefit)\t9,115\t(65,104)\t\t40,601\t(14,818)\t",
      "  Net income (loss)\t<u>$(12,880)</u>\t<u>$ 77,941</u>\t\t<u>$ (320,431)</u>\t<u>$ (17,726)</u>\t",
      "Earnings (loss) per share - basic:\t\t\t\t\t\t",
      "  Continuing operations\t$ 0.13\t$ 0.28\t\t$ (0.28)\t$ 0.08\t",
      "  Discontinued operations\t(0.17)\t(0.06)\t\t(0.63)\t(0.13)\t",
      "  Net income (loss)\t<u>$ (0.04)</u>\t<u>$ 0.22</u>\t\t<u>$ (0.91)</u>\t<u>$ (0.05)</u>\t",
    ],
  },
  {
    name: "Hanesbrands Q4 2024: captions and a blank line between the header and the first row (\"Leverage Ratio:\", blank, \"EBITDA(1) :\"); the header above them is the table's",
    lines: [
      "                                                Last Twelve Months",
      "                                        ----------------------------------",
      "                                         December 28,      December 30,",
      "                                              2024              2023",
      "                                        ---------------  -----------------",
      "Leverage Ratio:",
      "",
      "EBITDA(1) :",
      "   Income (loss) from continuing",
      "    operations                           $     (97,995)   $      29,148",
      "   Interest expense, net                       195,901          214,187",
      "   Income tax expense (benefit)                 40,601          (14,818)",
    ],
    table: [
      "\tLast Twelve Months\tLast Twelve Months",
      "\tDecember 28,\tDecember 30,",
      "\t2024\t2023",
      "Leverage Ratio:\t\t",
      "EBITDA(1) :\t\t",
      "  Income (loss) from continuing operations\t$ (97,995)\t$ 29,148",
      "  Interest expense, net\t195,901\t214,187",
      "  Income tax expense (benefit)\t40,601\t(14,818)",
    ],
  },
  {
    name: "Hanesbrands Q4 2024: each column's date wrapped its own way (\"December / 28, / 2024\", \"December / 28, 2024\") under two spanning headings, with no doubt cast on the spans",
    lines: [
      "                      Quarters Ended         Years Ended",
      "                    ------------------  ---------------------",
      "                    December  December",
      "                      28,       30,     December    December",
      "                      2024      2023    28, 2024    30, 2023",
      "                    --------  --------  ---------  ----------",
      "Income (loss) from",
      " continuing",
      " operations before",
      " income taxes, as",
      " reported under",
      " GAAP               $54,783   $33,659   $(57,394)  $14,330",
    ],
    table: [
      "\tQuarters Ended\tQuarters Ended\tYears Ended\tYears Ended",
      "\tDecember\tDecember\t\t",
      "\t28,\t30,\tDecember\tDecember",
      "\t2024\t2023\t28, 2024\t30, 2023",
      "Income (loss) from continuing operations before income taxes, as reported under GAAP\t$54,783\t$33,659\t$(57,394)\t$14,330",
    ],
  },
  {
    name: "Hanesbrands Q4 2024: a two-line caption (\"As reported under / GAAP:\") right under the header's rules opens the rows",
    lines: [
      "                           Year Ended December 28, 2024",
      "                      ---------------------------------------",
      "                                    Impact from                Year Ended    % Change,    % Change,",
      "                                      Foreign      Constant     December        As         Constant",
      "                      As Reported   Currency(1)     Currency    30, 2023     Reported      Currency",
      "                      -----------  -------------  -----------  -----------  -----------  -----------",
      "As reported under",
      "GAAP:",
      "   Net sales          $3,507,438    $   (39,532)  $3,546,970   $3,639,386     (3.6)%        (2.5)%",
      "   Gross profit        1,359,524        (19,858)   1,379,382    1,291,890      5.2           6.8",
      "   Operating profit      185,948         (7,077)     193,025      266,278    (30.2)        (27.5)",
    ],
    table: [
      "\tYear Ended December 28, 2024\tYear Ended December 28, 2024\tYear Ended December 28, 2024\t\t\t",
      "\t\tImpact from\t\tYear Ended\t% Change,\t% Change,",
      "\t\tForeign\tConstant\tDecember\tAs\tConstant",
      "\tAs Reported\tCurrency(1)\tCurrency\t30, 2023\tReported\tCurrency",
      "As reported under GAAP:\t\t\t\t\t\t",
      "  Net sales\t$3,507,438\t$ (39,532)\t$3,546,970\t$3,639,386\t(3.6)%\t(2.5)%",
      "  Gross profit\t1,359,524\t(19,858)\t1,379,382\t1,291,890\t5.2\t6.8",
      "  Operating profit\t185,948\t(7,077)\t193,025\t266,278\t(30.2)\t(27.5)",
    ],
  },
  {
    name: "Lattice Q4 2024: captions wrapped over two and four lines (\"Cash flows from operating / activities:\", \"Adjustments to reconcile net / \u2026 / activities:\") and labels whose second line starts in lower case",
    lines: [
      "                                                Year Ended",
      "                                      -------------------------------",
      "                                       December 28,     December 30,",
      "                                           2024             2023",
      "                                      --------------   --------------",
      "Cash flows from operating",
      "activities:",
      "     Net income                       $       61,131   $      259,061",
      "     Adjustments to reconcile net",
      "     income to net cash provided by",
      "     (used in) operating",
      "     activities:",
      "          Stock-based compensation",
      "           expense                            52,985           70,197",
      "          Depreciation and",
      "           amortization                       38,737           34,432",
    ],
    table: [
      "\tYear Ended\tYear Ended",
      "\tDecember 28,\tDecember 30,",
      "\t2024\t2023",
      "Cash flows from operating activities:\t\t",
      "  Net income\t$ 61,131\t$ 259,061",
      "  Adjustments to reconcile net income to net cash provided by (used in) operating activities:\t\t",
      "    Stock-based compensation expense\t52,985\t70,197",
      "    Depreciation and amortization\t38,737\t34,432",
    ],
  },
  {
    name: "Confluent Q4 2024: a caption printed under the header's rules that runs over the columns is a caption, not a heading",
    lines: [
      "                                 Three Months Ended December 31,           Year Ended December 31,",
      "                                ----------------------------------  -------------------------------------",
      "                                    2024              2023              2024                 2023",
      "                                 -----------       -----------       -----------          -----------",
      "Reconciliation of GAAP total gross profit to non-GAAP total gross profit:",
      "   Total gross profit on a",
      "    GAAP basis                  $    193,655      $    156,127      $    706,172       $      547,282",
      "         Total gross margin on",
      "          a GAAP basis                  74.1%             73.2%             73.3%                70.4%",
    ],
    table: [
      "\tThree Months Ended December 31,\tThree Months Ended December 31,\tYear Ended December 31,\tYear Ended December 31,",
      "\t2024\t2023\t2024\t2023",
      "Reconciliation of GAAP total gross profit to non-GAAP total gross profit:\t\t\t\t",
      "  Total gross profit on a GAAP basis\t$ 193,655\t$ 156,127\t$ 706,172\t$ 547,282",
      "    Total gross margin on a GAAP basis\t74.1%\t73.2%\t73.3%\t70.4%",
    ],
  },
  {
    name: "Pericom FY2005 (EDGAR, no <TABLE> tags): the header above \"Assets\", a blank line, \"Current Assets:\" and a blank line is the table's",
    lines: [
      "                                                   As of            As of",
      "                                               Jun 30, 2005     Jun 30, 2004",
      "                                               -------------    -------------",
      "                                                (unaudited)",
      "               Assets",
      "",
      "Current Assets:",
      "",
      "      Cash & cash equivalents                  $      20,902    $      13,965",
      "      Short-term investments                   $     122,385    $     130,412",
      "      Accounts receivable                              9,442            7,549",
      "      Inventories                                     13,428           15,980",
    ],
    table: [
      "\tAs of\tAs of",
      "\tJun 30, 2005\tJun 30, 2004",
      "\t(unaudited)\t",
      "    Assets\t\t",
      "Current Assets:\t\t",
      "  Cash & cash equivalents\t$ 20,902\t$ 13,965",
      "  Short-term investments\t$ 122,385\t$ 130,412",
      "  Accounts receivable\t9,442\t7,549",
      "  Inventories\t13,428\t15,980",
    ],
  },
  {
    name: "Horizon Financial Q3 FY2006 (EDGAR): a row's label wrapped over four lines with figures inside it (\"9,894,380,  9,918,707, and\") and a caption with eight lines of labels under it keep the table whole",
    lines: [
      "CONSOLIDATED STATEMENTS OF",
      " FINANCIAL CONDITION                              Three Month                     One Year",
      "(unaudited)                    December 31, 2005    Change     September 30, 2005  Change  December 31, 2004",
      "- ------------------------------------------------------------------------------------------------------------",
      "Assets:",
      "   Cash and due from banks         $   25,244          1%           $  24,944        24%     $  20,310",
      "   Interest-bearing deposits            1,614        -76%               6,719        36%         1,186",
      "      Total liabilities            $  973,167          3%          $  947,556        18%    $  824,419",
      "",
      "Stockholders' equity:",
      "   Serial preferred stock, $1.00",
      "    par value; 10,000,000 shares",
      "    authorized; none issued or",
      "    outstanding",
      "   Common stock, $1.00 par value;",
      "    30,000,000 shares authorized;",
      "     9,894,380,  9,918,707, and",
      "    10,121,148 shares outstanding       9,894          0%               9,919        -2%        10,121",
      "   Paid-in capital                     54,009          0%              54,105        -2%        55,317",
      "   Retained earnings                   43,444          5%              41,347        13%        38,509",
      "   Accumulated other comprehensive",
    ],
    table: [
      "\t\tThree Month\t\tOne Year\t",
      "\tDecember 31, 2005\tChange\tSeptember 30, 2005\tChange\tDecember 31, 2004",
      // "FINANCIAL CONDITION", beside the header, ends the title "CONSOLIDATED STATEMENTS OF": a title line, no row
      // (statement-titles.test.ts).
      "Assets:\t\t\t\t\t",
      "  Cash and due from banks\t$ 25,244\t1%\t$ 24,944\t24%\t$ 20,310",
      "  Interest-bearing deposits\t1,614\t-76%\t6,719\t36%\t1,186",
      "    Total liabilities\t$ 973,167\t3%\t$ 947,556\t18%\t$ 824,419",
      "Stockholders' equity:\t\t\t\t\t",
      "  Serial preferred stock, $1.00 par value; 10,000,000 shares authorized; none issued or outstanding\t\t\t\t\t",
      "  Common stock, $1.00 par value; 30,000,000 shares authorized; 9,894,380, 9,918,707, and 10,121,148 shares outstanding\t9,894\t0%\t9,919\t-2%\t10,121",
      "  Paid-in capital\t54,009\t0%\t54,105\t-2%\t55,317",
      "  Retained earnings\t43,444\t5%\t41,347\t13%\t38,509",
    ],
  },
  {
    name: "Lattice Q4 2024: a change cell wrapped over two lines (\"(690)\" over \"bps\") is one cell, \"(690) bps\", on the row whose label the line above begins (\"Gross Margin / %\", \"Free Cash / Flow / Margin\", a hanging indent of one)",
    lines: [
      "                                     Non-GAAP* Financial Results (unaudited)",
      "              -------------------------------------------------------------------------------------",
      "               Q4 2024    Q3 2024    Q4 2023     Q/Q       Y/Y      FY 2024    FY 2023     FY/FY",
      "              ---------  ---------  ---------  --------  --------  ---------  ---------  ----------",
      "Revenue       $ 117,419  $ 127,091  $ 170,596    (7.6)%   (31.2)%  $ 509,401  $ 737,154     (30.9)%",
      "Gross Margin                                      (690)     (830)",
      " %                62.1%      69.0%      70.4%       bps       bps      67.4%      70.4%   (300) bps",
      "Adjusted",
      " EBITDA                                           (870)    (1830)",
      " Margin           24.8%      33.5%      43.1%       bps       bps      31.8%      44.0%  (1220) bps",
      "Free Cash",
      " Flow                                                       (620)",
      " Margin           33.8%      31.0%      40.0%   280 bps       bps      23.5%      33.8%  (1030) bps",
    ],
    table: [
      "\tQ4 2024\tQ3 2024\tQ4 2023\tQ/Q\tY/Y\tFY 2024\tFY 2023\tFY/FY",
      "Revenue\t$ 117,419\t$ 127,091\t$ 170,596\t(7.6)%\t(31.2)%\t$ 509,401\t$ 737,154\t(30.9)%",
      "Gross Margin %\t62.1%\t69.0%\t70.4%\t(690) bps\t(830) bps\t67.4%\t70.4%\t(300) bps",
      "Adjusted EBITDA Margin\t24.8%\t33.5%\t43.1%\t(870) bps\t(1830) bps\t31.8%\t44.0%\t(1220) bps",
      "Free Cash Flow Margin\t33.8%\t31.0%\t40.0%\t280 bps\t(620) bps\t23.5%\t33.8%\t(1030) bps",
    ],
  },
  {
    name: "Killam Q4 2024: labels wrapped with a hanging indent of one (\"Same / property / NOI (2)\"), \"(80)\" over \"bps\", and a footnote mark alone where the label ends (\" (2)   97.6 %\")",
    lines: [
      "(000's)       2024       2023      Change        2024      2023      Change",
      "Property",
      " revenue        $92,581   $86,858         6.6 %  $364,650  $348,150      4.7 %",
      "Net",
      " operating",
      " income         $61,119   $56,488         8.2 %  $240,481  $224,043      7.3 %",
      "Net income",
      " (loss)        $363,419     ($11)           N/A  $667,844  $266,333        N/A",
      "FFO (1)         $36,393   $34,034         6.9 %  $144,914  $139,755      3.7 %",
      "FFO per unit",
      " (diluted)",
      " (1)              $0.29     $0.28         3.6 %     $1.18     $1.15      2.6 %",
      "AFFO per",
      " unit",
      " (diluted)",
      " (1)              $0.25     $0.23         8.7 %     $0.99     $0.97      2.1 %",
      "AFFO payout",
      " ratio",
      " (diluted)",
      " (1)               72 %      75 %     (300) bps      71 %      72 %  (100) bps",
      "Same",
      " property",
      " apartment",
      " occupancy                                 (80)",
      " (2)             97.6 %    98.4 %           bps    98.0 %    98.4 %   (40) bps",
      "Same",
      " property",
      " revenue",
      " growth (2)       6.1 %                             6.0 %",
      "Same",
      " property",
      " NOI (2)          7.5 %                             8.4 %",
    ],
    table: [
      "\t2024\t2023\tChange\t2024\t2023\tChange",
      "Property revenue\t$92,581\t$86,858\t6.6 %\t$364,650\t$348,150\t4.7 %",
      "Net operating income\t$61,119\t$56,488\t8.2 %\t$240,481\t$224,043\t7.3 %",
      "Net income (loss)\t$363,419\t($11)\tN/A\t$667,844\t$266,333\tN/A",
      "FFO (1)\t$36,393\t$34,034\t6.9 %\t$144,914\t$139,755\t3.7 %",
      "FFO per unit (diluted) (1)\t$0.29\t$0.28\t3.6 %\t$1.18\t$1.15\t2.6 %",
      "AFFO per unit (diluted) (1)\t$0.25\t$0.23\t8.7 %\t$0.99\t$0.97\t2.1 %",
      "AFFO payout ratio (diluted) (1)\t72 %\t75 %\t(300) bps\t71 %\t72 %\t(100) bps",
      "Same property apartment occupancy (2)\t97.6 %\t98.4 %\t(80) bps\t98.0 %\t98.4 %\t(40) bps",
      "Same property revenue growth (2)\t6.1 %\t\t\t6.0 %\t\t",
      "Same property NOI (2)\t7.5 %\t\t\t8.4 %\t\t",
    ],
  },
  {
    name: "Confluent Q4 2024: \"Less:\" wrapped onto the next line under a hanging indent of one is the label's start (\"Less: Acquisition-related expenses\"), not a caption",
    lines: [
      "                                 Three Months Ended December 31,           Year Ended December 31,",
      "                                ----------------------------------  -------------------------------------",
      "                                    2024              2023              2024                 2023",
      "                                 -----------       -----------       -----------          -----------",
      "",
      "Reconciliation of GAAP operating expenses to non-GAAP operating expenses:",
      "   Research and development",
      "    operating expense on a",
      "    GAAP basis                  $    114,886      $     86,948      $    421,237       $      348,752",
      "         Research and",
      "          development",
      "          operating expense as",
      "          a percentage of",
      "          total revenue on a",
      "          GAAP basis                    44.0%             40.8%             43.7%                44.9%",
      "         Less: Stock-based",
      "          compensation-related",
      "          charges                     45,938            36,972           171,487              143,846",
      "         Less:",
      "          Acquisition-related",
      "          expenses                    10,046             3,841            24,750               19,203",
      "                                 -----------       -----------       -----------          -----------",
      "      Non-GAAP research and",
      "       development operating",
      "       expense                  $     58,902      $     46,135      $    225,000       $      185,703",
    ],
    table: [
      "\tThree Months Ended December 31,\tThree Months Ended December 31,\tYear Ended December 31,\tYear Ended December 31,",
      "\t2024\t2023\t2024\t2023",
      "Reconciliation of GAAP operating expenses to non-GAAP operating expenses:\t\t\t\t",
      "  Research and development operating expense on a GAAP basis\t$ 114,886\t$ 86,948\t$ 421,237\t$ 348,752",
      "      Research and development operating expense as a percentage of total revenue on a GAAP basis\t44.0%\t40.8%\t43.7%\t44.9%",
      "      Less: Stock-based compensation-related charges\t45,938\t36,972\t171,487\t143,846",
      "      Less: Acquisition-related expenses\t10,046\t3,841\t24,750\t19,203",
      "    Non-GAAP research and development operating expense\t<u>$ 58,902</u>\t<u>$ 46,135</u>\t<u>$ 225,000</u>\t<u>$ 185,703</u>",
    ],
  },
  {
    name: "Horizon Financial Q3 FY2006 (EDGAR, page 6): the header over a rule, a blank line and a caption; a row starting with a figure (\"1-4 Family\") under a caption starting with one is a row of its own",
    lines: [
      "LOANS  (unaudited)        December 31,      September 30,       December 31,",
      "                             2005               2005               2004",
      "- ------------------------------------------------------------------------------",
      "",
      "1-4 Mortgage",
      "  1-4 Family             $  149,766          $  161,724         $ 161,712",
      "  1-4 Family",
      "   construction              21,408              16,931            16,636",
      "  Participations sold       (57,761)            (60,107)          (65,211)",
      "                         ----------          ----------         ---------",
    ],
    table: [
      "\tDecember 31,\tSeptember 30,\tDecember 31,",
      "\t2005\t2005\t2004",
      "LOANS\t\t\t",
      "1-4 Mortgage\t\t\t",
      "  1-4 Family\t$ 149,766\t$ 161,724\t$ 161,712",
      "  1-4 Family construction\t21,408\t16,931\t16,636",
      "  Participations sold\t(57,761)\t(60,107)\t(65,211)",
    ],
  },
  {
    name: "Lattice Q4 2024: percentages printed out of line with the dollar rows (\"61.1%\" left of \"$ 71,753\"): each heading stays over its own columns, set by the first row printing every column",
    lines: [
      "                            Three Months Ended             Year Ended",
      "                     --------------------------------  -------------------",
      "                     December   September    December  December   December",
      "                        28,        28,         30,        28,       30,",
      "                       2024        2024        2023      2024       2023",
      "                     ---------  ----------   --------  ---------  --------",
      "Gross Margin Reconciliation",
      "   GAAP Gross",
      "    margin           $  71,753  $   87,688   $118,947  $ 340,400  $514,670",
      "     Stock-based",
      "      compensation",
      "      - gross",
      "      margin (1)         1,143         (57)     1,111      2,779     4,612",
      "                      --------   ---------    -------   --------   -------",
      "   Non-GAAP Gross",
      "    margin           $  72,896  $   87,631   $120,058  $ 343,179  $519,282",
      "",
      "Gross Margin % Reconciliation",
      "   GAAP Gross margin",
      "    %                 61.1%     69.0%     69.7%     66.8%     69.8%",
      "     Stock-based",
      "      compensation -",
      "      gross margin",
      "      (1)              1.0%      0.0%      0.7%      0.6%      0.6%",
      "                      ----      ----      ----      ----      ----",
      "   Non-GAAP Gross",
      "    margin %          62.1%     69.0%     70.4%     67.4%     70.4%",
    ],
    table: [
      "\tThree Months Ended\tThree Months Ended\tThree Months Ended\tYear Ended\tYear Ended",
      "\tDecember\tSeptember\tDecember\tDecember\tDecember",
      "\t28,\t28,\t30,\t28,\t30,",
      "\t2024\t2024\t2023\t2024\t2023",
      "Gross Margin Reconciliation\t\t\t\t\t",
      "  GAAP Gross margin\t$ 71,753\t$ 87,688\t$118,947\t$ 340,400\t$514,670",
      "    Stock-based compensation - gross margin (1)\t1,143\t(57)\t1,111\t2,779\t4,612",
      "  Non-GAAP Gross margin\t<u>$ 72,896</u>\t<u>$ 87,631</u>\t<u>$120,058</u>\t<u>$ 343,179</u>\t<u>$519,282</u>",
      "Gross Margin % Reconciliation\t\t\t\t\t",
      "  GAAP Gross margin %\t61.1%\t69.0%\t69.7%\t66.8%\t69.8%",
      "    Stock-based compensation - gross margin (1)\t1.0%\t0.0%\t0.7%\t0.6%\t0.6%",
      "  Non-GAAP Gross margin %\t<u>62.1%</u>\t<u>69.0%</u>\t<u>70.4%</u>\t<u>67.4%</u>\t<u>70.4%</u>",
    ],
  },
  {
    name: "Confluent Q4 2024: a negative figure printed with its dollar sign inside the parenthesis and apart from the figure (\"($       57,344)\") is one cell",
    lines: [
      "                                 Three Months Ended December 31,           Year Ended December 31,",
      "                                ----------------------------------  -------------------------------------",
      "                                    2024              2023              2024                 2023",
      "                                 -----------       -----------       -----------          -----------",
      "      Non-GAAP operating",
      "       income (loss)            $     13,640      $     11,249      $     27,491      ($       57,344)",
    ],
    table: [
      "\tThree Months Ended December 31,\tThree Months Ended December 31,\tYear Ended December 31,\tYear Ended December 31,",
      "\t2024\t2023\t2024\t2023",
      "Non-GAAP operating income (loss)\t$ 13,640\t$ 11,249\t$ 27,491\t$ (57,344)",
    ],
  },
  {
    name: "Asta Funding FY2005 (EDGAR): \"Issued - none\" under a caption is words, not a row of nil marks, and the equity captions after \"Commitments\" keep the balance sheet whole",
    lines: [
      "                                                                                                    SEPTEMBER 30,",
      "                                                                                               2005               2004",
      "                                                                                               ----               ----",
      "",
      "ASSETS",
      "LIABILITIES",
      "   Advances under line of credit                                                         $     29,285,000   $     39,355,000",
      "   Other liabilities                                                                           4,180 ,000          3,351,000",
      "   Income taxes payable                                                                         1,243,000          1,425,000",
      "   Deferred income taxes                                                                          153,000             44,000",
      "                                                                                         ----------------   ----------------",
      "",
      "        Total liabilities                                                                      34,861,000         44,175,000",
      "                                                                                         ----------------   ----------------",
      "",
      "Commitments",
      "",
      "STOCKHOLDERS' EQUITY",
      "Preferred stock, $.01 par value; authorized 5,000,000;",
      "    Issued - none",
      "Common stock, $.01 par value, authorized 30,000,000 shares, issued",
      "   and outstanding 13,595,000 shares in 2005 and 13,432,000 in 2004                               136,000            134,000",
      "Additional paid-in capital                                                                     60,798,000         59,184,000",
    ],
    table: [
      "\tSEPTEMBER 30,\tSEPTEMBER 30,",
      "\t2005\t2004",
      "ASSETS\t\t",
      "LIABILITIES\t\t",
      "  Advances under line of credit\t$ 29,285,000\t$ 39,355,000",
      "  Other liabilities\t4,180 ,000\t3,351,000",
      "  Income taxes payable\t1,243,000\t1,425,000",
      "  Deferred income taxes\t153,000\t44,000",
      "    Total liabilities\t<u>34,861,000</u>\t<u>44,175,000</u>",
      "Commitments\t\t",
      "STOCKHOLDERS' EQUITY\t\t",
      "Preferred stock, $.01 par value; authorized 5,000,000;\t\t",
      "  Issued - none\t\t",
      "Common stock, $.01 par value, authorized 30,000,000 shares, issued and outstanding 13,595,000 shares in 2005 and 13,432,000 in 2004\t136,000\t134,000",
      "Additional paid-in capital\t60,798,000\t59,184,000",
    ],
  },
  // Netflix's Q2 2026 letter (pdftotext -layout; ../shared/series-s22/nflx/nflx-2026-q2.txt:385-389): "Three Months
  // Ended" over the middle of its three dates, "Six Months Ended" between its two. The first and third columns were
  // read under no span, so the quarter's revenue was a balance "at June 30, 2026".
  {
    name: "Netflix Q2 2026: a span heading centred over three date columns, its characters over the middle one, heads all three",
    lines: [
      "                                                                                   Three Months Ended                            Six Months Ended",
      "                                                                     June 30,           March 31,          June 30,          June 30,         June 30,",
      "                                                                       2026               2026               2025              2026             2025",
      "Revenues                                                         $   12,559,938      $   12,249,757    $   11,079,166    $   24,809,695     $   21,621,967",
      "      Cost of revenues                                                6,036,965           5,888,238         5,325,311        11,925,203         10,588,458",
    ],
    table: [
      "\tThree Months Ended\tThree Months Ended\tThree Months Ended\tSix Months Ended\tSix Months Ended",
      "\tJune 30,\tMarch 31,\tJune 30,\tJune 30,\tJune 30,",
      "\t2026\t2026\t2025\t2026\t2025",
      "Revenues\t$ 12,559,938\t$ 12,249,757\t$ 11,079,166\t$ 24,809,695\t$ 21,621,967",
      "  Cost of revenues\t6,036,965\t5,888,238\t5,325,311\t11,925,203\t10,588,458",
    ],
  },
  // Netflix's Q4 2025 letter (../shared/series-s22/nflx/nflx-2025-q4.txt:663-665, 668-669): the heading is centred
  // over the dates, which stand left of the figures; over the figures it is not.
  {
    name: "Netflix Q4 2025: a span heading centred over its three columns' dates (not their figures) heads all three",
    lines: [
      "                                                                                           Three Months Ended                               Twelve Months Ended",
      "                                                                            December 31,       September 30,       December 31,        December 31,       December 31,",
      "                                                                                2025               2025                2024                2025               2024",
      "  Purchases of property and equipment                                              (239,335)          (164,719)            (158,674)         (688,220)            (439,538)",
      " Non-GAAP free cash flow                                                   $    1,872,307      $   2,660,455      $       1,378,220    $    9,461,053     $   6,921,826",
    ],
    table: [
      "\tThree Months Ended\tThree Months Ended\tThree Months Ended\tTwelve Months Ended\tTwelve Months Ended",
      "\tDecember 31,\tSeptember 30,\tDecember 31,\tDecember 31,\tDecember 31,",
      "\t2025\t2025\t2024\t2025\t2024",
      "Purchases of property and equipment\t(239,335)\t(164,719)\t(158,674)\t(688,220)\t(439,538)",
      "Non-GAAP free cash flow\t$ 1,872,307\t$ 2,660,455\t$ 1,378,220\t$ 9,461,053\t$ 6,921,826",
    ],
  },
  // Netflix's Q1 2026 letter (../shared/series-s22/nflx/nflx-2026-q1.txt:468-472): the one heading of its line. The
  // first column, under no span, was read "at March 31, 2026", and its "beginning of period" cash was tied to the
  // end of the period: a false mismatch (12,266,873 against 9,039,194).
  {
    name: "Netflix Q1 2026: the one span heading of its line, over the middle of three date columns, heads all three",
    lines: [
      "                                                                                                           Three Months Ended",
      "                                                                                           March 31,          December 31,         March 31,",
      "                                                                                            2026                  2025              2025",
      " Cash flows from operating activities:",
      "   Net income                                                                          $     5,282,791       $    2,418,521    $     2,890,351",
    ],
    table: [
      "\tThree Months Ended\tThree Months Ended\tThree Months Ended",
      "\tMarch 31,\tDecember 31,\tMarch 31,",
      "\t2026\t2025\t2025",
      "Cash flows from operating activities:\t\t\t",
      "  Net income\t$ 5,282,791\t$ 2,418,521\t$ 2,890,351",
    ],
  },
  {
    name: "a span heading over the middle of three columns the others of which no date heads keeps its own column",
    lines: [
      "                           Three Months Ended",
      "              Budget         March 31,        Variance",
      "                               2026",
      "Revenue        1,000          1,100            100",
    ],
    table: [
      "\t\tThree Months Ended\t",
      "\tBudget\tMarch 31,\tVariance",
      "\t\t2026\t",
      "Revenue\t1,000\t1,100\t100",
    ],
  },
  // eBay's Q2 2023 outlook (pdftotext -layout; ../shared/unseen-s27/ebay-2023-q2.txt:138-142, 473-477): a range printed
  // "$2.46 - $2.52" was split at its dash into three cells, the dash read as a nil column and the upper end dropped
  // (or, in its reconciliation, read in a column of its own).
  {
    name: "eBay Q2 2023: a range '$2.46 - $2.52' or '2% - 4%' in a guidance column is one cell",
    lines: [
      "In billions, except per share data and percentages                             Q3 2023 Guidance",
      "Revenue                                                                                    $2.46 - $2.52",
      "Organic FX-Neutral Y/Y Growth                                                                2% - 4%",
      "Diluted GAAP EPS                                                                           $0.67 - $0.72",
    ],
    table: [
      "\tQ3 2023 Guidance",
      "Revenue\t$2.46 - $2.52",
      "Organic FX-Neutral Y/Y Growth\t2% - 4%",
      "Diluted GAAP EPS\t$0.67 - $0.72",
    ],
  },
  // Salesforce's Q2 FY24 guidance (../shared/unseen-s27/crm-fy2024-q2.txt:70-74): two columns of ranges. Split at the
  // dashes, "- $3.52" was read as a figure of its own, minus 3.52, and "- 23%" as minus 23 percent.
  {
    name: "Salesforce Q2 FY24: two columns of ranges ('$3.50 - $3.52', '22% - 23%') are two cells, no upper end read as negative",
    lines: [
      "                                                                                     Q3 FY24              Full Year FY24",
      "                                                                                     Guidance               Guidance",
      "GAAP Operating Margin                                                                   N/A                 ~13.3%",
      "GAAP Diluted Earnings per Share(2)                                                $1.02 - $1.03           $3.50 - $3.52",
      "Operating Cash Flow Growth (Y/Y)(3)                                                     N/A                22% - 23%",
    ],
    table: [
      "\tQ3 FY24\tFull Year FY24",
      "\tGuidance\tGuidance",
      "GAAP Operating Margin\tN/A\t~13.3%",
      "GAAP Diluted Earnings per Share(2)\t$1.02 - $1.03\t$3.50 - $3.52",
      "Operating Cash Flow Growth (Y/Y)(3)\tN/A\t22% - 23%",
    ],
  },
];

describe('fixed-width tables: each layout form', () => {
  test.each(FORMS)('$name', ({ lines, table }) => {
    const { text, issues } = read('ACME REPORTS RESULTS', '', ...lines);
    expect(issues).toEqual([]);
    expect(tableLines(text)).toEqual(table);
  });
});

describe('fixed-width tables of real releases: each form', () => {
  test.each(CORPUS_FORMS)('$name', ({ lines, table }) => {
    const { text, issues } = read('ACME REPORTS RESULTS', '', ...lines);
    expect(issues).toEqual([]);
    expect(tableLines(text)).toEqual(table);
  });
});

describe('spans glued to the text line above a fixed-width table', () => {
  // Killam Q4 2024 (Dow Jones text copy): the wrap that set "Three months ended December 31," and "Year ended
  // December 31," over the columns was lost, and they end the bullet above the table.
  const lines = [
    "* Maintained a conservative and flexible balance sheet, ending the year with debt as a percentage of assets of 40.4%, the lowest in Killam's operating history. Three months ended December 31, Year ended December 31,",
    "",
    "```",
    "(000's)       2024       2023      Change        2024      2023      Change",
    "Property",
    " revenue        $92,581   $86,858         6.6 %  $364,650  $348,150      4.7 %",
    "Net",
    " operating",
    " income         $61,119   $56,488         8.2 %  $240,481  $224,043      7.3 %",
    "Net income",
    " (loss)        $363,419     ($11)           N/A  $667,844  $266,333        N/A",
    "FFO (1)         $36,393   $34,034         6.9 %  $144,914  $139,755      3.7 %",
  ];
  test('each span is set over its group of columns ("2024 2023 Change" twice) and taken out of the bullet', () => {
    const { text, issues } = read('ACME REPORTS RESULTS', '', ...lines);
    expect(issues).toEqual([]);
    expect(tableLines(text).slice(0, 3)).toEqual([
      '\tThree months ended December 31,\tThree months ended December 31,\tThree months ended December 31,\tYear ended December 31,\tYear ended December 31,\tYear ended December 31,',
      '\t2024\t2023\tChange\t2024\t2023\tChange',
      'Property revenue\t$92,581\t$86,858\t6.6 %\t$364,650\t$348,150\t4.7 %',
    ]);
    expect(text).toContain("the lowest in Killam's operating history.\n");
  });
  test('a bullet ending in one span only keeps it: a heading, not a run of them', () => {
    const one = [lines[0]!.replace(' Year ended December 31,', ''), ...lines.slice(1)];
    const { text } = read('ACME REPORTS RESULTS', '', ...one);
    expect(text).toContain("operating history. Three months ended December 31,\n");
  });
});

describe('fixed-width releases: pages, envelopes and bad input', () => {
  test('a heading over one column that runs a character into the next ("December 31," beside "4%") heads only its own (Horizon Financial Q3 FY2006)', () => {
    const { text } = read(
      'ACME REPORTS RESULTS',
      '',
      "DEPOSITS (unaudited)     December 31,          September 30,    December 31,",
      "                            2005                   2005             2004",
      "- ------------------------------------------------------------------------------",
      "Demand Deposits",
      "  Savings               $   32,958    4%      $  35,543   4%    $  42,305   6%",
      "  Checking                  79,835   10%         78,789  10%       79,299  11%",
    );
    const [dates, years] = tableLines(text);
    expect(dates.split('\t').slice(0, 3)).toEqual(['', 'December 31,', '']);
    expect(years.split('\t').slice(0, 3)).toEqual(['', '2005', '']);
  });
  test('telephone numbers in international form ("+61 3 9226 9028") are text, never a row of figures (Amcor FY2023, set s27)', () => {
    const { text } = read(
      'ACME REPORTS RESULTS',
      '',
      'Contact Information',
      'Investors',
      'Tracey Whitehead                                Damien Bird                                     Damon Wright',
      'Head of Investor Relations                      Vice President Investor Relations               Vice President Investor Relations',
      'Amcor                                           Amcor                                           Amcor',
      '+61 3 9226 9028                                 +61 3 9226 9070                                 +1 224 313 7141',
      'tracey.whitehead@amcor.com                      damien.bird@amcor.com                           damon.wright@amcor.com',
      '',
      '                    2005      2004',
      'Interest revenue   19,959    14,806',
    );
    expect(text).toContain('+61 3 9226 9028');
    expect(tableLines(text).flatMap((l) => l.split('\t'))).not.toContain('9226');
    expect(tableLines(text)).toContain('Interest revenue\t19,959\t14,806');
  });
  test('a line of a paragraph in capitals that ends in figures ("… ABOUT 5 -10") is prose, not a table (Asta Funding FY2005, EDGAR)', () => {
    const { text, issues } = read(
      'ACME REPORTS RESULTS',
      '',
      "AS PREVIOUSLY REPORTED, ASTA FUNDING WILL CONDUCT A TELECONFERENCE TODAY AT",
      "11:00 A.M. EST. INTERESTED PARTIES MAY PARTICIPATE IN THE CONFERENCE CALL BY",
      "DIALING USA/CANADA (877) 511-5818, INTERNATIONAL (706) 634-1462 ABOUT 5 -10",
      "MINUTES PRIOR TO 11:00 A.M. EST. PLEASE REFER TO THE ASTA FUNDING EARNINGS",
      "TELECONFERENCE ID# 3070206. A RECORDING OF THE CONFERENCE CALL WILL BE AVAILABLE",
      "FROM 12:00 NOON EST DECEMBER 13 THROUGH DECEMBER 20 AT MIDNIGHT, BY DIALING USA/",
      "CANADA (800) 642-1687, INTERNATIONAL (706) 645-9291, CONFERENCE ID# 3070206.",
      '',
      '                    2005      2004',
      'Interest revenue   19,959    14,806',
    );
    expect(issues).toEqual([]);
    expect(text).toContain('ABOUT 5 -10 MINUTES PRIOR');
    expect(tableLines(text)).toEqual(['\t2005\t2004', 'Interest revenue\t19,959\t14,806']);
  });
  test('a unit statement wrapped in the label zone of the header ("($ in millions," / "except per share" / "data)") is one title line (Molson Coors Q4 2024)', () => {
    const { text, issues } = read(
      'ACME REPORTS RESULTS',
      '',
      "                                     For the three months ended",
      "----------------  -----------------------------------------------------------------",
      "($ in millions,                                                        Constant",
      "except per share                          Reported      Foreign        Currency",
      "data)             December   December     Increase      Exchange       Increase",
      "(Unaudited)       31, 2024   31, 2023    (Decrease)      Impact      (Decrease)(1)",
      "                  ---------  ---------  ------------  ------------  ---------------",
      "Net sales         $ 2,735.6  $ 2,790.8    (2.0)%       $  (3.2)        (1.9)%",
    );
    expect(issues).toEqual([]);
    expect(text.split('\n')).toContain('($ in millions, except per share data)');
    expect(tableLines(text).at(-1)).toBe('Net sales\t$ 2,735.6\t$ 2,790.8\t(2.0)%\t$ (3.2)\t(1.9)%');
  });
  test("a Markdown copy's code fences around its tables print nothing and end the table (Killam Q4 2024, a Dow Jones text copy)", () => {
    const { text, issues } = read(
      'ACME REPORTS RESULTS',
      '',
      '```',
      "(000's)       2024       2023      Change        2024      2023      Change   ",
      'FFO (1)         $36,393   $34,034         6.9 %  $144,914  $139,755      3.7 %   ',
      '```',
      '```',
      'Debt Metrics As At             December 31, 2024  December 31, 2023  Change   ',
      'Weighted average mortgage   ',
      ' interest rate                            3.45 %             3.22 %     23 bps   ',
      '```',
    );
    expect(issues).toEqual([]);
    expect(text).not.toContain('```');
    expect(tableLines(text)).toEqual([
      '\t2024\t2023\tChange\t2024\t2023\tChange',
      'FFO (1)\t$36,393\t$34,034\t6.9 %\t$144,914\t$139,755\t3.7 %',
      '\tDecember 31, 2024\tDecember 31, 2023\tChange',
      'Weighted average mortgage interest rate\t3.45 %\t3.22 %\t23 bps',
    ]);
  });
  test('a table continued over a form feed, its title and header printed again, is one table; page numbers and "-more-" are left out', () => {
    const page = ['                        ACME CORP', '                   CONSOLIDATED BALANCE SHEETS', '', '                         2023        2022'];
    const { text } = read(...page, 'Cash                   $ 6,218     $ 4,907', '', '                          - 2 -', '                         -more-', '\f' + page[0], ...page.slice(1, 2).map((l) => `${l} (continued)`), ...page.slice(2), 'Debt                     2,500       2,500');
    expect(text).toBe('ACME CORP\nCONSOLIDATED BALANCE SHEETS\n\t2023\t2022\nCash\t$ 6,218\t$ 4,907\nDebt\t2,500\t2,500\n');
  });

  test('a paragraph printed right above a table, with no blank line between, stays prose; the title under it joins the table', () => {
    const { text } = read('ACME REPORTS RESULTS', '', '     "Demand remained strong," said the company\'s', 'president.', '                           ACME CORP', '                          2023        2022', 'Revenue               $ 1,000     $   900');
    expect(text).toBe('ACME REPORTS RESULTS\n\n"Demand remained strong," said the company\'s president.\n\nACME CORP\n\t2023\t2022\nRevenue\t$ 1,000\t$ 900\n');
  });

  test('an EDGAR submission: the EX-99 exhibit is read, its SGML envelope and <TABLE>, <CAPTION>, <S>, <C>, <PAGE> tags are not text', () => {
    const { text } = read(
      '<SEC-DOCUMENT>0000000000-99-000001.txt', '<DOCUMENT>', '<TYPE>8-K', '<TEXT>', 'Item 7. Exhibits 99.1', '</TEXT>', '</DOCUMENT>', '<DOCUMENT>', '<TYPE>EX-99.1', '<TEXT>',
      '<PAGE>   1', 'ACME REPORTS RESULTS', '<TABLE>', '<CAPTION>', '                  1999       1998', '<S>               <C>        <C>', 'Revenue         $ 100      $  90', '</TABLE>', '</TEXT>', '</DOCUMENT>',
    );
    expect(text).toBe('ACME REPORTS RESULTS\n\t1999\t1998\nRevenue\t$ 100\t$ 90\n');
  });

  test('an EDGAR submission furnishing its release in several EX-99 exhibits: each is read, in order, and no table runs from one into the next', () => {
    const doc = (type: string, ...text: string[]) => ['<DOCUMENT>', `<TYPE>${type}`, '<TEXT>', ...text, '</TEXT>', '</DOCUMENT>'];
    const { text, issues } = read(
      '<SEC-DOCUMENT>0000000000-05-000001.txt',
      ...doc('8-K', 'Item 2.02. Exhibits 99.01 through 99.03'),
      ...doc('EX-99.01', 'ACME REPORTS RESULTS', '', 'Revenue rose.'),
      ...doc('EX-99.02', 'Financial Highlights', '<TABLE>', '                  2004       2003', 'Revenue         $ 100      $  90', '</TABLE>'),
      ...doc('GRAPHIC', 'begin 644 logo.jpg'),
      ...doc('EX-99.03', '                  2004       2003', 'Shares            741        733'),
      '</SEC-DOCUMENT>',
    );
    expect(issues).toEqual([]);
    expect(text).toBe('ACME REPORTS RESULTS\n\nRevenue rose.\n\nFinancial Highlights\n\t2004\t2003\nRevenue\t$ 100\t$ 90\n\n\t2004\t2003\nShares\t741\t733\n');
  });

  test('exhibits in HTML are read as one page, in order, each problem at its line in the submission', () => {
    const doc = (type: string, html: string) => ['<DOCUMENT>', `<TYPE>${type}`, '<TEXT>', html, '</TEXT>', '</DOCUMENT>'];
    const result = importRelease({
      text: ['<SEC-DOCUMENT>x', ...doc('EX-99.1', '<html><body><h1>Acme Reports Q4 2004 Results</h1><p>Revenue rose.</p></body></html>'), ...doc('EX-99.2', '<html><body><table><tr><td></td><td>2004</td><td>2003</td></tr><tr><td>Revenue</td><td>100</td><td>90</td></tr></table>\n<!-- never closed</body></html>'), '</SEC-DOCUMENT>', ''].join('\n'),
      file: 'x.txt',
      kind: 'text',
    });
    expect(result.releaseText).toContain('Revenue rose.');
    expect(result.releaseText).toContain('\t2004\t2003\nRevenue\t100\t90\n');
    expect(result.releaseText.indexOf('Revenue rose.')).toBeLessThan(result.releaseText.indexOf('\t2004'));
    expect(result.issues.map((i) => i.line)).toContain(12);
  });

  test("EDGAR's inline footnote tags read as the marks they stand for: <F1> after a label or a figure is (1), and the <FN> notes are prose", () => {
    const { text, issues } = read('ACME REPORTS RESULTS', '', '<TABLE>', '<CAPTION>', '                          1999        1998', '<S>                       <C>         <C>', 'Revenue <F1>           $ 1,000     $   900', 'Other                      12<F2>        14', '</TABLE>', '<FN>', '<F1> Includes licensing.', '<F2> Restated.', '</FN>');
    expect(issues).toEqual([]);
    expect(text).toBe('ACME REPORTS RESULTS\n\t1999\t1998\nRevenue (1)\t$ 1,000\t$ 900\nOther\t12(2)\t14\n\n(1)  Includes licensing.\n\n(2)  Restated.\n');
  });

  test('a figure printed between the columns is a located error naming its line and column, and is still written', () => {
    const { text, issues } = read('ACME CORP', '', '                  2023      2022', 'Revenue          1,000       900', 'Cost          500   400      300');
    expect(issues).toEqual([`5:15 expected a header over value column 1 of this table; found none above its figures (first: '500')`]);
    expect(tableLines(text)).toContain('Cost\t500\t400\t300');
  });

  test('two figures of one row in one column are a located error, and both are written', () => {
    // Right edges at 16, 18 and 20 chain into one column; "12" and "400" share a row in it.
    const { text, issues } = read('ACME CORP', '', '                2023', `${'Revenue'.padEnd(16)}1,000`, `${'Other'.padEnd(16)}500`, `${'Cost'.padEnd(15)}12 400`);
    expect(issues).toEqual([`6:19 expected the figures of this table in columns aligned from row to row; '400' falls in the same column as '12' on this line, so both are written in one cell`]);
    expect(tableLines(text)).toContain('Cost\t12 400');
  });

  test('text with no table of figures in either layout is refused with a message naming both', () => {
    expect(read('Acme announces a new chief executive.').issues).toEqual([
      '1:1 expected at least one table: rows of figures aligned in columns under a header, or tab-separated lines under a header line (see ARCHITECTURE.md, "The release text"); found none, so the ingest would find no facts',
    ]);
  });

  test('text already in the release-text layout passes through unchanged (the bundled Internap release)', () => {
    const text = readFileSync('data/releases/inap-2010-q2/release.txt', 'utf8');
    const result = importRelease({ text, file: 'release.txt', kind: 'text' });
    expect(result.releaseText).toBe(text);
    expect(result.issues).toEqual([]);
  });
});

/** Printed figures of the kinds fixed-width statements carry. */
const figure = fc.oneof(
  fc.integer({ min: 0, max: 99_999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 1, max: 9_999_999 }).map((n) => `(${n.toLocaleString('en-US')})`),
  fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`),
  fc.integer({ min: -99, max: 99 }).map((n) => `${n}%`),
  fc.constantFrom('--', '-'),
);
const word = fc.constantFrom('Revenue', 'Cost of sales', 'Gross profit', 'Research and development', 'Interest', 'Net income', 'Other, net', 'Total assets');

describe('random space-aligned tables', () => {
  test('every figure lands in its own column, as printed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((columns) =>
          fc.record({
            columns: fc.constant(columns),
            rows: fc.array(fc.record({ label: word, indent: fc.integer({ min: 0, max: 2 }), cells: fc.array(figure, { minLength: columns, maxLength: columns }) }), { minLength: 1, maxLength: 12 }),
            gap: fc.integer({ min: 2, max: 6 }),
            dollar: fc.boolean(),
            hang: fc.boolean(),
          }),
        ),
        ({ columns, rows, gap, dollar, hang }) => {
          // At least one real figure, so that the block is a table.
          rows[0].cells[0] = '1,234';
          const headers = Array.from({ length: columns }, (_, k) => String(2023 - k));
          const printed = rows.map((r, i) => r.cells.map((c) => (dollar && i === 0 && /^\(?\d/.test(c) ? `$ ${c}` : c)));
          const labelWidth = Math.max(...rows.map((r) => r.label.length + r.indent * 2)) + gap;
          const widths = headers.map((h, k) => Math.max(h.length, ...printed.map((p) => p[k].length + 2)));
          // Typeset statements let a negative's closing parenthesis hang past the column's edge.
          const cell = (c: string, k: number) => (hang ? (c.endsWith(')') ? c.padStart(widths[k] + 1) : `${c.padStart(widths[k])} `) : c.padStart(widths[k]));
          const line = (label: string, cells: string[]) => (label.padEnd(labelWidth) + cells.map(cell).join(' '.repeat(gap))).trimEnd();
          const lines = [line('', headers), ...rows.map((r, i) => line(`${'  '.repeat(r.indent)}${r.label}`, printed[i]))];
          const { text, issues } = read('ACME REPORTS RESULTS', '', ...lines);
          expect(issues).toEqual([]);
          const written = tableLines(text).slice(1).map((l) => l.split('\t').slice(1));
          expect(written).toEqual(printed);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Pieces of plain-text releases, well and badly laid out. */
const PIECES = ['Revenue', '  Cost of sales', 'Total', '$', '1,234', '(65)', '--', '-', '.42', '12.5%', '2023', 'Three Months Ended', 'September 30,', '(In thousands)', '----------', '=======', '- ------', '<PAGE>', '<TABLE>', '</TABLE>', '<S>', '<C>', '<TYPE>EX-99.1', '<TEXT>', '</TEXT>', '<DOCUMENT>', '\f', '\t', '- 2 -', '-more-', '...........', 'o', '•'];

describe('any plain text imports without throwing', () => {
  test('random lines of real-world pieces at random columns give release text and located issues, never an exception', () => {
    const line = fc.array(fc.tuple(fc.integer({ min: 0, max: 12 }), fc.constantFrom(...PIECES)), { maxLength: 8 }).map((parts) => parts.map(([gap, p]) => ' '.repeat(gap) + p).join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const result = importRelease({ text: lines.join('\n'), file: 'x.txt', kind: 'text' });
        for (const issue of result.issues) {
          expect(issue.line).toBeGreaterThanOrEqual(1);
          expect(issue.line).toBeLessThanOrEqual(Math.max(1, lines.length));
          expect(issue.column).toBeGreaterThanOrEqual(1);
        }
        // Tabs only in table lines: every tab-separated line has a label cell and at least one more.
        for (const l of result.releaseText.split('\n')) if (l.includes('\t')) expect(l.split('\t').length).toBeGreaterThan(1);
      }),
      { numRuns: 300 },
    );
  });
});


// The guidance ranges of Salesforce's Q2 FY24 (../shared/unseen-s27/crm-fy2024-q2.txt:64-74) read through to facts:
// each range one fact with its two ends, no upper end read as a negative figure, "~13.3%" a percentage and the row
// told so though "N/A" stands before it; the "N/A" itself in percent, the line's unit (a margin, a growth), not dollars.
describe('a layout table of guidance ranges, read', () => {
  const lines = [
    '                                                                                     Q3 FY24              Full Year FY24',
    '                                                                                     Guidance               Guidance',
    'GAAP Operating Margin                                                                   N/A                 ~13.3%',
    'GAAP Diluted Earnings per Share(2)                                                $1.02 - $1.03           $3.50 - $3.52',
    'Non-GAAP Diluted Earnings per Share(2)                                            $2.05 - $2.06           $8.04 - $8.06',
    'Operating Cash Flow Growth (Y/Y)(3)                                                     N/A                22% - 23%',
  ];
  const text = importRelease({ text: `ACME REPORTS RESULTS\n\n${lines.join('\n')}\n`, file: 'x.txt', kind: 'text' }).releaseText;
  const meta: ReleaseMeta = { id: 'crm', title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '01-31', fiscalPeriod: '2024-q2', releaseDate: '2023-08-30', currency: 'USD', scale: 6 };
  const release = parseRelease(text, meta, emptyModel, 'x.txt');
  const read = (row: string) => release.facts.filter((f) => f.row === row).map((f) => [f.raw, f.value, f.range ?? null, f.unit]);

  test.each<[string, [string, string | null, { low: string; high: string } | null, string][]]>([
    ['gaap-operating-margin', [['N/A', null, null, 'percent'], ['~13.3%', '13.3', null, 'percent']]],
    ['gaap-diluted-earnings-per-share', [['$1.02 - $1.03', null, { low: '1.02', high: '1.03' }, 'USD/share'], ['$3.50 - $3.52', null, { low: '3.50', high: '3.52' }, 'USD/share']]],
    ['non-gaap-diluted-earnings-per-share', [['$2.05 - $2.06', null, { low: '2.05', high: '2.06' }, 'USD/share'], ['$8.04 - $8.06', null, { low: '8.04', high: '8.06' }, 'USD/share']]],
    ['operating-cash-flow-growth-yy', [['N/A', null, null, 'percent'], ['22% - 23%', null, { low: '22', high: '23' }, 'percent']]],
  ])('%s', (row, facts) => {
    expect(read(row)).toEqual(facts);
  });

  test('no figure of the table is negative', () => {
    expect(release.facts.filter((f) => f.value?.startsWith('-') || f.range?.high.startsWith('-'))).toEqual([]);
  });

  test("a row's reading is its first figure's, not a mark's before it", () => {
    const rows = release.tables.flatMap((t) => t.rows);
    expect(rows.find((r) => r.id === 'gaap-operating-margin')!.reading).toMatchObject({ unit: 'percent', scale: 0 });
  });
});

// Costco's 3Q23 balance sheet over a page break (test/fixtures/import/text/cost-fy2023-q3-page-break.txt). The page
// ends with "Sh  i   1 215   846", an overprint of the next page's first line: its "1" parted from "215" made a third
// column, the two dates were spread over three, and the rows after the break (two figures each) were a table of
// their own with no header ("expected a header row … the table starts with 'Short-term investments'").
describe('a table carried over a page break under the header before it', () => {
  const source = readFileSync('test/fixtures/import/text/cost-fy2023-q3-page-break.txt', 'utf8');
  const result = importRelease({ text: `ACME REPORTS RESULTS\n\n${source}`, file: 'x.txt', kind: 'text' });
  const table = tableLines(result.releaseText);

  test('one table, two columns under the two dates, its rows after the break under them', () => {
    expect(table.slice(0, 8)).toEqual([
      '\tMay 7, 2023\tAugust 28,',
      '\t\t2022',
      '    ASSETS\t\t',
      'CURRENT ASSETS\t\t',
      '  Cash and cash equivalents\t$ 12,493\t$ 10,203',
      '  Short-term investments\t1,215\t846',
      '  Receivables, net\t2,502\t2,241',
      '  Merchandise inventories\t16,324\t17,907',
    ]);
    expect(table).toContain('    TOTAL ASSETS\t$ 66,752\t$ 64,166');
  });

  test('the line printed twice at the break is left out, and said', () => {
    expect(table.some((l) => l.includes('215') && !l.includes('1,215'))).toBe(false);
    expect(result.issues.map((i) => i.message)).toEqual([expect.stringMatching(/^expected each line of a table printed once; .*\('1 215  846'\)/)]);
  });
});
