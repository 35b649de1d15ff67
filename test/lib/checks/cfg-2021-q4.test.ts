// Citizens Financial Group 4Q21 (EDGAR exhibit 99.1, measured from ../shared/corpus-extra/): readings a bank's
// release establishes that the checks had read otherwise, each a false mismatch at main 96ce435. Excerpt in
// test/fixtures/checks/corpus/cfg-2021-q4 (the earnings highlights, the notable items, the operating leverage and
// the PPP reconciliations, verbatim from the imported release.txt).
// - "Total Other Notable Items" closes "Tax notable items", printed before the caption "Other notable items- TOP &
//   other actions", and that caption's lines, whose subtotal "Noninterest expense" stands for them: 7 + (29) = (22),
//   not the lines and their subtotal together, (58).
// - "Total revenue, Underlying (non-GAAP) B" is "Total revenue (GAAP) A": "Less: Noninterest expense (GAAP) C" between
//   them is a measure as reported (the second operand of operating leverage), not an adjustment (659 against 1,720).
// - "Total commercial loans (GAAP) C" is a GAAP measure that starts a block ("(GAAP) C": the letter is its key for the
//   ratios), not a result of the block above; "Total loans, excluding the impact of PPP loans (non-GAAP) B" is a
//   result, its "impact" what it leaves out.
// - "$/bps" change columns printing "5" beside 22.4 and 22.4: basis points of the ratios before rounding (22.40% and
//   22.35% in the non-GAAP tables), judged against what the printed ratios allow; "Allowance for credit losses to
//   nonaccrual loans and leases 276 268 262 741" is a ratio (275.7%, 268.3% and 741 bps in the highlights).
import { describe, expect, test } from 'vitest';
import type { Check } from '../../../src/lib/types.ts';
import { excerpt } from './no-model.ts';

const ID = 'cfg-2021-q4';
const checks = (edits: [string, string][] = []) => excerpt(ID, edits).checks;
const find = (all: Check[], id: string) => {
  const c = all.find((x) => x.id === id);
  expect(c, id).toBeDefined();
  return c!;
};

const OTHER = 'footing/tax-notable-items/total-other-notable-items';
const UNDERLYING = 'footing/non-gaap-financial-measures-and-reconciliations-continued/total-revenue-underlying-non-gaap-b';
const PPP = 'footing/non-gaap-measures-and-reconciliations-excluding';

describe('cfg 4Q21: the readings the release establishes hold', () => {
  test.each([
    // [check, printed, computed, terms]
    [`${OTHER}/2020-q4.after-tax`, '-22', '-22', ['tax-notable-items', 'noninterest-expense']],
    [`${OTHER}/2020-fy.after-tax`, '-75', '-75', ['tax-notable-items', 'noninterest-expense']],
    [`${OTHER}/2021-q4.pre-tax`, '-22', '-22', ['tax-notable-items', 'noninterest-expense']],
    [`${UNDERLYING}/2021-q4.quarterly-trends`, '1720', '1720', ['total-revenue-gaap-a']],
    [`${UNDERLYING}/2020-fy`, '6905', '6905', ['total-revenue-gaap-a']],
    [`${PPP}/total-commercial-loans-excluding-the-impact-of-ppp-loans-non-gaap-d/2021-q4.quarterly-trends`, '59563', '59563', ['total-commercial-loans-gaap-c', 'total-commercial-loans--less-ppp-loans']],
    [`${PPP}/total-loans-excluding-the-impact-of-ppp-loans-non-gaap-b/2020-q4.quarterly-trends`, '118935', '118935', ['total-loans-gaap-a', 'total-loans--less-ppp-loans']],
  ])('%s: %s = %s', (id, printed, computed, terms) => {
    const c = find(checks(), id);
    expect(c.verdict).toBe('exact');
    expect(c.reported.value).toBe(printed);
    expect(c.computed).toBe(computed);
    expect(c.inputs.map((i) => i.split('/')[2])).toEqual(terms);
  });

  test('"Total commercial loans (GAAP) C" is footed from nothing above it', () => {
    expect(checks().filter((c) => c.id.startsWith(`${PPP}/total-commercial-loans-gaap-c/`))).toEqual([]);
  });

  test.each([
    // [row, change column, printed basis points, printed ratios]
    ['effective-income-tax-rate', '2021-q4-vs-2021-q3.quarterly-trends', '5', '22.4 and 22.4'],
    ['effective-income-tax-rate', '2021-q4-vs-2020-q4.quarterly-trends', '224', '22.4 and 20.2'],
    ['efficiency-ratio', '2021-q4-vs-2021-q3.quarterly-trends', '76', '62 and 61'],
    ['efficiency-ratio', '2021-fy-vs-2020-fy', '360', '61 and 58'],
    ['underlying-efficiency-ratio', '2021-q4-vs-2021-q3.quarterly-trends', '-84', '59 and 60'],
    ['return-on-average-tangible-common-equity', '2021-fy-vs-2020-fy', '851', '15.4 and 6.9'],
    ['allowance-for-credit-losses-to-nonaccrual-loans-and-leases', '2021-q4-vs-2021-q3.quarterly-trends', '741', '276 and 268'],
    ['allowance-for-credit-losses-to-nonaccrual-loans-and-leases', '2021-q4-vs-2020-q4.quarterly-trends', '1370', '276 and 262'],
  ])('%s %s: %s bps within what %s allow', (row, column, printed) => {
    const c = find(checks(), `change/earnings/${row}/${column}`);
    expect(c.reported.value).toBe(printed);
    expect(c.unit).toBe('basis-points');
    expect(c.verdict).toBe('rounding');
  });
});

