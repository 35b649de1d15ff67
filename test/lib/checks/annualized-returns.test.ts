// A return on an average balance for a quarter, its lines printed elsewhere (src/lib/checks/annualized-returns.ts).
// Cadence Bancorporation, 1Q20 (unseen set s14): "Return on average assets (2)" and "Return on average common
// equity(2)", note (2) "Annualized.", beside no line of either; Table 1 prints "Net (loss) income" and, under the heading
// "Average Balance Sheet Data", "Total assets" and "Total shareholders' equity" for the same five quarters. Farmers
// National Banc, 1Q20: "Return on Average Assets (Annualized)" beside "Net income", its averages printed under each
// quarter's last day in the reconciliation of tangible assets ("Average Assets" under "March 31, 2020").
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const returns = (id: string, row: string, edits: [string, string][] = []) =>
  excerpt(id, edits).checks.filter((c) => c.id.split('/')[0] === 'definition' && c.id.split('/')[2] === row);
const held = (verdict: string) => ['exact', 'rounding'].includes(verdict);

describe('a return on an average balance, annualized', () => {
  test.each([
    // [release, row, column, income, balance, annualized by, computed to two places]
    ['cade-2020-q1-returns', 'return-on-average-assets', '2019-q4', 'net-loss-income', 'average-balance-sheet-data--total-assets', '365 ÷ 92', '1.14'],
    ['cade-2020-q1-returns', 'return-on-average-assets', '2020-q1', 'net-loss-income', 'average-balance-sheet-data--total-assets', '366 ÷ 91', '-9.08'],
    ['cade-2020-q1-returns', 'return-on-average-common-equity', '2019-q1', 'net-loss-income', 'average-balance-sheet-data--total-shareholders-equity', '365 ÷ 90', '10.53'],
    ['fmnb-2020-q1-returns', 'return-on-average-assets-annualized', '2020-q1', 'net-income', 'average-assets', '366 ÷ 91', '1.32'],
    ['fmnb-2020-q1-returns', 'return-on-average-equity-annualized', '2019-q2', 'net-income', 'average-stockholders-equity', '365 ÷ 91', '12.34'],
  ])('%s %s, %s: %s over the average %s, times %s, %s', (id, row, column, income, balance, by, computed) => {
    const c = returns(id, row).find((x) => x.id.endsWith(`/${column}`))!;
    expect(c.inputs.map((i) => i.split('/')[2])).toEqual([income, balance]);
    expect(c.formula).toContain(`× ${by}`);
    expect(held(c.verdict)).toBe(true);
    expect(Number(c.computed).toFixed(2)).toBe(computed);
  });

  test('the period-end balance printed above the averages is not read as one', () => {
    const inputs = returns('cade-2020-q1-returns', 'return-on-average-assets').flatMap((c) => c.inputs);
    // Each block under its heading ("Period-End Balance Sheet Data", "Average Balance Sheet Data"): the same lines, read apart.
    expect(inputs.filter((i) => i.split('/')[2]!.startsWith('period-end-balance-sheet-data--'))).toEqual([]);
    expect(inputs.some((i) => i.split('/')[2] === 'average-balance-sheet-data--total-assets')).toBe(true);
  });

  test('one quarter altered, 1.14 printed 1.74, is a mismatch there, corroborated by the other quarters', () => {
    const checks = returns('cade-2020-q1-returns', 'return-on-average-assets', [['Return on average assets (2)\t(9.08)\t1.14', 'Return on average assets (2)\t(9.08)\t1.74']]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/').at(-1))).toEqual(['2019-q4']);
  });

  test('an average altered beyond rounding, 2,369,388 printed 2,969,388, makes its quarter a mismatch', () => {
    const checks = returns('fmnb-2020-q1-returns', 'return-on-average-assets-annualized', [['Average Assets\t2,641,597\t2,424,574\t2,409,010\t2,369,388', 'Average Assets\t2,641,597\t2,424,574\t2,409,010\t2,969,388']]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/').at(-1))).toEqual(['2019-q2']);
  });

  test('two quarters altered: the reading is not borne out, nothing accused', () => {
    const checks = returns('cade-2020-q1-returns', 'return-on-average-assets', [['Return on average assets (2)\t(9.08)\t1.14\t0.99', 'Return on average assets (2)\t(9.08)\t1.74\t0.49']]);
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test('a figure a unit of its last digit off every reading is not judged', () => {
    const c = returns('cade-2020-q1-returns', 'return-on-average-assets', [['Return on average assets (2)\t(9.08)\t1.14', 'Return on average assets (2)\t(9.08)\t1.15']]).find((x) => x.id.endsWith('/2019-q4'))!;
    expect(c.verdict === 'unverifiable' || held(c.verdict)).toBe(true);
  });

  test('no quarter explained (another definition): the row is left out', () => {
    expect(returns('cade-2020-q1-returns', 'return-on-average-assets', [['Return on average assets (2)\t(9.08)\t1.14\t0.99\t1.10\t1.34', 'Return on average assets (2)\t(7.08)\t2.14\t1.99\t2.10\t2.34']])).toEqual([]);
  });

  test('a return on tangible equity, whose income the release adjusts, is not read', () => {
    expect(returns('cade-2020-q1-returns', 'return-on-average-tangible-common-equity')).toEqual([]);
  });

  test('with no average of the balance printed anywhere, nothing is read', () => {
    expect(returns('cade-2020-q1-returns', 'return-on-average-assets', [['Average Balance Sheet Data', 'Other Balance Sheet Data']])).toEqual([]);
  });
});

// A line of the quarter over an average balance, the label naming both: Equity Bancshares, 1Q20 (unseen set s14), Table
// 1's "Non-interest expense / average assets" 2.51% over "Total non-interest expense" 24,846 and, under "Selected Average
// Balance Sheet Data (quarterly average)", "Total assets" 3,932,909 (× 365 ÷ 92); its "Return on average assets (ROAA)
// annualized" over "Net income (loss) allocable to common stockholders".
describe('a line of the period over an average balance, annualized', () => {
  const AVERAGE_ASSETS = 'selected-average-balance-sheet-data-quarterly--total-assets';
  test.each([
    // [row, column, numerator, balance, computed to two places]
    ['non-interest-expense-average-assets', '2019-q4', 'total-non-interest-expense', AVERAGE_ASSETS, '2.51'],
    ['non-interest-income-average-assets', '2019-q1', 'total-non-interest-income', AVERAGE_ASSETS, '0.55'],
    ['return-on-average-assets-roaa-annualized', '2019-q1', 'net-income-loss-allocable-to-common-stockholders', AVERAGE_ASSETS, '-0.42'],
  ])('%s, %s: %s over the average %s, %s', (row, column, numerator, balance, computed) => {
    const c = returns('eqbk-2020-q1-ratios', row).find((x) => x.id.endsWith(`/${column}`))!;
    expect(c.inputs.map((i) => i.split('/')[2])).toEqual([numerator, balance]);
    expect(held(c.verdict)).toBe(true);
    expect(Number(c.computed).toFixed(2)).toBe(computed);
  });

  test('one quarter altered, 2.51% printed 2.81%, is a mismatch there', () => {
    const checks = returns('eqbk-2020-q1-ratios', 'non-interest-expense-average-assets', [['2.66%\t2.51%\t2.38%', '2.66%\t2.81%\t2.38%']]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/').at(-1))).toEqual(['2019-q4']);
  });

  test('a balance over an average balance ("Tier 1 capital to average assets") is no line of the period: not read', () => {
    const checks = returns('eqbk-2020-q1-ratios', 'non-interest-expense-average-assets', [['Non-interest expense / average assets', 'Tier 1 capital / average assets']]);
    expect(checks).toEqual([]);
  });
});

// A return printed again under the very label: Home Bancorp, 1Q20 (unseen set s14; review edgar-s14.md). Its selected
// ratios print "Return on average equity" 2.43, 8.31, 10.45 (Q1 2020, Q4 2019, Q1 2019), which net income over average
// equity bears out in every quarter; its reconciliation to the return on tangible equity starts from "Return on average
// equity" 2.43%, 10.45%, 8.31%: the prior quarters swapped, a real error no reading of its own columns could accuse.
describe('a return printed again, judged under the reading its other printing establishes', () => {
  const RECONCILED = 'non-gaap-reconciliation';
  const SWAPPED = 'Return on average equity\t2.43%\t10.45%\t8.31%';
  const verdicts = (edits: [string, string][] = []) =>
    Object.fromEntries(returns('hbcp-2020-q1-returns', 'return-on-average-equity', edits).filter((c) => c.id.split('/')[1] === RECONCILED).map((c) => [c.id.split('/').at(-1), c.verdict]));

  test.each([
    // [case, edits, Q1 2020, Q4 2019, Q1 2019 verdicts of the reconciliation's line; '' where it is not judged]
    ['as printed: the prior quarters swapped are mismatches', [], 'rounding', 'mismatch', 'mismatch'],
    ['printed as the selected ratios print it: it holds', [[SWAPPED, 'Return on average equity\t2.43%\t8.31%\t10.45%']], 'rounding', 'rounding', 'rounding'],
    ['one quarter altered beyond rounding, 8.31 printed 8.91: that quarter alone', [[SWAPPED, 'Return on average equity\t2.43%\t8.91%\t10.45%']], 'rounding', 'mismatch', 'rounding'],
    ['agreeing with the other printing in no quarter: not established as one line, not judged', [[SWAPPED, 'Return on average equity\t3.43%\t10.45%\t8.31%']], '', '', ''],
    ['the other printing under a section of operating ratios: another measure, not judged', [['SELECTED RATIOS (1)', 'SELECTED OPERATING RATIOS (1)']], '', '', ''],
  ] as [string, [string, string][], string, string, string][])('%s', (_, edits, q1, q4, prior) => {
    const v = verdicts(edits);
    expect([v['2020-q1'] ?? '', v['2019-q4'] ?? '', v['2019-q1'] ?? '']).toEqual([q1, q4, prior]);
  });

  test('the mismatch names the printing whose reading it rests on', () => {
    const c = returns('hbcp-2020-q1-returns', 'return-on-average-equity').find((x) => x.id === `definition/${RECONCILED}/return-on-average-equity/2019-q4`)!;
    expect(c.computed!.slice(0, 4)).toBe('8.30');
    expect(c.explanation).toContain("'Return on average equity' is printed again in");
  });
});
