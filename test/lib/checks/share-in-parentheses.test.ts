// A share whose label names its line and, in parentheses, what it is a share of: Coveo's Q3 FY2025 reconciliation of
// adjusted operating expenses prints "Sales and marketing expenses (% of total revenue)" under "Sales and marketing
// expenses", and so for each expense and its adjusted form (unseen wire set s6). The parentheses were left out of the
// label as a footnote's are, so the rows read as nothing (or as a reconciliation of percentages, unverifiable). Read
// now as the line's amount over total revenue, printed in the statement of income for the same period, published
// where the row's columns bear it out. Excerpt of the imported release (test/fixtures/checks/corpus/README.md).
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'cvo-fy2025-q3-expense-shares';
const T = 'definition/reconciliation-of-adjusted-operating-expense-measures';

describe('"<line> (% of <whole>)" is the line as a percentage of the whole', () => {
  test.each([
    // [check, printed, computed, formula]
    [`${T}/sales-and-marketing-expenses-of-total-revenue/2025-q3`, '45 %', '44.99', 'Sales and marketing expenses (% of total revenue) = Sales and marketing expenses ÷ Total revenue × 100'],
    [`${T}/adjusted-research-product-development-expenses-of-total-revenue/2023-9m`, '24 %', '23.96', 'Adjusted Research & Product Development Expenses (% of total revenue) = Adjusted Research and Product Development Expenses ÷ Total revenue × 100'],
    [`${T}/adjusted-general-and-administrative-expenses-of-total-revenue/2025-9m`, '14 %', '14.27', 'Adjusted General and Administrative Expenses (% of total revenue) = Adjusted General and Administrative Expenses ÷ Total revenue × 100'],
  ])('%s: %s', (id, printed, computed, formula) => {
    const c = excerpt(ID).check(id);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe('rounding');
    expect(c.computed).toMatch(new RegExp(`^${computed.replace('.', '\\.')}`));
    expect(c.formula).toBe(formula);
  });

  test('none of the shares is a mismatch or unverifiable', () => {
    const shares = excerpt(ID).checks.filter((c) => c.id.startsWith(T));
    expect(shares).toHaveLength(24);
    expect(shares.filter((c) => c.verdict !== 'rounding' && c.verdict !== 'exact')).toEqual([]);
  });

  test.each([
    // [as printed, as altered, the check that accuses it]
    ['General and administrative expenses (% of total revenue)\t20 %\t20 %\t20 %', 'General and administrative expenses (% of total revenue)\t20 %\t20 %\t26 %', `${T}/general-and-administrative-expenses-of-total-revenue/2025-9m`],
    ['Adjusted General and Administrative Expenses\t5,106', 'Adjusted General and Administrative Expenses\t7,106', `${T}/adjusted-general-and-administrative-expenses-of-total-revenue/2025-q3`],
    ['Sales and marketing expenses\t15,282\t13,788', 'Sales and marketing expenses\t15,282\t18,788', `${T}/sales-and-marketing-expenses-of-total-revenue/2023-q3`],
  ])('%j altered to %j is a mismatch', (from, to, id) => {
    const c = excerpt(ID, [[from, to]]).check(id);
    expect(c.verdict).toBe('mismatch');
  });
});
