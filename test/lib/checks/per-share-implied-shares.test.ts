// Figures per share in a table that prints no count of shares, checked against one another: two figures per share
// naming no basis, each dividing a line of the table, divide one count of shares. Brookfield Asset Management's
// FY2024 summary ("Fee-related earnings per share" under "Fee-Related Earnings", "Distributable earnings per share"
// under "Distributable Earnings") and Brookfield Corporation's ("– Per Brookfield share" under "Distributable earnings
// before realizations" and under "Distributable earnings"); neither release prints its shares. Excerpts of the
// imported releases (test/fixtures/checks/corpus/README.md), with no company model.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const BAM = { id: 'bam-2024-fy-per-share', row: 'definition/brookfield-asset-management-1/distributable-earnings-per-share' };
const BN = { id: 'bn-2024-fy-per-share', row: 'definition/unauditedfor-the-periods-ended-december-31/per-brookfield-share-2' };

describe('a figure per share against another of its column, over the same shares', () => {
  test.each([
    // [release, column, printed, verdict, computed]
    [BAM, '2024-q4', '0.40', 'rounding', '0.4026'],
    [BAM, '2023-q4', '0.36', 'rounding', '0.3630'],
    [BAM, '2024-fy', '1.45', 'rounding', '1.4528'],
    [BAM, '2023-fy', '1.37', 'rounding', '1.3718'],
    [BN, '2024-q4', '1.01', 'rounding', '1.0077'],
    [BN, '2023-q4', '0.83', 'rounding', '0.8247'],
    [BN, '2024-fy', '3.96', 'rounding', '3.9542'],
    [BN, '2023-fy', '3.03', 'rounding', '3.0272'],
  ])('%j %s: %s is %s', ({ id, row }, column, printed, verdict, computed) => {
    const c = excerpt(id).check(`${row}/${column}`);
    expect(c.reported.text).toContain(printed);
    expect(c.verdict).toBe(verdict);
    expect(c.computed).toMatch(new RegExp(`^${computed.replace('.', '\\.')}`));
  });

  test.each([BAM, BN])('%j: no figure is a mismatch as printed', ({ id }) => {
    expect(excerpt(id).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // [release, as printed, as altered, the column accused] (the planted errors of the corpus measure, seed 1)
    [BAM, 'Distributable earnings per share\t$ 0.40\t$ 0.36\t$ 1.45\t$ 1.37', 'Distributable earnings per share\t$ 0.40\t$ 0.36\t$ 1.45\t$ 1.17', '2023-fy'],
    [BAM, 'Distributable earnings per share\t$ 0.40\t$ 0.36\t$ 1.45\t$ 1.37', 'Distributable earnings per share\t$ 0.40\t$ 0.36\t$ 9.45\t$ 1.37', '2024-fy'],
    [BAM, 'Fee-related earnings per share\t$ 0.42\t$ 0.36', 'Fee-related earnings per share\t$ 0.42\t$ 1.36', '2023-q4'],
    [BAM, 'Distributable Earnings2\t$ 649\t$ 586', 'Distributable Earnings2\t$ 649\t$ 486', '2023-q4'],
    [BN, '– Per Brookfield share2,3\t1.01\t0.83\t3.96\t3.03', '– Per Brookfield share2,3\t1.01\t0.83\t4.96\t3.03', '2024-fy'],
    [BN, '– Per Brookfield share2,3\t0.94\t0.76', '– Per Brookfield share2,3\t0.94\t0.96', '2023-q4'],
  ])('%j: %j altered to %j is a mismatch', ({ id, row }, from, to, column) => {
    alteredIsMismatch(id, from, to, `${row}/${column}`);
  });

  test('figures that differ in two columns divide other shares: unverifiable, not a mismatch', () => {
    const { checks } = excerpt(BAM.id, [['Distributable earnings per share\t$ 0.40\t$ 0.36\t$ 1.45\t$ 1.37', 'Distributable earnings per share\t$ 0.40\t$ 0.36\t$ 1.55\t$ 1.47']]);
    const row = checks.filter((c) => c.id.startsWith(`${BAM.row}/`));
    expect(row.map((c) => c.verdict)).toEqual(['rounding', 'rounding', 'unverifiable', 'unverifiable']);
  });

  test('a figure per share naming its basis is left to the shares of that basis', () => {
    const { checks } = excerpt(BAM.id, [['Distributable earnings per share\t', 'Distributable earnings per diluted share\t']]);
    expect(checks.filter((c) => c.id.startsWith('definition/brookfield-asset-management-1/'))).toEqual([]);
  });
});
