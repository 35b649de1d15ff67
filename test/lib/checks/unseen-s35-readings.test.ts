// Readings the verdicts of five releases of unseen set s35 rest on (../shared/unseen-s35; review
// test/fixtures/corpus-review/unseen/s35.md), each an excerpt of the release as published, each blind mismatch of the set
// a false one these readings remove, and each relation still caught when a figure is planted wrong:
// - Spire, 3Q FY2024 (pdftotext of its EX-99.1, test/fixtures/import/real/sr-fy2024-q3-assets.txt): "Net Utility Plant",
//   set off by its own rule above "Non-utility Property" and "Other Investments", stays beside their total "Total Other
//   Property and Investments" in "Total Assets" (src/lib/checks/structure.ts `readingsOf`, its `since`); left out, the
//   total assets were "4,608.4" against 10,710.9 printed.
// - Casella, 2Q24 (cwst-2024-q2-revenue.txt): "Price" and "Volume" in a bridge of revenue growth are money, summed into
//   "Total Resource Solutions operations" (src/lib/ingest/build-table.ts `volumeEffects`). Its six months' processing
//   share is a real error the set holds: 0.8% printed for 0.67%.
// - FinWise, 4Q24 (finw-2024-q4-average-balances.txt): "Savings 9,192 9 0.40%", the 9 ten characters off its column, is
//   the interest column's (src/lib/import/text-columns.ts `withStrayFiguresJoined`), and "12/31/2024", "9/30/2024",
//   "12/31/2023" head the three groups of three columns (src/lib/import/text-heading-groups.ts): read apart, the
//   deposits' interest did not foot and the fourth quarter of 2023's balances were the third quarter of 2024's.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkExcerpt, readExcerpt, type Excerpt } from '../excerpt-release.ts';

const fixture = (name: string) => readFileSync(`test/fixtures/import/real/${name}`, 'utf8');
const planted = (text: string, from: string, to: string) => {
  expect(text).toContain(from);
  return text.replace(from, to);
};

const spire: Excerpt = { id: 'sr-fy2024-q3', headline: 'Spire Reports Third Quarter Fiscal 2024 Results', name: 'Spire Inc.', ticker: 'SR', fiscalPeriod: '2024-q3', releaseDate: '2024-07-31', fiscalYearEnd: '09-30' };
const casella: Excerpt = { id: 'cwst-2024-q2', headline: 'Casella Waste Systems, Inc. Announces Second Quarter 2024 Results', name: 'Casella Waste Systems, Inc.', ticker: 'CWST', fiscalPeriod: '2024-q2', releaseDate: '2024-08-01', fiscalYearEnd: '12-31' };
const finwise: Excerpt = { id: 'finw-2024-q4', headline: 'FinWise Bancorp Reports Fourth Quarter and Full Year 2024 Results', name: 'FinWise Bancorp', ticker: 'FINW', fiscalPeriod: '2024-q4', releaseDate: '2025-01-30', fiscalYearEnd: '12-31' };

const SPIRE = fixture('sr-fy2024-q3-assets.txt');
const CASELLA = fixture('cwst-2024-q2-revenue.txt');
const FINWISE = fixture('finw-2024-q4-average-balances.txt');

const verdictOf = (text: string, e: Excerpt, id: RegExp) => checkExcerpt(text, e).filter((c) => id.test(c.id)).map((c) => c.verdict);

