// Units, scales and periods of figures a reader reads from the table around them (src/lib/ingest/build-table.ts and
// the modules it reads with; issue 29), each case a table excerpted from a real release as `tieout import` wrote it.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const fixture = (name: string) => `test/fixtures/ingest/forms/${name}.txt`;
const meta = (id: string, fiscalPeriod: string, releaseDate: string, scale: number, fiscalYearEnd = '12-31', currency = 'USD'): ReleaseMeta => ({
  id, title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd, fiscalPeriod, releaseDate, currency, scale,
});
const releases = {
  hig: { file: fixture('hig-2020-q1-margin-reconciliation'), meta: meta('hig-2020-q1', '2020-q1', '2020-04-29', 6) },
  hbi: { file: fixture('hbi-2024-q4-leverage-ratio'), meta: meta('hbi-2024-q4', '2024-q4', '2025-02-13', 3, '12-28') },
  cpa: { file: fixture('cpa-2024-q4-cents'), meta: meta('cpa-2024-q4', '2024-q4', '2025-02-12', 3) },
  smp: { file: fixture('smp-2020-q1-statement-of-operations'), meta: meta('smp-2020-q1', '2020-q1', '2020-04-29', 3) },
  cnxn: { file: fixture('cnxn-2020-q1-product-mix'), meta: meta('cnxn-2020-q1', '2020-q1', '2020-04-29', 3) },
  chp: { file: fixture('chp-2024-q4-gaap-summary'), meta: meta('chp-2024-q4', '2024-q4', '2025-02-13', 3, '12-31', 'CAD') },
  now: { file: fixture('now-2020-q1-results-summary'), meta: meta('now-2020-q1', '2020-q1', '2020-04-29', 6) },
  aapl: { file: fixture('aapl-fy2004-q3-summary-data'), meta: meta('aapl-fy2004-q3', '2004-q3', '2004-07-14', 6, '09-25') },
  cpaOps: { file: fixture('cpa-2024-q4-operating-highlights'), meta: meta('cpa-2024-q4', '2024-q4', '2025-02-12', 3) },
  pd: { file: fixture('pd-2024-q4-operating-statistics'), meta: meta('pd-2024-q4', '2024-q4', '2025-02-12', 3, '12-31', 'CAD') },
  nflx: { file: fixture('nflx-2026-q2-summary'), meta: meta('nflx-2026-q2', '2026-q2', '2026-07-16', 3) },
  duol: { file: fixture('duol-2026-q2-dilutive-securities'), meta: meta('duol-2026-q2', '2026-q2', '2026-08-05', 3) },
  nvt: { file: fixture('nvt-2020-q1-statement-of-income'), meta: meta('nvt-2020-q1', '2020-q1', '2020-04-29', 6) },
  fr23q1: { file: fixture('fosrich-2023-q1-cents'), meta: meta('fosrich-2023-q1', '2023-q1', '2023-04-25', 0, '12-31', 'JMD') },
  fr23q3: { file: fixture('fosrich-2023-q3-cents'), meta: meta('fosrich-2023-q3', '2023-q3', '2023-10-24', 0, '12-31', 'JMD') },
  fr22q1: { file: fixture('fosrich-2022-q1-per-stock-unit'), meta: meta('fosrich-2022-q1', '2022-q1', '2022-04-28', 0, '12-31', 'JMD') },
  // PNC's 2Q21 front page (series pnc-2021-q2, release.txt lines 19–51 as imported at a19bdc04): three quarters' columns
  // and a fourth of bullets, "Second Quarter Highlights", whose text ("Adjusted EPS was $4.50 …") was read into its header.
  pnc: { file: fixture('pnc-2021-q2-highlights'), meta: meta('pnc-2021-q2', '2021-q2', '2021-07-14', 6) },
  // Pfizer's 2Q23 components of other (income)/deductions (unseen-s29 pfe-2023-q2, `pdftotext -layout` of the release
  // PDF, release.txt lines 650–686 as imported at 1e229c2c): the notes above the table laid out in its four columns, over
  // "Second-Quarter | Second-Quarter | Six Months | Six Months" and "2023 | 2022 | 2023 | 2022".
  pfe: { file: fixture('pfe-2023-q2-other-income-components'), meta: meta('pfe-2023-q2', '2023-q2', '2023-08-01', 6) },
  // Nabors' 4Q24 reconciliation of earnings per share (corpus nbr-2024-q4, release.txt lines 253–275 as imported at
  // 1e229c2c): "DILUTED EPS:" over its numerator "Adjusted income (loss), net of tax - diluted $ (61,465)", the shares,
  // and "Earnings (losses) per share:" over "Total Diluted $ (6.67)".
  nbr: { file: fixture('nbr-2024-q4-eps-reconciliation'), meta: meta('nbr-2024-q4', '2024-q4', '2025-02-11', 3) },
} as const;
type Name = keyof typeof releases;
const textOf = (name: Name) => readFileSync(releases[name].file, 'utf8');
const release = (name: Name, text = textOf(name)) => parseRelease(text, releases[name].meta, emptyModel, releases[name].file);

