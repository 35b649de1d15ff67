// Columns of two units side by side, and a column of percentages beside them (src/lib/checks/footing.ts `unitGroups`):
// Vornado's "Active Development/Redevelopment Summary" (4Q24, corpus-extra vno-2024-q4.md; excerpt
// test/fixtures/checks/readings/vno-2024-q4-active-developments.txt) prints each project's square feet, then its
// budget, cash expended and remaining expenditures in thousands of dollars, and a yield in percent. Once its square feet
// were read as counts (not $1.8 billion), the yield kept the table whole: each project's line took the unit of its first
// figure, square feet, its district's total (no square feet) dollars, and no total was footed.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { footingsOfText } from './no-model.ts';

const text = readFileSync('test/fixtures/checks/readings/vno-2024-q4-active-developments.txt', 'utf8');
const T = 'footing/active-developmentredevelopment-summary';

describe('each unit\'s columns footed on their own, a column of percentages in neither (Vornado 4Q24)', () => {
  const footings = footingsOfText(text);
  test.each<[string, string, string]>([
    // total, column, printed: 750,000 + 100,000; 768,370 + 52,093
    ['total-penn-district', '2024-12-31.vornados-share-budget', '850000'],
    ['total-penn-district', '2024-12-31.remaining-expenditures', '81630'],
    ['total-active-development-projects', '2024-12-31.cash-amount-expended', '820463'],
  ])('%s under %s, %s, foots', (row, column, printed) => {
    const c = footings.find((x) => x.id === `${T}/${row}/${column}`);
    expect(c?.reported?.value).toBe(printed);
    expect(c?.verdict).toBe('exact');
  });

  test('no footing mixes square feet with dollars, nor sums the yields', () => {
    expect(footings.filter((c) => /property-rentable-sq-ft|projected-incremental-cash-yield/.test(c.id))).toEqual([]);
  });

  test('a project\'s budget altered is a mismatch', () => {
    const altered = footingsOfText(text.replace('$ 750,000', '$ 760,000'));
    expect(altered.find((c) => c.id === `${T}/total-penn-district/2024-12-31.vornados-share-budget`)?.verdict).toBe('mismatch');
  });
});
