// A line broken down in the lines printed right under it (src/lib/checks/breakdowns.ts), on excerpts of the
// corpus: First Quantum's production and sales by mine under each metal's line; Martin Marietta's segments,
// where a total among the lines under a line ends the run (small figures add up there by chance).
import { describe, expect, test } from 'vitest';
import { excerpt, importedText } from './no-model.ts';

/** The lines of First Quantum's copper production, each to be printed without its Q4 2024 figure. */
const COPPER = ['Copper production (tonnes)1\t111,602', 'Cobre Panamá\t–\t–\t62,616', 'Kansanshi\t48,139', 'Sentinel\t56,560', 'Other Sites2\t6,903'];
const breakdowns = (id: string, edits: [string, string][] = []) => excerpt(id, edits).checks.filter((c) => c.id.endsWith('/breakdown'));

describe('a line broken down in the lines printed right under it', () => {
  test.each([
    // [excerpt, the lines read as broken down, checks (one a column each)]
    ['fm-2024-q4-operating', ['copper-production-tonnes', 'copper-sales-tonnes', 'gold-production-ounces', 'gold-sales-ounces'], 12],
  ])('%s: %j, as printed, tie', (id, lines, count) => {
    const checks = breakdowns(id);
    expect([...new Set(checks.map((c) => c.id.split('/')[2]))]).toEqual(lines);
    expect(checks.length).toBe(count);
    expect(checks.filter((c) => c.verdict !== 'exact')).toEqual([]);
    expect(checks[0].restsOn).toContain('add up to it exactly in every column: a breakdown printed under its line');
  });

  test('the lines summed are the run right under the line, up to the next line they do not sum to (Copper production over its four mines, not Copper sales)', () => {
    const c = excerpt('fm-2024-q4-operating').check('footing/operating-highlights/copper-production-tonnes/2024-q4.quarterly/breakdown');
    expect(c.formula).toBe('Copper production (tonnes) = Cobre Panamá + Kansanshi + Sentinel + Other Sites');
    expect(c.explanation).toContain('Cobre Panamá is printed as nil and counts as zero.');
  });

  test('a figure altered in one column is a mismatch there, borne out by the other two (Kansanshi\'s Q4 2024 copper, 48,139 printed 48,939)', () => {
    const checks = breakdowns('fm-2024-q4-operating', [['Kansanshi\t48,139', 'Kansanshi\t48,939']]);
    const mismatches = checks.filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => c.id)).toEqual(['footing/operating-highlights/copper-production-tonnes/2024-q4.quarterly/breakdown']);
    expect(mismatches[0].explanation).toContain('The same lines add up to it in Q3 2024 (quarterly) and Q4 2023 (quarterly), so this column is a mismatch.');
  });

  test('a total is no line of a breakdown: "Total reportable segments" and a corporate line twice Magnesia\'s add up to "Total Building Materials business" in both quarters by chance, and are not read (Martin Marietta)', () => {
    expect(breakdowns('mlm-2024-q4-highlights')).toEqual([]);
    // With Magnesia's 2024 earnings altered (90 printed 60), the chance sum would hold in three columns of four.
    expect(breakdowns('mlm-2024-q4-highlights', [['Magnesia Specialties\t16\t15\t90\t76', 'Magnesia Specialties\t16\t15\t60\t76']])).toEqual([]);
  });

  test('with two columns, one failing, the figures pick no lines: nothing is read, nothing accused (First Quantum\'s Q3 2024 and Q4 2023 only, Kansanshi\'s Q3 copper 49,810 printed 49,180)', () => {
    const two = breakdowns('fm-2024-q4-operating', [['\tQ4 2024\tQ3 2024\tQ4 2023', '\tQ3 2024\tQ4 2023'], ...COPPER.map((l): [string, string] => [l, l.replace(/^([^\t]+)\t[^\t]+/, '$1')])]);
    expect(two.filter((c) => c.id.includes('/copper-production-tonnes/')).map((c) => c.verdict)).toEqual(['exact', 'exact']);
    const planted = breakdowns('fm-2024-q4-operating', [['\tQ4 2024\tQ3 2024\tQ4 2023', '\tQ3 2024\tQ4 2023'], ...COPPER.map((l): [string, string] => [l, l.replace(/^([^\t]+)\t[^\t]+/, '$1')]), ['Kansanshi\t49,810', 'Kansanshi\t49,180']]);
    expect(planted.filter((c) => c.id.includes('/copper-production-tonnes/'))).toEqual([]);
  });
});

// Core Natural Resources' operational results by segment, 2Q26 (test/fixtures/import/text/cnr-2026-q2-segment-volumes.txt,
// pdftotext): "Tons Sold" over "Coking Coal" and "Thermal Byproduct", set in under it, the line after them set back out.
// The layout says they are its parts, so one exact sum in another column bears a failing column out; the figures alone
// (2.6 = 2.3 + 0.3 and 2.2 = 1.9 + 0.3 exact, 2.5 against 2.1 + 0.3 only within rounding) would need two.
describe('lines set in under a line, the line after them set back out, are its parts by their layout (Core Natural Resources, 2Q26)', () => {
  const tons = (edits: [string, string][] = []) =>
    [...importedText('cnr-2026-q2-segment-volumes.txt', '2026-q2', edits, '2026-08-06').values()]
      .filter((c) => c.id.includes('metallurgical-segment--tons-sold') && c.id.endsWith('/breakdown'))
      .map((c) => `${c.period} ${c.verdict}`);

  test.each([
    ['as printed', [], ['2026-q2 exact', '2026-q1 rounding', '2025-q2 exact']],
    ['coking coal in 2Q26, 2.3 printed 5.3', [['Coking Coal                                                       2.3', 'Coking Coal                                                       5.3']], ['2026-q2 mismatch', '2026-q1 rounding', '2025-q2 exact']],
    // Two columns failing leave one exact sum against two: nothing is read, nothing accused.
    ['coking coal in 2Q26 and 2Q25 altered', [['2.3                        2.1                       1.9', '5.3                        2.1                       4.9']], []],
  ] as [string, [string, string][], string[]][])('%s: %j', (_, edits, verdicts) => {
    expect(tons(edits)).toEqual(verdicts);
  });
});
