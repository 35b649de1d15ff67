// A ratio of two lines its label names, printed in another table (src/lib/checks/margins.ts `acrossTables`): Bridge
// Bancorp's selected financial data, 1Q20 (unseen set s14), print "Tangible common equity to tangible assets" 7.8, 8.1
// and 7.8 beside no line of either; its non-GAAP table prints "Tangible common equity (non-GAAP)" and "Tangible assets
// (non-GAAP)" at the same three dates. Named by the label's words alone, the row is published where two columns hold at
// least, a failing column a mismatch only where no other fails.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'bdge-2020-q1-capital-ratios';
const ROW = 'tangible-common-equity-to-tangible-assets';
const ratios = (edits: [string, string][] = []) => excerpt(ID, edits).checks.filter((c) => c.id.split('/')[0] === 'definition' && c.id.split('/')[2] === ROW);

describe('a ratio whose lines another table prints', () => {
  test.each([
    // [column, computed to one place]
    ['2020-03-31', '7.8'],
    ['2019-12-31', '8.1'],
    ['2019-03-31', '7.8'],
  ])('%s: tangible common equity over tangible assets of the non-GAAP table, %s', (column, computed) => {
    const c = ratios().find((x) => x.id.endsWith(`/${column}`))!;
    expect(c.inputs.map((i) => i.split('/')[2])).toEqual(['tangible-common-equity-non-gaap', 'tangible-assets-non-gaap']);
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(Number(c.computed).toFixed(1)).toBe(computed);
  });

  test('the ratio at December 31 altered, 8.1 printed 8.6, is a mismatch there, corroborated by the other dates', () => {
    const checks = ratios([['(2)\t7.8\t8.1\t7.8', '(2)\t7.8\t8.6\t7.8']]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/').at(-1))).toEqual(['2019-12-31']);
  });

  test('off at two dates, the reading is not borne out: nothing accused', () => {
    const checks = ratios([['(2)\t7.8\t8.1\t7.8', '(2)\t7.3\t8.6\t7.8']]);
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test('off at every date, another definition: the row is left out', () => {
    expect(ratios([['(2)\t7.8\t8.1\t7.8', '(2)\t9.8\t9.1\t9.8']])).toEqual([]);
  });

  test('a line the label names printed alike nowhere else, or twice with different figures, reads nothing', () => {
    expect(ratios([['Tangible assets (non-GAAP)', 'Tangible total assets (non-GAAP)']])).toEqual([]);
  });
});

// "Equity to Asset Ratio" beside "Stockholders' Equity" and "Total Assets" (Farmers National Banc, 1Q20, unseen set
// s14): the label's "equity" names stockholders' equity, its "asset" total assets; a reading of words, judged strictly.
describe('a ratio naming equity and assets by a word of its own', () => {
  const equity = (edits: [string, string][] = []) => excerpt('fmnb-2020-q1-book-value', edits).checks.filter((c) => c.id.split('/')[0] === 'definition' && c.id.split('/')[2] === 'equity-to-asset-ratio');

  test.each([
    ['2020-03-31', '11.38'],
    ['2019-03-31', '11.58'],
  ])('%s: stockholders\' equity over total assets, %s', (column, computed) => {
    const c = equity().find((x) => x.id.endsWith(`/${column}`))!;
    expect(c.inputs.map((i) => i.split('/')[2])).toEqual(['stockholders-equity', 'total-assets']);
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(Number(c.computed).toFixed(2)).toBe(computed);
  });

  test('one date altered, 12.22% printed 12.92%, is a mismatch there; two dates altered accuse none', () => {
    expect(equity([['Equity to Asset Ratio\t11.38%\t12.22%', 'Equity to Asset Ratio\t11.38%\t12.92%']]).filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/').at(-1))).toEqual(['2019-12-31']);
    expect(equity([['Equity to Asset Ratio\t11.38%\t12.22%', 'Equity to Asset Ratio\t11.98%\t12.92%']]).filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
});

// Home Bancorp, 1Q20 (unseen set s14): its summary credit quality information prints each date's "Originated |
// Acquired | Total" under the date, and "Nonperforming assets to total assets" 1.31% in the "Total" column alone,
// beside no line of total assets, which the statements of financial condition print. A spanner naming the whole heads
// the period's own figures, so the line printed elsewhere is read for it; a part's column ("Originated") never is.
describe('a ratio in the column of the whole, under a spanner', () => {
  const ID = 'hbcp-2020-q1-credit-quality';
  const rows = (row: string, edits: [string, string][] = []) => excerpt(ID, edits).checks.filter((c) => c.id.split('/')[0] === 'definition' && c.id.split('/')[2] === row);
  const printed = excerpt(ID);

  test.each([
    // [row, column, the two lines' figures, computed to two places]
    ['nonperforming-assets-to-total-assets', '2020-03-31.total', ['29527', '2248601'], '1.31'],
    ['nonperforming-assets-to-total-assets', '2019-12-31.total', ['28542', '2200465'], '1.30'],
    ['nonperforming-assets-to-total-assets', '2019-03-31.total', ['29052', '2202675'], '1.32'],
    ['nonperforming-loans-to-total-assets', '2019-03-31.total', ['26571', '2202675'], '1.21'],
    ['nonperforming-loans-to-total-loans', '2020-03-31.total', ['26921', '1739142'], '1.55'],
    ['nonperforming-loans-to-total-loans', '2019-12-31.total', ['24386', '1714361'], '1.42'],
  ])('%s %s: %j', (row, column, figures, computed) => {
    const c = printed.checks.find((x) => x.id.split('/')[0] === 'definition' && x.id.split('/')[2] === row && x.id.endsWith(`/${column}`))!;
    expect(c.inputs.map((i) => printed.release.facts.find((f) => f.id === i)!.value)).toEqual(figures);
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(Number(c.computed).toFixed(2)).toBe(computed);
  });

  // "Allowance for loan losses (28,490) (17,868) (16,570)" among the assets: a deduction, whose amount the ratio reads.
  test.each([
    ['allowance-for-loan-losses-to-nonperforming-assets', '2020-03-31.total', ['-28490', '29527'], '96.49'],
    ['allowance-for-loan-losses-to-nonperforming-loans', '2019-03-31.total', ['-16570', '26571'], '62.36'],
    ['allowance-for-loan-losses-to-total-loans', '2020-03-31.total', ['-28490', '1739142'], '1.64'],
    ['allowance-for-loan-losses-to-total-loans', '2019-12-31.total', ['-17868', '1714361'], '1.04'],
  ])('%s %s: a deduction read as its amount, %j', (row, column, figures, computed) => {
    const c = printed.checks.find((x) => x.id.split('/')[0] === 'definition' && x.id.split('/')[2] === row && x.id.endsWith(`/${column}`))!;
    expect(c.inputs.map((i) => printed.release.facts.find((f) => f.id === i)!.value)).toEqual(figures);
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(Number(c.computed).toFixed(2)).toBe(computed);
    expect(c.explanation).toContain(`'Allowance for loan losses' is printed as a deduction, (${Number(-figures[0]).toLocaleString('en-US')}), in every column of its table: the ratio reads its amount.`);
  });

  test('an allowance printed positive at one date is no deduction: its sign stands, and the row holds nowhere to be judged', () => {
    const edited = (row: string) => rows(row, [['  Allowance for loan losses\t(28,490)\t(17,868)\t59\t(16,570)', '  Allowance for loan losses\t(28,490)\t(17,868)\t59\t16,570']]);
    expect(edited('allowance-for-loan-losses-to-nonperforming-loans')).toEqual([]);
  });

  test('the ratio at December 31 altered, 1.30 printed 1.80, is a mismatch there, corroborated by the other dates', () => {
    const checks = rows('nonperforming-assets-to-total-assets', [['total assets\t\t\t1.31%\t\t\t1.30%', 'total assets\t\t\t1.31%\t\t\t1.80%']]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/').at(-1))).toEqual(['2019-12-31.total']);
  });

  test('a figure in a part\'s column ("Originated") is not read over the whole company\'s total assets', () => {
    const checks = rows('nonperforming-assets-to-total-assets', [['  Nonperforming assets to total assets\t\t\t1.31%', '  Nonperforming assets to total assets\t0.72\t\t1.31%']]);
    expect(checks.map((c) => c.id.split('/').at(-1))).toEqual(['2020-03-31.total', '2019-12-31.total', '2019-03-31.total']);
  });
});

// Bridge Bancorp, 1Q20 (unseen set s14): "Allowance/non-performing loans 850.84 750.42 1,034.97" under "Non-performing
// loans/total loans 0.12%", read as percentages at any magnitude (src/lib/ingest/ratio-lines.ts); its "Allowance" is the
// one line the word heads, "Allowance for credit losses (39,215)" in the statements of condition, a deduction there.
// Farmers National Banc, 1Q20: "Allowance to Non-performing Loans" and "Allowance for Loan Losses to Total Loans" beside
// "Less allowance for loan losses", whose "Less" says how the line enters the sum, not what it is.
describe('a ratio naming its line by the line\'s head word, or a line opening with "Less"', () => {
  const bdge = excerpt('bdge-2020-q1-asset-quality');
  const fmnb = excerpt('fmnb-2020-q1-book-value');
  const find = (loaded: typeof bdge, row: string, column: string) => loaded.checks.find((x) => x.id.split('/')[0] === 'definition' && x.id.split('/')[2] === row && x.id.endsWith(`/${column}`));

  test.each([
    // [excerpt, row, column, the two lines' figures, computed to two places]
    ['bdge', 'allowancenon-performing-loans', '2020-03-31', ['-39215', '4609'], '850.84'],
    ['bdge', 'allowancenon-performing-loans', '2019-03-31', ['-31784', '3071'], '1034.97'],
    ['fmnb', 'allowance-to-non-performing-loans', '2020-03-31', ['14952', '11845'], '126.23'],
    ['fmnb', 'allowance-to-non-performing-loans', '2019-03-31', ['13777', '7578'], '181.80'],
    ['fmnb', 'allowance-for-loan-losses-to-total-loans', '2019-12-31', ['14487', '1811539'], '0.80'],
  ] as const)('%s %s %s: %j', (name, row, column, figures, computed) => {
    const loaded = name === 'bdge' ? bdge : fmnb;
    const c = find(loaded, row, column)!;
    expect(c.inputs.map((i) => loaded.release.facts.find((f) => f.id === i)!.value)).toEqual(figures);
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(Number(c.computed).toFixed(2)).toBe(computed);
  });

  test('the allowance ratio at March 31, 2019 altered, 1,034.97 printed 1,134.97, is a mismatch there, corroborated', () => {
    const checks = excerpt('bdge-2020-q1-asset-quality', [['850.84\t750.42\t1,034.97', '850.84\t750.42\t1,134.97']]).checks.filter((c) => c.id.split('/')[2] === 'allowancenon-performing-loans');
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/').at(-1))).toEqual(['2019-03-31']);
  });

  test('a word heading two lines names neither', () => {
    const loaded = excerpt('fmnb-2020-q1-book-value', [['Loans held for sale\t', 'Allowance for loans held for sale\t']]);
    expect(find(loaded, 'allowance-to-non-performing-loans', '2020-03-31')).toBeUndefined();
  });

  test('"Allowance/total loans" names no line: "Total loans held for investment" is not "total loans" by its words', () => {
    expect(bdge.checks.filter((c) => c.id.split('/')[2] === 'allowancetotal-loans')).toEqual([]);
  });
});

// Equity Bancshares, 1Q20 (unseen set s14): Table 5 prints "Non-interest expense", "Net interest income" and
// "Non-interest income", then "Non-interest expense to net interest income plus non-interest income" 68.87% = 25,758 /
// (32,095 + 5,306): the label names its line and the two its denominator adds, each printed once in the table.
describe('a ratio of a line over the sum of two its label names', () => {
  const ID = 'eqbk-2020-q1-non-gaap';
  const ROW = 'non-interest-expense-to-net-interest-income-plus-non-interest-income';
  const loaded = excerpt(ID);
  const row = (edits: [string, string][] = []) => excerpt(ID, edits).checks.filter((c) => c.id.split('/')[0] === 'definition' && c.id.split('/')[2] === ROW);

  test.each([
    ['2020-q1', ['25758', '32095', '5306'], '68.87'],
    ['2019-q4', ['24846', '32405', '6641'], '63.63'],
    ['2019-q2', ['25023', '31288', '6451'], '66.31'],
    ['2019-q1', ['25543', '30639', '5324'], '71.03'],
  ])('%s: %j', (column, figures, computed) => {
    const c = loaded.checks.find((x) => x.id === `definition/${loaded.release.tables.find((t) => t.rows.some((r) => r.id === ROW))!.id}/${ROW}/${column}`)!;
    expect(c.inputs.map((i) => loaded.release.facts.find((f) => f.id === i)!.value)).toEqual(figures);
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(Number(c.computed).toFixed(2)).toBe(computed);
    expect(c.explanation).toContain("is 'Non-interest expense' as a percentage of the sum of 'Net interest income' and 'Non-interest income'");
  });

  test('the ratio of the fourth quarter altered, 63.63% printed 64.63%, is a mismatch there', () => {
    const checks = row([['<u>68.87%</u>\t<u>63.63%</u>', '<u>68.87%</u>\t<u>64.63%</u>']]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/').at(-1))).toEqual(['2019-q4']);
  });

  test('a line of the sum printed twice by its words reads nothing', () => {
    expect(row([['Non-interest income, excluding gains (losses) from securities transactions', 'Non-interest income']])).toEqual([]);
  });
});

// Farmers National Banc, 1Q20 (unseen set s14): "Dividends to Net Income" 36.34% under "Cash dividends 3,139" and "Net
// income $ 8,639": "dividends" is the head noun of the one money line "Cash dividends" ("Cash dividends per share" is per
// share), a reading of words, judged strictly.
describe('a ratio naming a line by its head noun', () => {
  const ROW = 'dividends-to-net-income';
  const checks = (edits: [string, string][] = []) => excerpt('fmnb-2020-q1-highlights', edits).checks.filter((c) => c.id.split('/')[0] === 'definition' && c.id.split('/')[2] === ROW);

  test.each([
    ['2020-q1', '36.34'],
    ['2019-q4', '28.60'],
    ['2019-q1', '29.80'],
  ])('%s: cash dividends over net income, %s', (column, computed) => {
    const c = checks().find((x) => x.id.endsWith(`/${column}`))!;
    expect(c.inputs.map((i) => i.split('/')[2])).toEqual(['cash-dividends', 'net-income']);
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(Number(c.computed).toFixed(2)).toBe(computed);
  });

  test('one quarter altered, 28.60% printed 29.60%, is a mismatch there; two quarters altered accuse none', () => {
    expect(checks([['Dividends to Net Income\t36.34%\t28.60%', 'Dividends to Net Income\t36.34%\t29.60%']]).filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/').at(-1))).toEqual(['2019-q4']);
    expect(checks([['Dividends to Net Income\t36.34%\t28.60%', 'Dividends to Net Income\t37.34%\t29.60%']]).filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test('a second line headed by the word names neither', () => {
    expect(checks([['Cash dividends per share\t0.11', 'Stock dividends\t0.11']])).toEqual([]);
  });
});
