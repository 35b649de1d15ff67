// A year printed with a footnote's mark in a header line of years ("2026 | 2025(1) | 2026 | 2025(1)") is a year, not a
// line of figures: Dauch's EBITDA and adjusted EPS reconciliations (2Q26, unseen set s31; the release text its import
// writes from test/fixtures/import/real/dch-2026-q2-statements.txt), "(1) The amounts … have been recast". Read as a
// row, the years were lost and the columns named "Three Months Ended June 30," with no year (src/lib/ingest/layout.ts).
import { describe, expect, test } from 'vitest';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import type { ReleaseMeta } from '../../../src/lib/types.ts';

const meta: ReleaseMeta = {
  id: 'dch-2026-q2', title: 'x', company: 'dch', name: 'Dauch Corporation', ticker: 'DCH', exchange: '', fiscalYearEnd: '12-31',
  fiscalPeriod: '2026-q2', releaseDate: '2026-08-07', currency: 'USD', scale: 6,
};
const table = (marked: string) =>
  [
    'Earnings before interest expense, income taxes and depreciation and amortization (EBITDA) and Adjusted EBITDA(a)',
    '(in millions)',
    '\tThree Months Ended\tThree Months Ended\tSix Months Ended\tSix Months Ended',
    '\tJune 30,\tJune 30,\tJune 30,\tJune 30,',
    `\t2026\t${marked}\t2026\t${marked}`,
    'Net income (loss)\t$ 1.5\t$ 39.3\t$ (98.5)\t$ 46.4',
    'Interest expense\t89.8\t43.1\t179.4\t86.0',
    '',
  ].join('\n');

describe('a year with a footnote mark heads its column', () => {
  test.each([['2025(1)'], ['2025(12)'], ['2025¹'], ['2025*'], ['2025']])('"%s"', (marked) => {
    const release = parseRelease(table(marked), meta, emptyModel, 'dch/release.txt');
    expect(release.facts.filter((f) => f.row === 'interest-expense').map((f) => `${f.period} ${f.raw}`)).toEqual(['2026-q2 89.8', '2025-q2 43.1', '2026-h1 179.4', '2025-h1 86.0']);
  });
});