describe('cfg 4Q21: errors planted in those lines are still caught', () => {
  test.each([
    // [what, edit, the one check accused]
    ['the 4Q20 after-tax tax notable item 7 printed 9', ['Tax notable items\t$ —\t$ —\t$ —\t$ —\t$ —\t$ 7', 'Tax notable items\t$ —\t$ —\t$ —\t$ —\t$ —\t$ 9'], `${OTHER}/2020-q4.after-tax`],
    // Read as the GAAP line alone, the footing is one line, never corroborated; its change beside it accuses it.
    ['the 4Q21 underlying total revenue 1,720 printed 1,730', ['Total revenue, Underlying (non-GAAP) B\t$1,720', 'Total revenue, Underlying (non-GAAP) B\t$1,730'], 'change/non-gaap-financial-measures-and-reconciliations-continued/total-revenue-underlying-non-gaap-b/2021-q4-vs-2021-q3.quarterly-trends'],
    ['the 4Q21 commercial loans ex PPP 59,563 printed 59,663', ['<u>$59,563</u>', '<u>$59,663</u>'], `${PPP}/total-commercial-loans-excluding-the-impact-of-ppp-loans-non-gaap-d/2021-q4.quarterly-trends`],
    ['the efficiency ratio\'s linked-quarter change 76 printed 276', ['Efficiency ratio\t62\t61\t59\t76', 'Efficiency ratio\t62\t61\t59\t276'], 'change/earnings/efficiency-ratio/2021-q4-vs-2021-q3.quarterly-trends'],
    ['the tax rate\'s year-over-year change 224 printed 264', ['Effective income tax rate\t22.4\t22.4\t20.2\t5\t\t224', 'Effective income tax rate\t22.4\t22.4\t20.2\t5\t\t264'], 'change/earnings/effective-income-tax-rate/2021-q4-vs-2020-q4.quarterly-trends'],
  ] as [string, [string, string], string][])('%s: a mismatch of %s', (_what, edit, id) => {
    const all = checks([edit]);
    expect(find(all, id).verdict).toBe('mismatch');
  });

  test('a ratio line\'s change whose unit is in doubt, printed beyond either reading, is not judged (neither 8 nor 800 gives 941)', () => {
    const c = find(checks([['262\t741', '262\t941']]), 'change/earnings/allowance-for-credit-losses-to-nonaccrual-loans-and-leases/2021-q4-vs-2021-q3.quarterly-trends');
    expect(c.verdict).toBe('unverifiable');
  });
});

describe('cfg 4Q21: what the release prints wrong stays a mismatch', () => {
  // Operating leverage: revenue 1,720 against 1,659 and 1,707 is +3.68% and +0.76%, printed 3.58% and 0.68% (both as
  // from a fourth-quarter revenue near 1,718.5); underlying expense 1,010 against 970 is +4.12%, printed 4.01.
  test.each([
    ['growth/non-gaap-financial-measures-and-reconciliations-continued/total-revenue-gaap-a/2021-q4-vs-2021-q3.quarterly-trends-percent', '3.58'],
    ['growth/non-gaap-financial-measures-and-reconciliations-continued/total-revenue-gaap-a/2021-q4-vs-2020-q4.quarterly-trends-percent', '0.68'],
    ['growth/non-gaap-financial-measures-and-reconciliations-continued/less-noninterest-expense-underlying-non-gaap-d/2021-q4-vs-2020-q4.quarterly-trends-percent', '4.01'],
  ])('%s: %s', (id, printed) => {
    const c = find(checks(), id);
    expect(c.reported.value).toBe(printed);
    expect(c.verdict).toBe('mismatch');
  });
});
