// "%" printed once for a column or a block, as "$" is printed, makes its bare figures percentages, and a total of
// rates or ratios is then never footed as their sum (review classes P, R and X of the unseen EDGAR set s10):
// - Bank of America's net charge-offs head each quarter "Amount | Percent"; the Percent column prints "(0.02)%" on its
//   first line only and holds net charge-off ratios, so "Total net charge-offs 0.15" is weighted by loans, no sum;
// - its "Deposit spreads (excludes noninterest costs)" prints "Checking 1.96%", then bare spreads and "Total deposit
//   spreads 1.69", their weighted average, and then, out of that section, "Consumer investment assets $ 368,831";
// - Wells Fargo's "Average Interest Rates" prints "0.16%" in its first quarter's column and "0.13%" in its first
//   year's only, every other rate bare, under "Interest-earning assets" and then "Interest-bearing liabilities".
// Amounts beside them are footed as before, and an amount printed wrong is still a mismatch; shares of a total
// (Horizon Financial's deposits, "% of the Total" beside each balance) are judged as before.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const fixture = (name: string) => `test/fixtures/ingest/forms/${name}.txt`;
const meta = (id: string, fiscalPeriod: string, releaseDate: string): ReleaseMeta => ({
  id, title: 'x', company: 'x', name: 'x', ticker: 'X', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod, releaseDate, currency: 'USD', scale: 6,
});
const releases = {
  bac: { file: fixture('bac-2021-q4-ratios'), meta: meta('bac-2021-q4', '2021-q4', '2022-01-19') },
  wfc: { file: fixture('wfcs-2021-q4-average-rates'), meta: meta('wfcs-2021-q4', '2021-q4', '2022-01-14') },
  hrzb: { file: fixture('hrzb-fy2006-q3-deposits'), meta: { ...meta('hrzb-fy2006-q3', '2006-q3', '2006-01-19'), fiscalYearEnd: '03-31', scale: 3 } },
} as const;
type Name = keyof typeof releases;
const textOf = (name: Name) => readFileSync(releases[name].file, 'utf8');
const release = (name: Name, text = textOf(name)) => parseRelease(text, releases[name].meta, emptyModel, releases[name].file);
/** The text with one printed line's figures replaced (the first line starting with `from`). */
const edited = (name: Name, from: string, to: string) => {
  const text = textOf(name);
  expect(text.includes(from)).toBe(true);
  return text.replace(from, to);
};

describe('the figures are read as percentages where the column or block prints "%" once', () => {
  test.each([
    // release, row label, period, figure as printed, unit
    ['bac', 'Home equity', '2021-q4', '(0.37)', 'percent'],
    ['bac', 'Total consumer', '2021-q4', '0.29', 'percent'],
    ['bac', 'Total net charge-offs', '2020-q4', '0.38', 'percent'],
    ['bac', 'All Other', '2021-q4', '(0.91)', 'percent'],
    ['bac', 'Home equity', '2021-q4', '(26)', 'USD'],
    ['bac', 'Consumer Banking', '2021-q4', '$ 411', 'USD'],
    ['bac', 'Savings', '2021-fy', '2.24', 'percent'],
    ['bac', 'Total deposit spreads', '2021-fy', '1.69', 'percent'],
    ['bac', 'Savings', '2021-fy', '69,598', 'USD'],
    ['bac', 'Consumer investment assets', '2021-fy', '$ 368,831', 'USD'],
    ['wfc', 'Interest-earning deposits with banks', '2021-q3', '0.15', 'percent'],
    ['wfc', 'Interest-earning deposits with banks', '2020-fy', '0.29', 'percent'],
    ['wfc', 'Loans', '2021-q4', '3.32', 'percent'],
    ['wfc', 'Total interest-earning assets', '2021-q4', '2.31', 'percent'],
    ['wfc', 'Long-term debt', '2021-q4', '1.71', 'percent'],
    ['wfc', 'Total interest-bearing liabilities', '2021-fy', '0.33', 'percent'],
    ['wfc', 'Net interest margin on a taxable-equivalent basis', '2021-q4', '2.11', 'percent'],
    ['wfc', 'Loans', '2021-q4', '875,036', 'USD'],
  ] as const)('%s: %s (%s) %s is %s', (name, label, period, raw, unit) => {
    const f = release(name).facts.filter((x) => x.label === label && x.raw === raw && x.period === period);
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) expect(x.unit).toBe(unit);
  });
  test('the reading says why', () => {
    const rows = release('bac').tables.flatMap((t) => t.rows);
    expect(rows.find((r) => r.label === 'Savings' && r.reading?.unit === 'percent')?.reading?.evidence).toMatch(/^percent: its block prints "%" on its first line/);
    const wfc = release('wfc').tables.flatMap((t) => t.rows).find((r) => r.label === 'Loans' && r.reading?.unit === 'percent');
    expect(wfc?.reading?.evidence).toMatch(/^percent: its block prints "%" on its first line/);
  });
});

