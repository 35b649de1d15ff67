// A total's growth read from its lines' growths and amounts (src/lib/checks/growth-parts.ts), on Oracle's FY2014
// supplemental analysis of revenues (test/fixtures/checks/corpus/orcl-fy2014-q4-supplemental, README there): each
// quarter's revenues of fiscal 2013 and 2014 by line, then "AS REPORTED REVENUE GROWTH RATES" of each line. The growth
// of fiscal 2013's quarters compares amounts the table does not print (fiscal 2012's), so only the lines' own growths
// say what the totals' must be.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const ORCL = 'orcl-fy2014-q4-supplemental';
const ROWS = 'growth/fiscal-2014-financial-results-supplemental-analysis/as-reported-revenue-growth-rates';

describe("a total's growth from its lines' growths", () => {
  test.each([
    // Σ amount ÷ Σ (amount ÷ (1 + growth)): 5,833 ÷ (1,371 ÷ 0.97 + 203 ÷ 2.38 + 119 ÷ 1.13 + 4,140 ÷ 1.03) = 1.0373 (printed 4%)
    [`${ROWS}--software-and-cloud-revenues/2013-q1/parts`, 'rounding', '3.72'],
    [`${ROWS}--software-and-cloud-revenues/2013-fy.total/parts`, 'rounding', '5.43'],
    // 1,353 ÷ (779 ÷ 0.76 + 574 ÷ 0.89) = 0.8102 (printed (19%))
    [`${ROWS}--hardware-systems-revenues/2013-q1/parts`, 'rounding', '-18.97'],
    [`${ROWS}--hardware-systems-revenues/2014-q4/parts`, 'exact', '2'],
  ])('%s → %s (%s…)', (id, verdict, computed) => {
    const c = excerpt(ORCL).check(id);
    expect(c.verdict).toBe(verdict);
    expect(c.computed!.startsWith(computed)).toBe(true);
    expect(c.restsOn).toContain('adds up its');
  });

  test('as printed, nothing is a mismatch', () => {
    expect(excerpt(ORCL).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test("a line's growth altered moves the total's beyond its rounding: Q1 fiscal 2013's new licenses (3%) printed 7%", () => {
    alteredIsMismatch(ORCL, '  New software licenses\t(3%)\t11%', '  New software licenses\t7%\t11%', `${ROWS}--software-and-cloud-revenues/2013-q1/parts`);
  });

  test('a constant-currency block is no plain growth: its rows are read by no such total', () => {
    expect(excerpt(ORCL).checks.filter((c) => c.id.includes('constant-currency-growth-rates') && c.id.endsWith('/parts'))).toEqual([]);
  });
});
