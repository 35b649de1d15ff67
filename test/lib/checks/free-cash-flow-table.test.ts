// A table titled by a measure of cash flow is read by its rows, not as a statement of cash flows: Oracle's "FREE CASH
// FLOW—TRAILING 4-QUARTERS" (FY2014, test/fixtures/checks/corpus/orcl-fy2014-q4), whose columns are
// trailing four quarters to each quarter's end: free cash flow = GAAP operating cash flow + capital expenditures (in
// parentheses), its growth over the trailing four quarters a year before, and its share of GAAP net income.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ORCL = 'orcl-fy2014-q4';
const TABLE = 'fiscal-2014-financial-results-free-cash';
const FCF = 'Free Cash Flow\t$ 13,366\t$ 12,823\t$ 13,033\t$ 13,574\t$ 14,181\t$ 14,618\t$ 14,420\t$ 14,341';
const GROWTH = '% Growth over prior year\t8%\t2%\t1%\t4%\t6%\t14%\t11%\t6%';
const SHARE = 'Free Cash Flow as a % of Net Income\t131%\t121%\t123%\t124%\t128%\t132%\t130%\t131%';
const verdicts = (edits: [string, string][], kind: string) =>
  excerpt(ORCL, edits).checks.filter((c) => c.id.startsWith(`${kind}/${TABLE}/`)).map((c) => `${c.id.split('/').at(-1)} ${c.verdict}`);

describe('a table titled by free cash flow reads as its rows say', () => {
  test('free cash flow is operating cash flow less capital expenditures, in every trailing period', () => {
    expect(verdicts([], 'footing')).toEqual(['2013-12m-to-08', '2013-12m-to-11', '2013-12m-to-02', '2013-fy', '2014-12m-to-08', '2014-12m-to-11', '2014-12m-to-02', '2014-fy'].map((k) => `${k} exact`));
    // 14,845 − 664 = 14,181: printed 14,281
    expect(verdicts([[FCF, FCF.replace('14,181', '14,281')]], 'footing')).toContain('2014-12m-to-08 mismatch');
  });

  test('"% Growth over prior year" is the line above against the same trailing period a year before', () => {
    // 14,618 ÷ 12,823 − 1 = 14.0%; the fiscal 2013 columns have no year before printed
    expect(verdicts([], 'growth')).toEqual(['2014-12m-to-08 rounding', '2014-12m-to-11 rounding', '2014-12m-to-02 rounding', '2014-fy rounding']);
    expect(verdicts([[GROWTH, GROWTH.replace('14%', '24%')]], 'growth')).toContain('2014-12m-to-11 mismatch');
  });

  test('"as a % of Net Income" is of "GAAP Net Income", the line as reported', () => {
    expect(verdicts([], 'definition').filter((v) => v.endsWith('rounding'))).toHaveLength(8);
    // 14,618 ÷ 11,054 = 132.2%: printed 142%
    expect(verdicts([[SHARE, SHARE.replace('132%', '142%')]], 'definition')).toContain('2014-12m-to-11 mismatch');
    // the bare words never name the line on another basis
    const line = 'GAAP Net Income\t<u>$ 10,175</u>';
    const other = excerpt(ORCL, [[line, `Non-${line}`]]).checks.filter((x) => x.id.startsWith(`definition/${TABLE}/`));
    expect(other.flatMap((x) => x.inputs).filter((i) => i.includes('/non-gaap-net-income/'))).toEqual([]);
  });
});
