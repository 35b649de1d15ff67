import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease, formatIssue } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

/** How header lines become columns: changes resolved from their neighbours, shares, named columns, keys. */
const meta: ReleaseMeta = {
  id: 'w', title: 'W', company: 'w', name: 'Widget Corp', ticker: 'W', exchange: '', fiscalYearEnd: '12-31',
  fiscalPeriod: '2019-fy', releaseDate: '2020-02-01', currency: 'USD', scale: 6,
};
const table = (title: string, header: string, row: string) => {
  const r = parseRelease(`${title}\n${header}\n${row}\n`, meta, emptyModel, 'r.txt');
  return { errors: r.errors.map(formatIssue), columns: r.tables[0]?.columns.map((c) => c.key), periods: r.periods, facts: r.facts };
};

describe('change columns', () => {
  test('"$ Change" and "% Change" compare the same two years: the second is told apart by its header', () => {
    const t = table('SALES', '\tYear Ended December 31,\tYear Ended December 31,\t\t\n\t2019\t2018\t$ Change\t% Change', 'Sales\t110\t100\t10\t10%');
    expect(t.errors).toEqual([]);
    expect(t.columns).toEqual(['2019-fy', '2018-fy', '2019-fy-vs-2018-fy', '2019-fy-vs-2018-fy.percent-change']);
    expect(t.periods.find((p) => p.id === '2019-fy-vs-2018-fy')?.compare).toEqual({ basis: 'other', current: '2019-fy', prior: '2018-fy', measure: 'difference' });
  });

  // Pfizer's revenue tables (../shared/series/pfe/pfe-2022-q2.txt, pfe-2021-q4.txt): a spanner names the column within
  // the period for the amounts and the changes under it alike; the worldwide growth is the worldwide one, not the table's.
  test.each([
    [
      'PFIZER INC. - REVENUES\nSECOND-QUARTER 2022 and 2021 - (UNAUDITED)',
      '\tWORLDWIDE\tWORLDWIDE\tWORLDWIDE\tWORLDWIDE\tUNITED STATES\tUNITED STATES\tUNITED STATES\tTOTAL INTERNATIONAL(a)\tTOTAL INTERNATIONAL(a)\tTOTAL INTERNATIONAL(a)\tTOTAL INTERNATIONAL(a)\n\t2022\t2021\t% Change\t% Change\t2022\t2021\t% Change\t2022\t2021\t% Change\t% Change\n\t\t\tTotal\tOper.\t\t\tTotal\t\t\tTotal\tOper.',
      'Vaccines\t10,459\t9,234\t13%\t20%\t2,013\t2,700\t(25%)\t8,445\t6,534\t29%\t38%',
      ['2022-q2.worldwide', '2021-q2.worldwide', '2022-q2-vs-2021-q2.worldwide', '2022-q2-vs-2021-q2.worldwide-oper', '2022-q2.united-states', '2021-q2.united-states', '2022-q2-vs-2021-q2.united-states', '2022-q2.total-international', '2021-q2.total-international', '2022-q2-vs-2021-q2.total-international', '2022-q2-vs-2021-q2.total-international-oper'],
    ],
    [
      // The amounts' name leaves out "of": the changes under the spanner take the amounts' name.
      'INTERNATIONAL REVENUES BY GEOGRAPHIC REGION',
      '\tDEVELOPED REST OF WORLD(i)\tDEVELOPED REST OF WORLD(i)\tDEVELOPED REST OF WORLD(i)\tDEVELOPED REST OF WORLD(i)\n\t2021\t2020\t% Change\t% Change\n\t\t\tTotal\tOper.',
      'Zavicefta\t1\t1\t*\t*',
      ['2021-fy.developed-rest-world', '2020-fy.developed-rest-world', '2021-fy-vs-2020-fy.developed-rest-world', '2021-fy-vs-2020-fy.developed-rest-world-oper'],
    ],
    // A span phrase over the amounts and the change names no column: the change stays the table's own.
    ['SALES', '\tYear Ended December 31,\tYear Ended December 31,\tYear Ended December 31,\n\t2019\t2018\t% Change', 'Sales\t110\t100\t10%', ['2019-fy', '2018-fy', '2019-fy-vs-2018-fy']],
    // Words of the amounts' own cells ("2019 GAAP") under a span are no spanner of the change beside them.
    ['SALES', '\tYear Ended\tYear Ended\tYear Ended\n\t2019 GAAP\t2018 GAAP\t% Change', 'Sales\t110\t100\t10%', ['2019-fy.gaap', '2018-fy.gaap', '2019-fy-vs-2018-fy']],
  ])('%s: each change column is its spanner\'s, as the amounts are', (title, header, row, keys) => {
    const t = table(title, header, row);
    expect(t.columns).toEqual(keys);
  });

  test('a change that names both periods compares them, wherever they are printed', () => {
    expect(table('S', '\t2Q24\t1Q24\t2Q24 vs 2Q23', 'Sales\t5\t4\t10%').columns).toEqual(['2024-q2', '2024-q1', '2024-q2-vs-2023-q2']);
  });

  test('ascending columns: the later period is the current one', () => {
    expect(table('S', '\t2018\t2019\tChange', 'Sales\t100\t110\t10').columns).toEqual(['2018-fy', '2019-fy', '2019-fy-vs-2018-fy']);
  });

  test('a change the neighbours do not resolve is recorded as unknown, not an error', () => {
    const t = table('S', '\t2019\t2018\t2017\tVariance', 'Sales\t1\t2\t3\t4');
    expect(t.errors).toEqual([]);
    expect(t.columns).toEqual(['2019-fy', '2018-fy', '2017-fy', 'variance']);
    expect(t.periods.find((p) => p.id === 'variance')).toEqual({ id: 'variance', kind: 'change', label: 'Variance' });
  });

  test('a change with a basis whose prior period is not printed still says what it compares', () => {
    const t = table('S', '\tQ3 2019\tY/Y', 'Sales\t5\tUp 4%');
    expect(t.columns).toEqual(['2019-q3', '2019-q3-vs-2018-q3']);
  });

  test('one change column per group: each compares the periods just before it', () => {
    const t = table('S', '\tThree Months Ended June 30, 2019\tThree Months Ended June 30, 2018\t% Change\tSix Months Ended June 30, 2019\tSix Months Ended June 30, 2018\t% Change', 'Sales\t1\t1\t0%\t2\t2\t0%');
    expect(t.columns).toEqual(['2019-q2', '2018-q2', '2019-q2-vs-2018-q2', '2019-h1', '2018-h1', '2019-h1-vs-2018-h1']);
  });
});

