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
      'non-interest-expense-excluding-merger-expenses', 'net-interest-income-as-reported-2', 'non-interest-income-as-reported-2',
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
