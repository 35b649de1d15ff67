// Four misreadings found on real releases (issue 29, "read every table as its reader does"), each excerpt cut from the
// release.txt that `tieout import` wrote from the release (main 1131221):
// - Reddit (unseen-s26 rddt-2026-q1.txt, release.txt lines 40–57 and 130–156): "Key Operating Metrics by Geography",
//   "(in millions, except percentages and ARPU)": "DAUq: Global 126.8" (daily active uniques, 126.8 million users) with
//   no "$" on its line, read as US$ millions before; and the highlights' "Cash, cash equivalents, and marketable
//   securities $ 2,771" under "Three months ended March 31," read for the quarter before, a balance held at March 31.
// - Citizens Financial (corpus-extra cfg-2021-q4.htm, release.txt lines 485–522): "Other notable items - primarily tax
//   and TOP | 4Q21 | | 3Q21 | …" printed above "($s in millions, except per share data)" and the "Pre-tax | After-tax"
//   header of the table it heads: its columns had no period (pre-tax-2 … after-tax-5), the periods' row read as figures.
// - Kelly Services (corpus-extra kelya-2024-q4.md, release.txt lines 135–166): the segment table prints each business
//   unit's name over the same lines ("Gross profit", "Total SG&A expenses", "Business unit profit (loss)"), with no
//   colon, capitals or indentation; its lines were read outside any segment, numbered gross-profit-2 … -5.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { repeatedHeads } from '../../../src/lib/ingest/build-table.ts';
import { namesActivePeople } from '../../../src/lib/ingest/units.ts';
import { namesBalance } from '../../../src/lib/ingest/balances.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const meta = (id: string, name: string, ticker: string, fiscalPeriod: string, releaseDate: string, scale: number): ReleaseMeta => ({
  id, title: 'x', company: ticker.toLowerCase(), name, ticker, exchange: 'NYSE', fiscalYearEnd: '12-31', fiscalPeriod, releaseDate, currency: 'USD', scale,
});
const FIXTURES = {
  reddit: { file: 'test/fixtures/ingest/forms/rddt-2026-q1-metrics.txt', meta: meta('rddt-2026-q1', 'Reddit, Inc.', 'RDDT', '2026-q1', '2026-04-30', 3) },
  citizens: { file: 'test/fixtures/ingest/forms/cfg-2021-q4-notable-items.txt', meta: meta('cfg-2021-q4', 'Citizens Financial Group, Inc.', 'CFG', '2021-q4', '2022-01-19', 6) },
  kelly: { file: 'test/fixtures/ingest/forms/kelya-2024-q4-segments.txt', meta: { ...meta('kelya-2024-q4', 'Kelly', 'KELYA', '2024-q4', '2025-02-13', 6), fiscalYearEnd: '12-29' } },
  // Avient (unseen-s28 avnt-2024-q4.md, a PR Newswire copy; release.txt lines 165–223): its balance sheet prints "Year
  // Ended December 31," over "2024 | 2023", as its statement of cash flows below it does.
  avient: { file: 'test/fixtures/ingest/forms/avnt-2024-q4-balance-sheet.txt', meta: meta('avnt-2024-q4', 'Avient Corporation', 'AVNT', '2024-q4', '2025-02-13', 6) },
  // Amazon (series amzn-2022-q1.txt, its EX-99.1; release.txt lines 270–310): the equity of its balance sheet prints
  // the shares of each class in captions with no figures ("Authorized shares — 5,000", "Issued shares — 532 and 533"),
  // indented under the class, and "Treasury stock, at cost" back flush with the class.
  amazon: { file: 'test/fixtures/ingest/forms/amzn-2022-q1-balance-sheet.txt', meta: meta('amzn-2022-q1', 'Amazon.com, Inc.', 'AMZN', '2022-q1', '2022-04-28', 6) },
} as const;
type Name = keyof typeof FIXTURES;
const read = (name: Name) => parseRelease(readFileSync(FIXTURES[name].file, 'utf8'), FIXTURES[name].meta, emptyModel, FIXTURES[name].file);
const factsOf = (name: Name) => new Map(read(name).facts.map((f) => [f.id.slice(FIXTURES[name].meta.id.length + 1), f]));