describe('a change named by two dates alone compares the periods the columns before it date so (Wells Fargo, 4Q21)', () => {
  const q4: ReleaseMeta = { ...meta, fiscalPeriod: '2021-q4' };
  const keys = (header: string, row: string) => {
    const r = parseRelease(`S\n${header}\n${row}\n`, q4, emptyModel, 'r.txt');
    return { errors: r.errors.map(formatIssue), keys: r.tables[0].columns.map((c) => c.key) };
  };
  test.each([
    [
      'the two quarters the columns date, not the year 2021 against the day September 30',
      '\tQuarter ended\tQuarter ended\tQuarter ended\tDec 31, 2021 % Change from\tDec 31, 2021 % Change from\n\tDec 31, 2021\tSep 30, 2021\tDec 31, 2020\tSep 30, 2021\tDec 31, 2020',
      'Net interest income\t$ 9,262\t8,909\t9,355\t4%\t(1)',
      ['2021-q4', '2021-q3', '2020-q4', '2021-q4-vs-2021-q3', '2021-q4-vs-2020-q4'],
    ],
    [
      'one quarter printed: the other date ends the quarter or the year before it',
      '\tQuarter ended\tDec 31, 2021 % Change from\t\n\tDec 31, 2021\tSep 30, 2021\tDec 31, 2020',
      'Commercial Banking\t184.6\t3\t(3)',
      ['2021-q4', '2021-q4-vs-2021-q3', '2021-q4-vs-2020-q4'],
    ],
    [
      'dates the columns before it do not date as one span each: what it compares is not said',
      '\t\tQuarter ended\tDec 31, 2021 % Change from\n\tDec 31, 2021\tSep 30, 2021\tSep 30, 2021',
      'Total equity\t190.1\t191.1\t(1)',
      ['2021-12-31', '2021-q3', 'sep-30-2021'],
    ],
  ])('%s', (_, header, row, expected) => {
    expect(keys(header, row)).toEqual({ errors: [], keys: expected });
  });
});