describe('each figure read in the unit and scale its reader reads it in', () => {
  test.each<[Name, string, string, number]>([
    // release, fact id less the release, unit, scale
    // A bare change beside percentages, under a "Change" printing "%" nowhere: a difference in points, not $0.8 million.
    ['hig', 'margin/net-income-margin/2020-q1-vs-2019-q1', 'percentage-points', 0],
    ['hig', 'margin/net-realized-capital-losses-gains-excluded-from-core-earnings-before-tax/2020-q1-vs-2019-q1', 'percentage-points', 0],
    ['hig', 'margin/core-earnings-margin/2020-q1-vs-2019-q1', 'percentage-points', 0],
    ['hig', 'margin/core-earnings-margin/2020-q1', 'percent', 0],
    // A multiple of EBITDA named with a qualifier after a comma, and debt over income: quotients, not $3.4 thousand.
    ['hbi', 'table-6-b-hanesbrands-inc-supplemental-financial/net-debtebitda-as-adjusted/2024-fy', 'ratio', 0],
    ['hbi', 'table-6-b-hanesbrands-inc-supplemental-financial/debtincome-loss-from-continuing-operations/2023-fy', 'ratio', 0],
    ['hbi', 'table-6-b-hanesbrands-inc-supplemental-financial/net-debt--net-debt/2024-fy', 'USD', 3],
    // Cents of the currency named: per passenger or seat mile, in hundredths of a dollar, not US$12.5 thousand.
    ['cpa', 'consolidated-financial-operating-highlights/yield-us-cents/2024-q4', 'USD/unit', -2],
    ['cpa', 'consolidated-financial-operating-highlights/casm-excl-fuel-us-cents/2024-fy', 'USD/unit', -2],
    ['cpa', 'consolidated-financial-operating-highlights/yield-us-cents/2024-q4-vs-2023-q4', 'percent', 0],
    ['cpa', 'non-ifrs-financial-measure-reconciliation/aircraft-fuel-cost-per-asm-in-us-cents/2024-q3', 'USD/unit', -2],
    // Counts of shares printed in full under "(In thousands, except per share amounts)": $8,627 thousand over them is
    // the $0.38 printed per share, as over 22 billion shares it is no figure printed.
    ['smp', 'standard-motor-products-inc-statements-of/weighted-average-number-of-common-shares/2020-q1', 'shares', 0],
    ['smp', 'standard-motor-products-inc-statements-of/weighted-average-number-of-common-and-dilutive-shares/2019-q1', 'shares', 0],
    ['smp', 'standard-motor-products-inc-statements-of/net-earnings/2020-q1', 'USD', 3],
    // A trust's units counted in full under "($ thousands …)": $791,916 thousand over 723,726,328 units is the $1.094
    // printed per unit; the change beside them, 63,601 units, is in the same units.
    ['chp', 'summary-of-gaap-basis-financial-results/weighted-average-number-of-units-outstanding-dilutediii/2024-q4', 'shares', 0],
    ['chp', 'summary-of-gaap-basis-financial-results/weighted-average-number-of-units-outstanding-dilutediii/2024-q4-vs-2023-q4', 'shares', 0],
    // Apple's "CPU Units k" beside "Rev $m": Macs shipped in thousands, revenue in millions of dollars, side by side.
    ['aapl', 'apple-computer-inc-q304-summary-data/americas/2004-q2.actual-cpu-units-k', 'count', 3],
    ['aapl', 'apple-computer-inc-q304-summary-data/americas/2004-q2.actual-rev', 'USD', 6],
    ['aapl', 'product-summary-imac/ipod/2004-q3.actual-units-k', 'count', 3],
    ['aapl', 'product-summary-imac/total-apple/2004-q3.actual-rev', 'USD', 6],
    // "In millions, except per-share data" (nVent): the per-share figures are excepted, not the shares, counted in millions
    // as the money is: 169.8 million shares, under $18.6 million of net income and the $0.11 printed per share.
    ['nvt', 'more-nvent-electric-plc-statements-of/weighted-average-ordinary-shares-outstanding--basic/2020-q1', 'shares', 6],
    ['nvt', 'more-nvent-electric-plc-statements-of/earnings-per-ordinary-share--basic/2020-q1', 'USD/share', 0],
    // Duolingo's "Weighted-average exercise price" beside the shares of the options: dollars per share.
    ['duol', 'dilutive-securities/dilutive-effect-of-stock-options-outstanding/weighted-average-exercise-price', 'USD/share', 0],
    ['duol', 'dilutive-securities/dilutive-effect-of-stock-options-outstanding/shares', 'shares', 6],
    // FosRich's earnings per stock unit (its shares): in cents where the label ends so ("Post-split - Cents" under
    // "Earning per stock unit:", 2.42 cents of J$121.7 million over 5.0 billion shares; "(Loss)/earning per stock unit:
    // Cents"), so 31.6 cents is never J$31.6 beside the J$0.32 its first quarter of 2022 printed for the same earnings.
    ['fr23q1', 'turnover/post-split-cents/2023-q1', 'JMD/share', -2],
    ['fr23q1', 'turnover/pre-split-as-previously-reported-cents/2022-q1', 'JMD/share', -2],
    ['fr23q1', 'turnover/average-shares-in-issue/2023-q1', 'shares', 0],
    ['fr23q1', 'turnover/comprehensive-income/2023-q1', 'JMD', 0],
    ['fr23q3', 'turnover/lossearning-per-stock-unit-cents/2023-q3', 'JMD/share', -2],
    ['fr23q3', 'turnover/lossearning-per-stock-unit-cents/2022-9m.9-months', 'JMD/share', -2],
    ['fr22q1', 'turnover/earning-per-stock-unit/2022-q1', 'JMD/share', 0],
    // Under "Per Common Share", though a column of prose beside names EPS: no column that prints no figure says its
    // neighbours' figures are amounts ($2.43, not $2.43 million).
    ['pnc', 'pnc-reports-second-quarter-2021-net/diluted-earnings-loss-from-continuing-operations-as-reported/2021-q2.quarter', 'USD/share', 0],
    ['pnc', 'pnc-reports-second-quarter-2021-net/book-value/2021-q1.quarter', 'USD/share', 0],
    ['pnc', 'pnc-reports-second-quarter-2021-net/revenue/2021-q2.quarter', 'USD', 6],
    // A numerator printed right under "DILUTED EPS:", in thousands beside per-share lines printing cents: $61.5 million,
    // not $61,465 a share; the per-share line under its own caption stays per share.
    ['nbr', 'reconciliation-of-earnings-per-share/adjusted-income-loss-net-of-tax-diluted/2024-q4', 'USD', 3],
    ['nbr', 'reconciliation-of-earnings-per-share/total-diluted/2024-q4', 'USD/share', 0],
  ])('%s %s: %s, scale %d', (name, id, unit, scale) => {
    const fact = release(name).facts.find((f) => f.id === `${releases[name].meta.id}/${id}`);
    expect(fact && { unit: fact.unit, scale: fact.scale }).toEqual({ unit, scale });
  });
});

