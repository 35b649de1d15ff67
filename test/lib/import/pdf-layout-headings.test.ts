// Tables of PDF releases turned to text by `pdftotext -layout` (unseen set s27; excerpts in test/fixtures/import/text,
// sources in its README): the layout sets column headings apart from the figures they head, so a reader matches them
// by order and grouping, not by the characters they happen to stand over.
// - eBay's reconciliation: "Three Months Ended   Six Months Ended" twenty characters left of their pairs; the first
//   stood over no figure and was lifted out as a caption, the second given to the three-month pair, whose 684 / 2,540
//   margin (26.9%) then was checked against six months' revenue (two false mismatches).
// - J&J's "Supplementary Sales Data": "SECOND QUARTER" and "SIX MONTHS" centred over their five-column groups, over
//   the middle of each alone: the quarter's columns read as fiscal years, the six months' as the quarter; "Percent
//   Change" centred over "Total  Operations  Currency" headed "Operations" alone.
// - McDonald's "Key financial metrics": its spanners one column right of their groups (the quarter read as FY2023).
// - MGM's reconciliation: "Twelve months ended" over its second column alone (the 2022 year read as a day).
// - J&J's regional and segment sales: "% Change" centred over "Reported | Operational | Currency | Adjusted
//   Operational", its characters between the second and third: it headed "Currency" alone, and in the segment table,
//   a blank line under it, nothing ("Adjusted" over "Operational1,3" was the title, the columns' years fiscal years).
// - PepsiCo's summary: "Revenue / Percentage Point Impact" two blank lines over its impacts: the title, and the
//   impacts, in points, read as dollars in millions.
// - Amcor's cash flow statement: the note mark "(1)" raised onto a line of its own above its row, read as a figure
//   (−1) in a column of its own, and the row lost its mark.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const read = (file: string, fiscalPeriod: string, fiscalYearEnd = '12-31') => {
  const path = `test/fixtures/import/text/${file}`;
  const meta: ReleaseMeta = {
    id: 'x', title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd,
    fiscalPeriod, releaseDate: '2023-08-01', currency: 'USD', scale: 6,
  };
  const imported = importRelease({ text: readFileSync(path, 'utf8'), file: path, kind: 'text' }, { ticker: 'X' });
  return { imported, facts: parseRelease(imported.releaseText, meta, emptyModel, path).facts };
};

const releases = {
  ebay: read('ebay-2023-q2-offset-headings.txt', '2023-q2'),
  jnj: read('jnj-2023-q2-group-spanners.txt', '2023-q2'),
  mcd: read('mcd-2023-q2-shifted-spanners.txt', '2023-q2'),
  mgm: read('mgm-2022-q4-date-line.txt', '2022-q4'),
  amcr: read('amcr-fy2023-q4-raised-mark.txt', '2023-q4', '06-30'),
};