describe('change columns read against the periods they name', () => {
  const q2: ReleaseMeta = { ...meta, fiscalPeriod: '2010-q2' };
  const keys = (header: string) => {
    const cells = header.split('\n').at(-1)!.split('\t').length - 1;
    const r = parseRelease(`S\n${header}\nSales\t${Array.from({ length: cells }, () => '1').join('\t')}\n`, q2, emptyModel, 'r.txt');
    expect(r.errors.map(formatIssue)).toEqual([]);
    return r.tables[0].columns.map((c) => c.key);
  };
  test.each([
    // header as printed → the key of each column
    ['\tQ2 2010\tQ2 2009\tY/Y\tQ1 2010\tQ/Q', ['2010-q2', '2009-q2', '2010-q2-vs-2009-q2', '2010-q1', '2010-q2-vs-2010-q1']],
    ['\tQ2 2010\tQ1 2010\tQ/Q\tQ2 2009\tY/Y', ['2010-q2', '2010-q1', '2010-q2-vs-2010-q1', '2009-q2', '2010-q2-vs-2009-q2']],
    ['\t2Q10\t1Q10\t2Q09\tSequential\tY/Y', ['2010-q2', '2010-q1', '2009-q2', '2010-q2-vs-2010-q1', '2010-q2-vs-2009-q2']],
    ['\t3Q24\t3Q23\tYoY\t2Q24\tQoQ', ['2024-q3', '2023-q3', '2024-q3-vs-2023-q3', '2024-q2', '2024-q3-vs-2024-q2']],
    ['\tQ2 2010\tQ1 2010\tQ2 2009\t% Change vs. Q1 2010\t% Change vs. Q2 2009', ['2010-q2', '2010-q1', '2009-q2', '2010-q2-vs-2010-q1', '2010-q2-vs-2009-q2']],
    ['\tQ2 2010\tQ2 2009\t% Change\tYTD 2010\tYTD 2009\t% Change', ['2010-q2', '2009-q2', '2010-q2-vs-2009-q2', '2010-h1', '2009-h1', '2010-h1-vs-2009-h1']],
    // Lattice's 4Q24 release prints its years' change as "FY/FY" after "Q/Q" and "Y/Y".
    ['\tQ4 2024\tQ3 2024\tQ4 2023\tQ/Q\tY/Y\tFY 2024\tFY 2023\tFY/FY', ['2024-q4', '2024-q3', '2023-q4', '2024-q4-vs-2024-q3', '2024-q4-vs-2023-q4', '2024-fy', '2023-fy', '2024-fy-vs-2023-fy']],
    // Coherent's 3Q FY26 release (../shared/unseen-s20/cohr-fy2026-q3.txt, line 41) prints its years to date's change as "YTD/YTD".
    ['\tQ2 2010\tQ1 2010\tQ2 2009\tQ/Q\tY/Y\tQ2 2010 YTD\tQ2 2009 YTD\tYTD/YTD', ['2010-q2', '2010-q1', '2009-q2', '2010-q2-vs-2010-q1', '2010-q2-vs-2009-q2', '2010-h1', '2009-h1', '2010-h1-vs-2009-h1']],
    ['\t6M10\t6M09\t% Change', ['2010-h1', '2009-h1', '2010-h1-vs-2009-h1']],
    ['\tQ2 2010\tQ2 2009\tvs. prior year', ['2010-q2', '2009-q2', '2010-q2-vs-2009-q2']],
    ['\tThree Months\tThree Months\tSix Months\tSix Months\n\t2010\t2009\t2010\t2009', ['2010-q2', '2009-q2', '2010-h1', '2009-h1']],
  ] as const)('%j', (header, expected) => {
    expect(keys(header)).toEqual(expected);
  });

  test('a change that names its prior period says which basis that is', () => {
    const r = parseRelease('S\n\tQ2 2010\tQ1 2010\tQ2 2009\t% Change vs. Q1 2010\t% Change vs. Q2 2009\nSales\t1\t1\t1\t0%\t0%\n', q2, emptyModel, 'r.txt');
    expect(r.periods.find((p) => p.id === '2010-q2-vs-2010-q1')?.compare).toEqual({ basis: 'qoq', current: '2010-q2', prior: '2010-q1', measure: 'ratio' });
    expect(r.periods.find((p) => p.id === '2010-q2-vs-2009-q2')?.compare).toMatchObject({ basis: 'yoy' });
  });
});

