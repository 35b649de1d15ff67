// Readings of the unseen set s13 (../shared/unseen-edgar-s13, review test/fixtures/corpus-review/unseen/edgar-s13.md;
// excerpts in test/fixtures/checks/corpus/README.md) that made false mismatches:
// - A: a "Change" column printing "%" on each of its first lines (amounts) and bare figures after them (ratios): the
//   bare figures are no percentages by the column, but differences (The Hartford's 59.3 − 58.4 = 0.9), points beside
//   percentages (71.9% − 74.7% = (2.8));
// - B: a table titled by a part the consolidating statement prints as a column beside "Consolidated" ("Commercial
//   Lines") speaks of that part: its net income ties with the part's own tables, not with the consolidated 273;
// - C: a reconciliation line printing a dash in one column and a figure in the other is one of its lines (the dash,
//   read as points, gave the line another unit than its figures);
// - H: a reconciliation line noted "Included in <a statement line>" makes the reconciliation's line of that name the
//   rest of it in the columns where it prints a figure, not the statement's line whole (MSA Safety);
// - I: under a net loss, shares beside a positive figure per share of another measure (AGNC's estimated REIT taxable
//   income per share) are that measure's: dilution lowers it, so diluted above basic is no mismatch.
// Each case: the reading now made, and the same figures printed wrong beyond rounding still a mismatch.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const HIG = 'hig-2020-q1-segments';
const AGNC = 'agnc-2020-q1-taxable-income';
const MSA = 'msa-2020-q1-currency-charge';
const ROE = 'footing/net-income-available-to-common-stockholders/core-earnings-roe';
const CHANGE = (table: string, row: string) => `change/${table}/${row}/2020-q1-vs-2019-q1`;

