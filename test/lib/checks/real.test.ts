// Real tables of other companies (test/fixtures/checks/real/README.md says where each comes
// from), checked with no company model: what the base model reads there, and that it raises
// no false alarm. Every verdict that is not a tie-out would be examined here by hand; there is none.
import { describe, expect, test } from 'vitest';
import type { Check } from '../../../src/lib/types.ts';
import { readFileSync } from 'node:fs';
import { decodeSource, importRelease } from '../../../src/lib/import/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { fromText } from './fixture.ts';
import { fromFiles } from './no-model.ts';

const REAL = 'test/fixtures/checks/real';
const tsla = fromFiles('tsla-2011-fy', `${REAL}/tsla-2011-fy/release.txt`, `${REAL}/tsla-2011-fy/release.yaml`);
const aapl = fromFiles('aapl-2024-fy', `${REAL}/aapl-2024-fy/release.txt`, `${REAL}/aapl-2024-fy/release.yaml`);
const bke = fromFiles('bke-2024-q3', 'test/fixtures/import/real/buckle-2024-q3.release.txt', `${REAL}/bke-2024-q3/release.yaml`);
const mcft = fromFiles('mcft-2026-q3', `${REAL}/mcft-2026-q3/release.txt`, `${REAL}/mcft-2026-q3/release.yaml`);
const sxc = fromFiles('sxc-2026-q2', `${REAL}/sxc-2026-q2/release.txt`, `${REAL}/sxc-2026-q2/release.yaml`);
const sxc10k = fromFiles('sxc-2025-fy', `${REAL}/sxc-2025-fy/release.txt`, `${REAL}/sxc-2025-fy/release.yaml`);
const mpaa = fromFiles('mpaa-2027-q1', `${REAL}/mpaa-2027-q1/release.txt`, `${REAL}/mpaa-2027-q1/release.yaml`);
const thry = fromFiles('thry-2026-q2', `${REAL}/thry-2026-q2/release.txt`, `${REAL}/thry-2026-q2/release.yaml`);
const srt = fromFiles('srt-2010-q3', `${REAL}/srt-2010-q3/release.txt`, `${REAL}/srt-2010-q3/release.yaml`);
const dar = fromFiles('dar-2010-q2', `${REAL}/dar-2010-q2/release.txt`, `${REAL}/dar-2010-q2/release.yaml`);
const bbby = fromFiles('bbby-2026-q2', `${REAL}/bbby-2026-q2/release.txt`, `${REAL}/bbby-2026-q2/release.yaml`);

const verdicts = (checks: Check[]) => [...new Set(checks.map((c) => c.verdict))].sort();
const byRow = (checks: Check[], row: string) => checks.filter((c) => c.id.split('/')[2] === row);

describe.each([
  ['Tesla 2011 (statements rendered from XBRL)', tsla, 40],
  ['Apple 2024 (comprehensive income, SEC viewer)', aapl, 12],
  ['Buckle Q3 2024 (8-K exhibit)', bke, 25],
  ['MasterCraft Q3 fiscal 2026 (8-K exhibit, no indentation)', mcft, 95],
  ['SunCoke Q2 2026 (8-K exhibit, results tables only)', sxc, 15],
  // 49: its "Increase (Decrease)" columns are no longer footed as periods (8 footings); each of their 30 cells is checked as a change instead.
  ['SunCoke fiscal 2025 (10-K MD&A: results of operations, segment operating data)', sxc10k, 45],
  ['Motorcar Parts of America Q1 fiscal 2027 (8-K exhibit, statement of operations in whole dollars)', mpaa, 15],
  ['Thryv Q2 2026 (8-K exhibit: quarter and six months, balance sheet, cash flows, segments)', thry, 60],
  ['Darling International Q2 2010 (8-K exhibit: results with "$ Change Favorable (Unfavorable)" columns)', dar, 45],
  ['Bed Bath & Beyond Q2 2026 (8-K exhibit: balance sheet, quarter and six months)', bbby, 60],
])('%s with no model', (_name, loaded, least) => {
  test(`gets at least ${least} checks, every one a tie-out: no false alarm`, () => {
    expect(loaded.checks.length).toBeGreaterThanOrEqual(least);
    expect(verdicts(loaded.checks).filter((v) => v !== 'exact' && v !== 'rounding')).toEqual([]);
  });

  test('each check has an id of its own: no change column read twice', () => {
    const ids = loaded.checks.map((c) => c.id);
    expect(ids.length - new Set(ids).size).toBe(0);
  });
});