describe('relations of s35 read as the release establishes them', () => {
  test.each([
    // [what, excerpt, its metadata, check id, verdicts as printed]
    ['Spire: total assets over net utility plant and the three totals', SPIRE, spire, /^footing\/[^/]+\/total-assets\//, ['exact', 'exact', 'exact']],
    ['Spire: the other property and investments, the two lines after the net utility plant', SPIRE, spire, /^footing\/[^/]+\/total-other-property-and-investments\//, ['exact', 'exact', 'exact']],
    ['Casella: the resource solutions bridge with its volume', CASELLA, casella, /^footing\/[^/]+\/total-resource-solutions-operations\/amount$/, ['exact']],
    // 4,808 of 718,170 is 0.67%, printed 0.8 so that the lines add to 78.0 (0.7 would make 77.9): the company moved the
    // column's rounding into this line, a plug one unit off, within rounding (review s35, reclassified in session 81 with
    // s38's Dave & Buster's shares; rounding-plugs.ts withSharePlugs). Planted two units off below, it is a mismatch.
    ['Casella: the six months\' processing share, 0.8% for 0.67%', CASELLA, casella, /^definition\/[^/]+\/processing\/2024-h1\.percent-of-total-revenues$/, ['rounding']],
    // The three months' 0.7 for 2,880 of 377,163 (0.76%) is its floor, so that the lines add to 77.9.
    ['Casella: the three months\' processing share, 0.7% for 0.76%', CASELLA, casella, /^definition\/[^/]+\/processing\/2024-q2\.percent-of-total-revenues$/, ['rounding']],
    ['FinWise: the deposits\' interest with the savings\' 9', FINWISE, finwise, /^footing\/[^/]+\/total-deposits\/2024-q4\.interest$/, ['exact']],
  ])('%s', (_what, text, e, id, expected) => {
    expect(verdictOf(text, e, id)).toEqual(expected);
  });

  test.each([
    // [what, excerpt, its metadata, check id, planted from, to]
    ['Spire: total assets planted 10,810.9', SPIRE, spire, /^footing\/[^/]+\/total-assets\/2024-06-30$/, '10,710.9', '10,810.9'],
    ['Spire: net utility plant planted 6,202.5', SPIRE, spire, /^footing\/[^/]+\/net-utility-plant\/2024-06-30$/, '6,102.5', '6,202.5'],
    ['Casella: volume planted 4,993', CASELLA, casella, /^footing\/[^/]+\/total-resource-solutions-operations\/amount$/, '4,793', '4,993'],
    ['Casella: six months\' processing share planted 0.9, two units off its quotient', CASELLA, casella, /^definition\/[^/]+\/processing\/2024-h1\.percent-of-total-revenues$/, '4,808                  0.8 %', '4,808                  0.9 %'],
    ['Casella: six months\' disposal share planted 19.0', CASELLA, casella, /^definition\/[^/]+\/disposal\/2024-h1\.percent-of-total-revenues$/, '115,262                 16.0 %', '115,262                 19.0 %'],
    ['FinWise: savings interest planted 19', FINWISE, finwise, /^footing\/[^/]+\/total-deposits\/2024-q4\.interest$/, '9,192                          9 ', '9,192                         19 '],
  ])('%s is a mismatch', (_what, text, e, id, from, to) => {
    expect(verdictOf(planted(text, from, to), e, id)).toContain('mismatch');
  });
});

describe('FinWise: the dates head the groups of three columns', () => {
  test.each([
    // [row, period of its figures left to right (balance, interest, yield of each date)]
    ['total-assets', ['2024-q4', '2024-q3', '2023-q4']],
    ['savings', ['2024-q4', '2024-q4', '2024-q4', '2024-q3', '2024-q3', '2024-q3', '2023-q4', '2023-q4', '2023-q4']],
  ])('%s', (row, periods) => {
    const facts = readExcerpt(FINWISE, finwise).facts.filter((f) => f.row === row && f.status === 'reported');
    expect(facts.map((f) => f.period)).toEqual(periods);
  });

  test('the savings\' interest is the interest column\'s', () => {
    const interest = readExcerpt(FINWISE, finwise).facts.find((f) => f.row === 'savings' && f.period === '2024-q4' && f.id.endsWith('.interest'));
    expect(interest?.value).toBe('9');
  });
});

describe('Casella: a volume beside a price in a bridge of changes is money', () => {
  test.each([
    ['volume', 'USD'],
    ['solid-waste-volume', 'USD'],
    ['price', 'USD'],
  ])('%s is %s', (row, unit) => {
    const facts = readExcerpt(CASELLA, casella).facts.filter((f) => f.row === row && f.id.endsWith('/amount'));
    expect(facts.map((f) => f.unit)).toEqual([unit]);
  });
});

// Spire's net economic earnings by segment (3Q FY2024, sr-fy2024-q3-reconciliation.txt): segments as columns, each
// section a period ("Three Months Ended June 30, 2024" right under the headings, then three more); "Gas" over
// "Marketing" alone; a "$" one space after a figure's closing parenthesis, the next column's. Blind, the first section
// was read as a title dating every column, every other section's figures had no period, the "$" made figures of their
// own: 201 problems in the release, 79% of its figures read.
describe("Spire: a reconciliation by segment, each section a period", () => {
  const SPIRE_NEE = fixture('sr-fy2024-q3-reconciliation.txt');
  test('no problem, and every figure dated by its section', () => {
    const release = readExcerpt(SPIRE_NEE, spire);
    const net = release.facts.filter((f) => /net-loss-income-gaap|net-income-loss-gaap/.test(f.row) && f.status === 'reported' && f.id.endsWith('/total'));
    expect(net.map((f) => [f.period, f.value])).toEqual([['2024-q3', '-12.6'], ['2023-q3', '-21.6'], ['2024-9m', '276.8'], ['2023-9m', '248.6']]);
  });

  // (The release text writes "Gas" once, over "Marketing", beside "Gas Utility": it heads that column alone, not
  // "Midstream | Other | Total" after it.)
  test('the columns are the segments as printed', () => {
    const table = readExcerpt(SPIRE_NEE, spire).tables[0]!;
    expect(table.columns.slice(0, 5).map((c) => c.header)).toEqual(['Gas Utility', 'Gas Marketing', 'Midstream', 'Other', 'Total']);
  });

  test.each([
    ['as printed', SPIRE_NEE, []],
    ['the quarter\'s gas marketing net economic earnings planted 1.9', planted(SPIRE_NEE, '1.0 $          13.9', '1.9 $          13.9'), ['mismatch']],
  ])('%s', (_what, text, expected) => {
    const mismatches = checkExcerpt(text, spire).filter((c) => c.verdict === 'mismatch' && c.id.includes('gas-marketing')).map((c) => c.verdict);
    expect([...new Set(mismatches)]).toEqual(expected);
  });
});

// FinWise's gross loans by kind (4Q24, finw-2024-q4-loans.txt): "% of total" / "loans" over the second column of each
// date's "Amount | loans". Read as spread over the amounts beside it, the middle "% of total" made two columns of
// amounts shares; and no line carries the words "total loans", but "Total period end loans" prints 100.0%: the whole
// (src/lib/checks/share-columns.ts; src/lib/import/text-table.ts `fitSpannersToGroups`).
describe('FinWise: each date\'s share of total loans', () => {
  const LOANS = fixture('finw-2024-q4-loans.txt');
  const shares = (text: string) => checkExcerpt(text, finwise).filter((c) => c.kind === 'definition' && /percent-of-total/.test(c.id));
  test('the amounts stay amounts, the shares are shares of the line printing 100', () => {
    const release = readExcerpt(LOANS, finwise);
    expect(release.tables[0]!.columns.map((c) => c.dimension ?? null)).toEqual(['amount', 'percent-of-total-loans', 'amount', 'percent-of-total-loans', 'amount', 'percent-of-total-loans']);
    expect(shares(LOANS).length).toBeGreaterThanOrEqual(24);
    expect(shares(LOANS).filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
  test('a share planted wrong is a mismatch', () => {
    expect(shares(planted(LOANS, '239,922                              64.5%', '239,922                              94.5%')).filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([expect.stringMatching(/\/sba\/2023-12-31\.percent-of-total-loans$/)]);
  });
});

// FinWise's efficiency ratio (4Q24, finw-2024-q4-efficiency-ratio.txt): under the caption "Efficiency ratio", the
// non-interest expense, then net interest income and non-interest income, then "Adjusted operating revenue", their sum,
// indented, no total's words and no rule (src/lib/checks/structure.ts: `unlabelledSubtotal` under a caption, as at the
// top level). Read by no check, a misprinted revenue was never caught.
describe("FinWise: a caption's last line summing the run just above it", () => {
  const RATIO = fixture('finw-2024-q4-efficiency-ratio.txt');
  const footings = (text: string) => checkExcerpt(text, finwise).filter((c) => /^footing\/[^/]+\/adjusted-operating-revenue\//.test(c.id));
  test('as printed, it foots in every column', () => {
    expect(footings(RATIO).map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact', 'exact', 'exact']);
  });
  test('planted wrong, a mismatch', () => {
    expect(footings(planted(RATIO, '20,524', '26,524')).map((c) => c.verdict)).toContain('mismatch');
  });
});