describe('a count of things read as a count, never as the table\'s currency', () => {
  test.each<[Name, string, string, string, number]>([
    // release, label, section ('' for none), unit of every figure of the line, scale
    // Passengers counted in thousands, the paying ones ("Revenue Passengers"), not US$ thousands.
    ['cpaOps', 'Revenue Passengers Carried (000s)', '', 'count', 3],
    ['cpaOps', 'Revenue Passengers OnBoard (000s)', '', 'count', 3],
    // A scale stated with no currency, where the lines of money state theirs ("Operating Revenues (US$ millions)").
    ['cpaOps', 'RPMs (millions)', '', 'count', 6],
    ['cpaOps', 'Fuel Gallons Consumed (millions)', '', 'count', 6],
    ['cpaOps', 'Operating Revenues (US$ millions)', '', 'USD', 6],
    // Miles, departures and hours: counted, in units.
    ['cpaOps', 'Average Length of Haul (miles)', '', 'count', 0],
    ['cpaOps', 'Departures', '', 'count', 0],
    ['cpaOps', 'Block Hours', '', 'count', 0],
    ['cpaOps', 'Average Aircraft Utilization (hours)', '', 'count', 0],
    // Money per gallon, in dollars: no US$2.38 thousand.
    ['cpaOps', 'Avg. Price Per Fuel Gallon (US$)', '', 'USD/gallon', 0],
    ['cpaOps', 'Shares for calculation of Basic EPS (000s)', '', 'shares', 3],
    // Rigs counted, not thousands of Canadian dollars: the fleet, the lines under "… rig count" and "Average rigs under
    // term contract", and hours of operation; revenue and costs per utilization day are dollars a day.
    ['pd', 'Contract drilling rig fleet', '', 'count', 0],
    ['pd', 'Service rig fleet', 'Operating costs per utilization day', 'count', 0],
    ['pd', 'Service rig operating hours', 'Operating costs per utilization day', 'count', 0],
    ['pd', 'Total', 'Average Precision active rig count', 'count', 0],
    ['pd', 'Canada', 'Average rigs under term contract', 'count', 0],
    ['pd', 'U.S. (US$)', 'Revenue per utilization day', 'USD/day', 0],
    ['pd', 'Canada (Cdn$)', 'Operating costs per utilization day', 'CAD/day', 0],
    // Fully diluted shares, in the table's millions, under free cash flow printed in dollars.
    ['nflx', 'Shares (FD)', '', 'shares', 6],
    ['nflx', 'Free Cash Flow', '', 'USD', 6],
    // Under "Shares", in millions ("except share price" excepts the price, not the counts), and an option's exercise
    // price per share in dollars: no $0.6 million of founder awards, no $21.09 million.
    ['duol', 'Founder awards', '', 'shares', 6],
    ['duol', 'RSUs outstanding', '', 'shares', 6],
    ['duol', 'Total estimated diluted shares outstanding', '', 'shares', 6],
    ['duol', 'Share price', '', 'USD/share', 0],
  ])('%s %s (%s): %s, scale %d', (name, label, section, unit, scale) => {
    const facts = release(name).facts.filter((f) => f.label === label && f.origin === 'cell' && (f.section.at(-1) ?? '').replace(/\(\d\)|:/g, '').trim() === section && f.unit !== 'percent');
    expect(facts.length).toBeGreaterThan(0);
    expect(new Set(facts.map((f) => `${f.unit} ${f.scale}`))).toEqual(new Set([`${unit} ${scale}`]));
  });
});