describe('a count of active users is no money', () => {
  const facts = factsOf('reddit');
  const METRICS = 'key-operating-metrics-by-geography';
  test.each<[string, string, number, string]>([
    // fact id (table/row/column), unit, scale, value
    [`dauq-global/dauq-global/2026-q1`, 'count', 6, '126.8'],
    [`dauq-global/logged-out-dauq-international/2025-q1`, 'count', 6, '32.2'],
    [`dauq-global/wauq-global/2026-q1`, 'count', 6, '493.1'],
    // Money beside them stays money: the revenue in millions, the revenue per user in dollars.
    [`${METRICS}/revenue-global/2026-q1`, 'USD', 6, '663.4'],
    [`dauq-global/arpu-global/2026-q1`, 'USD/unit', 0, '5.23'],
  ])('%s is %s at scale %d', (id, unit, scale, value) => {
    const f = facts.get(id);
    expect(f, `${id} among ${[...facts.keys()].filter((k) => k.includes('dauq') || k.includes('arpu')).join(', ')}`).toBeDefined();
    expect([f!.unit, f!.scale, f!.value]).toEqual([unit, scale, value]);
  });

  test.each<[string, boolean]>([
    ['DAUq: Global', true],
    ['Logged-in DAUq: U.S.', true],
    ['WAUq: International', true],
    ['Monthly active users (MAUs)', true],
    ['Daily Active Uniques', true],
    // eBay's supplemental operating data (1Q23, unseen s29): "Active Buyers" 133 under "(In millions, except percentages)".
    ['Active Buyers (1)', true],
    ['Active Buyers excluding GittiGidiyor and TCGplayer (2)', true],
    ['Active customers', true],
    ['Active accounts receivable', false],
    ['Active ingredients', false],
    ['Revenue per active buyer', false],
    // Money named with them, or per them, is money.
    ['ARPU: Global', false],
    ['Revenue per DAU', false],
    ['Average revenue per daily active user', false],
    ['MAP pricing adjustments', false],
  ])('%s names active users counted: %s', (label, counted) => {
    expect(namesActivePeople(label)).toBe(counted);
  });
});

