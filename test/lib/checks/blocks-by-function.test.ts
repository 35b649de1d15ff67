// A reconciliation that closes with its adjustments broken down by function, in blocks each closed by an unlabelled
// total: Kornit Digital's 4Q24 reconciliation of GAAP to non-GAAP statements of operations (../shared/corpus/
// krnt-2024-q4.md) prints, under "Weighted average number of shares" and its two counts, share-based compensation by
// function ("Cost of product revenues $ 524", four bare lines, "$ 5,084"), then intangible amortization (3 lines,
// "$ 424") and restructuring (5 lines, "$ 1,172"). Before, the four bare lines were read as share counts (their
// section's words) and the blocks as adjustments of one another (the second and third totals summing the total before
// them too): no reading tied, 46 figures read by no evaluated check. Excerpt of the imported release
// (test/fixtures/checks/corpus/README.md), with no company model.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const ID = 'krnt-2024-q4-by-function';
const R = 'reconciliation-of-gaap-to-non-gaap-statements';
const SBC = `footing/${R}/weighted-average-number-of-shares--subtotal`;
const AMORTIZATION = `footing/${R}/subtotal`;
const RESTRUCTURING = `footing/${R}/subtotal-2`;

describe('the bare lines between two lines printing "$" are amounts, whatever their section says', () => {
  test.each([
    // [row, unit, scale]
    ['weighted-average-number-of-shares--cost-of-product-revenues', 'USD', 3],
    ['weighted-average-number-of-shares--cost-of-service-revenues', 'USD', 3],
    ['weighted-average-number-of-shares--general-and-administrative', 'USD', 3],
    ['weighted-average-number-of-shares--subtotal', 'USD', 3],
    // The counts of the section stay counts: their labels say so.
    ['shares-used-in-computing-gaap-diluted-net-income-loss-per-share', 'shares', 0],
  ] as const)('%s is %s at scale %i', (row, unit, scale) => {
    const facts = excerpt(ID).release.facts.filter((f) => f.table === R && f.row === row);
    expect(facts.length).toBe(4);
    for (const f of facts) expect(f).toMatchObject({ unit, scale });
  });
});

describe('each unlabelled total sums the lines since the total before it', () => {
  test.each([
    // [check, printed, formula]
    [`${SBC}/2024-q4`, '$ 5,084', 'Weighted average number of shares — subtotal = Weighted average number of shares — Cost of product revenues + Weighted average number of shares — Cost of service revenues + Weighted average number of shares — Research and development + Weighted average number of shares — Sales and marketing + Weighted average number of shares — General and administrative'],
    [`${AMORTIZATION}/2023-fy`, '$ 2,243', 'Subtotal = Cost of product revenues + Cost of service revenues + Sales and marketing'],
    [`${RESTRUCTURING}/2023-q4`, '$ 19,080', 'Subtotal = Cost of product revenues + Cost of service revenues + Research and development + Sales and marketing + General and administrative'],
  ])('%s: %s is exact', (id, printed, formula) => {
    const c = excerpt(ID).check(id);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe('exact');
    expect(c.formula).toBe(formula);
  });

  test('no figure is a mismatch as printed', () => {
    expect(excerpt(ID).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // [as printed, as altered, the check that accuses it]
    ['  Cost of service revenues\t409\t447\t1,703\t1,758', '  Cost of service revenues\t409\t447\t1,783\t1,758', `${SBC}/2024-fy`],
    ['\t$ 424\t$ 513\t$ 1,926\t$ 2,243', '\t$ 434\t$ 513\t$ 1,926\t$ 2,243', `${AMORTIZATION}/2024-q4`],
    ['  Cost of service revenues\t249\t5,932\t298\t5,932', '  Cost of service revenues\t249\t5,832\t298\t5,932', `${RESTRUCTURING}/2023-q4`],
  ])('%j altered to %j is a mismatch', (from, to, check) => {
    alteredIsMismatch(ID, from, to, check);
  });
});