/** The footings of a release judged a mismatch, by id. */
const accused = (name: Name, text?: string) => runChecks(release(name, text), emptyModel).filter((c) => c.kind === 'footing' && c.verdict === 'mismatch').map((c) => c.id).sort();

describe('rates and ratios are not footed as sums; the amounts beside them are, and an amount printed wrong is a mismatch', () => {
  test.each([
    // release, a printed line as it is, and as altered ('' for none), the footings judged a mismatch
    ['bac', '', '', []],
    // Credit card's 4Q21 net charge-offs 280 printed 290: "Total consumer 312" no longer adds up.
    ['bac', 'Credit card\t280\t', 'Credit card\t290\t', ['footing/quarterly-net-charge-offs-and-net-charge-off/total-consumer/2021-q4.amount']],
    // Savings' average balance of 2021 printed 69,698 for 69,598.
    ['bac', 'Savings\t69,598\t', 'Savings\t69,698\t', ['footing/consumer-banking-key-indicators/total-average-deposit-balances/2021-fy']],
    ['wfc', '', '', []],
    // Loans' average balance of 4Q21 printed 885,036 for 875,036.
    ['wfc', 'Loans\t875,036\t', 'Loans\t885,036\t', ['footing/average-balances-and-interest-rates-taxable-equivalent/assets--total-interest-earning-assets/2021-q4']],
    // Without the "%" printed once, nothing says the figures are rates: they are read as amounts and their totals
    // accused in every column, the reading this replaces.
    ['wfc', 'Interest-earning deposits with banks\t0.16%\t0.15\t0.11\t0.10\t0.10\t\t\t0.13%', 'Interest-earning deposits with banks\t0.16\t0.15\t0.11\t0.10\t0.10\t\t\t0.13', [
      ...['2021-q4', '2021-q3', '2021-q2', '2021-q1', '2020-q4', '2021-fy', '2020-fy'].map((p) => `footing/average-balances-and-interest-rates-taxable-equivalent/interest-earning-assets--total-interest-earning-assets/${p}`),
      ...['2021-q4', '2021-q3', '2021-q2', '2021-q1', '2020-q4', '2021-fy', '2020-fy'].map((p) => `footing/average-balances-and-interest-rates-taxable-equivalent/interest-bearing-liabilities--total-interest-bearing-liabilities/${p}`),
    ].sort()],
    ['bac', 'Checking\t1.96%\t2.11%\t1.92%\t1.95%\t1.97%\t1.99%\t2.02%', 'Checking\t1.96\t2.11\t1.92\t1.95\t1.97\t1.99\t2.02', ['2021-fy', '2020-fy', '2021-q4', '2021-q3', '2021-q2', '2021-q1', '2020-q4'].map((p) => `footing/consumer-banking-key-indicators/total-deposit-spreads/${p}`).sort()],
  ] as const)('%s, %j altered to %j: mismatches %j', (name, from, to, expected) => {
    expect(accused(name, from ? edited(name, from, to) : undefined)).toEqual(expected);
  });
});

// Before its header's word was read, a column headed "Percent" lost its percentages with the "%" atop it: its ratios were
// read as amounts and their totals accused (footing/…/total-net-charge-offs/2021-q4.percent). The word says it alone now.
test('without the "%" atop the Percent column, its header\'s word still makes its ratios percentages: no total of them is accused', () => {
  const text = edited('bac', 'Residential mortgage\t$ (11)\t(0.02)%', 'Residential mortgage\t$ (11)\t(0.02)');
  expect(accused('bac', text).filter((id) => id.endsWith('.percent'))).toEqual([]);
  const home = release('bac', text).facts.filter((f) => f.label === 'Home equity' && f.period === '2021-q4' && f.table.startsWith('quarterly-net-charge-offs'));
  expect(home.map((f) => [f.unit, f.value])).toEqual([['USD', '-26'], ['percent', '-0.37']]);
});

