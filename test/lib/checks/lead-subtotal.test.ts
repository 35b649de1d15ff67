// A subtotal no label calls one, at the head of the lines a total sums: Precision Drilling's 4Q24 statement of cash
// flows (../shared/corpus-extra/pd-2024-q4.md) prints "Cash provided by operations" over "Funds provided by
// operations" and "Changes in non-cash working capital balances", and "Funds provided by operations" over "Net
// earnings" (under "Operations:") and the 15 lines under "Adjustments for:". The 16 lines and the net change in cash
// were read by no evaluated check before (57 figures). Excerpt of the imported release
// (test/fixtures/checks/corpus/README.md), with no company model.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const ID = 'pd-2024-q4-cash';
const CF = 'footing/statements-of-cash-flows';

describe('Funds provided by operations is the sum of net earnings and its adjustments', () => {
  test.each([
    // [check, printed, verdict, formula's start]
    [`${CF}/funds-provided-by-operations/2024-q4`, '120,535', 'exact', 'Funds provided by operations = Net earnings + Long-term compensation plans + Depreciation and amortization'],
    [`${CF}/funds-provided-by-operations/2023-fy`, '533,409', 'exact', 'Funds provided by operations = Net earnings + Long-term compensation plans'],
    [`${CF}/cash-provided-by-operations/2024-fy`, '482,083', 'exact', 'Cash provided by operations = Funds provided by operations + Adjustments for — Changes in non-cash working capital balances'],
    // Cash provided by operations now stands for every line of the section: the net change sums the three sections.
    [`${CF}/increase-in-cash/2024-q4`, '49,467', 'exact', 'Increase in cash = Cash provided by operations + Cash used in investing activities + Cash used in financing activities + Effect of exchange rate changes on cash'],
  ])('%s: %s is %s', (id, printed, verdict, formula) => {
    const c = excerpt(ID).check(id);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe(verdict);
    expect(c.formula.startsWith(formula)).toBe(true);
  });

  test('no figure is a mismatch as printed', () => {
    expect(excerpt(ID).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // [as printed, as altered, the check that accuses it]
    ['Depreciation and amortization\t82,210', 'Depreciation and amortization\t82,910', `${CF}/funds-provided-by-operations/2024-q4`],
    ['Net earnings\t$ 14,930\t$ 146,722\t$ 111,330', 'Net earnings\t$ 14,930\t$ 146,722\t$ 117,330', `${CF}/funds-provided-by-operations/2024-fy`],
    ['Interest paid\t(2,806)\t(3,335)\t(72,241)\t(83,037)', 'Interest paid\t(2,806)\t(3,335)\t(72,241)\t(83,087)', `${CF}/funds-provided-by-operations/2023-fy`],
    ['Funds provided by operations\t120,535\t145,189', 'Funds provided by operations\t120,535\t145,789', `${CF}/funds-provided-by-operations/2023-q4`],
  ])('%j altered to %j is a mismatch', (from, to, check) => {
    alteredIsMismatch(ID, from, to, check);
  });

  test('the first line of the run is no subtotal where the lines above it do not sum to it: "Net earnings" left out, nothing is read over them', () => {
    // Without "Net earnings" the adjustments alone sum to no line: the statement is read as before, nothing accused.
    const c = excerpt(ID, [['Net earnings\t$ 14,930\t$ 146,722\t$ 111,330\t$ 289,244', 'Net earnings\t—\t—\t—\t—']]);
    expect(c.checks.filter((x) => x.id.startsWith(`${CF}/funds-provided-by-operations/`))).toEqual([]);
    expect(c.checks.filter((x) => x.verdict === 'mismatch').map((x) => x.id)).toEqual([]);
  });
});
