// Ratio rows (margins, shares of revenue, returns, growth rows, per-share figures of their own
// table) on excerpts of real corpus releases (test/fixtures/checks/ratios/README.md says where
// each comes from), checked with no company model: each row recomputed from the lines its label
// names, judged at its printed precision; a figure altered beyond rounding becomes a mismatch,
// corroborated by the row's other columns; what the labels do not establish is not checked.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Check } from '../../../src/lib/types.ts';
import { excerpt, fromFiles } from './no-model.ts';

const DIR = 'test/fixtures/checks/ratios';
const load = (id: string, alter?: [string, string]) => {
  let text = `${DIR}/${id}/release.txt`;
  if (alter) {
    const tmp = mkdtempSync(join(tmpdir(), 'tieout-ratios-'));
    const altered = readFileSync(text, 'utf8').replace(alter[0], alter[1]);
    expect(altered).not.toBe(readFileSync(text, 'utf8'));
    writeFileSync((text = join(tmp, 'release.txt')), altered);
  }
  return fromFiles(id, text, `${DIR}/${id}/release.yaml`).checks;
};
const ratioRows = (checks: Check[]) => checks.filter((c) => (c.restsOn ?? '').startsWith('Read from the'));
const find = (checks: Check[], id: string) => {
  const c = checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} among ${ratioRows(checks).map((x) => x.id).join(', ')}`);
  return c;
};

describe('ratio rows read from their labels, every one a tie-out on the real figures', () => {
  test.each([
    // [release, check id, printed, computed (first digits), formula]
    ['hbi-2024-q4', 'definition/table-1-statements-of-operations/as-a-of-net-sales/2024-q4', '43.9%', '43.926', 'As a % of net sales = Gross profit ÷ Net sales × 100'],
    ['hbi-2024-q4', 'definition/table-1-statements-of-operations/as-a-of-net-sales-3/2024-fy', '5.3%', '5.3015', 'As a % of net sales = Operating profit ÷ Net sales × 100'],
    // Net sales is printed only in the statement of operations: read there for the same period.
    ['hbi-2024-q4', 'definition/the-jurisdiction-of-where-the-charges/as-a-of-net-sales/2023-fy', '35.5%', '35.497', 'As a % of net sales = Gross profit, as reported under GAAP ÷ Net sales × 100'],
    ['cna-2024-q4', 'definition/calculation-of-return-on-equity-and/return-on-equity/2024-q4.results', '<u>0.8%</u>', '0.7616', "Return on equity = Annualized net income ÷ Average stockholders' equity including AOCI × 100"],
    ['cna-2024-q4', 'definition/calculation-of-return-on-equity-and/core-return-on-equity/2023-fy.results', '<u>10.4%</u>', '10.392', "Core return on equity = Annualized core income ÷ Average stockholders' equity excluding AOCI × 100"],
    // "GWP" is the initials of the line above it.
    ['cna-2024-q4', 'growth/international/gwp-change-year-over-year/2024-q4.results', '8%', '7.5', 'GWP change (% year over year) = (Gross written premiums (Q4 2024) ÷ Gross written premiums (Q4 2023) − 1) × 100'],
    ['cmg-fy2025-q3', 'definition/summary-of-financial-performance-three-months/adjusted-ebitda-margin/2025-q3.seismic-solutions', '34%', '34.235', 'Adjusted EBITDA Margin = Adjusted EBITDA ÷ Total revenue × 100'],
    ['cmg-fy2025-q3', 'definition/summary-of-financial-performance-three-months/operating-margin/2024-q3.consolidated', '25%', '24.894', 'Operating Margin = Operating profit ÷ Total revenue × 100'],
    // A segment's growth against the same segment's year before.
    ['cmg-fy2025-q3', 'growth/summary-of-financial-performance-three-months/total-revenue-growth/2025-q3.seismic-solutions', '26%', '25.687', 'Total revenue growth = (Total revenue (Q3 FY2025) ÷ Total revenue (Q3 FY2024) − 1) × 100'],
    // A row under a heading naming growth is the growth of the line of its label printed above it (Oracle's
    // supplemental schedules); under several regions, the nearest: Asia Pacific's own line, not the Americas'.
    ['orcl-fy2014-q4-growth', 'growth/fiscal-2014-financial-results-supplemental-analysis/as-reported-revenue-growth-rates--cloud-software-as-a-service-and-platform-as-a-service/2014-q4', '25%', '25.291', 'AS REPORTED REVENUE GROWTH RATES — Cloud software-as-a-service and platform-as-a-service = (REVENUES — Cloud software-as-a-service and platform-as-a-service (Q4 FY2014) ÷ REVENUES — Cloud software-as-a-service and platform-as-a-service (Q4 FY2013) − 1) × 100'],
    ['orcl-fy2014-q4-growth', 'growth/fiscal-2014-financial-results-supplemental-geographic/as-reported-growth-rates--software-and-cloud-revenues-3/2014-q4', '0%', '0.4071', 'AS REPORTED GROWTH RATES — Software and cloud revenues = (ASIA PACIFIC — Software and cloud revenues (Q4 FY2014) ÷ ASIA PACIFIC — Software and cloud revenues (Q4 FY2013) − 1) × 100'],
    ['orcl-fy2014-q4-growth', 'growth/fiscal-2014-financial-results-supplemental-geographic/as-reported-growth-rates--hardware-systems-revenues/2014-fy.total', '5%', '5.0691', 'AS REPORTED GROWTH RATES — Hardware systems revenues = (AMERICAS — Hardware systems revenues (FY2014) ÷ AMERICAS — Hardware systems revenues (FY2013) − 1) × 100'],
    // A ratio under the lines its table labels "Numerator:" and "Denominator:"; under "Adjustments to numerator:"
    // after it, those lines added to the numerator as printed (a nil adjustment counts as zero).
    ['plmr-2024-q4-terms', 'definition/catastrophe-loss-ratio/catastrophe-loss-ratio/2024-q4', '5.6%', '5.6056', 'Catastrophe loss ratio = Numerator: Catastrophe losses ÷ Denominator: Net earned premiums × 100'],
    ['plmr-2024-q4-terms', 'definition/adjusted-combined-ratio/adjusted-combined-ratio/2024-q4', '71.7%', '71.687', 'Adjusted combined ratio = (Numerator: Sum of losses and loss adjustment expenses, acquisition expenses, and other underwriting expenses, net of commission and other income + Expenses associated with transactions + Stock-based compensation expense + Amortization of intangibles + Expenses associated with catastrophe bond) ÷ Denominator: Net earned premiums × 100'],
    ['duni-2024-q4', 'definition/key-financials/ebit-margin/2024-fy', '5.4%', '5.4367', 'EBIT margin = EBIT ÷ Net sales × 100'],
    // Restated quarters beside the previously reported ones, each divided in its own column.
    ['psem-fy2005-q4', 'definition/statements-of-operations-gaap/basic-earnings-loss-per-share/2005-q2.restated', '$ (0.01)', '-0.0141', 'Basic earnings (loss) per share = Net income (loss) ÷ Shares used in computing basic earnings (loss) per share'],
    // "Per share - basic and diluted" under the line it divides.
    ['psk-2024-q4', 'definition/financial/financial--per-share-basic-and-diluted/2024-fy', '1.59', '1.5920', 'FINANCIAL — Per share - basic and diluted = Funds from operations ÷ Weighted average - basic and diluted'],
    ['psk-2024-q4', 'definition/financial/financial--per-share-basic-and-diluted-2/2024-q3', '0.20', '0.1979', 'FINANCIAL — Per share - basic and diluted = Net earnings ÷ Weighted average - basic and diluted'],
    // "… on a GAAP basis" names the reconciliation's GAAP line; revenue is read from the statement.
    ['cflt-2024-q4', 'definition/reconciliation-of-gaap-measures-to-non-gaap/research-and-development-operating-expense-as-a-percentage-of-total-revenue-on-a-gaap-basis/2024-q4', '44.0%', '43.98', 'Research and development operating expense as a percentage of total revenue on a GAAP basis = Research and development operating expense on a GAAP basis ÷ Total revenue × 100'],
    ['cflt-2024-q4', 'definition/reconciliation-of-gaap-measures-to-non-gaap/non-gaap-total-gross-margin/2023-q4', '77.5%', '77.51', 'Non-GAAP total gross margin = Non-GAAP total gross profit ÷ Total revenue × 100'],
    // Revenue printed twice, $261.2 million in the highlights and 261,220 thousand in the statement: the two agree
    // at the coarser precision, so the finer printing is read.
    ['cflt-2024-q4-highlights', 'definition/reconciliation-of-gaap-measures-to-non-gaap/research-and-development-operating-expense-as-a-percentage-of-total-revenue-on-a-gaap-basis/2024-q4', '44.0%', '43.98', 'Research and development operating expense as a percentage of total revenue on a GAAP basis = Research and development operating expense on a GAAP basis ÷ Total revenue × 100'],
    // Ratios the release defines in words: '"Dividend payout ratio" is calculated as dividends declared as a percentage of funds from operations.'
    ['psk-2024-q4', 'definition/financial/dividend-payout-ratio/2024-q4', '61%', '60.505', 'Dividend payout ratio = Dividends declared ÷ Funds from operations × 100'],
    ['psk-2024-q4', 'definition/royalty-production-revenue/operating-margin/2023-fy', '89%', '88.558', 'Operating margin = Operating netback ÷ Royalty production revenue × 100'],
    // Share columns: "% of Net Revenues" beside each period's amounts.
    ['ssy-fy2025-q2', 'definition/statements-of-earnings-loss/cost-of-goods-sold/2025-q2.percent-of-net-revenues', '58.2%', '58.197', 'Cost of goods sold, % of net revenues = Cost of goods sold ÷ Net revenues × 100'],
    // A segment's gross profit as a % of the same segment's revenues, printed in the section "Revenues:".
    ['mlm-2024-q4', 'definition/financial-highlights-continued/building-materials--aggregates-2/2024-q4.percent-of-revenues', '33%', '33.333', 'Building Materials — Aggregates, % of revenues = Gross profit (loss): Building Materials — Aggregates ÷ Revenues: Building Materials — Aggregates × 100'],
    // A column headed "%" alone: its one line printing 100% is the whole (Pegasystems' revenue; Horizon Financial's
    // deposits, and its loans, whose whole is an unlabelled line).
    ['pega-2024-q4-revenue', 'definition/pegas-ai-innovation-drives-strong-acv/subscription-services/2024-q4.percent', '47%', '47.041', 'Subscription services, % of Total revenue = Subscription services ÷ Total revenue × 100'],
    ['pega-2024-q4-revenue', 'definition/pegas-ai-innovation-drives-strong-acv/perpetual-license/2023-fy.percent', '1%', '0.7050', 'Perpetual license, % of Total revenue = Perpetual license ÷ Total revenue × 100'],
    ['hrzb-fy2006-q3-deposits', 'definition/deposits/money-market/2004-12-31.percent', '20%', '19.553', 'Money market, % of Total = Money market ÷ Total × 100'],
    ['hrzb-fy2006-q3-deposits', 'definition/loans/net-consumer-loans/2005-09-30.percent', '5%', '5.5605', 'Net consumer loans, % of Subtotal = Net consumer loans ÷ Subtotal × 100'],
  ])('%s: %s is %s, computed %s…', (id, checkId, printed, computed, formula) => {
    const c = find(load(id), checkId);
    expect(c.reported.text).toBe(printed);
    expect(c.computed?.startsWith(computed)).toBe(true);
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(c.formula).toBe(formula);
  });

  test.each(['hbi-2024-q4', 'cna-2024-q4', 'cmg-fy2025-q3', 'duni-2024-q4', 'psem-fy2005-q4', 'psk-2024-q4', 'asx-2024-q4', 'cflt-2024-q4', 'cflt-2024-q4-highlights', 'pega-2024-q4-revenue', 'hrzb-fy2006-q3-deposits', 'ssy-fy2025-q2', 'mlm-2024-q4', 'orcl-fy2014-q4-growth', 'plmr-2024-q4-terms'])('%s: no ratio row is a mismatch or unverifiable', (id) => {
    expect(ratioRows(load(id)).filter((c) => c.verdict !== 'exact' && c.verdict !== 'rounding')).toEqual([]);
  });
});

describe('a ratio row altered beyond its rounding is a mismatch, corroborated by its other columns', () => {
  test.each([
    // [release, printed line, altered line, check id]
    ['hbi-2024-q4', '    As a % of net sales\t43.9%\t40.2%', '    As a % of net sales\t43.9%\t40.4%', 'definition/table-1-statements-of-operations/as-a-of-net-sales/2023-q4'],
    ['cna-2024-q4', 'Return on equity\t<u>0.8%</u>\t<u>15.9%</u>', 'Return on equity\t<u>0.8%</u>\t<u>16.9%</u>', 'definition/calculation-of-return-on-equity-and/return-on-equity/2023-q4.results'],
    ['cmg-fy2025-q3', 'Adjusted EBITDA Margin (1)\t42%\t44%\t34%', 'Adjusted EBITDA Margin (1)\t42%\t44%\t36%', 'definition/summary-of-financial-performance-three-months/adjusted-ebitda-margin/2025-q3.seismic-solutions'],
    ['duni-2024-q4', 'EBIT margin\t7.9%', 'EBIT margin\t7.7%', 'definition/key-financials/ebit-margin/2024-q4'],
    ['psk-2024-q4', 'Per share - basic and diluted(1)\t0.41', 'Per share - basic and diluted(1)\t0.44', 'definition/financial/financial--per-share-basic-and-diluted/2024-q4'],
    ['psk-2024-q4', 'Dividend payout ratio(3)\t61%\t65%', 'Dividend payout ratio(3)\t61%\t69%', 'definition/financial/dividend-payout-ratio/2024-q3'],
    ['cflt-2024-q4-highlights', 'Non-GAAP total gross margin\t78.9%', 'Non-GAAP total gross margin\t79.9%', 'definition/reconciliation-of-gaap-measures-to-non-gaap/non-gaap-total-gross-margin/2024-q4'],
    // Asia Pacific's Q4 growth printed 6% for 0%; and its Q4 revenue printed 1,533 for 1,233 (the growth row then
    // finds the amount: (1,533 ÷ 1,228 − 1) × 100 = 24.8%, printed 0%).
    ['orcl-fy2014-q4-growth', 'Software and cloud revenues\t6%\t10%\t1%\t(5%)\t2%\t(3%)\t(9%)\t(5%)\t0%', 'Software and cloud revenues\t6%\t10%\t1%\t(5%)\t2%\t(3%)\t(9%)\t(5%)\t6%', 'growth/fiscal-2014-financial-results-supplemental-geographic/as-reported-growth-rates--software-and-cloud-revenues-3/2014-q4'],
    ['plmr-2024-q4-terms', 'Catastrophe loss ratio\t5.6%', 'Catastrophe loss ratio\t5.9%', 'definition/catastrophe-loss-ratio/catastrophe-loss-ratio/2024-q4'],
    // An adjustment printed wrong: (109,958 − 922 − 4,179 − 389) ÷ 144,890 = 72.1%, printed 71.7%.
    ['plmr-2024-q4-terms', 'Stock-based compensation expense\t(4,779)', 'Stock-based compensation expense\t(4,179)', 'definition/adjusted-combined-ratio/adjusted-combined-ratio/2024-q4'],
    ['orcl-fy2014-q4-growth', '$ 1,008\t$ 1,233', '$ 1,008\t$ 1,533', 'growth/fiscal-2014-financial-results-supplemental-geographic/as-reported-growth-rates--software-and-cloud-revenues-3/2014-q4'],
  ])('%s: %s', (id, printed, altered, checkId) => {
    const c = find(load(id, [printed, altered]), checkId);
    expect(c.verdict).toBe('mismatch');
    expect(c.explanation).toMatch(/The same relation holds on this row in (another column|\d+ other columns), so this column is a mismatch\./);
  });

  test.each([
    ['pega-2024-q4-revenue', 'Maintenance\t81,257\t17%', 'Maintenance\t81,257\t19%', 'definition/pegas-ai-innovation-drives-strong-acv/maintenance/2024-q4.percent'],
    ['hrzb-fy2006-q3-deposits', '  Money market\t151,128\t18%', '  Money market\t151,128\t28%', 'definition/deposits/money-market/2005-12-31.percent'],
  ])('%s: a line of a "%%" column altered beyond rounding (%s) is a mismatch, corroborated by the column\'s other lines', (id, printed, altered, checkId) => {
    const c = find(load(id, [printed, altered]), checkId);
    expect(c.verdict).toBe('mismatch');
    expect(c.explanation).toContain("prints 100% on");
    expect(c.explanation).toMatch(/The same column holds on \d+ other lines, so this line is a mismatch\./);
  });

  test('a share column\'s line altered beyond rounding is a mismatch, corroborated by the column\'s other lines', () => {
    const c = find(load('ssy-fy2025-q2', ['Cost of goods sold\t4,618\t58.2%', 'Cost of goods sold\t4,618\t52.8%']), 'definition/statements-of-earnings-loss/cost-of-goods-sold/2025-q2.percent-of-net-revenues');
    expect(c.verdict).toBe('mismatch');
    expect(c.explanation).toMatch(/The same column holds on \d+ other lines, so this line is a mismatch\./);
  });

  test('earnings per share in a table that allocates earnings (a minority interest) may have an adjusted numerator: unverifiable, with the reason', () => {
    const altered = ['Diluted earnings (loss) per share\t$ 0.00\t$ 0.00\t$ (0.01)', 'Diluted earnings (loss) per share\t$ 0.00\t$ 0.00\t$ (0.03)'] as [string, string];
    const c = find(load('psem-fy2005-q4', altered), 'definition/statements-of-operations-gaap/diluted-earnings-loss-per-share/2005-q2.previously-reported');
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain('so the numerator may be adjusted: the definition is not established here');
  });

  test('a growth row altered beyond rounding: GWP 8% printed as 12%', () => {
    const c = find(load('cna-2024-q4', ['GWP change (% year over year)\t8%', 'GWP change (% year over year)\t12%']), 'growth/international/gwp-change-year-over-year/2024-q4.results');
    // Its one column: nothing corroborates it, so it is not accused.
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain('the release may define the figure otherwise');
  });
});

describe('what the labels do not establish is not checked', () => {
  test('"Organic growth" compares figures the release does not print: never read as the growth of net sales', () => {
    expect(load('duni-2024-q4').filter((c) => c.id.includes('organic-growth'))).toEqual([]);
  });

  test('revenue printed in two scales that disagree beyond rounding ($262.2 million against 261,220 thousand) is read in neither: no share of it', () => {
    const checks = load('cflt-2024-q4-highlights', ['Total Revenue\t$261.2', 'Total Revenue\t$262.2']);
    expect(checks.filter((c) => /^definition\/reconciliation-of-gaap-measures-to-non-gaap\/.*\/2024-q4$/.test(c.id))).toEqual([]);
    expect(checks.some((c) => /^definition\/reconciliation-of-gaap-measures-to-non-gaap\/.*\/2023-q4$/.test(c.id))).toBe(true);
  });

  test('a "%" column with no line printing 100 names no whole: not read (Pegasystems\' total printed 99% in the quarter)', () => {
    const checks = load('pega-2024-q4-revenue', ['Total revenue\t$ 490,830\t100%', 'Total revenue\t$ 490,830\t99%']);
    expect(checks.filter((c) => c.id.endsWith('/2024-q4.percent'))).toEqual([]);
    expect(checks.filter((c) => c.id.endsWith('/2023-q4.percent')).length).toBe(7);
  });

  test('rows under "CONSTANT CURRENCY GROWTH RATES" compare figures the release does not print: never read as growth (Oracle)', () => {
    const checks = load('orcl-fy2014-q4-growth');
    expect(checks.filter((c) => c.id.includes('constant-currency'))).toEqual([]);
    // The as-reported rows are read against the year before in the fiscal 2014 columns only: fiscal 2013's year before
    // is not printed. Ten rows: the eight indented under the heading and "Services Revenues" and "Total Revenues",
    // printed flush with it, which run on under it (src/lib/checks/growth-rows.ts).
    const growth = checks.filter((c) => c.kind === 'growth' && !c.id.endsWith('/parts'));
    expect(growth.length).toBe(90);
    expect(growth.every((c) => /\/2014-(q[1-4]|fy\.total)$/.test(c.id))).toBe(true);
    // Fiscal 2013's totals are read from their lines' growths (src/lib/checks/growth-parts.ts), as reported only.
    const parts = checks.filter((c) => c.id.endsWith('/parts'));
    // "Total Revenues", run on under the heading, is one of them: its growth from the lines' above it.
    expect(parts.filter((c) => /\/2013-(q[1-4]|fy\.total)\/parts$/.test(c.id)).length).toBe(15);
    expect(parts.every((c) => /\/(as-reported[^/]*|total-revenues)\/[^/]+\/parts$/.test(c.id) && (c.verdict === 'exact' || c.verdict === 'rounding'))).toBe(true);
  });

  test('"Return on capital employed" has no income and capital lines above it: not read', () => {
    expect(load('duni-2024-q4').filter((c) => c.id.includes('return-on-capital'))).toEqual([]);
  });

  test('US$ per ADS is never divided from NT$ net income and shares', () => {
    expect(ratioRows(load('asx-2024-q4')).filter((c) => c.unit === 'USD/share')).toEqual([]);
  });

  test('a growth row whose year before the table does not print (the 2023 column against 2022) is not checked', () => {
    expect(load('cmg-fy2025-q3').filter((c) => /^growth\/.*\/2024-q3\./.test(c.id))).toEqual([]);
  });
});

describe('a return on an average balance among a table\'s key ratios (Farmers and Merchants, FY2024, test/fixtures/checks/corpus/fmbs-2024-fy)', () => {
  test.each([
    // [check id, printed, computed (first digits), formula]
    ['definition/selected-financial-data/return-on-average-assets/2022-fy', '1.13%', '1.1328', 'Return on average assets = Net income ÷ SELECTED AVERAGE BALANCES — Total assets × 100'],
    ['definition/selected-financial-data/return-on-average-equity/2024-fy', '7.83%', '7.8332', "Return on average equity = Net income ÷ SELECTED AVERAGE BALANCES — Stockholders' equity × 100"],
  ])('%s: %s, computed %s…', (checkId, printed, computed, formula) => {
    const c = excerpt('fmbs-2024-fy').check(checkId);
    expect(c.reported.text).toBe(printed);
    expect(c.computed?.startsWith(computed)).toBe(true);
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(c.formula).toBe(formula);
  });

  test('a return altered beyond rounding (16.03% printed 17.03%) is a mismatch, corroborated by the row\'s other years', () => {
    const c = excerpt('fmbs-2024-fy', [['Return on average equity\t7.83%\t13.08%\t16.03%', 'Return on average equity\t7.83%\t13.08%\t17.03%']]).check('definition/selected-financial-data/return-on-average-equity/2022-fy');
    expect(c.verdict).toBe('mismatch');
    expect(c.explanation).toMatch(/The same relation holds on this row in (another column|\d+ other columns), so this column is a mismatch\./);
  });
});

describe('ratios a bank names without their lines (src/lib/checks/margins.ts), on the selected financial data of Farmers and Merchants (excerpt fmbs-2024-fy)', () => {
  const ID = 'definition/selected-financial-data';
  test.each([
    // noninterest expense ÷ (net interest income + noninterest income): 16,929,756 ÷ (20,836,085 + 1,752,447)
    [`${ID}/efficiency-ratio/2024-fy`, '74.948', 'Efficiency ratio = Noninterest expense ÷ (Net interest income + Noninterest income) × 100'],
    // dividends per share ÷ earnings per share: 0.67 ÷ 1.37
    [`${ID}/dividend-payout-ratio/2024-fy`, '48.905', 'Dividend payout ratio = Dividends ÷ Net income (Basic) × 100'],
    // "Total assets" printed at period end and as an average: the one at period end, the label naming no average
    [`${ID}/nonperforming-assetstotal-assets/2023-fy`, '0.23723', 'Nonperforming assets/total assets = Nonperforming assets ÷ AT PERIOD END — Total assets × 100'],
  ])('%s holds (%s)', (id, computed, formula) => {
    const c = excerpt('fmbs-2024-fy').check(id);
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(c.computed?.startsWith(computed)).toBe(true);
    expect(c.formula).toBe(formula);
  });

  test.each([
    ['Efficiency ratio\t74.95%\t65.81%', 'Efficiency ratio\t74.95%\t68.81%', `${ID}/efficiency-ratio/2023-fy`],
    ['Dividend payout ratio\t48.91%\t31.73%', 'Dividend payout ratio\t48.91%\t36.73%', `${ID}/dividend-payout-ratio/2023-fy`],
    ['Nonperforming assets/total assets\t0.19%', 'Nonperforming assets/total assets\t0.29%', `${ID}/nonperforming-assetstotal-assets/2024-fy`],
  ])('a planted error (%s → %s) is a mismatch, corroborated by the other years', (from, to, id) => {
    const c = excerpt('fmbs-2024-fy', [[from, to]]).check(id);
    expect(c.verdict).toBe('mismatch');
    expect(c.explanation).toContain('The same relation holds on this row in 2 other columns, so this column is a mismatch.');
  });

  test('an efficiency ratio the bank computes otherwise in every year (over another revenue) is left out: never a mismatch', () => {
    const l = excerpt('fmbs-2024-fy', [['Efficiency ratio\t74.95%\t65.81%\t58.17%', 'Efficiency ratio\t71.95%\t62.81%\t55.17%']]);
    expect(l.checks.filter((c) => c.id.startsWith(`${ID}/efficiency-ratio/`))).toEqual([]);
  });
});

describe('a ratio whose label names its lines by the letters the table marks them with (src/lib/checks/margins.ts), on U.S. Bancorp\'s non-GAAP measures (excerpt usb-2021-q4-non-gaap)', () => {
  const YEAR = 'definition/non-gaap-financial-measures';
  const QUARTER = 'definition/us-bancorp-reports-fourth-quarter-and';
  test.each([
    // "Efficiency ratio (d)/(c)": noninterest expense (d) 13,369 ÷ total net revenue (c) 23,148, not ÷ (12,825 + 10,401) = 57.56%
    [`${YEAR}/efficiency-ratio-dc/2020-fy`, '57.754', 'Efficiency ratio (d)/(c) = Noninterest expense ÷ Total net revenue, excluding net securities gains (losses) × 100'],
    // "Return on tangible common equity (a)/(b)": 7,731 ÷ 37,868
    [`${YEAR}/return-on-tangible-common-equity-ab/2021-fy`, '20.415', 'Return on tangible common equity (a)/(b) = Net income applicable to U.S. Bancorp common shareholders, excluding intangibles amortization ÷ Average tangible common equity × 100'],
    // the quarters' block, its own letters: "Efficiency ratio (i)/(h)", 3,533 ÷ 5,669
    [`${QUARTER}/efficiency-ratio-ih/2021-q4`, '62.321', 'Efficiency ratio (i)/(h) = Noninterest expense ÷ Total net revenue, excluding net securities gains (losses) × 100'],
  ])('%s holds (%s)', (id, computed, formula) => {
    const c = excerpt('usb-2021-q4-non-gaap').check(id);
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(c.computed?.startsWith(computed)).toBe(true);
    expect(c.formula).toBe(formula);
  });

  test('a planted error (57.8% → 56.8%) is a mismatch on the release\'s own definition', () => {
    const c = excerpt('usb-2021-q4-non-gaap', [['Efficiency ratio (d)/(c)\t60.4%\t57.8%', 'Efficiency ratio (d)/(c)\t60.4%\t56.8%']]).check(`${YEAR}/efficiency-ratio-dc/2020-fy`);
    expect(c.verdict).toBe('mismatch');
  });

  test('letters the table does not mark one line each with are not read by any other definition: never a mismatch', () => {
    const l = excerpt('usb-2021-q4-non-gaap', [['  Total net revenue, excluding net securities gains (losses) (c)\t<u>22,724', '  Total net revenue, excluding net securities gains (losses)\t<u>22,724']]);
    expect(l.checks.filter((c) => c.id.startsWith(`${YEAR}/efficiency-ratio-dc/`))).toEqual([]);
  });
});

// Duni's "Operating margin1)" over "Operating income1)": once the note mark closed by a parenthesis alone is read as a
// mark (ingest's labels.ts), the rows are the company's operating margin and operating income, and the base model's
// margin checks them (not a ratio row of its label any more): the same figures, the same verdict.
describe('Duni: "Operating margin1)" is the operating margin', () => {
  test('9.7% for Q4 2023 is operating income over net sales; printed 9.2% it is a mismatch', () => {
    const c = find(load('duni-2024-q4'), 'definition/operating-margin/2023-q4');
    expect(c.reported.text).toBe('9.7%');
    expect(c.computed?.startsWith('9.6905')).toBe(true);
    expect(c.verdict).toBe('rounding');
    expect(c.formula).toBe('Operating margin = Operating income ÷ Revenue × 100');
    const altered = find(load('duni-2024-q4', ['Operating margin1)\t8.7%\t9.7%', 'Operating margin1)\t8.7%\t9.2%']), 'definition/operating-margin/2023-q4');
    expect(altered.verdict).toBe('mismatch');
  });
});
