// A column header stating billions as "(Bil.)" (src/lib/units/unit-statements.ts): Mastercard's operating performance,
// 1Q20 (test/fixtures/checks/corpus/ma-2020-q1-volumes, README there), prints "GDV (Bil.) | Growth (USD) |
// Growth (Local) | Purchase Volume (Bil.) | Growth (Local) | …" by region. "Bil." read as no scale, a volume printed bare
// between two growths in percent was read as the points bridging them, and the "Worldwide" purchase volume, printed in
// thousands, as dollars: 731 + 419 against 1,150 was a false mismatch (unseen set edgar-s15).
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const MA = 'ma-2020-q1-volumes';
const TABLE = 'operating-performance';

describe('volumes in billions of dollars between growths in percent', () => {
  test('every volume is in billions of dollars', () => {
    const facts = excerpt(MA).release.facts.filter((f) => /\/2020-q1\.(gdv|purchase-volume|cash-volume)$/.test(f.id));
    expect(facts.length).toBeGreaterThan(30);
    expect(new Set(facts.map((f) => `${f.unit} ${f.scale}`))).toEqual(new Set(['USD 9']));
  });

  test.each([
    // 731 + 419 = 1,150; 487 + 217 = 704; 355 + 59 = 414
    ['all-mastercard-credit--worldwide', 'purchase-volume', '<u>1,150</u>'],
    ['mastercard-credit-and-charge-programs--worldwide', 'purchase-volume', '<u>704</u>'],
    ['all-mastercard-credit--worldwide', 'cash-volume', '<u>414</u>'],
  ])('%s, %s: worldwide less the United States + the United States (%s)', (row, measure, printed) => {
    const c = excerpt(MA).check(`footing/${TABLE}/${row}/2020-q1.${measure}`);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe('exact');
  });

  test('as printed, nothing is a mismatch', () => {
    expect(excerpt(MA).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test("a region's volume altered is the total's mismatch: the United States' 419 printed 449", () => {
    alteredIsMismatch(MA, '  United States\t478\t6.2%\t6.2%\t419\t', '  United States\t478\t6.2%\t6.2%\t449\t', `footing/${TABLE}/all-mastercard-credit--worldwide/2020-q1.purchase-volume`);
  });
});