describe('headings set apart from their figures by a PDF\'s layout head their columns as a reader matches them', () => {
  // [release, what, fact id, value, period]
  const cases: [keyof typeof releases, string, string, string, string][] = [
    ['ebay', 'the quarter\'s margin, under "Three Months Ended" printed left of every figure', 'x/ebay-inc-reconciliation-of-gaap-operating/non-gaap-operating-margin/2023-q2', '26.9', '2023-q2'],
    ['ebay', 'the prior quarter\'s margin', 'x/ebay-inc-reconciliation-of-gaap-operating/non-gaap-operating-margin/2022-q2', '28.7', '2022-q2'],
    ['ebay', 'the quarter\'s operating income', 'x/ebay-inc-reconciliation-of-gaap-operating/non-gaap-operating-income/2023-q2', '684', '2023-q2'],
    ['ebay', 'the six months\' margin', 'x/ebay-inc-reconciliation-of-gaap-operating/non-gaap-operating-margin/2023-h1', '28.3', '2023-h1'],
    ['ebay', 'the prior six months\' operating income', 'x/ebay-inc-reconciliation-of-gaap-operating/non-gaap-operating-income/2022-h1', '1499', '2022-h1'],
    ['jnj', 'the quarter\'s U.S. sales, under the middle of "SECOND QUARTER"\'s group', 'x/supplementary-sales-data/us/2023-q2', '1787', '2023-q2'],
    ['jnj', 'the prior quarter\'s', 'x/supplementary-sales-data/us/2022-q2', '1687', '2022-q2'],
    ['jnj', 'the quarter\'s total change, under "Percent Change" centred over three headings', 'x/supplementary-sales-data/us/2023-q2-vs-2022-q2', '6.0', '2023-q2-vs-2022-q2'],
    ['jnj', 'the six months\' sales', 'x/supplementary-sales-data/us/2023-h1', '3522', '2023-h1'],
    ['jnj', 'the six months\' operational change', 'x/supplementary-sales-data/international/2023-h1-vs-2022-h1.operations', '10.1', '2023-h1-vs-2022-h1'],
    ['jnj', 'the six months\' currency effect', 'x/supplementary-sales-data/international/2023-h1-vs-2022-h1.currency', '-5.4', '2023-h1-vs-2022-h1'],
    ['mcd', 'the quarter\'s revenues, under a spanner set a column right', 'x/key-financial-metrics/revenues/2023-q2', '6497.5', '2023-q2'],
    ['mcd', 'the quarter\'s change', 'x/key-financial-metrics/revenues/2023-q2-vs-2022-q2', '14', '2023-q2-vs-2022-q2'],
    ['mcd', 'the six months\' revenues', 'x/key-financial-metrics/revenues/2023-h1', '12395.3', '2023-h1'],
    ['mcd', 'the six months\' change excluding currency', 'x/key-financial-metrics/revenues/2023-h1-vs-2022-h1.excluding-currency-translation', '11', '2023-h1-vs-2022-h1'],
    ['mgm', 'the quarter\'s net income', 'x/reconciliation-of-net-income-loss-attributable/net-income-attributable-to-mgm-resorts-international/2022-q4', '284002', '2022-q4'],
    ['mgm', 'the year 2022\'s, under "Twelve months ended" over its second column alone', 'x/reconciliation-of-net-income-loss-attributable/net-income-attributable-to-mgm-resorts-international/2022-fy', '1473093', '2022-fy'],
    ['mgm', 'the year 2021\'s', 'x/reconciliation-of-net-income-loss-attributable/net-income-attributable-to-mgm-resorts-international/2021-fy', '1254370', '2021-fy'],
  ];
  test.each(cases)('%s: %s', (release, _, id, value, period) => {
    const f = releases[release].facts.find((x) => x.id === id);
    expect(f?.value).toBe(value);
    expect(f?.period).toBe(period);
  });

  test('no column of these quarter and half-year tables is dated a fiscal year or a day', () => {
    for (const release of ['ebay', 'jnj', 'mcd'] as const) {
      expect(releases[release].facts.filter((f) => /fy|-\d\d-\d\d/.test(f.period)).map((f) => f.id)).toEqual([]);
    }
    expect(releases.mgm.facts.filter((f) => /-\d\d-\d\d/.test(f.period)).map((f) => f.id)).toEqual([]);
  });
});

describe('a note mark raised onto a line of its own is the mark of the row below (Amcor FY23)', () => {
  test('the row keeps its mark, and the mark is no figure', () => {
    const { imported, facts } = releases.amcr;
    expect(imported.releaseText).toContain('Cash and cash equivalents at the beginning of the year (1)\t850\t850\n');
    expect(imported.issues).toEqual([]);
    expect(facts.filter((f) => f.period !== '2022-fy' && f.period !== '2023-fy').map((f) => f.id)).toEqual([]);
    expect(facts.find((f) => f.id === 'x/us-gaap-statements-of-cash-flows/cash-and-cash-equivalents-at-the-beginning-of-the-year/2022-fy')?.value).toBe('850');
  });
});

// Read right, Amcor's Q4 reconciliation laid bare its "% growth - Adjusted EBITDA, EBIT, Net income and EPS" row,
// read as amounts per share for its "EPS": a footing added its (11) to the 540 of adjusted EBITDA (false mismatch).
describe('a "% growth" row naming EPS among its measures is a percentage (Amcor FY23, Q4 reconciliation)', () => {
  const growth = read('amcr-fy2023-q4-growth-rows.txt', '2023-q4', '06-30');
  test('its figures are percentages, not amounts per share', () => {
    const row = growth.facts.filter((f) => f.row.endsWith('growth-adjusted-ebitda-ebit-net-income-and-eps'));
    expect(row.map((f) => f.value)).toEqual(['-11', '-14', '-23', '-21']);
    expect(new Set(row.map((f) => f.unit))).toEqual(new Set(['percent']));
  });
});

