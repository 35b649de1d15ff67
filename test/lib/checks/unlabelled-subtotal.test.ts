// Lines no label calls a total, in a table nothing names, that sum the lines just above them
// (src/lib/checks/structure.ts, unlabelledSubtotal), on tables excerpted from real releases
// (test/fixtures/checks/readings/): read where the figures make it plain, a figure altered in one
// column then a mismatch there; small figures near a sum in some columns are no subtotal.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Check, ReleaseMeta } from '../../../src/lib/types.ts';
import { footingsOfText } from './no-model.ts';

const excerpt = (file: string) => `Results\n\n${readFileSync(`test/fixtures/checks/readings/${file}.txt`, 'utf8')}\n`;
type Meta = Partial<ReleaseMeta>;
const footings = (text: string, meta: Meta): Check[] => footingsOfText(text, { scale: 6, ...meta });
const row = (c: Check) => c.id.split('/')[2];
const FY: Meta = { fiscalPeriod: '2024-fy', fiscalYearEnd: '12-31' };
const Q4: Meta = { fiscalPeriod: '2024-q4', fiscalYearEnd: '12-31' };

// [what the table prints, excerpt, meta, [row, lines summed] of each line read as a subtotal]
const CASES: [string, string, Meta, [string, number][]][] = [
  ['three subtotals in a row, each over the lines since the last (Brookfield\'s distributable earnings)', 'bn-2024-fy-distributable-earnings', FY,
    [['operating-businesses', 5], ['distributable-earnings-before-realizations', 4], ['distributable-earnings', 3]]],
  ['a total over eight lines, none of the small lines above it a subtotal (Royalty Pharma\'s capital deployment)', 'rprx-2024-q4-capital-deployment', Q4,
    [['capital-deployment', 8]]],
];

describe('a line no label calls a total is read as the sum of the lines above it where the figures make it plain', () => {
  test.each(CASES)('%s', (_what, file, meta, subtotals) => {
    const checks = footings(excerpt(file), meta);
    expect(checks.map((c) => c.verdict).filter((v) => v !== 'exact' && v !== 'rounding')).toEqual([]);
    expect([...new Set(checks.map(row))]).toEqual(subtotals.map(([r]) => r));
    for (const [r, lines] of subtotals) {
      const mine = checks.filter((c) => row(c) === r);
      expect(mine).toHaveLength(4);
      expect(mine[0].explanation).toContain(`sums the ${lines} lines just above it, though no label calls it a total.`);
    }
  });

  test('a figure altered in one column is a mismatch there, corroborated by the other three (Brookfield\'s BIP, 79 printed 97)', () => {
    const checks = footings(excerpt('bn-2024-fy-distributable-earnings').replace('BIP\t84\t79\t', 'BIP\t84\t97\t'), FY);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => `${row(c)}/${c.id.split('/')[3]}`)).toEqual(['operating-businesses/2023-q4']);
  });
});