describe('Tesla 2011, as its XBRL renders it', () => {
  const { checks } = tsla;

  test('"Operating Expenses" closes the section "Operating expenses" whose name it repeats, and the chain reads it as one line', () => {
    const opex = byRow(checks, 'operating-expenses--operating-expenses')[0];
    expect(opex.explanation).toContain("'Operating Expenses' closes the section 'Operating expenses', whose name it repeats.");
    // 61,595 − 313,083 = −251,488
    expect(byRow(checks, 'operating-income')[0]).toMatchObject({ verdict: 'exact', computed: '-251488' });
    expect(byRow(checks, 'operating-income')[0].formula).toBe('Operating Income = Gross Profit − Operating expenses — Operating Expenses');
  });

  test('the income statement chain down to a net loss: −253,922 − 489 = −254,411', () => {
    expect(byRow(checks, 'net-income').find((c) => c.id.startsWith('footing/'))).toMatchObject({ verdict: 'exact', computed: '-254411' });
  });

  test('"Cost of Goods Sold" is a part of "Total Cost of Revenue", so only the total is cost of revenue: no tie between them', () => {
    expect(checks.filter((c) => c.id.startsWith('tie/cost-of-revenue/'))).toEqual([]);
  });

  test('the equity lines repeated after "Total Stockholders\' Equity" restate it and are not added again', () => {
    const c = byRow(checks, 'total-liabilities-and-stockholders-equity').find((x) => x.period === '2011-12-31')!;
    // 489,403 + 224,045 = 713,448; the five repeated lines (−669,393 + 893,337 − 3 + 104) would add 224,045 more.
    expect(c).toMatchObject({ verdict: 'exact', formula: "Total Liabilities and Stockholders' Equity = Total Liabilities + Total Stockholders' Equity" });
  });

  test('"Accumulated Deficit" repeating net income figure for figure is not a second line of operating cash flow', () => {
    const c = byRow(checks, 'net-cash-from-operating-activities').find((x) => x.period === '2011-fy')!;
    // The 20 printed lines give −114,365 against −114,364 printed: within the rounding of 20 figures.
    expect(c).toMatchObject({ verdict: 'rounding', computed: '-114365' });
    expect(c.formula).not.toContain('Accumulated Deficit');
  });

  test('a line printing nothing in a column counts as zero there, and the verdict says so', () => {
    const c = byRow(checks, 'total-cost-of-revenue').find((x) => x.period === '2009-fy')!;
    // 102,408 + nothing for development services = 102,408
    expect(c).toMatchObject({ verdict: 'exact', computed: '102408' });
    expect(c.explanation).toContain('prints nothing for FY 2009 and counts as zero.');
  });

  test('net income ties between the statement of operations and the cash flow statement', () => {
    expect(checks.filter((c) => c.id.startsWith('tie/net-income/')).map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact']);
  });
});

describe('Apple 2024 comprehensive income', () => {
  test('each "Total change in …" sums its section, the total of other comprehensive income its two subtotals and the translation line, and the total adds net income', () => {
    const rows = [...new Set(aapl.checks.map((c) => c.id.split('/')[2]))];
    expect(rows).toEqual([
      'total-change-in-unrealized-gainslosses-on-derivative-instruments',
      'total-change-in-unrealized-gainslosses-on-marketable-debt-securities',
      'total-other-comprehensive-incomeloss',
      'total-comprehensive-income',
    ]);
    // 395 − 2,169 + 6,054 = 4,280; 93,736 + 4,280 = 98,016
    expect(byRow(aapl.checks, 'total-other-comprehensive-incomeloss')[0].computed).toBe('4280');
    expect(byRow(aapl.checks, 'total-comprehensive-income')[0].computed).toBe('98016');
  });
});

describe('Buckle Q3 2024', () => {
  test('the statement in capitals: the chain from net sales to net income, with the unlabelled operating expenses total', () => {
    for (const row of ['gross-profit', 'subtotal', 'income-from-operations', 'income-before-income-taxes', 'net-income']) {
      expect(byRow(bke.checks, row).map((c) => c.verdict), row).toEqual(['exact', 'exact', 'exact', 'exact']);
    }
  });

  test('EPS from net income and weighted shares: 44,172 ÷ 49,854 = 0.886 printed 0.89; diluted 44,172 ÷ 50,297 = 0.878 printed 0.88', () => {
    expect(bke.check('definition/eps-basic/2024-q3').verdict).toBe('rounding');
    expect(bke.check('definition/eps-diluted/2024-q3').verdict).toBe('rounding');
  });
});

describe('MasterCraft Q3 fiscal 2026, as its exhibit prints it with no indentation', () => {
  const { checks } = mcft;

  test('the numbers in the common stock label: par value $.01, shares authorized, and shares outstanding at each balance sheet date', () => {
    const label = mcft.release.facts.filter((f) => f.origin === 'label' && f.row.startsWith('common-stock.'));
    expect(label.map((f) => [f.row, f.period, f.value])).toEqual([
      ['common-stock.par-value', '2026-03-29', '0.01'],
      ['common-stock.shares-authorized', '2026-03-29', '100000000'],
      ['common-stock.shares-outstanding', '2026-03-29', '16279890'],
      ['common-stock.shares-outstanding', '2025-06-30', '16406788'],
    ]);
  });

  test('"MASTERCRAFT BOAT HOLDINGS, INC. AND SUBSIDIARIES" names the entity, not the table', () => {
    expect(new Set(mcft.release.tables.map((t) => t.id))).toEqual(new Set(['statements-of-operations', 'balance-sheets', 'supplemental-operating-data']));
  });

  test('a title, the sentence introducing the table and its unit statement with no blank line between: the title names the table', () => {
    expect(mcft.release.tables.at(-1)).toMatchObject({ id: 'supplemental-operating-data', title: 'Supplemental Operating Data' });
  });

  test('the chain down to net income, through income from continuing operations and discontinued operations', () => {
    for (const row of ['gross-profit', 'operating-income-loss', 'income-loss-before-income-tax-expense', 'income-loss-from-continuing-operations', 'other-income-expense--net-income-loss']) {
      expect(byRow(checks, row).filter((c) => c.id.startsWith('footing/')).map((c) => c.verdict), row).toEqual(['exact', 'exact', 'exact', 'exact']);
    }
    // −716 − 26 = −742
    expect(mcft.check('footing/statements-of-operations/other-income-expense--net-income-loss/2026-q3').formula).toBe(
      'Other income (expense) — Net income (loss) = Income (loss) from continuing operations + Loss from discontinued operations, net of tax',
    );
  });

  test('"MasterCraft Boat Holdings, Inc. equity" is a subtotal no label calls one: total equity is it plus noncontrolling interest, no false alarm', () => {
    expect(mcft.check('footing/balance-sheets/mastercraft-boat-holdings-inc-equity/2026-03-29')).toMatchObject({ verdict: 'exact', computed: '189052' });
    expect(mcft.check('footing/balance-sheets/total-equity/2026-03-29')).toMatchObject({
      verdict: 'exact',
      formula: 'Total equity = MasterCraft Boat Holdings, Inc. equity + Noncontrolling interest',
    });
  });

  test('share counts printed in full under "(Dollars in thousands, …)" are shares, and EPS ties out: −742 ÷ 16,136,132 = −0.046 printed (0.05)', () => {
    expect(mcft.check('definition/eps-basic/2026-q3')).toMatchObject({ verdict: 'rounding' });
    expect(mcft.check('definition/eps-diluted/2025-9m')).toMatchObject({ verdict: 'rounding' });
    // Under a loss, diluted equals basic.
    expect(mcft.check('tie/eps-diluted/2026-q3/basic-under-a-loss').verdict).toBe('exact');
  });

  test('boats under "Unit sales volume:" in a table "(Dollars in thousands)" are counts; net sales per unit stays money in thousands', () => {
    const fact = (row: string) => mcft.release.facts.find((f) => f.row === row && f.period === '2026-q3')!;
    expect(fact('unit-sales-volume--consolidated')).toMatchObject({ unit: 'count', scale: 0, value: '571' });
    expect(fact('net-sales-per-unit--consolidated')).toMatchObject({ unit: 'USD', scale: 3, value: '137' });
    // 409 + 162 = 571 boats, summed as a count.
    expect(mcft.check('footing/supplemental-operating-data/unit-sales-volume--consolidated/2026-q3')).toMatchObject({ verdict: 'exact', unit: 'count' });
  });

  test('"Consolidated" under the segments of a table of selected data sums them where it holds, never where it does not (per-unit figures)', () => {
    expect(byRow(checks, 'net-sales--consolidated').filter((c) => c.id.startsWith('footing/')).map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact', 'exact']);
    expect(byRow(checks, 'net-sales-per-unit--consolidated').filter((c) => c.id.startsWith('footing/'))).toEqual([]);
  });
});

describe('SunCoke Q2 2026: a consolidated table and two segment tables of selected figures, no statement', () => {
  test('a table with no title of its own is named by the heading of the prose above it', () => {
    expect(sxc.release.tables.map((t) => [t.id, t.title])).toEqual([
      ['second-quarter-results', 'SECOND QUARTER CONSOLIDATED RESULTS'],
      ['domestic-coke', 'Domestic Coke'],
      ['industrial-services', 'Industrial Services'],
    ]);
  });

  test('every "Increase (decrease)" column is recomputed as the difference of its periods', () => {
    const changes = sxc.checks.filter((c) => c.id.startsWith('change/'));
    expect(changes).toHaveLength(12);
    expect(sxc.check('change/domestic-coke/revenues/2026-q2-vs-2025-q2')).toMatchObject({ verdict: 'exact', computed: '-42.9' });
  });

  test('"(thousands of tons)" makes a count in thousands, and "(Dollars in millions, except per ton amounts)" leaves per-ton figures in dollars per ton', () => {
    const fact = (table: string, row: string) => sxc.release.facts.find((f) => f.table === table && f.row === row && f.period === '2026-q2')!;
    expect(fact('domestic-coke', 'sales-volumes-thousands-of-tons')).toMatchObject({ unit: 'count', scale: 3, value: '878' });
    expect(fact('industrial-services', 'terminals-handling-volumes-thousands-of-tons')).toMatchObject({ unit: 'count', scale: 3 });
    expect(fact('domestic-coke', 'adjusted-ebitda-per-ton')).toMatchObject({ unit: 'USD/ton', scale: 0, value: '48.41' });
    expect(fact('domestic-coke', 'revenues')).toMatchObject({ unit: 'USD', scale: 6 });
  });

  test('"Revenues" and "Adjusted EBITDA" of the segments are not ties of the consolidated figures: with no statement among them, a tie that fails is not published', () => {
    expect(sxc.checks.filter((c) => c.id.startsWith('tie/'))).toEqual([]);
  });
});

describe('SunCoke fiscal 2025, its 10-K MD&A: consolidated results and segment operating data with volumes in thousands of tons', () => {
  const fact = (row: string) => sxc10k.release.facts.find((f) => f.row === row && f.period === '2025-fy')!;

  test('tables are named by their titles, the segment table\'s over its introducing sentence', () => {
    expect(sxc10k.release.tables.map((t) => t.id)).toEqual(['results-of-operations', 'segment-operating-data']);
  });

  test('volumes "(thousands of tons)" are counts in thousands; "Adjusted EBITDA per ton" is dollars per ton, in dollars as "except per ton amounts" says; revenue is in millions', () => {
    expect(fact('domestic-coke-production-volumes-thousands-of-tons')).toMatchObject({ unit: 'count', scale: 3, value: '3749' });
    expect(fact('terminals-handling-volumes-thousands-of-tons')).toMatchObject({ unit: 'count', scale: 3 });
    expect(fact('domestic-coke-adjusted-ebitda-per-ton')).toMatchObject({ unit: 'USD/ton', scale: 0, value: '46.35' });
    expect(fact('sales-and-other-operating-revenue--domestic-coke')).toMatchObject({ unit: 'USD', scale: 6 });
    expect(fact('domestic-coke-capacity-utilization')).toMatchObject({ unit: 'percent' });
  });

  test('its "Increase (Decrease)" columns, in tables titled as results of operations, are never footed: every cell of them is checked as the difference of its two years', () => {
    expect(sxc10k.checks.filter((c) => c.kind === 'footing').map((c) => c.period).filter((p) => p?.includes('-vs-'))).toEqual([]);
    const changes = sxc10k.checks.filter((c) => c.kind === 'change');
    expect(changes).toHaveLength(30);
    expect(sxc10k.check('change/results-of-operations/total-costs-and-operating-expenses/2025-fy-vs-2024-fy')).toMatchObject({ verdict: 'exact', computed: '98.2' }); // 1,881.7 − 1,783.5
  });

  test('the segment totals foot: 1,613.8 + 187.8 + 21.9 − 21.9 = 1,801.6, and with corporate 1,837.3', () => {
    expect(sxc10k.check('footing/segment-operating-data/total-sales-and-other-operating-revenue-reportable-segments/2025-fy')).toMatchObject({ verdict: 'exact', computed: '1801.6' });
    expect(sxc10k.check('footing/segment-operating-data/total-sales-and-other-operating-revenue/2025-fy')).toMatchObject({ verdict: 'exact', computed: '1837.3' });
  });
});

// A figure per unit of a volume the same table prints, recomputed as the footnotes define it
// ("(2) Reflects Domestic Coke Adjusted EBITDA divided by Domestic Coke sales volumes"),
// published where it ties out (companies define such figures their own way), a mismatch only where it holds in every other column.
describe('figures per unit of a volume: the money line the label names ÷ the table\'s count line of that unit', () => {
  test.each([
    [mcft, 'definition/supplemental-operating-data/net-sales-per-unit--consolidated/2026-q3', '136.96', 'Net sales per unit — Consolidated = Net sales — Consolidated ÷ Unit sales volume — Consolidated'], // 78,206 ÷ 571
    [mcft, 'definition/supplemental-operating-data/net-sales-per-unit--pontoon/2025-9m', '56.60', 'Net sales per unit — Pontoon = Net sales — Pontoon ÷ Unit sales volume — Pontoon'], // 29,830 ÷ 527
    [sxc, 'definition/domestic-coke/adjusted-ebitda-per-ton/2026-q2', '48.40', 'Adjusted EBITDA per ton = Adjusted EBITDA ÷ Sales volumes (thousands of tons)'], // $42.5 million ÷ 878 thousand tons
    [sxc10k, 'definition/segment-operating-data/domestic-coke-adjusted-ebitda-per-ton/2025-fy', '46.34', 'Domestic Coke Adjusted EBITDA per ton = Adjusted EBITDA — Domestic Coke ÷ Domestic Coke sales volumes (thousands of tons)'], // 170.0 ÷ 3,668, not production volumes
  ] as const)('%#: %s', (loaded, id, computed, formula) => {
    const c = loaded.check(id);
    expect(c).toMatchObject({ verdict: 'rounding', formula });
    expect(c.computed!.startsWith(computed)).toBe(true);
  });

  // Holding in the row's other columns, the company's definition is read: one column off is a mismatch, as a noted ratio
  // off in one column of many is. Off in two columns of four, the reading is not corroborated: unpublished, no accusation.
  const mcftEdited = (from: string, to: string) => {
    const text = readFileSync(`${REAL}/mcft-2026-q3/release.txt`, 'utf8');
    expect(text).toContain(from);
    return fromText(text.replace(from, to), emptyModel, 'mcft-2026-q3', { fiscalYearEnd: '06-30', fiscalPeriod: '2026-q3', releaseDate: '2026-05-07', name: 'MasterCraft Boat Holdings, Inc.' });
  };
  const consolidated = 'definition/supplemental-operating-data/net-sales-per-unit--consolidated';

  test('a per-unit figure off in one column where it holds in the three others is a mismatch', () => {
    const edited = mcftEdited('Consolidated\t137\t123', 'Consolidated\t150\t123');
    expect(edited.check(`${consolidated}/2026-q3`).verdict).toBe('mismatch');
    expect(edited.checks.filter((c) => c.verdict === 'mismatch' && c.kind === 'definition').map((c) => c.id)).toEqual([`${consolidated}/2026-q3`]);
  });

  test('a per-unit figure off in two columns of four is not published, never a mismatch', () => {
    const edited = mcftEdited('Consolidated\t137\t123', 'Consolidated\t150\t133');
    const ids = edited.checks.map((c) => c.id);
    expect(ids).not.toContain(`${consolidated}/2026-q3`);
    expect(ids).not.toContain(`${consolidated}/2025-q3`);
    expect(ids).toContain(`${consolidated}/2026-9m`);
    expect(edited.checks.filter((c) => c.verdict === 'mismatch' && c.kind === 'definition')).toEqual([]);
  });
});

describe('Motorcar Parts of America Q1 fiscal 2027, in whole dollars with no unit statement', () => {
  test('the statement of operations foots: 27,174,000 − 23,642,000 = 3,532,000', () => {
    expect(mpaa.checks.find((c) => c.id.startsWith('footing/') && c.id.endsWith('/operating-income/2027-q1'))).toMatchObject({ verdict: 'exact', computed: '3532000' });
  });
});

describe('Darling International Q2 2010: a statement of operations with "$ Change Favorable (Unfavorable)" columns', () => {
  const change = (row: string, period: string) => dar.check(`change/net-sales/${row}/${period}`);

  test.each([
    // row, change period, computed, reading: a cost that rises is printed unfavourable, an expense printed negative is read as printed
    ['net-sales', '2010-q2-vs-2009-q2', '10912', 'the rise'], // 166,210 − 155,298
    ['cost-of-sales-and-operating-expenses', '2010-q2-vs-2009-q2', '-10500', 'the fall'], // 113,353 − 123,853
    ['cost-of-sales-and-operating-expenses', '2010-h1-vs-2009-h1', '-27367', 'the fall'], // 216,896 − 244,263
    ['total-costs-and-expenses', '2010-q2-vs-2009-q2', '-12274', 'the fall'],
    ['interest-expense', '2010-q2-vs-2009-q2', '-105', 'the rise'], // printed negative: (889) − (784)
    ['income-taxes-expensebenefit', '2010-q2-vs-2009-q2', '1369', 'the rise'], // (6,206) − (7,575)
    ['operating-income', '2010-h1-vs-2009-h1', '9458', 'the rise'],
    ['net-income', '2010-q2-vs-2009-q2', '-328', 'the rise'],
  ])('%s %s = %s, %s', (row, period, computed, reading) => {
    const c = change(row, period);
    expect(c).toMatchObject({ verdict: 'exact', computed });
    expect(c.explanation).toContain(reading);
  });

  test('its columns are the quarter and half year ending Saturday, July 3, 2010 and July 4, 2009 (a 52/53-week year), and its change columns are never footed', () => {
    expect(dar.release.tables[0].columns.map((c) => c.key)).toEqual(['2010-q2', '2009-q2', '2010-q2-vs-2009-q2', '2010-h1', '2009-h1', '2010-h1-vs-2009-h1']);
    expect(dar.checks.filter((c) => c.kind === 'footing').map((c) => c.period).filter((p) => p?.includes('-vs-'))).toEqual([]);
    expect(dar.checks.filter((c) => c.id.endsWith('/basic-under-a-loss'))).toEqual([]);
  });
});

describe('StarTek Q3 2010, an operating scorecard headed "Q1-08" … "Q3-10", "2008", "YTD 2010"', () => {
  test('every column is a period: quarters with a hyphenated year, fiscal years, and the year to date of the release\'s third quarter', () => {
    expect(srt.release.errors).toEqual([]);
    expect(srt.release.tables[0].columns.map((c) => c.key)).toEqual([
      '2008-q1', '2008-q2', '2008-q3', '2008-q4', '2008-fy', '2009-q1', '2009-q2', '2009-q3', '2009-q4', '2009-fy', '2010-q1', '2010-q2', '2010-q3', '2010-9m',
    ]);
    expect(srt.release.facts.find((f) => f.row === 'revenue-millions--us' && f.period === '2010-9m')).toMatchObject({ value: '128.9', unit: 'USD', scale: 6 });
  });

  test('nothing in it is a false alarm', () => {
    expect(srt.checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
});

describe('Thryv Q2 2026', () => {
  const { release, checks } = thry;
  const fact = (row: string, period: string) => release.facts.find((f) => f.row === row && f.period === period)?.value;

  test('"Other income", the last line of "Other income (expense):", is one of its lines, not its total', () => {
    expect(checks.filter((c) => c.id.includes('/other-income/'))).toEqual([]);
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test('the counts and allowances printed in the balance sheet\'s labels are each stated at the day or year they name', () => {
    expect(fact('common-stock-001-par-value.shares-issued', '2026-06-30')).toBe('72970119');
    expect(fact('common-stock-001-par-value.shares-issued', '2025-12-31')).toBe('72002129');
    expect(fact('common-stock-001-par-value.shares-outstanding', '2025-12-31')).toBe('43815268');
    expect(fact('accounts-receivable.allowance', '2025-12-31')).toBe('13830');
    expect(new Set(release.facts.map((f) => f.id)).size).toBe(release.facts.length);
  });

  test('its segment table\'s "Change Amount" and "Change %" columns are a difference and a growth each, read from their own cells and never footed', () => {
    const segment = checks.filter((c) => c.id.split('/')[1] === 'segment-information');
    expect(segment.filter((c) => c.kind === 'change')).toHaveLength(6);
    expect(segment.filter((c) => c.kind === 'growth')).toHaveLength(6);
    // Total Revenue, and Consolidated Adjusted EBITDA closing its section (13,562 + 7,263 = 20,825), in the period columns only.
    expect(segment.filter((c) => c.kind === 'footing').map((c) => `${c.id.split('/')[2]} ${c.period} ${c.verdict}`)).toEqual([
      'total-revenue 2026-q2 exact', 'total-revenue 2025-q2 exact', 'consolidated-adjusted-ebitda 2026-q2 exact', 'consolidated-adjusted-ebitda 2025-q2 exact',
    ]);
    // (59,742) ÷ 210,470 = −28.385%, printed (28.4)%
    expect(thry.check('growth/segment-information/total-revenue/2026-q2-vs-2025-q2.percent')).toMatchObject({ verdict: 'rounding', unit: 'percent' });
  });

  test('rows under a long caption ("Weighted-average shares used in computing … per common share:") stay in the table', () => {
    const shares = release.facts.filter((f) => f.unit === 'shares' && f.origin === 'cell');
    expect(shares.map((f) => f.value)).toContain('44303331');
    expect(new Set(shares.map((f) => f.table)).size).toBe(1);
  });
});

describe('Southern Company Q4 2004, "Analysis of Consolidated Earnings" with a "Change" column after each pair of periods (test/fixtures/import/text)', () => {
  const source = decodeSource(readFileSync('test/fixtures/import/text/southern-2004-q4-ex99.txt')).text;
  const options = { fiscalPeriod: '2004-q4', fiscalYearEnd: '12-31', fiscalYearNamedBy: 'end', releaseDate: '2005-01-25', name: 'Southern Company' } as const;
  const { releaseText } = importRelease({ text: source, file: 'southern.txt', kind: 'text' }, options);
  // The name the import is given is the release's; the page's title over the analysis names the company above it.
  const so = fromText(releaseText, emptyModel, 'so-2004-q4', { fiscalPeriod: '2004-q4', scale: 6, company: 'so', ticker: 'SO', name: options.name });
  const footings = so.checks.filter((c) => c.id.startsWith('footing/analysis-of-earnings/'));

  test('its period columns get the footings they get without the change columns: Total Revenues, Total Operating Expenses (the lines since it) and Operating Income (their difference), in each, and nothing in a change column', () => {
    // 2,194 + 305 + 105 + − + 117 = 2,721; 1,968 + 324 + 105 + − + 123 = 2,520; 9,731 + 1,343 + 392 + − + 437 = 11,903; 8,875 + 1,358 + 373 + 142 + 438 = 11,186
    expect(footings.map((c) => [c.id, c.verdict, c.computed])).toEqual([
      ['footing/analysis-of-earnings/total-revenues/2004-q4', 'exact', '2721'],
      ['footing/analysis-of-earnings/total-revenues/2003-q4', 'exact', '2520'],
      ['footing/analysis-of-earnings/total-revenues/2004-fy', 'exact', '11903'],
      ['footing/analysis-of-earnings/total-revenues/2003-fy', 'exact', '11186'],
      // "Total Operating Expenses" in the same section, read as the 4 lines since "Total Revenues": 948 + 984 + 240 + 153 = 2,325, …
      ['footing/analysis-of-earnings/total-operating-expenses/2004-q4', 'exact', '2325'],
      ['footing/analysis-of-earnings/total-operating-expenses/2003-q4', 'exact', '2179'],
      ['footing/analysis-of-earnings/total-operating-expenses/2004-fy', 'exact', '9076'],
      ['footing/analysis-of-earnings/total-operating-expenses/2003-fy', 'exact', '8381'],
      // "Operating Income" under the two totals, all printed positive: revenues less operating expenses, 2,721 − 2,325 = 396, …
      ['footing/analysis-of-earnings/operating-income/2004-q4', 'exact', '396'],
      ['footing/analysis-of-earnings/operating-income/2003-q4', 'exact', '341'],
      ['footing/analysis-of-earnings/operating-income/2004-fy', 'exact', '2827'],
      ['footing/analysis-of-earnings/operating-income/2003-fy', 'exact', '2805'],
    ]);
    expect(footings[4].explanation).toContain(`the figures fit "only the 4 lines since 'Total Revenues'" best, so it is the one checked.`);
    expect(footings[0].explanation).toContain("published because it holds in every column: 'Total Revenues' sums what the section 'Income Account-' printed above it.");
  });

  test('no footing, tie or definition of the release is a mismatch: its only mismatches are the growth percentages it misprints', () => {
    expect(so.checks.filter((c) => c.verdict === 'mismatch').map((c) => c.kind)).toEqual(['growth', 'growth', 'growth']);
  });
});

describe('Bank of America 4Q24, as a converter of its PDF wrote it in Markdown (test/fixtures/import/real/bac-2024-q4.md)', () => {
  const source = readFileSync('test/fixtures/import/real/bac-2024-q4.md', 'utf8');
  const options = { ticker: 'BAC', name: 'Bank of America Corporation', exchange: 'NYSE', releaseDate: '2025-01-16' } as const;
  // Four headings packed left over five columns: "Year Ended December 31", the one span, covers both years.
  const releaseText = importRelease({ text: source, file: 'bac.md', kind: 'text' }, options).releaseText;
  test('the span heading packed left over five columns covers the two years, the quarters one column each', () => {
    expect(releaseText).toContain('\tYear Ended December 31\t\tFourth Quarter\tThird Quarter\tFourth Quarter\n');
    expect(releaseText).not.toContain('\tYear Ended December 31\tFourth Quarter\tThird Quarter\tFourth Quarter\t\n');
  });
  const bac = fromText(releaseText, emptyModel, 'bac-2024-q4', { fiscalPeriod: '2024-q4', scale: 6, company: 'bac', ticker: 'BAC', releaseDate: '2025-01-16' });

  test('"Summary Average Balance Sheet", named in its header row\'s corner, prints averages: never tied to the balances at the period\'s end', () => {
    expect(bac.release.tables.find((t) => t.id === 'summary-average-balance-sheet')?.title).toBe('');
    const touches = (c: Check, table: string) => [...c.inputs, c.reported.fact ?? ''].some((id) => id.includes(`/${table}/`));
    const averages = bac.checks.filter((c) => c.kind === 'tie' && touches(c, 'summary-average-balance-sheet'));
    // Its average equity ties to the "Reconciliation of average shareholders' equity" (295,134 in Q4 2024), never to
    // the period-end one (295,559), which differs in every period and is left out as another line.
    expect(averages.map((c) => [c.id, c.verdict, c.reported.fact, c.inputs])).toEqual(
      ['2024-fy', '2023-fy', '2024-q4', '2024-q3', '2023-q4'].map((p) => [
        `tie/shareholders-equity/${p}`,
        'exact',
        `bac-2024-q4/summary-average-balance-sheet/total-shareholders-equity/${p}`,
        [`bac-2024-q4/reconciliation-of-average-shareholders-equity-to/shareholders-equity/${p}`],
      ]),
    );
    const periodEnd = 'reconciliation-of-period-end-shareholders-equity-to';
    expect(bac.release.tables.some((t) => t.id === periodEnd)).toBe(true);
    expect(averages.filter((c) => touches(c, periodEnd))).toEqual([]);
    expect(averages[2].reported.value).toBe('295134');
    // The period-end equity (295,559) is read as the balance it is, at the quarter's end (ingest/balances.ts), so it is
    // no candidate of the averages' ties at all (it had been read for the quarter and left out as another line).
    const endEquity = bac.release.facts.find((f) => f.id === `bac-2024-q4/${periodEnd}/shareholders-equity/2024-q4`);
    expect([endEquity?.value, endEquity?.period]).toEqual(['295559', '2024-12-31']);
    expect(bac.release.facts.find((f) => f.id === 'bac-2024-q4/summary-average-balance-sheet/total-shareholders-equity/2024-q4')?.period).toBe('2024-q4');
  });

  test('no footing or tie is a mismatch', () => {
    expect(bac.checks.filter((c) => (c.kind === 'footing' || c.kind === 'tie') && c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test('the period-end balances tie where they are one figure: total assets 3,261.8 billion and 3,261,789 million', () => {
    expect(bac.checks.filter((c) => c.kind === 'tie' && c.verdict !== 'mismatch').length).toBeGreaterThan(5);
  });
});

describe('Bed Bath & Beyond Q2 2026, a retailer whose exhibit a research note quoted', () => {
  const { release, checks } = bbby;

  test('a title line that ends in its unit statement is the table\'s title and unit, not a paragraph', () => {
    expect(release.tables.map((t) => [t.id, t.title, t.unitNote])).toEqual([
      ['balance-sheets', 'Consolidated Balance Sheets', '(in thousands, except per share data)'],
      ['statements-of-operations', 'Consolidated Statements of Operations', '(in thousands, except per share data)'],
    ]);
  });

  test('"Other operating income, net" printed positive among the operating expenses is added as printed: 43,108 + 24,334 + 57,527 + 11,579 + 3,016 = 139,564', () => {
    expect(bbby.check('footing/statements-of-operations/total-operating-expenses/2026-q2')).toMatchObject({ verdict: 'exact', computed: '139564' });
    // −42,883 + 750 + 120 = −42,013: "Other expense, net" printed positive is income here.
    expect(bbby.check('footing/statements-of-operations/loss-before-income-taxes/2026-q2')).toMatchObject({ verdict: 'exact', computed: '-42013' });
  });

  test('share counts printed after a dash in the equity labels are facts of each balance sheet date, in the table\'s thousands', () => {
    const label = release.facts.filter((f) => f.origin === 'label').map((f) => [f.row, f.period, f.value, f.unit, f.scale]);
    expect(label).toContainEqual(['common-stock.shares-issued', '2026-06-30', '89604', 'shares', 3]);
    expect(label).toContainEqual(['common-stock.shares-issued', '2025-12-31', '76358', 'shares', 3]);
    expect(label).toContainEqual(['treasury-stock-at-cost.shares-treasury', '2025-12-31', '7495', 'shares', 3]);
    expect(release.errors).toEqual([]);
  });

  test('the balance sheet balances in both columns', () => {
    for (const period of ['2026-06-30', '2025-12-31']) {
      expect(bbby.check(`footing/balance-sheets/total-liabilities-and-stockholders-equity/${period}`).verdict).toBe('exact');
    }
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
});

describe('United Fire Group 4Q24, an insurer\'s release as a news site saved it in Markdown (test/fixtures/import/real/ufcs-2024-q4.md)', () => {
  const source = readFileSync('test/fixtures/import/real/ufcs-2024-q4.md', 'utf8');
  const imported = importRelease({ text: source, file: 'ufcs.md', kind: 'text' }, { ticker: 'UFCS', exchange: 'NASDAQ', name: 'United Fire Group, Inc.' });
  // The two loss ratio tables, whose stacked headers the import reports, left out as a user would until fixed by hand.
  const text = imported.releaseText.slice(0, imported.releaseText.indexOf('Net Earned Premiums, Net Losses and Loss Settlement Expenses'));
  const ufcs = fromText(text, emptyModel, 'ufcs-2024-q4', { fiscalPeriod: '2024-q4', scale: 3, company: 'ufcs', ticker: 'UFCS', releaseDate: '2025-02-11' });

  test('the headline is the front matter\'s title, found at its line of source.txt', () => {
    expect(imported.meta.title?.value).toBe('United Fire Group, Inc. Reports Fourth Quarter and Full Year 2024 Results');
    expect(imported.metaYaml).toContain("# the page's headline, <h1> at source.txt:2");
  });

  test('the import reports the loss ratio tables\' stacked headers, and nothing else', () => {
    expect(new Set(imported.issues.map((i) => i.line))).toEqual(new Set([317, 344]));
  });

  test('no check is a mismatch', () => {
    expect(ufcs.checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    expect(ufcs.checks.length).toBeGreaterThan(40);
  });

  test('figures printed with and without "$" under one heading are one column: total investment income foots in all four periods', () => {
    for (const period of ['2024-q4', '2023-q4', '2024-fy', '2023-fy']) {
      expect(ufcs.check(`footing/investment-results/total-investment-income/${period}`).verdict).toBe('exact');
    }
    // 19,877 + — + 2,150 + 3,692 = 25,719
    expect(ufcs.check('footing/investment-results/total-investment-income/2024-q4').computed).toBe('25719');
  });

  test('"Other income (loss)(2)", which its note defines otherwise, is not held to the statement\'s "Other income (loss)"', () => {
    expect(ufcs.checks.filter((c) => c.id.startsWith('tie/other-income/'))).toEqual([]);
  });

  test('"… ; full year net income of $2.39 per diluted share" is the year\'s, 2.39, not the quarter\'s', () => {
    expect(ufcs.check('claim/net-income-loss-per-diluted-share/2024-fy')).toMatchObject({ verdict: 'exact', computed: '2.39' });
  });

  // Read since the headings above its dateline head nothing of the body: before, "Full year 2024 highlights …" qualified
  // every sentence of it, and none linked.
  test('"The fourth quarter combined ratio improved to 94.4%, …, while the full year combined ratio improved … to 99.2%": the clause after "while" is the year\'s', () => {
    expect(ufcs.check('claim/combined-ratio--combined-ratio/2024-q4')).toMatchObject({ verdict: 'exact', computed: '94.4' });
    expect(ufcs.check('claim/combined-ratio--combined-ratio/2024-fy')).toMatchObject({ verdict: 'exact', computed: '99.2' });
  });
});