describe('a spanner heads the group of columns it is centred over, past blank lines (J&J, PepsiCo Q2 2023)', () => {
  const jnj = read('jnj-2023-q2-change-group.txt', '2023-q2');
  const pep = read('pep-2023-q2-points-impact.txt', '2023-q2');
  const groups = { jnj, pep };
  // [release, what, fact id, value, unit]
  const cases: [keyof typeof groups, string, string, string, string][] = [
    ['jnj', 'the reported change, first under "% Change"', 'x/regional-sales-results-q2/international/2023-q2-vs-2022-q2', '2.2', 'percent'],
    ['jnj', 'the operational change', 'x/regional-sales-results-q2/international/2023-q2-vs-2022-q2.operational12', '4.7', 'percent'],
    ['jnj', 'the currency effect', 'x/regional-sales-results-q2/international/2023-q2-vs-2022-q2.currency', '-2.5', 'percent'],
    ['jnj', 'the quarter\'s sales, a blank line under "% Change"', 'x/segment-sales-results-q2/medtech/2023-q2', '7788', 'USD'],
    ['jnj', 'the segment\'s reported change', 'x/segment-sales-results-q2/medtech/2023-q2-vs-2022-q2', '12.9', 'percent'],
    ['jnj', 'the segment\'s currency effect', 'x/segment-sales-results-q2/medtech/2023-q2-vs-2022-q2.currency', '-1.8', 'percent'],
    ['pep', 'the currency impact, in points', 'x/summary-second-quarter-2023-performance/latin-america/2023-q2.revenue-percentage-point-impact-foreign-exchange-translation', '-6', 'percentage-points'],
    ['pep', 'the acquisitions\' impact, in points', 'x/summary-second-quarter-2023-performance/america/2023-q2.revenue-percentage-point-impact-acquisitions-divestitures', '-1', 'percentage-points'],
    ['pep', 'the organic change, a percentage', 'x/summary-second-quarter-2023-performance/latin-america/percent-change.revenue-acquisitions-organic-percent-change', '13', 'percent'],
    ['pep', 'the volume change under "Volume(a) % Change"', 'x/summary-second-quarter-2023-performance/latin-america/foods', '-3', 'percent'],
    ['pep', 'an impact under a title closing on "Percentage Point Impact"', 'x/operating-profit-and-eps-percentage-point/latin-america/foreign-exchange-translation', '-9', 'percentage-points'],
    ['pep', 'the items affecting comparability there', 'x/operating-profit-and-eps-percentage-point/total/items-affecting-comparability', '-63', 'percentage-points'],
  ];
  test.each(cases)('%s: %s', (release, _, id, value, unit) => {
    const f = groups[release].facts.find((x) => x.id === id);
    expect(f?.value).toBe(value);
    expect(f?.unit).toBe(unit);
  });

  test('no figure of these tables of changes is money but the sales', () => {
    expect(pep.facts.filter((f) => f.unit === 'USD').map((f) => f.id)).toEqual([]);
    expect(jnj.facts.filter((f) => f.unit === 'USD' && !/\/202[23]-q2$/.test(f.id)).map((f) => f.id)).toEqual([]);
  });
});

// J&J's statement of earnings (2Q23, pdftotext; excerpt test/fixtures/import/text/jnj-2023-q2-statement-of-earnings.txt):
// "SECOND QUARTER" on the stub's line, set between "2023" and "2022", each fitted over its "Amount | Percent to Sales"
// pair, its characters over the second pair's amounts alone. Read by its characters, 2023's quarter stood under the
// year alone, read as the fiscal year (text-table.ts, periodBetweenYears).
describe('a period set between two years heads both years\' columns (J&J Q2 2023 statement of earnings)', () => {
  const { facts } = read('jnj-2023-q2-statement-of-earnings.txt', '2023-q2');
  test.each([
    // row, figure as printed, its column key
    ['sales-to-customers', '$ 25,530', '2023-q2.amount'],
    ['gross-profit', '67.8', '2023-q2.percent-sales'],
    ['cost-of-products-sold', '3.7', '2023-q2-vs-2022-q2'],
  ])('%s %s is under %s', (row, raw, key) => {
    expect(facts.filter((f) => f.row === row && f.raw === raw).map((f) => f.id.split('/').at(-1))).toEqual([key]);
  });

  test('no figure is read as a fiscal year\'s', () => {
    expect(facts.filter((f) => f.period.endsWith('-fy'))).toEqual([]);
    expect(facts.filter((f) => f.row === 'sales-to-customers').map((f) => f.period)).toEqual(['2023-q2', '2023-q2', '2022-q2', '2022-q2', '2023-q2-vs-2022-q2']);
  });
});