describe('each column read for the period its reader reads it for', () => {
  test.each<[Name, string, string]>([
    // release, fact id less the release, period
    // "2020 | 2019" over "% of Net Sales", under the unit statement of the table above printed again and no title: the
    // quarters that table's title "At or for the Three Months Ended March 31," names, not the fiscal years, nor none.
    ['cnxn', 'product-mix/notebooksmobility/2020-q1.percent-of-total', '2020-q1'],
    ['cnxn', 'product-mix/total-net-sales/2019-q1.percent-of-total', '2019-q1'],
    ['cnxn', 'product-mix/closing-price/2020-q1.percent-of-total', '2020-q1'],
    ['cnxn', 'selected-financial-information-at-or/net-sales/2020-q1', '2020-q1'],
    // "Year/Year Change" over "Units" and "Revenue": the quarter against the same quarter a year before.
    ['aapl', 'apple-computer-inc-q304-summary-data/americas/2004-q3-vs-2003-q3', '2004-q3-vs-2003-q3'],
    ['aapl', 'apple-computer-inc-q304-summary-data/americas/2004-q3-vs-2003-q3.revenue', '2004-q3-vs-2003-q3'],
    ['aapl', 'apple-computer-inc-q304-summary-data/americas/2004-q3-vs-2004-q2', '2004-q3-vs-2004-q2'],
    // Its product summary under the same header with the quarters left blank (left-out-periods.ts): the quarters above.
    ['aapl', 'product-summary-imac/ipod/2003-q3.actual-units-k', '2003-q3'],
    ['aapl', 'product-summary-imac/total-apple/2004-q2.actual-rev', '2004-q2'],
    ['aapl', 'product-summary-imac/ipod/2004-q3-vs-2003-q3.revenue', '2004-q3-vs-2003-q3'],
    // "Three Months" spread over the quarter's two dates and its "Change $": the quarter against the same quarter a year
    // before, the columns beside it, not the quarter before.
    ['chp', 'summary-of-gaap-basis-financial-results/net-income-loss/2024-q4-vs-2023-q4', '2024-q4-vs-2023-q4'],
    ['chp', 'summary-of-gaap-basis-financial-results/rental-revenue/2024-fy-vs-2023-fy', '2024-fy-vs-2023-fy'],
    // ServiceNow's "Year/Year Growth (%)" beside its amounts is the growth on the quarter a year before; printed again over
    // "Margin (%)", the column is the quarter's margin, no growth.
    ['now', 'subscription-revenues/subscription-revenues/2020-q1-vs-2019-q1', '2020-q1-vs-2019-q1'],
    ['now', 'subscription-gross-profit/subscription-gross-profit/2020-q1.gaap-results-margin-percent', '2020-q1'],
    ['now', 'subscription-gross-profit/total-gross-profit/2020-q1.non-gaap-results-margin-percent', '2020-q1'],
    // Prose over a column heads none of it: each of Pfizer's four columns is its own period, not the second quarter of
    // 2023 that the notes' first words name in each.
    ['pfe', 'see-note-to-the-consolidated-statements/net-periodic-benefit-costscredits-other-than-service-costs/2023-q2', '2023-q2'],
    ['pfe', 'see-note-to-the-consolidated-statements/net-periodic-benefit-costscredits-other-than-service-costs/2022-q2', '2022-q2'],
    ['pfe', 'see-note-to-the-consolidated-statements/net-interest-expense/2023-h1', '2023-h1'],
    ['pfe', 'see-note-to-the-consolidated-statements/non-gaap-adjusted-other-incomedeductionsnet/2022-h1', '2022-h1'],
  ])('%s %s: %s', (name, id, period) => {
    expect(release(name).facts.find((f) => f.id === `${releases[name].meta.id}/${id}`)?.period).toBe(period);
  });

  test.each<[Name, string[]]>([
    // PNC's "Second Quarter Highlights" bullets beside the three quarters ("Closed the acquisition of BBVA USA on June 1,
    // 2021 …"), no period of a column: not the month to June 1 their words once gave it.
    ['pnc', ['2021-q2', '2021-q1', '2020-q2']],
    ['pfe', ['2023-q2', '2022-q2', '2023-h1', '2022-h1']],
  ])('%s: a header cell of prose names no period, and the periods are the columns\'', (name, periods) => {
    const read = release(name);
    expect(read.periods.map((p) => p.id)).toEqual(periods);
    for (const c of read.tables.flatMap((t) => t.columns)) expect(c.header.split(' ').length, c.header).toBeLessThan(8);
  });
});

