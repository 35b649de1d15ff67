// Ulta Beauty's 4Q22 highlights table as pdftotext lays it out (ULTABEAUTY_2023Q4_EARNINGS.pdf, unseen set s30;
// excerpt test/fixtures/import/real/ulta-fy2022-q4-highlights.txt): the paragraph above runs into it with no blank
// line, its last line a date ending the sentence ("29, 2022."), and each column's date is printed over three lines,
// the months' names parted by one space ("January January January"), set left over figures set right. Read before,
// the paragraph was the table's header ("compared to the same periods" made every column a change, 2022-q4-vs-2022-q4)
// and the months one heading over three columns (src/lib/import/text-blocks.ts endsSentence, text-table.ts
// columnHeadings).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readExcerpt } from '../excerpt-release.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/ulta-fy2022-q4-highlights.txt', 'utf8');

function facts(text: string) {
  const excerpt = { id: 'ulta-fy2022-q4', headline: 'Ulta Beauty Announces Fourth Quarter Fiscal 2022 Results', name: 'Ulta Beauty', ticker: 'ULTA', fiscalPeriod: '2022-q4', releaseDate: '2023-03-09', fiscalYearEnd: '01-29', fiscalYearNamedBy: 'start' as const };
  return readExcerpt(text, excerpt).facts.filter((f) => f.status === 'reported');
}

describe('a sentence ending in a date is no heading, and months parted by one space head a column each (Ulta, 4Q22)', () => {
  test.each([
    ['3226.8', '2022-q4'],
    ['2729.4', '2021-q4'],
    ['2198.7', '2020-q4'],
    ['10208.6', '2022-fy'],
    ['8630.9', '2021-fy'],
    ['6152.0', '2020-fy'],
  ])('net sales %s is %s, a column of its own with no other words', (value, period) => {
    const sales = facts(EXCERPT).filter((f) => f.row === 'net-sales');
    const fact = sales.find((f) => f.value === value);
    expect(fact?.period).toBe(period);
    expect(fact?.id.endsWith(`/net-sales/${period}`)).toBe(true);
  });
});

// A span phrase alone on its line heads the dated columns beside it (eBay's "Three Months Ended" over two of five dates,
// src/lib/import/text-table.ts spanOverDates), never a column a period of its own heads: Confluent's "Three Months Ended"
// over "December 31," beside "Year Ended December 31," (4Q24; excerpt test/fixtures/import/text/cflt-2024-q4-free-cash-flow.txt).
describe('a span alone on its line stops at a column its own period heads (Confluent, 4Q24)', () => {
  const CFLT = readFileSync('test/fixtures/import/text/cflt-2024-q4-free-cash-flow.txt', 'utf8');
  const excerpt = { id: 'cflt-2024-q4', headline: 'Confluent Announces Fourth Quarter and Fiscal Year 2024 Financial Results', name: 'Confluent', ticker: 'CFLT', fiscalPeriod: '2024-q4', releaseDate: '2025-02-11', fiscalYearEnd: '12-31' };
  test.each([
    ['29122', '2024-q4'],
    ['6820', '2023-q4'],
    ['9489', '2024-fy'],
    ['-124336', '2023-fy'],
  ])('free cash flow %s is %s', (value, period) => {
    const fcf = readExcerpt(CFLT, excerpt).facts.filter((f) => f.status === 'reported' && f.value === value);
    expect(fcf.map((f) => f.period)).toEqual([period]);
  });
});