describe('share and named columns', () => {
  test('"% of total" is the share of the period printed before it', () => {
    const t = table('S', '\t2019\t% of total\t2018\t% of total', 'Cloud\t40\t40%\t30\t37.5%');
    expect(t.columns).toEqual(['2019-fy', '2019-fy.percent-of-total', '2018-fy', '2018-fy.percent-of-total']);
    expect(t.facts[1]).toMatchObject({ period: '2019-fy', dimension: 'percent-of-total', unit: 'percent', value: '40' });
  });

  test('fair value levels under an "As of" span: an instant and a column within it', () => {
    const t = table('FAIR VALUE', '\tAs of December 31, 2019\tAs of December 31, 2019\tAs of December 31, 2019\tAs of December 31, 2019\n\tLevel 1\tLevel 2\tLevel 3\tTotal', 'Money market funds\t$ 1,200\t$ —\t$ —\t$ 1,200');
    expect(t.errors).toEqual([]);
    expect(t.columns).toEqual(['2019-12-31.level-1', '2019-12-31.level-2', '2019-12-31.level-3', '2019-12-31.total']);
  });

  test('columns that name no period take the period the title states', () => {
    const t = table('Segment information, three months ended June 30, 2022', '\tCompute & Networking\tGraphics\tAll Other\tConsolidated', 'Revenue\t3,750\t4,538\t-\t8,288');
    expect(t.columns).toEqual(['2022-q2.compute-networking', '2022-q2.graphics', '2022-q2.all-other', '2022-q2.consolidated']);
  });

  test('a Note column holds references, not amounts, and names no period', () => {
    const t = table('S', '\tNote\t2019\t2018', 'Revenue\t4\t100\t90');
    expect(t.facts[0]).toMatchObject({ id: 'w/s/revenue/note', period: '', dimension: 'note', unit: 'reference', scale: 0 });
  });

  test('two columns with the same header: a located error, and figures kept under distinct keys', () => {
    const t = table('S', '\t2019\t2019', 'Revenue\t1\t2');
    expect(t.errors).toEqual(["r.txt:2:7: expected each column to name a different period; '2019' names 2019-fy again (as the column at 2:2 does), so its figures are kept under 2019-fy-2"]);
    expect(t.facts.map((f) => f.id)).toEqual(['w/s/revenue/2019-fy', 'w/s/revenue/2019-fy-2']);
  });
});

