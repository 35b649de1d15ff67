// A heading naming both periods, written into every column over the columns that name them apart
// (src/lib/ingest/columns.ts, titleOverSpans): Danaos' 4Q24 financial summary (test/fixtures/checks/corpus/
// dac-2024-q4-financial-summary, README there) prints "Three Months Ended December 31, 2024 and Three Months Ended
// December 31, 2023" over each of its eight columns, then "Three Months Ended" and "December 31, 2024" or "… 2023", then
// "Container Vessels | Drybulk Vessels | Other | Total". Read into each column, every column named three dates and was
// dropped: 40 problems located, the table's figures unread.
import { describe, expect, test } from 'vitest';
import { excerpt } from '../checks/no-model.ts';

const DAC = 'dac-2024-q4-financial-summary';

describe("a title over the spans, written out into each column", () => {
  test('each column is the quarter its own heading names', () => {
    const e = excerpt(DAC);
    expect(e.release.errors.filter((x) => x.message.includes('one column names'))).toEqual([]);
    const table = e.release.tables[0]!;
    expect(table.columns.map((c) => `${c.period}.${c.dimension}`)).toEqual([
      '2024-q4.container-vessels', '2024-q4.drybulk-vessels', '2024-q4.other', '2024-q4.total',
      '2023-q4.container-vessels', '2023-q4.drybulk-vessels', '2023-q4.other', '2023-q4.total',
    ]);
  });

  test.each([
    // 237,510 + 20,669 + − = 258,179; 180,700 + 6,775 + 2,252 = 189,727
    ['operating-revenues', '2024-q4', '$258,179'],
    ['adjusted-ebitda', '2024-q4', '$189,727'],
    ['operating-revenues', '2023-q4', '$249,315'],
  ])('%s, %s: the segments add up to the total (%s)', (row, period, printed) => {
    const e = excerpt(DAC);
    const table = e.release.tables[0]!.id;
    const c = e.check(`footing/${table}/${row}/${period}.total/columns`);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe('exact');
  });
});