describe('a false mismatch of the s13 set is read right, the figures as printed', () => {
  test.each([
    // [excerpt, check, verdict, words of its explanation]
    [HIG, CHANGE('commercial-lines', 'current-accident-year-before-catastrophes'), 'exact', '59.3 − 58.4'],
    [HIG, CHANGE('commercial-lines', 'prior-accident-year-development-pyd'), 'exact', '1.8 − (−0.6)'],
    [HIG, CHANGE('commercial-lines', 'underlying-combined-ratio'), 'exact', '94.9 − 92.7'],
    [HIG, CHANGE('personal-lines', 'combined-ratio'), 'exact', '86.7 − 93.2'],
    [HIG, CHANGE('personal-lines', 'impact-of-catastrophes-and-pyd-on-combined-ratio'), 'exact', '−0.2 − (−4.2)'],
    [HIG, CHANGE('group-benefits', 'loss-ratio'), 'exact', 'Percentage points are the difference'],
    [HIG, 'growth/commercial-lines/net-income/2020-q1-vs-2019-q1', 'rounding', ''],
    [HIG, 'tie/net-income/2020-q1/commercial-lines', 'exact', 'Net income in the commercial lines 2'],
    [HIG, 'tie/net-income/2019-q1/commercial-lines', 'exact', '363'],
    [HIG, `${ROE}/2019-12m-to-03`, 'exact', '13.5 + (−0.5) + 0 + 0 + 0.3 + 0 + 0 + (−0.3) + (−1.1) + (−0.4)'],
    [HIG, `${ROE}/2020-12m-to-03`, 'exact', '11.8'],
  ] as const)('%s: %s is %s', (id, check, verdict, words) => {
    const c = excerpt(id).check(check);
    expect(c.verdict).toBe(verdict);
    expect(c.explanation).toContain(words);
  });

  test.each([HIG, AGNC, MSA])('%s: no mismatch', (id) => {
    expect(excerpt(id).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test("HIG: the consolidated net income is tied with no segment's table", () => {
    const ties = excerpt(HIG).checks.filter((c) => c.kind === 'tie' && /^tie\/net-income\//.test(c.id));
    expect(ties.map((c) => c.id).toSorted()).toEqual(['tie/net-income/2019-q1/commercial-lines', 'tie/net-income/2020-q1/commercial-lines']);
  });

  test.each([
    // [period, printed diluted shares of the reconciliation]
    ['2020-q1', '549.2'],
    ['2019-q3', '547.1'],
    ['2019-q2', '538.4'],
  ])('AGNC %s: the reconciliation\'s %s diluted shares beside a positive taxable income per share are unverifiable, saying why', (period, printed) => {
    const c = excerpt(AGNC).checks.find((x) => x.id === `tie/shares-diluted/${period}/basic-under-a-loss` && x.reported?.value === printed);
    expect(c?.verdict).toBe('unverifiable');
    expect(c?.explanation).toContain('Estimated REIT taxable income per common share - basic');
  });

  test("MSA: the reconciliation's 1,602 of 2019 is the rest of the statement's 16,961, tied with nothing", () => {
    const ties = excerpt(MSA).checks.filter((c) => c.id.startsWith('tie/currency-exchange-losses-net/'));
    expect(ties.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
});

describe('a figure of the s13 set altered beyond rounding is still a mismatch', () => {
  test.each([
    // A: a ratio's change in points printed wrong.
    [HIG, '59.3\t58.4\t0.9', '59.3\t58.4\t1.9', CHANGE('commercial-lines', 'current-accident-year-before-catastrophes')],
    [HIG, '86.7\t93.2\t(6.5)', '86.7\t93.2\t(5.5)', CHANGE('personal-lines', 'combined-ratio')],
    [HIG, 'Loss ratio\t71.9%\t74.7%\t(2.8)', 'Loss ratio\t71.9%\t74.7%\t(3.8)', CHANGE('group-benefits', 'loss-ratio')],
    // B: the segment's net income printed wrong in one of its tables; the consolidated one printed wrong.
    [HIG, 'Net income\t$121\t$363', 'Net income\t$131\t$363', 'tie/net-income/2020-q1/commercial-lines'],
    [HIG, '<u>(91)</u>\t\t<u>273</u>', '<u>(91)</u>\t\t<u>283</u>', 'footing/financial-services-group-inc-consolidating-income/net-income-loss/2020-q1.consolidated'],
    // C: the line printed in 2019 alone printed wrong.
    [HIG, '—\t(1.1)', '—\t(1.9)', `${ROE}/2019-12m-to-03`],
    // H: the rest of the line, and the statement's line, printed wrong: their own sums catch them.
    [MSA, 'Currency exchange losses, net\t270\t1,602', 'Currency exchange losses, net\t270\t1,702', 'footing/reconciliation-of-as-reported-financial-measures/adjusted-earnings/2019-q1'],
    [MSA, 'Currency exchange losses, net (a)\t270\t16,961', 'Currency exchange losses, net (a)\t270\t16,691', 'footing/statement-of-income/operating-income/2019-q1'],
  ] as const)('%s: %s printed %s makes %s a mismatch', (id, from, to, check) => {
    alteredIsMismatch(id, from, to, check);
  });

  test('AGNC: the statement\'s diluted shares printed above basic under its loss per share are still a mismatch', () => {
    const c = excerpt(AGNC, [['<u>548.0</u>\t<u>542.6</u>\t<u>546.4</u>', '<u>549.2</u>\t<u>542.6</u>\t<u>546.4</u>']]).checks.find(
      (x) => x.id === 'tie/shares-diluted/2020-q1/basic-under-a-loss' && x.reported?.value === '549.2' && x.reported.line < 40,
    );
    expect(c?.verdict).toBe('mismatch');
  });
});

// MDC Partners' Schedule 5 (1Q20, review edgar-s13.md, "MDC Partners' operating income, re-read against the source"):
// its Q1 2019 operating income 15,681 foots from lines the statement of operations prints otherwise at the same
// precision (net loss (2,497)/(2,496), tax 746/748, interest 16,761/16,760, other 3,384/(3,383)); the statement's
// printings of those lines add to its 15,682. The difference is lines printed otherwise, not rounding piled up in the
// schedule: the footed-place allowance does not excuse it.
describe('a footed place whose lines the other table prints otherwise, adding to its figure exactly, gets no allowance', () => {
  const MDC = 'mdca-2020-q1-operating-income';
  test.each([
    // [edits of the schedule, the tie's verdict]
    [[], 'mismatch'],
    // The schedule's lines printed as the statement prints them, and its total with them: one figure.
    [[['Income tax expense\t746', 'Income tax expense\t748'], ['net\t16,761', 'net\t16,760'], ['Other, net\t3,384', 'Other, net\t3,383'], ['shareholders\t$ (2,497)', 'shareholders\t$ (2,496)'], ['<u>15,681</u>', '<u>15,682</u>']], 'exact'],
  ] as const)('MDC: schedule edited %j: tie/operating-income/2019-q1 is %s', (edits, verdict) => {
    expect(excerpt(MDC, edits.map(([a, b]) => [a, b])).check('tie/operating-income/2019-q1').verdict).toBe(verdict);
  });

  test('MDC: the tax line the schedule prints two units off is still a mismatch of its own', () => {
    expect(excerpt(MDC).check('tie/income-tax-expense/2019-q1').verdict).toBe('mismatch');
  });
});