describe('a header cell spreads over the empty cells to its right only where they name nothing of their own', () => {
  // Danaos Q4 2024 (a Dow Jones text copy; ../shared/corpus-extra/dac-2024-q4.md) as the importer writes it:
  // each column stacks its own words, so "Three" and "months" are not over the year's columns, nor is
  // "December" over the column that prints "December 31," itself.
  const header = [
    '\tThree\tThree\t\t',
    '\tmonths\tmonths\t\t',
    '\tended\tended\tYear ended\tYear ended',
    '\tDecember\tDecember\tDecember\t',
    '\t31,\t31,\t31,\tDecember 31,',
    '\t2024\t2023\t2024\t2023',
  ].join('\n');
  test.each([
    ['columns stacked in their own words', header, ['2024-q4', '2023-q4', '2024-fy', '2023-fy']],
    // A heading written once over the columns it spans still spreads: "Three Months Ended" over "December 31," | "2024" | "2023".
    ['a span heading over the years under it', '\tThree Months Ended\t\n\tDecember 31,\t\n\t2024\t2023', ['2024-q4', '2023-q4']],
    // U.S. Bancorp 4Q21 (../shared/unseen-edgar-s5/usb-2021-q4.htm): "Percent Change" over its two changes does not
    // head the full years after them; read so, the years were named "percent change" and tied to nothing.
    [
      'a change heading over the years after its changes',
      '\t\t\t\tPercent Change\tPercent Change\t\t\t\n\t4Q 2021\t3Q 2021\t4Q 2020\t4Q21 vs 3Q21\t4Q21 vs 4Q20\tFull Year 2021\tFull Year 2020\tPercent Change',
      ['2021-q4', '2021-q3', '2020-q4', '2021-q4-vs-2021-q3', '2021-q4-vs-2020-q4', '2021-fy', '2020-fy', '2021-fy-vs-2020-fy'],
    ],
    // Palomar 4Q24 (../shared/corpus-extra/plmr-2024-q4.md): "% of" runs on into "GWP" under it, a heading on two lines,
    // and "2023" heads its amount and share, not the change after them; read as spreading, "% of" named the next
    // column "% of Amount", the year's amount read as a share and its change as 2023's.
    [
      'a heading running on into the line below, and a year beside a change',
      '\tThree Months Ended December 31,\t\t\t\t\t\n\t2024\t\t2023\t\t\t\n\t\t% of\t\t% of\t\t%\n\tAmount\tGWP\tAmount\tGWP\tChange\tChange',
      ['2024-q4.amount', '2024-q4.percent-of-gwp', '2023-q4.amount', '2023-q4.percent-of-gwp', '2024-q4-vs-2023-q4', '2024-q4-vs-2023-q4.percent-change'],
    ],
    // Spire, fiscal 3Q24 (../shared/unseen-s35/sr-fy2024-q3.txt): "Gas" over "Marketing" beside "Gas Utility" is that
    // column's first word, wrapped; spread, it named the columns after it "Gas Midstream", "Gas Other", "Gas Total".
    ['a word wrapped over its column beside a column printing it in full', '\t\tGas\t\t\t\n\tGas Utility\tMarketing\tMidstream\tOther\tTotal', ['gas-utility', 'gas-marketing', 'midstream', 'other', 'total']],
    // Pegasystems 4Q24 ACV (../shared/corpus/pega-2024-q4.md): "Change" over "(blank) | %" heads both, the percent
    // beside the amount; BNP Paribas 2Q25 (../shared/unseen-s37/bnp-2025-q2.txt): "Chg. /" over "(blank) | 1H24" beside
    // "2Q25 | 2Q24" printed on that blank's line heads its own column alone.
    ['a change over the percent beside it, its own line blank', '\tDecember 31, 2024\tDecember 31, 2023\tChange\t\tConstant Currency Change\n\t\t\t\t%\t', ['2024-12-31', '2023-12-31', '2024-12-31-vs-2023-12-31', '2024-12-31-vs-2023-12-31.percent', '2024-12-31-vs-2023-12-31.constant-currency-change']],
    ['a change heading over a blank beside periods a line lower', '\t\t\tChg. /\t\t\t\n\t1H25\t1H24\t\t2Q25\t2Q24\tChg. / 2Q24\n\t\t\t1H24\t\t\t', ['2025-h1', '2024-h1', '2025-h1-vs-2024-h1', '2025-q2', '2024-q2', '2025-q2-vs-2024-q2']],
    ['"Percent of" written out over the words that end it', '\t2024\t\t2023\t\t\n\t\tPercent of\t\tPercent of\t\n\tAmount\tsales\tAmount\tsales\tVariance', ['2024-fy.amount', '2024-fy.percent-of-sales', '2023-fy.amount', '2023-fy.percent-of-sales', '2024-fy-vs-2023-fy']],
  ])('%s', (_name, lines, keys) => {
    const t = table('DANAOS CORPORATION Condensed Consolidated Statements of Income', lines, `Interest income\t${keys.map(() => '1').join('\t')}`);
    expect(t.errors).toEqual([]);
    expect(t.columns).toEqual(keys);
  });
});

