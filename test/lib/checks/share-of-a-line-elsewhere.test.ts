// A share column whose whole its table does not print: Karat Packaging's 2Q26 reconciliations of Adjusted EBITDA print
// "Amounts | % of Net Sales" for each period, every line a percentage of net sales, which only the statement of income
// prints (136,302, 123,986, 253,249 and 227,610 thousand). Each share is its line over that period's net sales; the
// columns add up as printed (net income's share plus the adjustments' is Adjusted EBITDA's), so a line may be a unit of
// its last digit off its own share. One is not: depreciation and amortization of the first half of 2026, 5,468 of
// 253,249 (2.16%), printed 2.3% (set s34, test/fixtures/corpus-review/unseen/s34.md). Excerpt of the imported release
// (test/fixtures/checks/corpus/README.md), with no company model.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'krt-2026-q2-net-sales-shares';
const quarter = 'definition/reconciliation-of-gaap-to-non-gaap-financial';
const half = 'definition/reconciliation-of-adjusted-ebitda-and-adjusted';

describe("a share column's whole printed in another table for the period", () => {
  test.each([
    // [check, printed, computed]
    [`${quarter}/net-income/2026-q2.percent-of-net-sales`, '21.8%', '21.752'], // 29,649 ÷ 136,302
    [`${quarter}/adjusted-ebitda/2026-q2.percent-of-net-sales`, '30.5%', '30.529'], // 41,613 ÷ 136,302
    [`${quarter}/interest-income/2025-q2.percent-of-net-sales`, '(0.5)', '-0.545'], // (676) ÷ 123,986
    [`${half}/adjusted-ebitda/2026-h1.percent-of-net-sales`, '21.4%', '21.362'], // 54,101 ÷ 253,249
  ])('%s: %s is its line over net sales', (id, printed, computed) => {
    const c = excerpt(ID).check(id);
    expect([c.reported.text, c.verdict]).toEqual([printed, 'rounding']);
    expect(c.computed).toMatch(new RegExp(`^${computed.replace('.', '\\.')}`));
    expect(c.explanation).toMatch(/'Net sales', which this table does not print/);
  });

  test('a share a unit of its last digit off, so that the column adds up, is read so', () => {
    // 2,678 ÷ 123,986 = 2.16%, printed 2.1 so that the shares add up to Adjusted EBITDA's 14.3
    const c = excerpt(ID).check(`${quarter}/depreciation-and-amortization/2025-q2.percent-of-net-sales`);
    expect(c.verdict).toBe('rounding');
    expect(c.explanation).toMatch(/rounded so that the column adds up: its lines add up, as printed/);
  });

  test('a share more than a unit off is a mismatch: the release prints 2.3% for 2.16%', () => {
    const c = excerpt(ID).check(`${half}/depreciation-and-amortization/2026-h1.percent-of-net-sales`);
    expect([c.reported.text, c.verdict, c.computed?.slice(0, 5)]).toEqual(['2.3', 'mismatch', '2.159']);
    expect(c.explanation).toMatch(/holds on 6 other lines/);
    expect(excerpt(ID).checks.filter((x) => x.verdict === 'mismatch').map((x) => x.id)).toEqual([c.id]);
  });

  test('a share altered is a mismatch, the column\'s other lines bearing the reading out', () => {
    const l = excerpt(ID, [['Provision for income taxes\t9,377\t6.9', 'Provision for income taxes\t9,377\t7.9']]);
    expect(l.check(`${quarter}/provision-for-income-taxes/2026-q2.percent-of-net-sales`).verdict).toBe('mismatch');
  });

  test('net sales altered fails every line of its column: the whole in doubt, no share is accused (the statement foots it)', () => {
    const l = excerpt(ID, [['Net sales\t136,302', 'Net sales\t146,302']]);
    // Two small shares (0.3, 0.4) still hold within rounding; the five that fail are not published.
    expect(l.checks.filter((c) => c.id.includes('/2026-q2.percent-of-net-sales')).map((c) => c.verdict)).toEqual(['rounding', 'rounding']);
    expect(l.checks.find((c) => c.id.endsWith('/gross-profit/2026-q2') && c.kind === 'footing')?.verdict).toBe('mismatch');
  });

  test("a part's share is not read against the whole's line: a column of a segment's amounts is no column of the period's own", () => {
    const l = excerpt(ID, [['\tAmounts\t% of Net Sales\tAmounts\t% of Net Sales', '\tEurope\t% of Net Sales\tEurope\t% of Net Sales']]);
    expect(l.checks.filter((c) => c.id.startsWith(`${quarter}/`) && c.id.includes('percent-of-net-sales'))).toEqual([]);
    expect(l.checks.filter((c) => c.id.startsWith(`${half}/`) && c.id.includes('percent-of-net-sales')).length).toBe(15);
  });
});