describe('shares of a total printed wrong are still mismatches, as before (Horizon Financial\'s deposits)', () => {
  const wrong = (from: string, to: string) => runChecks(release('hrzb', edited('hrzb', from, to)), emptyModel).filter((c) => c.verdict === 'mismatch').map((c) => c.id);
  test.each([
    // A line's share, and a subtotal's, printed wrong beyond rounding.
    ['Money market\t151,128\t18%', 'Money market\t151,128\t21%', 'money-market/2005-12-31'],
    ['Total CD\'s\t<u>464,878</u>\t<u>57%</u>', 'Total CD\'s\t<u>464,878</u>\t<u>59%</u>', 'total-cds/2005-12-31'],
  ])('%s printed as %s', (from, to, id) => {
    expect(wrong(from, to).some((c) => c.includes(id))).toBe(true);
  });
  test('as printed, none', () => {
    expect(runChecks(release('hrzb'), emptyModel).filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
});

// Chipotle's statement of income (2Q26, ../shared/unseen-s20/cmg-2026-q2.txt, cells joined by " | "): each year an
// amount column and a percent-of-revenue column under one heading ("2026" spans both), "%" printed on the first
// line ("99.5%") and the last ("Net income 12.1%") only. The bare 0.5, 100.0, 29.7 … are percentages of revenue,
// each line's share of "Total revenue" (100.0), in the column of the year they stand under; the amounts beside them
// stay dollars, and a share printed wrong is a mismatch.
describe('a percent-of-revenue column under the heading of its amounts, "%" on its first and last lines (Chipotle, 2Q26)', () => {
  const cmg = { file: fixture('cmg-2026-q2-income'), meta: { ...meta('cmg-2026-q2', '2026-q2', '2026-07-29'), scale: 3 } };
  const read = (text = readFileSync(cmg.file, 'utf8')) => parseRelease(text, cmg.meta, emptyModel, cmg.file);
  test.each([
    // row, fact id's period part, printed, unit
    ['Delivery service revenue', '2026-q2.percent', '0.5', 'percent'],
    ['Total revenue', '2026-q2.percent', '100.0', 'percent'],
    ['Labor', '2026-q2.percent', '25.0', 'percent'],
    ['Labor', '2025-q2.percent', '24.7', 'percent'],
    ['Net income', '2026-q2.percent', '12.1%', 'percent'],
    ['Labor', '2026-q2', '836,450', 'USD'],
    ['Total revenue', '2025-q2', '3,063,393', 'USD'],
  ])('%s under %s (%s) is %s', (label, column, raw, unit) => {
    const f = read().facts.find((x) => x.label === label && x.id.endsWith(`/${column}`) && x.raw === raw);
    expect(f?.unit).toBe(unit);
  });
  test('no column names its period twice: no problem', () => {
    expect(read().errors).toEqual([]);
  });
  test('as printed, no mismatch; a share printed wrong is one', () => {
    const text = readFileSync(cmg.file, 'utf8');
    expect(runChecks(read(), emptyModel).filter((c) => c.verdict === 'mismatch')).toEqual([]);
    const from = 'Labor\t836,450\t25.0\t756,261';
    expect(text.includes(from)).toBe(true);
    const wrong = runChecks(read(text.replace(from, 'Labor\t836,450\t28.0\t756,261')), emptyModel).filter((c) => c.verdict === 'mismatch').map((c) => c.id);
    expect(wrong.some((id) => id.includes('/labor/2026-q2.percent'))).toBe(true);
  });
});

// Chipotle's statement of income (4Q25, ../shared/unseen-s20/cmg-2025-q4.txt): the 2024 percent-of-revenue column prints
// "-" for the share of an expense it did not have ("Impairment, closure costs, and asset disposals 532 | -"). A nil mark is
// no figure of either kind: the column is still 2024's shares, not a second 2024 quarter of figures ("2024-q4-2").
describe('a percent-of-revenue column printing a nil mark is still the share column (Chipotle, 4Q25)', () => {
  const cmg = { file: fixture('cmg-2025-q4-income'), meta: { ...meta('cmg-2025-q4', '2025-q4', '2026-02-03'), scale: 3 } };
  const read = (text = readFileSync(cmg.file, 'utf8')) => parseRelease(text, cmg.meta, emptyModel, cmg.file);
  test.each([
    // row, fact id's period part, printed, unit
    ['Food, beverage and packaging', '2024-q4.percent', '30.4', 'percent'],
    ['Impairment, closure costs, and asset disposals', '2024-q4.percent', '-', 'percent'],
    ['Net income', '2024-q4.percent', '11.7%', 'percent'],
    ['Net income', '2024-q4', '$ 331,764', 'USD'],
  ])('%s under %s (%s) is %s', (label, column, raw, unit) => {
    const f = read().facts.find((x) => x.label === label && x.id.endsWith(`/${column}`) && x.raw === raw);
    expect(f?.unit).toBe(unit);
  });
  test('no column names its period twice: no problem', () => {
    expect(read().errors).toEqual([]);
  });
});
