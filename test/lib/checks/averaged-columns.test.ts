// A column of averages beside a column of amounts (src/lib/checks/averaged-columns.ts), read in the footings
// (src/lib/checks/footing.ts): unseen set s15, class A (test/fixtures/corpus-review/unseen/edgar-s15.md). Capstead's
// portfolio statistics print at each subtotal the average of the lines' "Net WAC", margins, caps and "Months To
// Roll", weighted by the amortized cost the first column adds up; Antero's pricing points print the blended premium
// per gallon, weighted by the barrels a day. Both were footed as sums (7 false mismatches). Per-unit lines that do
// add (Antero's realized price before derivatives plus the derivatives' settlement) stay sums.
import { describe, expect, test } from 'vitest';
import { namesAnAverage, weightedAverage } from '../../../src/lib/checks/averaged-columns.ts';
import type { Fact } from '../../../src/lib/types.ts';
import { excerpt } from './no-model.ts';

const CMO = 'cmo-2020-q1-portfolio-averages';
const AR = 'ar-2020-q1-blended-premium';
const CMO_FOOTING = (total: string, column: string) => `footing/residential-arm-securities-portfolio-statistics-as/${total}/2020-03-31.${column}`;
const AR_PREMIUM = 'footing/pricing-point/total-c3-nglsblended-premium/2020-q1.premium-discount-mont-belvieu-gal';
const CMO_COLUMNS = ['net-wac', 'fully-indexed-wac', 'average-net-margins', 'average-periodic-caps', 'average-lifetime-caps', 'months-roll'];

describe('namesAnAverage(header)', () => {
  test.each([
    ['Net WAC (b)', true],
    ['Average Net Margins (b)', true],
    ['Months To Roll (c)', true],
    ['Three months ended March 31, 2020 Premium (Discount) To Mont Belvieu ($/Gal)', true],
    ['Weighted average interest rate', true],
    ['Yield', true],
    // Amounts: their totals are sums.
    ['Amortized Cost Basis (a)', false],
    ['Three months ended March 31, 2020 Net C3+ NGL Production (Bbl/d)', false],
    ['Average Balance', false],
    ['Weighted average shares outstanding', false],
    // A figure per share is over the one count of the company's shares: it adds up in a reconciliation (Caterpillar's "Profit per Share").
    ['Profit per Share', false],
    ['Three Months Ended March 31, 2022', false],
  ])('%s → %s', (header, expected) => {
    expect(namesAnAverage(header)).toBe(expected);
  });
});

describe('weightedAverage(figures, weights)', () => {
  const fact = (value: string, decimals: number, unit = 'USD'): Fact => ({ value, decimals, unit, scale: 0, status: 'reported' }) as Fact;
  test.each([
    // [figures, weights, value, low, high]: each figure ± half its last digit, each weight too, toward the low or high end.
    [[['0.11', 2], ['-0.06', 2]], [['52730', 0], ['66310', 0]], '0.0153', '0.0103', '0.0203'],
    [[['6.4', 1], ['7.6', 1]], [['1', 0], ['3', 0]], '7.3', '7.1', '7.5'],
  ] as const)('%j weighted by %j → %s', (figures, weights, value, low, high) => {
    const c = weightedAverage(
      figures.map(([v, d]) => fact(v, d)),
      weights.map(([v, d]) => fact(v, d)),
    )!;
    expect(c.value!.toDecimalPlaces(4).toString()).toBe(value);
    expect(c.interval!.lo.toDecimalPlaces(4).toString()).toBe(low);
    expect(c.interval!.hi.toDecimalPlaces(4).toString()).toBe(high);
  });

  test.each([
    ['a negative weight', [['1', 0], ['2', 0]], [['-5', 0], ['10', 0]]],
    ['one weight only not zero', [['1', 0], ['2', 0]], [['0', 0], ['10', 0]]],
    ['one line', [['1', 0]], [['10', 0]]],
  ] as const)('none for %s', (_, figures, weights) => {
    expect(weightedAverage(figures.map(([v, d]) => fact(v, d)), weights.map(([v, d]) => fact(v, d)))).toBeNull();
  });
});

describe('footings of a column of averages are read as the weighted average', () => {
  test.each([
    ...['41-of-total', '59-of-total', 'subtotal'].flatMap((total) => CMO_COLUMNS.map((column) => [CMO, CMO_FOOTING(total, column)])),
    [AR, AR_PREMIUM],
  ])('%s: %s is within rounding as an average', (id, check) => {
    const c = excerpt(id).check(check);
    expect(c.verdict).toBe('rounding');
    expect(c.explanation).toContain('Read as an average');
  });

  test.each([
    // The amounts still foot as sums.
    [CMO, CMO_FOOTING('41-of-total', 'amortized-cost-basis'), 'exact'],
    [AR, 'footing/pricing-point/total-c3-nglsblended-premium/2020-q1.net-c3-ngl-production-bbl-d', 'exact'],
    // Prices per unit that add up (before derivatives + settled derivatives = after) are still sums, and checked.
    [AR, 'footing/average-realized-prices/average-realized-prices-after-settled-derivatives/oil-bbl', 'exact'],
    [AR, 'footing/average-realized-prices/average-realized-prices-after-settled-derivatives/natural-gas-mcf', 'rounding'],
  ])('%s: %s stays %s', (id, check, verdict) => {
    const c = excerpt(id).check(check);
    expect(c.verdict).toBe(verdict);
    expect(c.explanation).not.toContain('Read as an average');
  });

  test.each([
    // A subtotal printed wrong: no average (nor sum) of its lines gives it.
    [CMO, [['<u>6.7</u>', '<u>7.7</u>']], CMO_FOOTING('41-of-total', 'months-roll')],
    [CMO, [['<u>1.66</u>', '<u>1.76</u>']], CMO_FOOTING('41-of-total', 'average-net-margins')],
    // A line printed wrong: the average of the lines moves away from the subtotal.
    [CMO, [['3.53%', '3.93%']], CMO_FOOTING('41-of-total', 'net-wac')],
    [AR, [['<u>$ 0.01</u>', '<u>$ 0.07</u>']], AR_PREMIUM],
    [AR, [['$ 0.11', '$ 0.21']], AR_PREMIUM],
  ] as const)('%s printed %j: %s is a mismatch', (id, edits, check) => {
    expect(excerpt(id, edits.map(([a, b]) => [a, b])).check(check).verdict).toBe('mismatch');
  });
});
