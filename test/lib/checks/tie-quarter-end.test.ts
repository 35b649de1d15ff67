// A line printed under a bare day and, elsewhere, for the one span ending that day (src/lib/checks/tie.ts,
// `atQuarterEnd`): PNC's 2Q21 credit quality review heads its columns "At or for the quarter ended 6/30/2021", read as
// the quarter, and its consolidated financial highlights print the same allowances and ratios under "June 30 2021"
// (test/fixtures/checks/corpus/pnc-2021-q2-credit-quality, README there). The two were never compared, so an
// allowance misprinted in one of them was read by no check (a planted error missed on the corpus).
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const PNC = 'pnc-2021-q2-credit-quality';

describe('a balance at the quarter end tied to the quarter printed elsewhere', () => {
  test.each([
    ['allowance-for-unfunded-lending-related-commitments', '2021-q2', '$ 645'],
    ['allowance-for-unfunded-lending-related-commitments', '2020-q2', '$ 662'],
    ['allowance-for-loan-and-lease-losses', '2021-q1', '$ 4,714'],
    ['nonperforming-assets-to-total-assets', '2021-q2', '0.51%'],
    ['net-charge-offs-to-average-loans-annualized', '2020-q2', '0.35%'],
  ])('%s, %s: both print %s', (row, period, printed) => {
    const c = excerpt(PNC).check(`tie/${row}/${period}`);
    expect(c.verdict).toBe('exact');
    expect(c.reported.text).toBe(printed);
    const places = [c.reported.fact, ...c.inputs];
    expect(places.some((id) => id?.includes('/credit-quality-review/'))).toBe(true);
    expect(places.some((id) => id?.includes('.consolidated-financial-highlights'))).toBe(true);
  });

  test('nothing is a mismatch as printed', () => {
    expect(excerpt(PNC).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    ['the highlights\' allowance, $ 645 printed $ 445', 'Allowance for unfunded lending related commitments\t$ 645\t$ 507\t$ 662\n', 'Allowance for unfunded lending related commitments\t$ 445\t$ 507\t$ 662\n', 'tie/allowance-for-unfunded-lending-related-commitments/2021-q2'],
    ['the highlights\' ratio, 0.43% printed 0.23%', 'Nonperforming assets to total assets\t0.51%\t0.46%\t0.43%\n', 'Nonperforming assets to total assets\t0.51%\t0.46%\t0.23%\n', 'tie/nonperforming-assets-to-total-assets/2020-q2'],
  ])('%s is a mismatch, the other periods agreeing', (_, from, to, id) => {
    alteredIsMismatch(PNC, from, to, id);
  });
});
