// Underlines on three or more rows of figures in a row (src/lib/ingest/build-table.ts): the table's style where the
// run goes on to its block's end, marks of subtotals where a row of figures printed without the rule follows it.
// Excerpts cut from the release.txt `tieout import` wrote (main a646920):
// - St. Joe (unseen set s13, joe-2020-q1.htm, release.txt lines 112–123): "Other Operating and Corporate Expenses",
//   every figure underlined but the first row's, to the table's end: style, so no line but the total closes a block.
// - Horizon Bancorp (unseen set s14, hbnc-2020-q1.htm, lines 309–328): the core efficiency ratio's reconciliation,
//   "Non-interest expense excluding merger expenses" underlined over the two lines of revenue, also underlined, then
//   the lines that adjust non-interest income, printed plain: the three rules mark the subtotal and the ratio's terms.
// - Bridge Bancorp (unseen set s14, bdge-2020-q1.htm, lines 236–250): earnings per share, five rows underlined, then
//   "Weighted average common shares outstanding" plain.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const meta = (id: string): ReleaseMeta => ({
  id, title: 'x', company: id.split('-')[0], name: id, ticker: id.split('-')[0].toUpperCase(), exchange: 'NASDAQ', fiscalYearEnd: '12-31', fiscalPeriod: '2020-q1', releaseDate: '2020-04-29', currency: 'USD', scale: 3,
});
const FIXTURES = {
  joe: 'test/fixtures/ingest/forms/joe-2020-q1-other-expenses.txt',
  hbnc: 'test/fixtures/ingest/forms/hbnc-2020-q1-core-efficiency.txt',
  bdge: 'test/fixtures/ingest/forms/bdge-2020-q1-earnings-per-share.txt',
} as const;
const read = (name: keyof typeof FIXTURES) => parseRelease(readFileSync(FIXTURES[name], 'utf8'), meta(`${name}-2020-q1`), emptyModel, FIXTURES[name]);
const totals = (name: keyof typeof FIXTURES) => read(name).tables[0].rows.filter((r) => r.total).map((r) => r.id);

describe('a run of three underlined rows or more', () => {
  test.each([
    // [excerpt, the rows read as closing a block]
    ['joe', ['total-other-operating-and-corporate-expense']],
    ['hbnc', [
      'non-interest-expensenet-interest-income-non-interest-income-efficiency-ratio',
      // The two captions head the same lines: each block's are its own (repeatedHeads).
      'non-interest-expense-excluding-merger-expenses', 'non-gaap-reconciliation-of-core-efficiency-ratio--net-interest-income-as-reported', 'non-gaap-reconciliation-of-core-efficiency-ratio--non-interest-income-as-reported',
      'non-interest-income-excluding-gainloss-on-sale-of-investment-securities-and-death-benefit-on-boli', 'core-efficiency-ratio',
    ]],
    ['bdge', [
      'income-attributable-to-common-stock', 'weighted-average-common-shares-outstanding-including-participating-securities',
      'weighted-average-common-shares-outstanding', 'basic-earnings-per-common-share', 'weighted-average-common-and-equivalent-shares-outstanding',
    ]],
  ] as const)('%s: the rows it reads as closing a block', (name, expected) => {
    expect(totals(name)).toEqual(expected);
  });

  test('marking subtotals, its first row foots the lines above it in every column (Horizon Bancorp: 29,738 − 4,118 = 25,620)', () => {
    const release = read('hbnc');
    const checks = runChecks(release, emptyModel).filter((c) => c.id.includes('/non-interest-expense-excluding-merger-expenses/'));
    expect(checks.map((c) => [c.id.split('/')[0], c.verdict])).toEqual(Array(5).fill(['footing', 'exact']));
  });
});

// Capgemini's H1 2024 key figures (unseen set s21, ../shared/unseen-s21/cap-2024-h1.md line 61; the excerpt is the
// release.txt `tieout import` wrote, lines 46–58): a "Change" column whose figures each print their unit ("-2.5%",
// "+0 bp", "+20 bp", "+3%"), then "+216" bare beside organic free cash flow of -53 and 163. It was read as a percentage
// (the column's first figure prints "%"), and its growth judged −407.5%, a false mismatch: a bare figure among figures
// that mark their own units is none of theirs, here € millions, 163 − (−53) = 216.
describe('a change column whose figures each print their unit', () => {
  const FILE = 'test/fixtures/ingest/forms/cap-2024-h1-key-figures.txt';
  const text = readFileSync(FILE, 'utf8');
  const capgemini = (source: string) =>
    parseRelease(source, { ...meta('cap-2024-h1'), currency: 'EUR', scale: 6, fiscalPeriod: '2024-h1', releaseDate: '2024-07-26' }, emptyModel, FILE);
  test.each([
    // [row, the figure, its unit]
    ['revenues', '-2.5', 'percent'],
    ['as-a-of-revenues-2', '20', 'basis-points'],
    ['net-profit-group-share', '3', 'percent'],
    ['organic-free-cash-flow', '216', 'EUR'],
  ])('%s: %s %s', (row, value, unit) => {
    const fact = capgemini(text).facts.find((f) => f.row === row && f.period === '2024-h1-vs-2023-h1');
    expect(fact).toMatchObject({ value, unit });
  });

  test.each([
    ['+216', 'exact'],
    // Printed ten units off, the change is caught.
    ['+226', 'mismatch'],
  ])('organic free cash flow changed by %s: %s', (printed, verdict) => {
    const release = capgemini(text.replace('\t+216', `\t${printed}`));
    const checks = runChecks(release, emptyModel).filter((c) => c.id.includes('/organic-free-cash-flow/2024-h1-vs-2023-h1'));
    expect(checks.map((c) => c.verdict)).toEqual([verdict]);
  });
});
