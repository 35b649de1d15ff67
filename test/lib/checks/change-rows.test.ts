// Changes printed as rows under the two rows they compare (src/lib/checks/change-rows.ts). Watts Water's reconciliation
// of net sales to organic sales, 4Q24 (test/fixtures/checks/corpus/wts-2024-q4-organic, of set s28), by segment in its
// columns: "Net sales December 31, 2024 $ 398.0" over "Net sales December 31, 2023 387.0", then "Dollar change $ 11.0",
// "Net sales % increase (decrease) 2.8%", "Foreign exchange impact 0.2%", "Acquisition impact (5.9)%" and "Organic
// sales (decrease) increase (2.9)%" (2.8 + 0.2 − 5.9). Before, none of these 48 figures was read by any check.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'wts-2024-q4-organic';
const QUARTER = 'net-sales-december-31-2024';
const verdicts = (edits: [string, string][]) => Object.fromEntries(excerpt(ID, edits).checks.filter((c) => /^(change|growth)\//.test(c.id)).map((c) => [c.id, c.verdict]));

describe('changes printed as rows under the two rows they compare (Watts, 4Q24)', () => {
  test('as printed: every dollar change, percentage change and organic change of both blocks ties', () => {
    const v = verdicts([]);
    expect(Object.keys(v)).toHaveLength(24);
    expect(Object.values(v).every((x) => x === 'exact' || x === 'rounding')).toBe(true);
  });
  test.each([
    // [case, edit, check, verdict]: a figure altered beyond rounding is a mismatch, corroborated by the other columns.
    ['a dollar change altered', ['Dollar change\t$ 11.0\t', 'Dollar change\t$ 13.0\t'], `change/${QUARTER}/dollar-change/americas`, 'mismatch'],
    ['a percentage change altered', ['Net sales % increase (decrease)\t2.8%\t', 'Net sales % increase (decrease)\t3.8%\t'], `growth/${QUARTER}/net-sales-increase-decrease/americas`, 'mismatch'],
    ['an impact altered: the organic change no longer follows', ['Acquisition impact\t(5.9)%\t', 'Acquisition impact\t(6.9)%\t'], `change/${QUARTER}/organic-sales-decrease-increase/americas`, 'mismatch'],
    ['the organic change altered', ['Organic sales (decrease) increase\t(2.9)%\t', 'Organic sales (decrease) increase\t(1.9)%\t'], `change/${QUARTER}/organic-sales-decrease-increase/americas`, 'mismatch'],
    ['a net sales figure altered: its changes no longer follow', ['Net sales December 31, 2024\t$ 398.0\t', 'Net sales December 31, 2024\t$ 408.0\t'], `change/${QUARTER}/dollar-change/americas`, 'mismatch'],
  ] as [string, [string, string], string, string][])('%s', (_, edit, id, verdict) => {
    expect(verdicts([edit])[id]).toBe(verdict);
  });
  // Two rows that are not one line at two periods compare nothing: no change is read under them.
  test('rows of two line items: nothing read', () => {
    const v = verdicts([['Net sales December 31, 2023\t387.0', 'Cost of sales December 31, 2023\t387.0']]);
    expect(Object.keys(v).filter((k) => k.startsWith(`change/${QUARTER}/`) || k.startsWith(`growth/${QUARTER}/`))).toEqual([]);
  });
});