describe('a span written once beside spans written out in full still spans the years under it', () => {
  // Amazon's Q1 2022 cash flow statement (../shared/series/amzn/amzn-2022-q1.txt) as the import writes it: "Three
  // Months Ended March 31," over each of its years, "Twelve Months Ended March 31," once over "2021 | 2022". Read
  // as the fiscal year 2022, its trailing twelve months differed from every figure the year's release printed.
  test.each([
    [
      'Amazon Q1 2022',
      '\tThree Months Ended March 31,\tThree Months Ended March 31,\tTwelve Months Ended March 31,\t\n\t2021\t2022\t2021\t2022',
      ['2021-q1', '2022-q1', '2021-12m-to-03', '2022-12m-to-03'],
    ],
    // Pfizer's Q4 2021 reconciliation (../shared/series/pfe/pfe-2021-q4.txt): "Full-Year Ended December 31, 2021"
    // written over six of its seven columns; the seventh, whose words name "Pfizer Inc.", is no increase.
    [
      'Pfizer Q4 2021',
      [
        '\tFull-Year Ended December 31, 2021\tFull-Year Ended December 31, 2021\t',
        '\tCost of sales\tNet income attributable to Pfizer Inc. common shareholders(1)\tEarnings per common share attributable to Pfizer Inc. common shareholders––diluted',
      ].join('\n'),
      [
        '2021-fy.cost-sales',
        '2021-fy.net-income-attributable-pfizer-inc-common-shareholders',
        '2021-fy.earnings-per-common-share-attributable-pfizer-inc-common-shareholders-diluted',
      ],
    ],
  ])('%s', (_name, lines, keys) => {
    const t = table('Consolidated Statements of Cash Flows', lines, `Net income\t${keys.map(() => '1').join('\t')}`);
    expect(t.errors).toEqual([]);
    expect(t.columns).toEqual(keys);
  });
});

// Watts Water's 4Q24 (a Business Wire copy measured unseen, ../shared/unseen-wire-s4/wts-2024-q4.md, lines 58–61):
// its earnings summary prints a title line over the spans of its columns, and "Fourth quarter ended".
describe('a title line naming periods over the spans of the columns is no heading of theirs (Watts Water, 4Q24)', () => {
  const q4meta: ReleaseMeta = { ...meta, fiscalPeriod: '2024-q4', releaseDate: '2025-02-10' };
  const read = (header: string) => parseRelease(`SUMMARY\n${header}\nNet sales\t$ 540.4\t$ 547.5\t(1)%\t$ 2,252.2\t$ 2,056.3\t10%\n`, q4meta, emptyModel, 'r.txt').tables[0]?.columns.map((c) => c.key);
  const spans = '\tFourth quarter ended December 31,\t\t\tYear ended December 31,\t\t\n\t2024\t2023\t% Change\t2024\t2023\t% Change';
  test.each([
    ['as printed: "Fourth Quarter and Full Year Earnings Summary" over both spans', `\tFourth Quarter and Full Year Earnings Summary\t\t\t\t\t\n${spans}`],
    ['the spans alone', spans],
  ])('%s: the quarters, then the years, each with its change', (_what, header) => {
    expect(read(header)).toEqual(['2024-q4', '2023-q4', '2024-q4-vs-2023-q4', '2024-fy', '2023-fy', '2024-fy-vs-2023-fy']);
  });

  test('one heading naming a period over columns with no spans of their own still heads them ("Fourth Quarter" over "2024 | 2023")', () => {
    expect(read('\tFourth Quarter\t\t\t\t\t\n\t2024\t2023\t% Change\t2024\t2023\t% Change')?.slice(0, 3)).toEqual(['2024-q4', '2023-q4', '2024-q4-vs-2023-q4']);
  });
});

