// A reconciliation whose adjustments print a subtotal of their own, and a count of shares named for the measure it
// divides: Vornado Realty Trust's 4Q24 reconciliation of net income attributable to common shareholders to FFO
// (../shared/corpus-extra/vno-2024-q4.md) prints "FFO adjustments, net" under the six lines of "FFO adjustments:",
// then two more adjustments down to "FFO attributable to common shareholders plus assumed conversions"; under it "Per
// diluted share" over "Denominator for FFO per diluted share". Before, the six lines were counted twice (no reading
// tied, 40 figures read by no evaluated check), the denominator was read as money per share (its label says "per
// diluted share"), and, once read as shares, it must not divide net income: 1,203 ÷ 201,210 shares of FFO is no
// earnings per share (the release's is over 200,084). Excerpt of the imported release
// (test/fixtures/checks/corpus/README.md), with no company model.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const ID = 'vno-2024-q4-ffo';
const R = 'non-gaap-reconciliations';
const FFO = `footing/${R}/ffo-attributable-to-common-shareholders-plus-assumed-conversions`;
const NET = `footing/${R}/ffo-adjustments-net`;
const PER = `definition/${R}/our-share-of-partially-owned-entities--per-diluted-share`;

describe('a reconciliation reads the subtotal among its adjustments as standing for its lines', () => {
  test.each([
    // [check, printed, verdict, formula's start]
    [`${FFO}/2024-q4`, '$ 117,085', 'exact', 'FFO attributable to common shareholders plus assumed conversions = Net income (loss) attributable to common shareholders + FFO adjustments, net + Impact of assumed conversion'],
    [`${FFO}/2023-fy`, '$ 503,792', 'exact', 'FFO attributable to common shareholders plus assumed conversions = Net income (loss) attributable to common shareholders + FFO adjustments, net +'],
    [`${NET}/2023-q4`, '197,937', 'exact', 'FFO adjustments, net = FFO adjustments — Depreciation and amortization of real property +'],
    [`${PER}/2024-q4`, '$ 0.58', 'rounding', 'Our share of partially owned entities — Per diluted share = FFO attributable to common shareholders plus assumed conversions ÷ Denominator for FFO per diluted share'],
    [`${PER}/2024-fy`, '$ 2.37', 'rounding', 'Our share of partially owned entities — Per diluted share = FFO attributable to common shareholders plus assumed conversions ÷ Denominator for FFO per diluted share'],
  ])('%s: %s is %s', (id, printed, verdict, formula) => {
    const c = excerpt(ID).check(id);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe(verdict);
    expect(c.formula.startsWith(formula)).toBe(true);
  });

  test('no figure is a mismatch as printed', () => {
    expect(excerpt(ID).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test('the count named for FFO divides FFO alone: net income per diluted share is not read over it', () => {
    const { checks } = excerpt(ID);
    expect(checks.filter((c) => c.id.startsWith(`definition/${R}/per-diluted-share/`)).map((c) => c.id)).toEqual([]);
    // FFO per diluted share in the operating results still divides the count named for FFO, not the diluted weighted average.
    expect(excerpt(ID).check('definition/operating-results/income-loss-per-common-share--per-diluted-share-non-gaap/2024-q4').inputs.some((i) => i.includes('weighted-average-shares-used-in-determining-ffo'))).toBe(true);
  });

  test.each([
    // [as printed, as altered, the check that accuses it]
    ['Depreciation and amortization of real property\t$ 101,824', 'Depreciation and amortization of real property\t$ 101,924', `${NET}/2024-q4`],
    ['Impact of assumed conversion of dilutive convertible securities\t358', 'Impact of assumed conversion of dilutive convertible securities\t858', `${FFO}/2024-q4`],
    ['FFO adjustments, net\t125,307\t197,937\t500,016', 'FFO adjustments, net\t125,307\t197,937\t500,916', `${NET}/2024-fy`],
    ["Noncontrolling interests' share of above adjustments on a dilutive basis\t(9,783)\t(16,207)", "Noncontrolling interests' share of above adjustments on a dilutive basis\t(9,783)\t(16,907)", `${FFO}/2023-q4`],
  ])('%j altered to %j is a mismatch', (from, to, check) => {
    alteredIsMismatch(ID, from, to, check);
  });

  test('the denominator altered is no accusation: diluted figures beside convertible securities may add back what conversion saves', () => {
    const c = excerpt(ID, [['Denominator for FFO per diluted share\t201,210\t195,291', 'Denominator for FFO per diluted share\t201,210\t185,291']]).check(`${PER}/2023-q4`);
    expect(c.verdict).toBe('unverifiable');
  });
});
