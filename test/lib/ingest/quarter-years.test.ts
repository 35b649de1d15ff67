// J&J's segment sales, each year printed alone under a heading naming the quarter (issue 29: a year read as the fiscal
// year where the table is of a quarter is a wrong period, worse than none). Three forms, from its results PDFs through
// `pdftotext -layout`:
// - 2Q23 (unseen set s27, jnj-2023-q2.txt; excerpt test/fixtures/import/real/jnj-2023-q2-segment-sales.txt): note marks
//   alone on a line ("(2,3)", "(1)", "(1)") between "% Change" and "2023  2022  Reported  Operational  Currency" were a
//   row of figures that cut the header in two, "SECOND QUARTER" / "SIX MONTHS" left above as a table of their own and the
//   years read as 2023-fy and 2022-fy (src/lib/import/text-blocks.ts, text-table.ts lowerMarksOntoHeadings); the
//   footing's "See footnotes at end of schedule" then titled the next page's table (src/lib/ingest/caption.ts NOTES_POINTER).
// - 1Q23 (unseen set s30, jnj-2023-q1.txt; excerpt of its imported release.txt,
//   test/fixtures/ingest/forms/jnj-2023-q1-surgery.txt): "FIRST QUARTER" set by the page over "% Change", off "2023 |
//   2022": each year is that quarter of its year (src/lib/ingest/columns.ts quarterOverHeader).
// - 2Q23's "Q2 YTD - Income Before Tax by Segment" over "2023 | 2022" (excerpt
//   test/fixtures/import/real/jnj-2023-q2-ytd-by-segment.txt): the six months to the quarter's end, not the year
//   (src/lib/ingest/periods.ts titleSpan).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';
import { readExcerpt } from '../excerpt-release.ts';

const q2 = { id: 'jnj-2023-q2', headline: 'Johnson & Johnson Reports Q2 2023 Results', name: 'Johnson & Johnson', ticker: 'JNJ', fiscalPeriod: '2023-q2', releaseDate: '2023-07-20', fiscalYearEnd: '12-31' };
const read = (file: string) => readExcerpt(readFileSync(file, 'utf8'), q2).facts.filter((f) => f.status === 'reported');

const surgeryFile = 'test/fixtures/ingest/forms/jnj-2023-q1-surgery.txt';
const q1meta: ReleaseMeta = {
  id: 'jnj-2023-q1', title: 'x', company: 'jnj', name: 'Johnson & Johnson', ticker: 'JNJ', exchange: '', fiscalYearEnd: '12-31', fiscalPeriod: '2023-q1', releaseDate: '2023-04-18', currency: 'USD', scale: 6,
};
const surgery = () => parseRelease(readFileSync(surgeryFile, 'utf8'), q1meta, emptyModel, surgeryFile).facts.filter((f) => f.status === 'reported');

describe('years under a heading naming the quarter are that quarter, never the fiscal year (J&J)', () => {
  test.each([
    ['immunology--us', '2865', '2023-q2'],
    ['immunology--us', '2853', '2022-q2'],
    ['immunology--us', '5313', '2023-h1'],
    ['immunology--us', '5354', '2022-h1'],
    ['immunology--us', '0.4', '2023-q2-vs-2022-q2'],
    ['immunology--intl', '6.6', '2023-q2-vs-2022-q2'],
  ])('2Q23 segment sales, marks between the headings: %s %s is %s', (row, value, period) => {
    const facts = read('test/fixtures/import/real/jnj-2023-q2-segment-sales.txt').filter((f) => f.row === row && f.value === value);
    expect(facts.map((f) => f.period)).toContain(period);
    expect(facts.filter((f) => /fy/.test(f.period))).toEqual([]);
  });

  test('2Q23: no fact of the segment sales is of a fiscal year, and no mark is a figure', () => {
    const facts = read('test/fixtures/import/real/jnj-2023-q2-segment-sales.txt');
    expect(facts.filter((f) => /fy/.test(f.period)).map((f) => f.id)).toEqual([]);
    expect(facts.filter((f) => f.raw === '(1)' || f.raw === '(2,3)').map((f) => f.id)).toEqual([]);
  });

  test.each([
    ['surgery--us', '975', '2023-q1'],
    ['surgery--us', '921', '2022-q1'],
    ['surgery--ww', '2434', '2023-q1'],
    ['surgery--us', '5.9', '2023-q1-vs-2022-q1'],
  ])('1Q23 "FIRST QUARTER" set off its years: %s %s is %s', (row, value, period) => {
    const facts = surgery().filter((f) => f.row === row && f.value === value);
    expect(facts.map((f) => f.period)).toContain(period);
    expect(facts.filter((f) => /fy/.test(f.period))).toEqual([]);
  });

  test.each([
    ['1636', '2023-h1'],
    ['1470', '2022-h1'],
    ['9306', '2023-h1'],
  ])('"Q2 YTD" over years: %s is %s', (value, period) => {
    const fact = read('test/fixtures/import/real/jnj-2023-q2-ytd-by-segment.txt').find((f) => f.row === 'reported-income-before-tax-by-segment' && f.value === value);
    expect(fact?.period).toBe(period);
  });
});
