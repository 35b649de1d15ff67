// Comprehensive income printed right under net income, no line of other comprehensive income between them: Westwood
// Holdings' 4Q24 statements of comprehensive income ("Net income $ 2,099" over "Total comprehensive income $ 2,099", in
// the quarters' table and the years'). The statement prints no other comprehensive income, so the two are one figure;
// where they agree in the other columns, a column where they differ is a mismatch. The owners' part under it is the whole
// less the noncontrolling interest's line taken away. Excerpt of the imported release
// (test/fixtures/checks/corpus/README.md), with no company model.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const ID = 'whg-2024-q4-comprehensive';

describe('comprehensive income right under net income is net income', () => {
  test.each([
    // [check, printed, verdict]
    ['footing/statements-of-comprehensive-income/total-comprehensive-income/2024-q4', '$ 2,099', 'exact'],
    ['footing/statements-of-comprehensive-income/total-comprehensive-income/2024-q3', '$ 159', 'exact'],
    ['footing/statements-of-comprehensive-income/total-comprehensive-income/2023-q4', '$ 2,583', 'exact'],
    ['footing/statements-of-comprehensive-income-2/total-comprehensive-income/2024-fy', '$ 2,211', 'exact'],
    ['footing/statements-of-comprehensive-income-2/total-comprehensive-income/2023-fy', '$ 10,571', 'exact'],
  ])('%s: %s is %s', (id, printed, verdict) => {
    const c = excerpt(ID).check(id);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe(verdict);
    expect(c.formula).toBe('Total comprehensive income = Net income');
  });

  test('no figure of either statement is a mismatch', () => {
    expect(excerpt(ID).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // [as printed, as altered, the check that accuses it]
    ['Total comprehensive income\t$ 2,099\t$ 159\t$ 2,583', 'Total comprehensive income\t$ 2,099\t$ 139\t$ 2,583', 'footing/statements-of-comprehensive-income/total-comprehensive-income/2024-q3'],
    ['Total comprehensive income\t$ 2,099\t$ 159\t$ 2,583', 'Total comprehensive income\t$ 2,399\t$ 159\t$ 2,583', 'footing/statements-of-comprehensive-income/total-comprehensive-income/2024-q4'],
    ['Total comprehensive income\t$ 2,211\t$ 10,571', 'Total comprehensive income\t$ 2,211\t$ 10,771', 'footing/statements-of-comprehensive-income-2/total-comprehensive-income/2023-fy'],
  ])('%j altered to %j is a mismatch', (from, to, id) => {
    const c = excerpt(ID, [[from, to]]).check(id);
    expect(c.verdict).toBe('mismatch');
  });

  test.each([
    // [check, printed, verdict]
    ['footing/statements-of-comprehensive-income/comprehensive-income-attributable-to-westwood-holdings-group-inc/2024-q4', '$ 2,056', 'exact'],
    ['footing/statements-of-comprehensive-income/comprehensive-income-attributable-to-westwood-holdings-group-inc/2024-q3', '$ 105', 'exact'],
    ['footing/statements-of-comprehensive-income-2/comprehensive-income-attributable-to-westwood-holdings-group-inc/2024-fy', '$ 2,215', 'exact'],
  ])('the owners\' part, the whole less the others\' taken away: %s: %s is %s', (id, printed, verdict) => {
    const c = excerpt(ID).check(id);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe(verdict);
    expect(c.formula).toMatch(/^Comprehensive income attributable to Westwood Holdings Group, Inc\. = Total comprehensive income − Less: Comprehensive income (\(loss\) )?attributable to noncontrolling interest$/);
  });

  test.each([
    // [as printed, as altered, the check that accuses it]
    ['noncontrolling interest\t43\t54\t7', 'noncontrolling interest\t43\t84\t7', 'footing/statements-of-comprehensive-income/comprehensive-income-attributable-to-westwood-holdings-group-inc/2024-q3'],
    ['Group, Inc.\t$ 2,215\t$ 9,520', 'Group, Inc.\t$ 2,215\t$ 9,820', 'footing/statements-of-comprehensive-income-2/comprehensive-income-attributable-to-westwood-holdings-group-inc/2023-fy'],
  ])('the owners\' part: %j altered to %j is a mismatch', (from, to, id) => {
    alteredIsMismatch(ID, from, to, id);
  });
});
