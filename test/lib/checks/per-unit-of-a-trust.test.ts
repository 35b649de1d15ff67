// A trust's units counted as its shares where a basis names them: Killam Apartment REIT's 4Q24 reconciliation of FFO
// to AFFO prints "AFFO per unit -- diluted" under "AFFO" and over "Weighted average number of units -- diluted
// (000s)"; its reconciliation of net income to FFO prints a "Non-controlling interest" line, which allocates net
// income, not AFFO as printed. Excerpt of the imported release (test/fixtures/checks/corpus/README.md), with no
// company model.
import { describe, expect, test } from 'vitest';
import { unitOfText } from '../../../src/lib/ingest/units.ts';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const ID = 'kmp-2024-q4-affo-per-unit';
const row = 'definition/reconciliation-of-ffo-to-affo/affo-per-unit-diluted';

describe("a trust's units: counted as shares where a basis or a weighted average names them", () => {
  test.each([
    ['Weighted average number of units -- diluted (000s)', 'shares'],
    ['Weighted average number of units outstanding ("WA units")', 'shares'],
    ['AFFO per unit -- diluted', 'per-share'],
    ['FFO per unit (diluted)', 'per-share'],
    ['FFO per WA units', 'per-share'],
    // A product's units have no basis: MasterCraft's boats, a price per unit, a trust's units as equity.
    ['Net sales per unit', null],
    ['Distribution declared per unit', null],
    ['Fair value adjustment on unit-based compensation', null],
    // Acadia Realty 4Q24: an operating partnership's units beside the company's shares.
    ['Weighted-average OP Units outstanding', null],
  ] as const)('%s → %s', (label, kind) => {
    expect(unitOfText(label, 'CAD').kind).toBe(kind);
  });
});

describe('AFFO per unit: AFFO over the diluted units of its table', () => {
  test.each([
    // [column, printed, verdict, computed]
    ['2024-q4', '$0.25', 'rounding', '0.2474'],
    ['2023-q4', '$0.23', 'rounding', '0.2338'],
    ['2024-fy', '$0.99', 'rounding', '0.9886'],
    ['2023-fy', '$0.97', 'rounding', '0.9683'],
  ])('%s: %s is %s', (column, printed, verdict, computed) => {
    const c = excerpt(ID).check(`${row}/${column}`);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe(verdict);
    expect(c.computed).toMatch(new RegExp(`^${computed.replace('.', '\\.')}`));
  });

  test('no figure is a mismatch as printed', () => {
    expect(excerpt(ID).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // [as printed, as altered, the column accused] (the planted errors of the corpus measure, seed 1)
    ['AFFO per unit -- diluted\t$0.25', 'AFFO per unit -- diluted\t$8.25', '2024-q4'],
    ['$0.99\t$0.97', '$0.99\t$5.97', '2023-fy'],
    ['AFFO\t$30,579\t$28,583\t$121,728', 'AFFO\t$30,579\t$28,583\t$101,728', '2024-fy'],
  ])('%j altered to %j is a mismatch', (from, to, column) => {
    alteredIsMismatch(ID, from, to, `${row}/${column}`);
  });
});