describe('a reading that establishes a check still catches an error printed', () => {
  const verdict = (name: Name, id: string, text?: string) => runChecks(release(name, text), emptyModel).find((c) => c.id === id)?.verdict;
  test.each([
    // Each unit's lines foot on their own: 749 thousand Macs and $1,909 million; the products' revenue to "Total Apple",
    // whose units column prints nothing.
    'footing/apple-computer-inc-q304-summary-data/total-operating-segments/2004-q2.actual-cpu-units-k',
    'footing/apple-computer-inc-q304-summary-data/total-operating-segments/2004-q2.actual-rev',
    'footing/product-summary-imac/subtotal-cpus/2004-q3.actual-units-k',
    'footing/product-summary-imac/total-apple/2004-q2.actual-rev',
    'footing/product-summary-imac/total-apple/2004-q3.actual-rev',
  ])('Apple: units counted beside revenue, %s foots', (id) => {
    expect(verdict('aapl', id)).toBe('exact');
  });
  test("Apple: a misprinted count of units fails its column's footing, and the revenue beside it still foots", () => {
    const misprinted = textOf('aapl').replace('  Europe\t187\t449', '  Europe\t197\t449');
    expect(misprinted).not.toBe(textOf('aapl'));
    expect(verdict('aapl', 'footing/apple-computer-inc-q304-summary-data/total-operating-segments/2004-q2.actual-cpu-units-k', misprinted)).toBe('mismatch');
    expect(verdict('aapl', 'footing/apple-computer-inc-q304-summary-data/total-operating-segments/2004-q2.actual-rev', misprinted)).toBe('exact');
  });
  test('The Hartford: net income margin 6.9% - 7.7% = (0.8) points', () => {
    expect(verdict('hig', 'change/margin/net-income-margin/2020-q1-vs-2019-q1')).toBe('exact');
    expect(verdict('hig', 'change/margin/net-income-margin/2020-q1-vs-2019-q1', textOf('hig').replace('<u>(0.8)</u>', '<u>(1.8)</u>'))).toBe('mismatch');
  });
  test('Standard Motor Products: $8,627 thousand over 22,438,087 shares is the $0.38 printed, and $0.48 printed no longer passes', () => {
    const id = 'definition/standard-motor-products-inc-statements-of/net-earnings-per-common-share-diluted/2020-q1';
    expect(verdict('smp', id)).toBe('rounding');
    const misprinted = textOf('smp').replace('NET EARNINGS PER COMMON SHARE - DILUTED\t<u>$ 0.38</u>', 'NET EARNINGS PER COMMON SHARE - DILUTED\t<u>$ 0.48</u>');
    expect(['exact', 'rounding']).not.toContain(verdict('smp', id, misprinted));
    // The counts' scale rests on the column's other figures per share, not on the one misprinted.
    const count = release('smp', misprinted).facts.find((f) => f.id === 'smp-2020-q1/standard-motor-products-inc-statements-of/weighted-average-number-of-common-and-dilutive-shares/2020-q1');
    expect(count?.scale).toBe(0);
  });
});
