// Figures a reader reads though their print is broken (src/lib/ingest/build-table.ts, readRows).
// A figure opening a parenthesis it does not close (src/lib/ingest/build-table.ts, UNCLOSED): SiteOne's 1Q20 statement
// of cash flows (test/fixtures/checks/corpus/site-2020-q1-cash-flows) prints four figures of 2019 as "(88.1", the
// closing parenthesis left out of the exhibit's HTML, where the others of the column print "(112.5)". A reader reads the
// negative; so does the import now, locating the misprint, and no check accuses on it.
import { describe, expect, test } from 'vitest';
import { excerpt } from '../checks/no-model.ts';

const SITE = 'site-2020-q1-cash-flows';
const fact = (e: ReturnType<typeof excerpt>, row: string) => e.release.facts.find((f) => f.id === `${SITE}/statements-of-cash-flows/${row}/2019-q1`);

describe('"(88.1": the negative it opens', () => {
  test.each([
    ['inventory', '-88.1'],
    ['income-tax-receivable', '-8.3'],
    ['accrued-expenses-and-other-liabilities', '-23.7'],
    ['purchases-of-intangible-assets', '-0.2'],
  ])('%s reads %s, a misprint located', (row, value) => {
    const e = excerpt(SITE);
    const f = fact(e, row)!;
    expect(f.value).toBe(value);
    expect(f.misprint).toContain('expected a closing parenthesis');
    expect(e.release.errors.some((x) => x.line === f.line && x.message.includes('closing parenthesis'))).toBe(true);
  });

  test('read so, the operating section foots exactly in 2019', () => {
    expect(excerpt(SITE).check('footing/statements-of-cash-flows/net-cash-used-in-operating-activities/2019-q1').verdict).toBe('exact');
  });

  test('altered, the misprinted figure is no accusation: (88.1 printed (98.1', () => {
    const c = excerpt(SITE, [['(112.5)\t(88.1', '(112.5)\t(98.1']]).check('footing/statements-of-cash-flows/net-cash-used-in-operating-activities/2019-q1');
    expect(c.verdict).toBe('unverifiable');
  });

  test.each(['(88.1)', '88.1', '(88.1%', '(a', '(1)(2'])('%j is no unclosed figure', (text) => {
    const e = excerpt(SITE, [['(112.5)\t(88.1', `(112.5)\t${text}`]]);
    expect(fact(e, 'inventory')?.misprint).toBeUndefined();
  });
});

// A figure split over two cells, its unit and closing parenthesis in the next: Caterpillar's 1Q22 segment margins
// (test/fixtures/checks/corpus/cat-2022-q1-segment-margins) print "Segment Profit Margin 17.3% 19.1% (1.8 | pts)" under
// "Change | Change | % Change". "pts)" was a problem located, and "(1.8" no figure.
describe('"(1.8 | pts)": one figure in the first cell\'s column', () => {
  const CAT = 'cat-2022-q1-segment-margins';
  test('the change is read in points, no problem located for either cell', () => {
    const e = excerpt(CAT);
    const change = e.release.facts.find((f) => f.id === `${CAT}/caterpillar-reports-first-quarter-2022-results/segment-profit-margin/2022-q1-vs-2021-q1`)!;
    expect(change.value).toBe('-1.8');
    expect(change.unit).toBe('percentage-points');
    expect(change.misprint).toBeUndefined();
    expect(e.release.errors.filter((x) => x.message.includes("found 'pts)'"))).toEqual([]);
  });
});

// A note's mark set in a cell past the last column, right of a figure: Caterpillar's 1Q22 supplemental consolidating
// data (test/fixtures/checks/corpus/cat-2022-q1-consolidating) prints "Revenues of Financial Products 703 | — | 813 |
// (110) | 1", the fifth cell under no heading, note 1 "Elimination of Financial Products' revenues earned from ME&T."
// Each such line was "expected at most 4 values", its figures unread.
describe('"(110) | 1": the mark of the figure on its left', () => {
  const CAT = 'cat-2022-q1-consolidating';
  const ADJ = '2022-q1.supplemental-consolidating-data-consolidating-adjustments';
  test('no line is left unread for a cell past the last column', () => {
    expect(excerpt(CAT).release.errors.filter((x) => x.message.includes('expected at most'))).toEqual([]);
  });

  test.each([
    ['revenues-of-financial-products', '-110', ['1']],
    ['other-income-expense', '81', ['3']],
  ])('%s: %s, marked %j', (row, value, marks) => {
    const f = excerpt(CAT).release.facts.find((x) => x.id === `${CAT}/supplemental-data-for-results-of-operations/${row}/${ADJ}`)!;
    expect(f.value).toBe(value);
    expect(f.footnotes).toEqual(expect.arrayContaining(marks));
  });

  test.each([
    ['a figure', '(110)\t1,234'],
    ['a run of marks and figures', '(110)\t1\t2'],
  ])('%s past the last column is still a problem', (_, text) => {
    const e = excerpt(CAT, [['(110)\t1', text]]);
    expect(e.release.errors.some((x) => x.message.includes('expected at most'))).toBe(true);
  });
});