// nVent's EX-99.1 of April 2020 (unseen s14, ../shared/unseen-edgar-s14/nvt-2020-q1.htm; release.txt lines 238-256 and
// 270-284, test/fixtures/ingest/forms/nvt-2020-q1-reconciliations.txt): headers that name a quarter or the year but no
// year of their own, under a title that names the period. Before, "First Quarter" … "Fourth Quarter" under "for the
// year ended December 31, 2019" were the year four times over, named "first" … "fourth", "Full Year" had no column
// (its figures lost), and "First Quarter" under "for the quarter ended March 31, 2020" was 2020-q1 named "first".
describe('a quarter or the year named in a header under a title that names the period', () => {
  const nvt: ReleaseMeta = { ...meta, id: 'nvt-2020-q1', fiscalPeriod: '2020-q1', releaseDate: '2020-04-29' };
  const fixture = readFileSync('test/fixtures/ingest/forms/nvt-2020-q1-reconciliations.txt', 'utf8');
  const release = parseRelease(fixture, nvt, emptyModel, 'nvt.txt');
  const [quarter, year] = release.tables;
  test.each<[string, string, string, string]>([
    // table, row, column key, figure
    ['quarter', 'net-sales', '2020-q1', '520.9'],
    ['year', 'net-sales', '2019-q1', '538.0'],
    ['year', 'net-sales', '2019-q2', '539.5'],
    ['year', 'net-sales', '2019-q3', '559.8'],
    ['year', 'net-sales', '2019-q4', '566.7'],
    ['year', 'net-sales', '2019-fy', '2204.0'],
    ['year', 'segment-income', '2019-fy', '424.3'],
  ])('%s: %s in %s is %s', (which, row, key, value) => {
    const table = which === 'quarter' ? quarter! : year!;
    const fact = release.facts.find((f) => f.table === table.id && f.row === row && f.period === key.replace(/\..*$/, '') && !f.dimension);
    expect(fact?.value).toBe(value);
  });

  test('the periods are the year\'s quarters and the year, with their dates; no figure is lost', () => {
    expect(release.errors.map(formatIssue)).toEqual([]);
    expect(year!.columns.map((c) => c.key)).toEqual(['2019-q1', '2019-q2', '2019-q3', '2019-q4', '2019-fy']);
    expect(release.periods.find((p) => p.id === '2019-q3')).toMatchObject({ start: '2019-07-01', end: '2019-09-30' });
  });

  test.each<[string, string, (string | null)[]]>([
    // title, header, column keys
    // A quarter the title's period is not is no period of it: named within it, as before.
    ['Results for the quarter ended March 31, 2020', '\tSecond Quarter', ['2020-q1.second']],
    // A year's quarters under a fiscal year that ends in June: its first quarter ends in September.
    ['Results for the year ended June 30, 2019', '\tFirst Quarter\tFull Year', ['2019-q1', '2019-fy']],
  ])('%s over %j', (title, header, keys) => {
    const t = parseRelease(`${title}\n${header}\nSales\t${header.split('\t').slice(1).map(() => '5').join('\t')}\n`, { ...nvt, fiscalYearEnd: title.includes('June') ? '06-30' : '12-31' }, emptyModel, 'r.txt');
    expect(t.tables[0]?.columns.map((c) => c.key)).toEqual(keys);
    if (title.includes('June')) expect(t.periods.find((p) => p.id === '2019-q1')).toMatchObject({ start: '2018-07-01', end: '2018-09-30' });
  });
});

describe("Palomar's gross written premiums by product (4Q24): each figure under its own heading", () => {
  // test/fixtures/ingest/forms/plmr-2024-q4-gwp-by-product.txt: release.txt lines 291–306 as `tieout import` wrote
  // ../shared/corpus-extra/plmr-2024-q4.md at main e57cd32.
  const file = 'test/fixtures/ingest/forms/plmr-2024-q4-gwp-by-product.txt';
  const release = { ...meta, id: 'plmr-2024-q4', company: 'plmr', fiscalPeriod: '2024-q4', releaseDate: '2025-02-12', scale: 3 };
  const facts = parseRelease(readFileSync(file, 'utf8'), release, emptyModel, file).facts;
  test.each<[string, string, string, string, string]>([
    // row, printed, period, unit, dimension
    ['casualty', '32,323', '2023-q4', 'USD', 'amount'],
    ['casualty', '10.7%', '2023-q4', 'percent', 'percent-of-gwp'],
    ['casualty', '36,161', '2024-q4-vs-2023-q4', 'USD', ''],
    ['casualty', '111.9%', '2024-q4-vs-2023-q4', 'percent', 'percent-change'],
    ['total-gross-written-premiums', '$ 303,152', '2023-q4', 'USD', 'amount'],
    ['earthquake', '$ 146,757', '2024-q4', 'USD', 'amount'],
  ])('%s %s: %s, %s, %s', (row, raw, period, unit, dimension) => {
    const f = facts.find((x) => x.row === row && x.raw === raw);
    expect([f?.period, f?.unit, f?.dimension ?? '']).toEqual([period, unit, dimension]);
  });
});