describe('a balance is held at the end of its column\'s period', () => {
  const facts = factsOf('reddit');
  test('the highlights\' cash is at March 31, 2026, not over the quarter', () => {
    const cash = facts.get('first-quarter-2026-financial-highlights-three/cash-cash-equivalents-and-marketable-securities/2026-q1');
    expect(cash?.value).toBe('2771');
    expect(cash?.period).toBe('2026-03-31');
    const row = read('reddit').tables.find((t) => t.id === 'first-quarter-2026-financial-highlights-three')?.rows.find((r) => r.id === 'cash-cash-equivalents-and-marketable-securities');
    expect(row?.reading?.evidence).toMatch(/period 2026-03-31: the end of its column's, as a balance is held/);
    // The flows beside it keep the quarter.
    expect(facts.get('first-quarter-2026-financial-highlights-three/free-cash-flow/2026-q1')?.period).toBe('2026-q1');
  });

  test('every amount of a balance sheet is held at its column\'s end, though the header spans a year (Avient)', () => {
    const facts = read('avient').facts;
    const sheet = facts.filter((f) => f.table.includes('balance-sheets') && f.unit === 'USD');
    expect(sheet.length).toBe(48);
    expect(new Set(sheet.map((f) => f.period))).toEqual(new Set(['2024-12-31', '2023-12-31']));
    expect(sheet.find((f) => f.row === 'accounts-receivable-net' && f.period === '2024-12-31')?.value).toBe('399.5');
    // The statement of cash flows under the same header keeps its years.
    const flows = facts.filter((f) => f.table.includes('cash-flows'));
    expect(flows.length).toBeGreaterThan(0);
    expect(new Set(flows.map((f) => f.period))).toEqual(new Set(['2024-fy', '2023-fy']));
  });

  test.each<[string, boolean]>([
    ['Cash, cash equivalents, and marketable securities', true],
    ['Cash and cash equivalents', true],
    ['Cash, cash equivalents and restricted cash', true],
    ['Total assets', true],
    ["Total stockholders' equity", true],
    ['Net debt', true],
    ['Total interest-bearing debt', true],
    // Flows, averages and other moments are not.
    ['Net increase (decrease) in cash and cash equivalents', false],
    ['Cash and cash equivalents at the beginning of the period', false],
    ['Cash paid for interest', false],
    ['Average total assets', false],
    ['Net cash provided by operating activities', false],
    ['Free Cash Flow', false],
  ])('%s names a balance: %s', (label, balance) => {
    expect(namesBalance(label)).toBe(balance);
  });
});

describe('periods printed above a table\'s unit statement are its own', () => {
  const release = read('citizens');
  const facts = new Map(release.facts.map((f) => [f.id.replace(/^cfg-2021-q4\//, ''), f]));
  test.each<[string, string, string]>([
    // fact id, period, value
    ['tax-notable-items/tax-notable-items/2020-q4.after-tax', '2020-q4', '7'],
    ['tax-notable-items/tax-notable-items/2020-fy.after-tax', '2020-fy', '11'],
    ['tax-notable-items/total-notable-items/2021-q4.pre-tax', '2021-q4', '-51'],
    ['tax-notable-items/total-notable-items/2021-fy.after-tax', '2021-fy', '-78'],
    ['tax-notable-items/eps-impact/2021-q3.after-tax', '2021-q3', '-0.04'],
    // The table above keeps its own rows and periods.
    ['notable-items/total-integration-costs/2021-q4.pre-tax', '2021-q4', '-29'],
  ])('%s is of %s', (id, period, value) => {
    const f = facts.get(id);
    expect(f, `${id} among ${[...facts.keys()].filter((k) => k.includes('total-notable')).join(', ')}`).toBeDefined();
    expect([f!.period, f!.value]).toEqual([period, value]);
  });

  test('the row of periods is no row of figures, and no column goes without a period', () => {
    expect(release.facts.filter((f) => f.period === null)).toEqual([]);
    expect(release.tables.flatMap((t) => t.rows.map((r) => r.label))).not.toContain('Other notable items - primarily tax and TOP');
  });
});

describe('a name over a block of lines another name also heads is a segment', () => {
  const facts = factsOf('kelly');
  test.each<[string, string, string[]]>([
    // fact id, value, section
    ['professional-industrial/professional-industrial--gross-profit/2024-q4', '68.6', ['Professional & Industrial']],
    ['professional-industrial/science--gross-profit/2024-q4', '94.8', ['Science, Engineering & Technology']],
    ['professional-industrial/education--gross-profit/2024-q4', '41.1', ['Education']],
    ['professional-industrial/education--total-sga-expenses/2023-q4', '23.0', ['Education']],
    ['professional-industrial/science--business-unit-profit-loss/2024-q4', '-50.7', ['Science, Engineering & Technology']],
    ['professional-industrial/goodwill-impairment-charge/2024-q4', '72.8', ['Science, Engineering & Technology']],
  ])('%s', (id, value, section) => {
    const f = facts.get(id);
    expect(f, `${id} among ${[...facts.keys()].filter((k) => k.includes('gross-profit/2024-q4')).join(', ')}`).toBeDefined();
    expect([f!.value, f!.section]).toEqual([value, section]);
  });

  test.each<[string, [string, boolean][], number[]]>([
    [
      'two names over the same lines',
      [['East', false], ['Revenue', true], ['Gross profit', true], ['West', false], ['Revenue', true], ['Gross profit', true]],
      [0, 3],
    ],
    // A caption over lines no other caption repeats heads nothing by this rule (a balance sheet's "Current assets").
    [
      'captions over different lines',
      [['Current assets', false], ['Cash', true], ['Receivables', true], ['Current liabilities', false], ['Payables', true], ['Accrued', true]],
      [],
    ],
    // One line in common is no repeated block.
    [
      'one line in common',
      [['Operating', false], ['Net income', true], ['Other', true], ['Investing', false], ['Capital expenditures', true], ['Other', true]],
      [],
    ],
    // Two per-share captions over their bases are two measures, not segments (ASE's EPS and earnings per ADS, 4Q24).
    [
      'per-share captions over their bases',
      [['Earnings per share', false], ['– Basic', true], ['– Diluted', true], ['Earnings per equivalent ADS', false], ['– Basic', true], ['– Diluted', true]],
      [],
    ],
    // Captions naming periods are periods, read as such (MSA's segment table, 1Q20, "Three Months Ended March 31, 2020").
    [
      'captions naming periods',
      [['Three Months Ended March 31, 2020', false], ['Sales', true], ['Operating income', true], ['Three Months Ended March 31, 2019', false], ['Sales', true], ['Operating income', true]],
      [],
    ],
  ])('%s', (_, rows, heads) => {
    expect([...repeatedHeads(rows.map(([label, figures]) => ({ label, figures })))]).toEqual(heads);
  });
  // A repeat is looked for among the blocks just after a head (the segments of a table follow one another), so that a
  // table of thousands of headed blocks is read in time proportional to its lines, not to their square.
  const blocks = (names: string[]) => names.flatMap((name) => [{ label: name, figures: false }, { label: 'Revenue', figures: true }, { label: 'Profit', figures: true }]);
  test('40,000 segments over the same lines: every name heads its block', () => {
    const names = Array.from({ length: 40_000 }, (_, k) => `Segment ${String.fromCharCode(65 + (k % 26))}${Math.floor(k / 26)}`);
    expect(repeatedHeads(blocks(names)).size).toBe(40_000);
  });
  test('two names over the same lines, a hundred other captions apart: no repeat read', () => {
    const between = Array.from({ length: 100 }, (_, k) => [{ label: `Caption ${String.fromCharCode(65 + (k % 26))}${Math.floor(k / 26)}`, figures: false }, { label: `Line ${String.fromCharCode(65 + (k % 26))}`, figures: true }]).flat();
    expect([...repeatedHeads([...blocks(['East']), ...between, ...blocks(['West'])])]).toEqual([]);
  });
});

describe('a caption counting shares holds the rows printed under it, and no row printed left of them', () => {
  const release = read('amazon');
  const facts = factsOf('amazon');
  const SHEET = 'balance-sheets';
  test.each<[string, string, string, string]>([
    // row, unit, value at March 31, 2022, section (joined)
    // Flush with "Common stock, $0.01 par value:", out of the captions indented under it: money, not shares.
    ['treasury-stock-at-cost', 'USD', '-4503', 'LIABILITIES AND STOCKHOLDERS’ EQUITY / Stockholders’ equity'],
    ['additional-paid-in-capital', 'USD', '58793', 'LIABILITIES AND STOCKHOLDERS’ EQUITY / Stockholders’ equity'],
    ['retained-earnings', 'USD', '82071', 'LIABILITIES AND STOCKHOLDERS’ EQUITY / Stockholders’ equity'],
    // The line printing its count of shares in its words: its figure is the common stock's $5 million, the 509 million
    // shares a fact of its label.
    ['outstanding-shares', 'USD', '5', 'LIABILITIES AND STOCKHOLDERS’ EQUITY / Stockholders’ equity / Common stock, $0.01 par value / Authorized shares — 5,000 / Issued shares — 532 and 533'],
    ['outstanding-shares.shares-outstanding', 'shares', '509', 'LIABILITIES AND STOCKHOLDERS’ EQUITY / Stockholders’ equity / Common stock, $0.01 par value / Authorized shares — 5,000 / Issued shares — 532 and 533'],
  ])('%s is %s %s', (row, unit, value, section) => {
    const f = facts.get(`${SHEET}/${row}/2022-03-31`);
    expect(f, `${row} among ${[...facts.keys()].filter((k) => k.startsWith(SHEET)).join(', ')}`).toBeDefined();
    expect([f!.unit, f!.value, f!.section.join(' / ')]).toEqual([unit, value, section]);
  });

  test('the equity foots: its total is the sum of the lines a reader adds', () => {
    const checks = runChecks(release, emptyModel).filter((c) => c.id.startsWith(`footing/${SHEET}/total-stockholders-equity/`));
    expect(checks.map((c) => [c.period, c.verdict])).toEqual([['2021-12-31', 'exact'], ['2022-03-31', 'exact']]);
  });
});

// Qualcomm (series qcom-fy2022-q1; test/fixtures/checks/columns/qcom-fy2022-q1-reconciliations.txt): its reconciliation's
// columns name measures, no period; "Q1 Fiscal 2022" over its lines, then "Q1 Fiscal 2021" over the same lines, say which.
describe('a caption naming a period over lines whose columns name none is their period', () => {
  const meta: ReleaseMeta = { ...{ id: 'qcom-fy2022-q1', title: 'x', company: 'qcom', name: 'Qualcomm', ticker: 'QCOM', exchange: '', fiscalYearEnd: '09-26', fiscalPeriod: '2022-q1', releaseDate: '2022-02-02', currency: 'USD', scale: 6 } };
  const file = 'test/fixtures/checks/columns/qcom-fy2022-q1-reconciliations.txt';
  const release = parseRelease(readFileSync(file, 'utf8'), meta, emptyModel, file);
  const TABLE = 'reconciliations-of-gaap-results-to-non-gaap';
  test.each<[string, string, string]>([
    // row, column, period
    ['revenues', 'gaap-non-gaap-reconciliation-gaap-results', '2022-q1'],
    ['net-income-loss', 'gaap-non-gaap-reconciliation-non-gaap-results', '2022-q1'],
    ['revenues-2', 'gaap-non-gaap-reconciliation-gaap-results', '2021-q1'],
    ['diluted-eps-2', 'gaap-non-gaap-reconciliation-non-gaap-results', '2021-q1'],
  ])('%s, %s: %s', (row, column, period) => {
    const f = release.facts.find((x) => x.id === `qcom-fy2022-q1/${TABLE}/${row}/${column}`);
    expect(f, release.facts.filter((x) => x.table === TABLE).map((x) => x.id).slice(0, 12).join('\n')).toBeDefined();
    expect(f!.period).toBe(period);
  });

  test('every figure of the table has a period, and the reading says where it came from', () => {
    expect(release.facts.filter((f) => f.table === TABLE && f.value !== null && !f.period)).toEqual([]);
    const row = release.tables.find((t) => t.id === TABLE)?.rows.find((r) => r.id === 'revenues-2');
    expect(row?.reading?.evidence).toContain('period 2021-q1: the caption "Q1 Fiscal 2021" over its lines (the columns name none)');
  });
});

// PS Business Parks (1Q20, unseen-edgar-s12 psb-2020-q1.htm; release.txt lines 83–104): its same-park quarters print
// "For the Three Months Ended" over "March 31 | June 30 | September 30 | December 31" and each measure's years as rows
// ("Rental income", then "2020", "2019"). The year alone was read as the fiscal year: a quarter's $94,813 as 2019's.
describe('a column naming a span and its day, on a row naming the year, is that span of that year', () => {
  const meta: ReleaseMeta = { id: 'psb-2020-q1', title: 'x', company: 'psb', name: 'PS Business Parks', ticker: 'PSB', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod: '2020-q1', releaseDate: '2020-04-29', currency: 'USD', scale: 3 };
  const file = 'test/fixtures/ingest/forms/psb-2020-q1-same-park-quarters.txt';
  const release = parseRelease(readFileSync(file, 'utf8'), meta, emptyModel, file);
  const facts = release.facts.filter((f) => f.value !== null);
  test.each<[string, string, string, string]>([
    // row, column, period, value
    ['rental-income--2019', 'for-the-three-months-ended-march-31', '2019-q1', '94813'],
    ['rental-income--2019', 'for-the-three-months-ended-december-31', '2019-q4', '97636'],
    ['rental-income--2020', 'for-the-three-months-ended-march-31', '2020-q1', '97972'],
    ['noi--2019', 'for-the-three-months-ended-september-30', '2019-q3', '67864'],
  ])('%s, %s: %s', (row, column, period, value) => {
    const f = facts.find((x) => x.row === row && x.id.endsWith(`/${column}`));
    expect(f, facts.map((x) => x.id).slice(0, 10).join('\n')).toBeDefined();
    expect([f!.period, f!.value]).toEqual([period, value]);
  });
  test('no figure of the table is read as a fiscal year', () => {
    expect(facts.filter((f) => f.period.endsWith('-fy'))).toEqual([]);
  });
});

// A TAT-QA table (tatqa-test.json, uid 6ba2031f…, Oracle's amortization of intangible assets, fiscal 2019; the entry
// kept as test/fixtures/ingest/forms/tatqa-6ba2031f-amortization.json): "Percent Change" written once over "Actual |
// Constant", then "2018". Spread over the year, it made 2018's amounts percentages once "Percent" read as "%" does,
// and its total (1,620) a false mismatch.
describe('a change heading does not head the year beside its columns', () => {
  test('2018 is a year of amounts, its total foots, and nothing is a mismatch', async () => {
    const { readTatqaTable } = await import('../../../scripts/corpus/tatqa-measure.ts');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const [entry] = JSON.parse(readFileSync('test/fixtures/ingest/forms/tatqa-6ba2031f-amortization.json', 'utf8'));
    const read = readTatqaTable(entry, 't-6ba2031f', 'test/fixtures/ingest/forms', join(mkdtempSync(join(tmpdir(), 'tieout-tatqa-')), 't'))!;
    const total = read.release.facts.find((f) => f.label === 'Total amortization of intangible assets' && f.value === '1620');
    expect([total?.unit, total?.dimension ?? null]).toEqual(['USD', null]);
    expect(read.checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    expect(read.checks.some((c) => c.kind === 'footing' && c.reported.fact === total?.id && (c.verdict === 'exact' || c.verdict === 'rounding'))).toBe(true);
  });
});
