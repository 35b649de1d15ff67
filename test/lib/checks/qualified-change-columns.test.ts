// A change column headed "vs. <period>" under a spanner that qualifies every column beside it: Intel's 4Q22 summaries
// print "GAAP | GAAP | GAAP | Non-GAAP | …" over "2022 | 2021 | vs. 2021 | 2022 | 2021 | vs. 2021", the change as
// "down 20%" for amounts and "down 20.9 ppts" for margins and rates. Read before as a column of 2021's figures ("GAAP
// vs" beside "GAAP"), no change was checked. Excerpt of the imported release (test/fixtures/checks/corpus/README.md),
// with no company model.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'intc-2022-q4-summary';
const year = 'full-year-2022-financial-results';
const quarter = 'q4-2022-financial-results';

describe('a "vs." column under a qualifying spanner is the change of the columns it qualifies', () => {
  test.each([
    // [check, printed, verdict, computed]
    [`growth/${year}/revenue-b/2022-fy-vs-2021-fy.gaap`, 'down 20%', 'rounding', '-20.12'], // 63.1 ÷ 79.0 − 1
    [`growth/${year}/revenue-b/2022-fy-vs-2021-fy.non-gaap`, 'down 16%', 'rounding', '-15.5'], // 63.1 ÷ 74.7 − 1
    [`change/${year}/operating-margin/2022-fy-vs-2021-fy.gaap`, 'down 20.9 ppts', 'exact', '-20.9'], // 3.7 − 24.6
    [`change/${year}/tax-rate/2022-fy-vs-2021-fy.gaap`, 'down 11.7 ppts', 'exact', '-11.7'], // −3.2 − 8.5
    [`change/${quarter}/operating-margin-loss/2022-q4-vs-2021-q4.gaap`, 'down 32.4 ppts', 'exact', '-32.4'], // −8.1 − 24.3
    [`change/${quarter}/gross-margin/2022-q4-vs-2021-q4.non-gaap`, 'down 12.1 ppts', 'rounding', '-12'], // 43.8 − 55.8
  ])('%s: %s is %s', (id, printed, verdict, computed) => {
    const c = excerpt(ID).check(id);
    expect([c.reported.text, c.verdict]).toEqual([printed, verdict]);
    expect(c.computed).toMatch(new RegExp(`^${computed.replace('.', '\\.')}`));
  });

  test('the 2021 columns hold 2021 figures only: no fact of a "vs." column is dated 2021', () => {
    const facts = excerpt(ID).release.facts.filter((f) => f.table === `${ID}/${year}` || f.id.includes(`/${year}/`));
    expect(facts.filter((f) => f.id.endsWith('-vs')).map((f) => f.id)).toEqual([]);
    expect(facts.filter((f) => f.period === '2022-fy-vs-2021-fy').length).toBe(14);
  });

  test('no check is a mismatch as printed', () => {
    expect(excerpt(ID).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    ['Operating margin\t3.7%\t24.6%', 'Operating margin\t3.7%\t22.6%', `change/${year}/operating-margin/2022-fy-vs-2021-fy.gaap`],
    ['Revenue ($B)\t$63.1\t$79.0', 'Revenue ($B)\t$63.1\t$89.0', `growth/${year}/revenue-b/2022-fy-vs-2021-fy.gaap`],
  ])('%j altered to %j is a mismatch', (from, to, id) => {
    expect(excerpt(ID, [[from, to]]).check(id).verdict).toBe('mismatch');
  });
});
