// A spanner whose words make every column under it a "total" (src/lib/checks/column-footing.ts, `phrasesOf`): Generac's
// 4Q24 segment sales (test/fixtures/checks/corpus/gnrc-2024-q4-segment-sales, README there) print "Total Sales by
// Reportable Segment" over "External Net Sales | Intersegment Sales | Total Sales" for each period. Read whole, each of
// the three columns' names began with "Total" and none was read as the others' sum.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';
import { totalPhrase } from '../../../src/lib/checks/column-footing.ts';

const GNRC = 'gnrc-2024-q4-segment-sales';
const TOTAL = 'total-sales-by-reportable-segment-total-sales';

describe('the total column under a spanner named "Total …"', () => {
  test.each([
    // 1,057,907 + 9,361 = 1,067,268; − + (19,933) = (19,933); 3,599,149 + 35,932 = 3,635,081
    ['segment-reporting-and-product-class-information', 'domestic', '2024-q4', '$ 1,067,268'],
    ['segment-reporting-and-product-class-information', 'intercompany-elimination', '2024-q4', '(19,933)'],
    ['domestic', 'domestic', '2024-fy', '$ 3,635,081'],
    ['domestic', 'intercompany-elimination', '2023-fy', '(135,489)'],
  ])('%s, %s, %s: external + intersegment = total sales (%s)', (table, row, period, printed) => {
    const c = excerpt(GNRC).check(`footing/${table}/${row}/${period}.${TOTAL}/columns`);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe('exact');
  });

  test('as printed, nothing is a mismatch', () => {
    expect(excerpt(GNRC).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test("an elimination altered is its line's mismatch: (64,632) printed (60,632) as intersegment sales", () => {
    alteredIsMismatch(GNRC, '-\t(64,632)\t(64,632)', '-\t(60,632)\t(64,632)', `footing/domestic/intercompany-elimination/2024-fy.${TOTAL}/columns`);
  });

  test.each<[string, string | null]>([
    ['total', ''],
    ['segment-total', 'segment'],
    ['revenue-segment-total', 'revenue'],
    ['total-sales-by-reportable-segment-external-net-sales', ''], // alone, the spanner's words read as a total
    ['percent-of-total', null],
  ])('totalPhrase(%j) → %j', (dimension, prefix) => {
    expect(totalPhrase(dimension)?.prefix ?? null).toBe(prefix);
  });
});
