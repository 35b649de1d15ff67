// A reading of a table's lines is published only where the release bears it out (issue 28), on excerpts of
// four wire copies measured unseen (../shared/unseen-wire-s5; test/fixtures/corpus-review/unseen/wire-s5.md):
//
// - Russel Metals' statement of earnings prints costs positive and two credits in parentheses in 2023 alone
//   ("Gain on sale of investment in joint venture (9.8)", "Earnings from joint venture (17.3)"): read as income
//   added, the earnings before interest failed in 2023 and "held" in the three columns printing "-" on both
//   lines, which say nothing of them. A column printing nothing on a line bears out nothing about it.
// - Freshworks' "Less:" over purchases printed in parentheses, then "Add:" over restructuring costs paid: the
//   parentheses carry the sign, and taking the purchases away again added them.
// - Alkermes' profitability table prints each measure's continuing and discontinued parts and their total:
//   "Non-GAAP Net Income (Loss) From Discontinued Operations" is no result reconciled from "GAAP Net Income".
// - Eutelsat's adjusted EBITDA prints "+ Depreciation and Amortisation" and "- Other operating income and
//   expenses": lines that open with their operator are adjustments, never the result.
//
// Each ties as printed; a figure altered by hand is still a mismatch.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const verdicts = (id: string, edits: [string, string][] = []) =>
  Object.fromEntries(excerpt(id, edits).checks.filter((c) => c.kind === 'footing').map((c) => [c.id, c.verdict]));
const mismatches = (id: string, edits: [string, string][] = []) =>
  Object.entries(verdicts(id, edits))
    .filter(([, v]) => v === 'mismatch')
    .map(([k]) => k)
    .sort();

describe('readings the columns bear out, as printed', () => {
  test.each(['rus-2024-q4-earnings', 'frsh-2024-q4-free-cash-flow', 'alks-2024-q4-profitability', 'etl-fy2025-h1-adjusted-ebitda'])('%s: no mismatch', (id) => {
    expect(mismatches(id)).toEqual([]);
  });

  test('Freshworks: adjusted free cash flow ties in every column, "Less:" lines taken as printed, "Add:" added', () => {
    const v = verdicts('frsh-2024-q4-free-cash-flow');
    const fcf = Object.entries(v).filter(([k]) => k.includes('/adjusted-free-cash-flow/'));
    expect(fcf.map(([, x]) => x)).toEqual(['exact', 'exact', 'exact', 'exact']);
  });

  test('Alkermes: each total of its parts ties; no part is reconciled from a total', () => {
    const v = verdicts('alks-2024-q4-profitability');
    expect(Object.entries(v).filter(([k]) => /\/ebitda\//.test(k)).map(([, x]) => x)).toEqual(['exact', 'exact', 'exact', 'exact']);
    expect(Object.entries(v).filter(([k]) => k.includes('discontinued')).every(([, x]) => x !== 'mismatch')).toBe(true);
  });

  test('Eutelsat: adjusted EBITDA is operating income plus the two lines that open with their operator', () => {
    const v = verdicts('etl-fy2025-h1-adjusted-ebitda');
    expect(v).toEqual({
      'footing/six-months-ended-december-31/adjusted-ebitda/2023-h2': 'exact',
      'footing/six-months-ended-december-31/adjusted-ebitda/2024-h2': 'exact',
    });
  });
});

// Robinhood's adjusted EBITDA (2Q26, unseen set s26): "Less:" over "Gain on deconsolidation of RVI (1) — (106)" and
// "Unrealized and realized gains in equity securities(2) — (23)", the caption's section running on over the result
// and its margin: 742 + 105 + 23 − 106 − 23 = 741, the parentheses the deduction's sign. It was accused (999).
describe('lines under "Less:" printed in parentheses, the caption running on past the result', () => {
  test('Robinhood: adjusted EBITDA ties in every column; a figure altered is a mismatch', () => {
    const ebitda = (edits: [string, string][] = []) => Object.entries(verdicts('hood-2026-q2-adjusted-ebitda', edits)).filter(([k]) => k.includes('/adjusted-ebitda-non-gaap/'));
    expect(ebitda().map(([, v]) => v)).toEqual(['exact', 'exact', 'exact', 'exact', 'exact']);
    expect(ebitda([['$549\t$741', '$549\t$751']]).filter(([, v]) => v === 'mismatch').map(([k]) => k)).toEqual(['footing/reconciliation-of-gaap-to-non-gaap-results/adjusted-ebitda-non-gaap/2026-q2']);
  });
});

describe('a figure altered by hand is still a mismatch', () => {
  test.each([
    // [excerpt, the line as printed, altered, the mismatches]
    [
      'rus-2024-q4-earnings',
      'Cost of materials	827.4	802.4	3,371.3	3,528.1',
      'Cost of materials	827.4	802.4	3,381.3	3,528.1',
      ['footing/statements-of-earnings/earnings-before-interest-and-provision-for-income-taxes/2024-fy'],
    ],
    [
      'frsh-2024-q4-free-cash-flow',
      'Adjusted free cash flow	$ 41,698',
      'Adjusted free cash flow	$ 41,898',
      ['footing/reconciliation-of-selected-gaap-measures-to/adjusted-free-cash-flow/2024-q4'],
    ],
    [
      'frsh-2024-q4-free-cash-flow',
      'Restructuring costs paid	7,314	—	7,314	—',
      'Restructuring costs paid	7,314	—	7,614	—',
      ['footing/reconciliation-of-selected-gaap-measures-to/adjusted-free-cash-flow/2024-fy'],
    ],
    ['alks-2024-q4-profitability', 'EBITDA	$ 171.1', 'EBITDA	$ 181.1', ['footing/profitability/ebitda/2024-q4']],
    ['etl-fy2025-h1-adjusted-ebitda', 'Adjusted EBITDA	<u>365.6</u>', 'Adjusted EBITDA	<u>366.6</u>', ['footing/six-months-ended-december-31/adjusted-ebitda/2023-h2']],
  ] as const)('%s: %s → %s', (id, from, to, ids) => {
    expect(mismatches(id, [[from, to]])).toEqual([...ids].sort());
  });
});
