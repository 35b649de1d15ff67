// Changes printed as rows under the two rows they compare (src/lib/checks/change-rows.ts). Watts Water's reconciliation
// of net sales to organic sales, 4Q24 (test/fixtures/checks/corpus/wts-2024-q4-organic, of set s28), by segment in its
// columns: "Net sales December 31, 2024 $ 398.0" over "Net sales December 31, 2023 387.0", then "Dollar change $ 11.0",
// "Net sales % increase (decrease) 2.8%", "Foreign exchange impact 0.2%", "Acquisition impact (5.9)%" and "Organic
// sales (decrease) increase (2.9)%" (2.8 + 0.2 − 5.9). Before, none of these 48 figures was read by any check.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { checksOfText, excerpt } from './no-model.ts';

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

// A percentage change under a line and the line it is compared against (`againstPrior`): Vornado's leasing activity,
// 4Q24 (test/fixtures/checks/readings/vno-2024-q4-leasing.txt), its columns segments of the quarter.
describe('a change under a line and its "Prior …" line (Vornado, 4Q24)', () => {
  const text = `Vornado Realty Trust Reports Fourth Quarter 2024\n\n${readFileSync('test/fixtures/checks/readings/vno-2024-q4-leasing.txt', 'utf8')}`;
  const META = { id: 'vno-2024-q4', fiscalPeriod: '2024-q4', fiscalYearEnd: '12-31', scale: 0 };
  const rows = (t: string) => checksOfText(t, META).filter((c) => c.id.startsWith('growth/')).map((c) => `${c.id.split('/').slice(2).join('/')} ${c.verdict}`);
  const SEGMENTS = ['new-york-office', 'new-york-retail', 'new-york-mart', '555-california-street'].map((s) => `2024-q4.${s}`);

  test('straight-line rent over the prior, initial rent over the prior escalated rent: 93.44 ÷ 75.42 − 1 = 23.9%', () => {
    expect(rows(text)).toEqual([
      ...SEGMENTS.map((s) => `percentage-increase/${s} rounding`),
      ...SEGMENTS.map((s) => `percentage-increase-decrease/${s} rounding`),
    ]);
  });

  test('a rent altered in one segment is a mismatch there', () => {
    const line = 'Prior escalated rent\t$ 80.82\t$ 234.14\t$ 57.55\t$ 127.86';
    expect(text).toContain(line);
    expect(rows(text.replace(line, line.replace('$ 57.55', '$ 67.55')))).toContain('percentage-increase-decrease/2024-q4.new-york-mart mismatch');
  });

  test('a line not named as the one before is no pair', () => {
    expect(rows(text.replace('Prior straight-line rent', 'Market straight-line rent'))).toEqual(SEGMENTS.map((s) => `percentage-increase-decrease/${s} rounding`));
  });
});
