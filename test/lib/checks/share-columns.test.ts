// Share columns ("% of Revenues" beside each period's amounts) rounded so that the column adds up,
// and a table whose title makes its quarter columns trailing four quarters: both read on an
// excerpt of Oracle's Q4 fiscal 2014 release (../shared/corpus-extra/orcl-fy2014-q4.htm), with no
// company model. Before, 8 of its shares were mismatches (42% printed for 4,695 of 11,320, 41.5%, so
// that the software lines add up to the 79% printed for their subtotal) and 4 ties summed trailing
// four-quarter figures as quarters.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const T = 'definition/q4-fiscal-2014-financial-results-statements';

describe('a share column rounded to add up (Oracle, Q4 FY2014)', () => {
  test.each([
    ['new-software-licenses/2013-q4.percent-of-revenues', '35'],
    ['revenues--software-license-updates-and-product-support/2014-q4.percent-of-revenues', '42'],
    ['provision-for-income-taxes/2014-q4.percent-of-revenues', '9'],
    ['non-operating-expense-income-net/2014-q4.percent-of-revenues', '0'],
  ])('%s (printed %s per cent): within one point of the exact share, read as rounded to foot', (id, printed) => {
    const c = excerpt('orcl-fy2014-q4').check(`${T}/${id}`);
    expect(c.reported.value).toBe(printed);
    expect(c.verdict).toBe('rounding');
    expect(c.explanation).toContain('rounded so that the column adds up');
  });

  test('a share altered beyond a point is still a mismatch: 4,695 of 11,320 printed as 52%', () => {
    const c = excerpt('orcl-fy2014-q4', [['4,695\t42%', '4,695\t52%']]).check(`${T}/revenues--software-license-updates-and-product-support/2014-q4.percent-of-revenues`);
    expect(c.verdict).toBe('mismatch');
  });
});

describe('a title that makes its columns trailing four quarters (Oracle, "FREE CASH FLOW—TRAILING 4-QUARTERS")', () => {
  test('each quarter column is the twelve months ending with the quarter: Q4 is the fiscal year, Q3 the twelve months to February', () => {
    const { release, checks } = excerpt('orcl-fy2014-q4');
    const fact = (period: string) => release.facts.find((f) => f.row === 'gaap-operating-cash-flow' && f.period === period);
    expect(fact('2014-fy')?.value).toBe('14921');
    expect(fact('2014-12m-to-02')?.value).toBe('15029');
    expect(release.facts.some((f) => f.row === 'gaap-operating-cash-flow' && /^2014-q[1-4]$/.test(f.period ?? ''))).toBe(false);
    expect(checks.filter((c) => c.id.includes('sum-of-quarters'))).toEqual([]);
  });
});

// Surmodics' revenue by segment (excerpt srdx-fy2020-q2-segments, from ../shared/unseen-edgar-s13): a "% of Total"
// column beside each period's amounts, its total line printing no share. The header names the table's one total line.
describe('a column headed "% of Total" is of the table\'s total line (Surmodics, Q2 FY2020)', () => {
  const shares = (edits: [string, string][] = []) => excerpt('srdx-fy2020-q2-segments', edits).checks.filter((c) => c.id.startsWith('definition/') && c.id.endsWith('.percent-of-total'));

  test('each segment\'s share is its revenue over "Total revenue", in both tables and both years', () => {
    const checks = shares();
    expect(checks.length).toBe(8);
    expect(checks.filter((c) => c.verdict !== 'exact' && c.verdict !== 'rounding')).toEqual([]);
    const device = checks.find((c) => c.id === 'definition/supplemental-segment-information/medical-device/2020-q2.percent-of-total')!;
    expect(device.title).toContain('Medical Device');
    expect(device.computed?.startsWith('71.43')).toBe(true);
  });

  test('a share altered beyond rounding is a mismatch: In Vitro Diagnostics in 2019, 23.7% printed 28.7%', () => {
    const checks = shares([['5,375\t23.7%', '5,375\t28.7%']]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual(['definition/supplemental-segment-information/in-vitro-diagnostics/2019-q2.percent-of-total']);
  });
});

// A "% of Total" column whose total prints no share, its lines' shares adding up to exactly 100.0: rounded so that they
// do (KEMET's net sales by region, fiscal 2018, a TAT-QA table: EMEA 277,898 of 1,200,181 is 23.15%, printed 23.1%,
// so that 40.0 + 23.1 + 21.6 + 15.3 = 100.0). Read as rounding, never a mismatch; a share altered beyond a unit still is.
describe('shares rounded to add up to 100 where the whole prints none (KEMET, fiscal 2018)', () => {
  const id = 'definition/net-sales-by-region/emea/2018-fy.percent-of-total';
  test('EMEA 23.1%: a unit under its own share, read as rounded so that the column adds up', () => {
    const c = excerpt('kem-fy2018-net-sales').check(id);
    expect(c.verdict).toBe('rounding');
    expect(c.explanation).toContain('rounded so that the column adds up');
  });

  test('a share altered beyond a unit is still a mismatch: 23.1% printed 25.1%', () => {
    const c = excerpt('kem-fy2018-net-sales', [['277,898\t23.1%', '277,898\t25.1%']]).check(id);
    expect(c.verdict).toBe('mismatch');
  });
});

// "% Net Revenues" beside each quarter's amounts, no "of" (Hasbro's statements of operations, 1Q20, unseen set s15):
// each line a share of "Net Revenues" in its quarter.
describe('a share column headed "% Net Revenues" (Hasbro, 1Q20)', () => {
  const H = 'definition/statements-of-operations';
  test.each([
    ['cost-of-sales/2020-q1.percent-of-net-revenues', '23.8'],
    ['royalties/2019-q1.percent-of-net-revenues', '8.2'],
    ['income-tax-benefit-expense/2020-q1.percent-of-net-revenues', '-0.4'],
  ])('%s (printed %s) is its line over net revenues', (id, printed) => {
    const c = excerpt('has-2020-q1-operations').check(`${H}/${id}`);
    expect(c.reported.value).toBe(printed);
    expect(['exact', 'rounding']).toContain(c.verdict);
  });

  test('a share altered, royalties 10.2% printed 12.2%, is a mismatch, corroborated by the column', () => {
    const checks = excerpt('has-2020-q1-operations', [['112,822\t10.2%', '112,822\t12.2%']]).checks.filter((c) => c.verdict === 'mismatch');
    expect(checks.map((c) => c.id)).toEqual([`${H}/royalties/2020-q1.percent-of-net-revenues`]);
  });
});
