// A total whose label names the line it starts from and the line it excludes (src/lib/checks/structure.ts,
// `excludesLine`): PNC's efficiency ratio excluding integration costs, 1Q22
// (test/fixtures/checks/corpus/pnc-2022-q1-efficiency, README there). Its expense block prints the excluded line as
// the adjustment, "Integration expense (15)", added; its revenue block prints it with its own sign, "Integration costs
// - contra revenue (16)", a negative revenue, so "Total revenue excluding integration costs - contra revenue" is
// 4,692 − (16) = 4,708. No reading tied, and a contra revenue misprinted was read by no check.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const PNC = 'pnc-2022-q1-efficiency';
const T = 'footing/efficiency-ratio-excluding-integration-costs';

describe('a total excluding the line printed after its start', () => {
  test.each([
    ['total-revenue-excluding-integration-costs-contra-revenue-non-gaap', '2022-q1', '4708'],
    ['total-revenue-excluding-integration-costs-contra-revenue-non-gaap', '2021-q4', '5174'],
    // The expense block, its excluded line printed as the adjustment, is read as printed.
    ['noninterest-expense-excluding-integration-expense-non-gaap', '2021-q4', '3400'],
  ])('%s, %s: %s', (row, period, computed) => {
    const c = excerpt(PNC).check(`${T}/${row}/${period}`);
    expect(c.verdict).toBe('exact');
    expect(c.computed).toBe(computed);
  });

  test('the revenue total says it takes the excluded line away, as its label says', () => {
    const c = excerpt(PNC).check(`${T}/total-revenue-excluding-integration-costs-contra-revenue-non-gaap/2022-q1`);
    expect(c.formula).toBe('Total revenue excluding integration costs - contra revenue (non-GAAP) = Total revenue − Integration costs - contra revenue');
    expect(c.explanation).toContain("as the total's label says it excludes it");
  });

  test('nothing is a mismatch as printed', () => {
    expect(excerpt(PNC).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test('the contra revenue misprinted, (47) as (17), is a mismatch', () => {
    alteredIsMismatch(PNC, 'Integration costs - contra revenue\t(16)\t(47)', 'Integration costs - contra revenue\t(16)\t(17)', `${T}/total-revenue-excluding-integration-costs-contra-revenue-non-gaap/2021-q4`);
  });
});
