// A quarter ends before its results are released (src/lib/import/fiscal-year-end.ts, periodEnd): eBay's Q1 2023
// release (financebench's EBAY_2023Q1_EARNINGS.pdf through pdftotext, unseen set s29; excerpt
// test/fixtures/import/real/ebay-2023-q1-outlook.txt: its headline, dateline, the income statement's heading and the
// outlook's) is dated April 26, 2023 and guides "Three Months Ending June 30, 2023". Read as the first quarter's end,
// that made March the fiscal year's end, every column a quarter off, and two claims false mismatches.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importRelease } from '../../../src/lib/import/index.ts';

const EXCERPT = readFileSync('test/fixtures/import/real/ebay-2023-q1-outlook.txt', 'utf8');

describe("the fiscal year's end is inferred from a quarter ended by the release's day", () => {
  test.each([
    // [what, edit of the text, year end drafted, how years are named]
    ['as printed: the outlook ends after the dateline, the quarter March 31', null, '12-31', 'end'],
    // The same table dated after June 30: the latest quarter end printed is the quarter's, as before.
    ['the dateline moved to July 27, 2023: June 30 may be the quarter just ended', ['April 26, 2023', 'July 27, 2023'], '03-31', 'start'],
  ] as [string, [string, string] | null, string, string][])('%s', (_what, edit, yearEnd, namedBy) => {
    let text = EXCERPT;
    if (edit) {
      expect(text).toContain(edit[0]);
      text = text.replace(edit[0], edit[1]);
    }
    const { meta } = importRelease({ text, file: 'ebay-2023-q1.txt', kind: 'text' }, {});
    expect(meta.fiscal_period?.value).toBe('2023-q1');
    expect(meta.fiscal_year_end?.value).toBe(yearEnd);
    expect(meta.fiscal_year_named_by?.value).toBe(namedBy);
  });
});
