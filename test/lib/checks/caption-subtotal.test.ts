// A line no label calls a total that sums the lines under its caption (src/lib/checks/structure.ts `captionSubtotal`),
// on J&J's 1Q23 pharmaceutical sales by product (test/fixtures/import/text/jnj-2023-q1-regions-under-captions.txt, from
// unseen set s30): each product's caption over "US | Intl | WW", REMICADE's over "US | US Exports | Intl | WW", the
// "WW" line the world's sales, 2,448 + 1,664 = 4,112.
import { describe, expect, test } from 'vitest';
import { importedText } from './no-model.ts';

const FILE = 'jnj-2023-q1-regions-under-captions.txt';
const T = 'footing/reported-sales-vs-prior-period-mm';
const checks = (edits: [string, string][] = []) => importedText(FILE, '2023-q1', edits);

describe('the last line under a caption summing the lines above it: J&J\'s "WW" under each product', () => {
  test.each([
    ['immunology--ww/2023-q1', 'exact'],
    ['immunology--ww/2022-q1', 'rounding'],
    ['remicade--ww/2023-q1', 'exact'],
    ['stelara--ww/2022-q1', 'exact'],
    ['infectious-diseases--ww/2023-q1', 'rounding'],
  ])('as printed, %s holds (%s)', (id, verdict) => {
    const c = checks().get(`${T}/${id}`);
    expect(c?.verdict).toBe(verdict);
    expect(c?.explanation).toContain("though no label calls it a total");
  });

  test.each([
    // [case, edit, check]: a figure altered where the other column bears the reading out is a mismatch.
    ['a product\'s world sales altered', ['2,444        2,288', '2,454        2,288'], 'stelara--ww/2023-q1'],
    ['a region\'s sales altered', [' Intl                                                 993          909', ' Intl                                                 993          919'], 'stelara--ww/2022-q1'],
    ['the exports of REMICADE altered', ['41           80', '41           90'], 'remicade--ww/2022-q1'],
  ] as [string, [string, string], string][])('%s: mismatch', (_, edit, id) => {
    expect(checks([edit]).get(`${T}/${id}`)?.verdict).toBe('mismatch');
  });

  // A last line that is no sum of the lines above it in either column (another measure, a share) is not read as their
  // total: nothing is published, never a mismatch. Its own changes are altered with it (7.1% reported, 9.9%
  // operational), so the line is consistent in itself and only the footing could accuse it.
  test('a last line no column bears out as a sum: no footing, no accusation', () => {
    const c = checks([['2,444        2,288              6.8%            9.6%', '2,344        2,188              7.1%            9.9%']]);
    expect(c.has(`${T}/stelara--ww/2023-q1`)).toBe(false);
    expect(c.has(`${T}/stelara--ww/2022-q1`)).toBe(false);
    expect([...c.values()].some((x) => x.verdict === 'mismatch')).toBe(false);
  });
});
