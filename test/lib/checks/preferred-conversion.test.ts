// Earnings per share in a period within which a convertible preferred stock was converted (src/lib/checks/
// preferred-conversion.ts): the two-class method up to the conversion and the conversion's own difference make a
// numerator the release does not print, so net income ÷ shares is no definition there, above or below.
// Tigo Energy's 4Q24 statement of income (test/fixtures/checks/corpus/tygo-2024-q4-operations, of set s28) prints
// "Cumulative dividends on convertible preferred stock — — — (3,399)" (4Q24, 4Q23, FY24, FY23) and basic loss per share
// of (0.08) for 2023 on (4,383) ÷ 38,048,516 = (0.115); its 10-K says 2023's figure follows the two-class method and
// the preferred's conversion at the May 2023 merger. It was a false mismatch (s28.md).
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'tygo-2024-q4-operations';
const DIVIDENDS = 'Cumulative dividends on convertible preferred stock\t—\t—\t—\t(3,399)';
const BASIC = 'Basic\t$ (0.44)\t$ (0.25)\t$ (1.04)\t$ (0.08)';
const verdicts = (edits: [string, string][]) =>
  Object.fromEntries(excerpt(ID, edits).checks.filter((c) => /^definition\/eps-basic\//.test(c.id)).map((c) => [c.id, c]));

describe('a convertible preferred converted within the period (Tigo Energy, 2023)', () => {
  test.each([
    // [case, edits, check, verdict]
    ['as printed: 2023, the year of the conversion, is not judged', [], 'definition/eps-basic/2023-fy', 'unverifiable'],
    // The other periods are judged as before: an error there is caught.
    ['as printed: 2024, after it, is judged', [], 'definition/eps-basic/2024-fy', 'rounding'],
    ['2024 altered: still an error', [[BASIC, BASIC.replace('(1.04)', '(1.24)')]], 'definition/eps-basic/2024-fy', 'mismatch'],
    // Dividends taken in 4Q23 as well: nothing shows the preferred converted within 2023, and its figure is judged.
    ['the preferred still taking in 4Q23: judged', [[DIVIDENDS, DIVIDENDS.replace('—\t—\t—', '—\t(850)\t—')]], 'definition/eps-basic/2023-fy', 'mismatch'],
    // A preferred that is not convertible: its dividends are what the line attributable to common takes.
    ['a preferred that is not convertible: judged', [[DIVIDENDS, DIVIDENDS.replace('convertible preferred', 'preferred')]], 'definition/eps-basic/2023-fy', 'mismatch'],
  ] as [string, [string, string][], string, string][])('%s', (_, edits, id, verdict) => {
    const c = verdicts(edits)[id];
    expect(c?.verdict).toBe(verdict);
    if (verdict === 'unverifiable') expect(c.explanation).toContain('converted or redeemed within the period');
  });
});
