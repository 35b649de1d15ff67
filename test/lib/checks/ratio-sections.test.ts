// A ratio a caption names, printed as its block's last line, is the sum of the ratios printed in the block above it
// (src/lib/checks/ratio-sections.ts): United Fire's 4Q24 highlights, "Combined ratio:" over "Net loss ratio" and
// "Underwriting expense ratio", then "Combined ratio". Its "Additional ratios:" block (points of catastrophes and
// reserve development among the ratios, amounts below them) names no ratio it closes: nothing is summed there.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ratios = (edits: [string, string][] = []) => excerpt('ufcs-2024-q4', edits).checks.filter((c) => c.id.endsWith('/ratios'));

describe('the combined ratio is the net loss ratio plus the underwriting expense ratio', () => {
  test.each([
    ['2024-q4', '94.4'],
    ['2023-q4', '99.2'],
    ['2024-fy', '99.2'],
    ['2023-fy', '109.3'],
  ])('%s: %s, exactly as printed', (column, computed) => {
    const c = ratios().find((x) => x.id.includes(`/${column}/`))!;
    expect(c.verdict).toBe('exact');
    expect(c.computed).toBe(computed);
    expect(c.restsOn).toContain("the caption 'Combined ratio' and its last line 'Combined ratio'");
  });

  test('only the block its caption and last line name is summed', () => {
    expect(ratios().map((c) => c.id.split('/')[2])).toEqual(Array(4).fill('combined-ratio--combined-ratio'));
  });

  test.each([
    // a planted error: [what, as printed, altered, the column that fails]
    ['the underwriting expense ratio for 2024, 35.9% printed 39.5%', 'Underwriting expense ratio\t37.1%\t34.4%\t35.9%', 'Underwriting expense ratio\t37.1%\t34.4%\t39.5%', '2024-fy'],
    ['the combined ratio of the quarter a year before, 99.2% printed 92.2%', 'Combined ratio\t94.4%\t99.2%', 'Combined ratio\t94.4%\t92.2%', '2023-q4'],
  ])('%s is a mismatch there, corroborated by the other columns', (_what, from, to, column) => {
    expect(ratios([[from, to]]).filter((c) => c.verdict === 'mismatch').map((c) => c.id.split('/')[3])).toEqual([column]);
  });

  test('a ratio that holds in no column holds a part the block does not print (a dividend ratio): unverifiable, never a mismatch', () => {
    const checks = ratios([['Combined ratio\t94.4%\t99.2%\t99.2%\t109.3%', 'Combined ratio\t94.7%\t99.5%\t99.5%\t109.6%']]);
    expect(checks.map((c) => c.verdict)).toEqual(Array(4).fill('unverifiable'));
  });
});

// With no caption: Palomar's 4Q24 loss detail (test/fixtures/checks/corpus/plmr-2024-q4), "Catastrophe loss ratio" and
// "Non-catastrophe loss ratio", then "Total loss ratio".
describe('a "Total … ratio" line under the ratios named alike', () => {
  const plmr = (edits: [string, string][] = []) => excerpt('plmr-2024-q4', edits).checks.filter((c) => c.id.endsWith('/ratios'));

  test.each([
    ['2024-q4', '25.7'],
    ['2023-q4', '19.1'],
    ['2024-fy', '26.4'],
    ['2023-fy', '21'],
  ])('%s: %s, exactly as printed', (column, computed) => {
    const c = plmr().find((x) => x.id === `footing/loss-detail/total-loss-ratio/${column}/ratios`)!;
    expect(c.verdict).toBe('exact');
    expect(c.computed).toBe(computed);
    expect(c.restsOn).toContain("'Total loss ratio' is the sum of the ratios printed right above it");
  });

  test("the quarter's non-catastrophe loss ratio, 20.1% printed 23.1%, is a mismatch there", () => {
    const checks = plmr([['Non-catastrophe loss ratio\t20.1%', 'Non-catastrophe loss ratio\t23.1%']]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual(['footing/loss-detail/total-loss-ratio/2024-q4/ratios']);
  });
});
