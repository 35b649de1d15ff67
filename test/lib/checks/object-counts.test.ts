// A line whose count noun is the object of a preposition, adjectives between (src/lib/ingest/units.ts, OBJECT_OF):
// Watts' 4Q24 segment information (test/fixtures/checks/corpus/wts-2024-q4-segments, README there) prints "Net sales from
// external customers $ 1,664.9 453.3 134.0 $ 2,252.2" in millions. Read as a count of customers, its figures printed
// without "$" were counts beside the dollars of the same line, and the line was in no sum, across or down.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const WTS = 'wts-2024-q4-segments';
const YEAR = 'total-segment-net-sales';

describe('net sales from external customers: money, every figure of the line', () => {
  test('each figure of the line is in millions of dollars', () => {
    const facts = excerpt(WTS).release.facts.filter((f) => f.id.includes('/net-sales-from-external-customers/'));
    expect(facts).toHaveLength(16);
    expect(new Set(facts.map((f) => `${f.unit} ${f.scale}`))).toEqual(new Set(['USD 6']));
  });

  test.each([
    // 1,664.9 + 453.3 + 134.0 = 2,252.2; 476.3 + (23.0) = 453.3
    [`footing/${YEAR}/net-sales-from-external-customers/2024-fy.total/columns`, '$ 2,252.2'],
    [`footing/${YEAR}/net-sales-from-external-customers/2024-fy.europe`, '453.3'],
    ['footing/table-2-segment-information-reconciliation/net-sales-from-external-customers/2024-q4.total/columns', '$ 540.4'],
  ])('%s (%s) holds', (id, printed) => {
    const c = excerpt(WTS).check(id);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe('exact');
  });

  test('as printed, nothing is a mismatch', () => {
    expect(excerpt(WTS).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test("a segment's figure altered is a mismatch: Europe's 453.3 printed 459.3", () => {
    alteredIsMismatch(WTS, '$ 1,664.9\t453.3\t134.0', '$ 1,664.9\t459.3\t134.0', `footing/${YEAR}/net-sales-from-external-customers/2024-fy.total/columns`);
  });
});
