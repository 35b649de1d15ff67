// An amount whose label names a rate, read on the unseen set s12 (../shared/unseen-edgar-s12, review
// test/fixtures/corpus-review/unseen/edgar-s12.md, class A): MarketAxess's "Commission Revenue Details", 1Q20
// (excerpt mktx-2020-q1-commissions), prints "Rates ²", the commissions of its rates products in thousands of
// dollars, between "Total credit" and "Total transaction fees" (and again under "Distribution Fees"). Passed over as a
// ratio, it was left out: "Total transaction fees" 129,166 footed as "Total credit" 123,580 alone, four false
// mismatches. The line is now kept in its section and counted by the reading that says so: 123,580 + 5,586 = 129,166.
// Each case: the reading now made, and a figure altered beyond rounding still a mismatch.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const MKTX = 'mktx-2020-q1-commissions';
const total = (line: string, column: string) => `footing/commission-revenue-details/${line}/${column}.total-commissions-revenue`;
const CASES = [
  ['total-transaction-fees', '2020-q1'],
  ['total-transaction-fees', '2019-q1'],
  ['total-distribution-fees', '2020-q1'],
  ['total-distribution-fees', '2019-q1'],
] as const;

describe('MarketAxess\'s "Rates" line between "Total credit" and the section\'s total: a line of the total', () => {
  test.each(CASES)('%s, %s: the subtotal and "Rates" add to the total', (line, column) => {
    const c = excerpt(MKTX).check(total(line, column));
    expect(c.verdict).toBe('exact');
    expect(c.inputs.some((i) => /rates\//.test(i))).toBe(true);
  });

  test.each([
    ['  Rates ²\t5,586\t557', '  Rates ²\t5,886\t557', 'total-transaction-fees', '2020-q1'],
    ['      Total transaction fees\t129,166\t89,092', '      Total transaction fees\t129,166\t89,192', 'total-transaction-fees', '2019-q1'],
    ['  Rates²\t156\t132', '  Rates²\t156\t182', 'total-distribution-fees', '2019-q1'],
    ['    Total credit\t26,632\t23,536', '    Total credit\t26,032\t23,536', 'total-distribution-fees', '2020-q1'],
  ] as const)('%s printed %s makes %s, %s a mismatch', (from, to, line, column) => {
    expect(excerpt(MKTX, [[from, to]]).check(total(line, column)).verdict).toBe('mismatch');
  });
});
