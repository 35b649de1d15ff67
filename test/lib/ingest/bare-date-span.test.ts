// A date printed alone over a column that a change column compares with a quarter: Wells Fargo's 4Q21
// "Selected Company-wide Financial Information" (../shared/corpus-extra/wfc-2021-q4.htm) sets its "Quarter ended"
// spanner over its second and third columns alone (the source's header row is a cell short), so the first column
// reads "Dec 31, 2021" bare, a day; its "Dec 31, 2021 % Change from Sep 30, 2021" and "… from Dec 31, 2020" then
// compared periods not printed, and the quarter's figures and both changes (30 of the table's figures) were read by
// no evaluated check. A change compares like with like: the column is the quarter ended December 31, 2021. Excerpt
// of the imported release (test/fixtures/checks/corpus/README.md), with no company model.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from '../checks/fixture.ts';
import { excerpt } from '../checks/no-model.ts';

const ID = 'wfc-2021-q4-bare-date';
const T = 'selected-company-wide-financial-information-earnings';

describe('a date printed alone that a change compares with a quarter is that quarter', () => {
  test.each([
    // [row, column key, printed]
    ['wells-fargo-net-income', '2021-q4', '$ 5,750'],
    ['net-interest-income', '2021-q4-vs-2021-q3', '4%'],
    ['noninterest-expense', '2021-q4-vs-2020-q4', '(11)'],
    ['wells-fargo-net-income', '2021-fy', '$ 21,548'],
  ])('%s in column %s prints %s', (row, key, raw) => {
    const f = excerpt(ID).release.facts.find((x) => x.id === `${ID}/${T}/${row}/${key}`);
    expect(f?.raw.trim()).toBe(raw);
  });

  test.each([
    // [check, printed, verdict]
    [`growth/${T}/wells-fargo-net-income/2021-q4-vs-2021-q3`, '12', 'rounding'],
    [`growth/${T}/noninterest-income/2021-q4-vs-2020-q4`, '27', 'rounding'],
    [`growth/${T}/total-revenue/2021-q4-vs-2021-q3`, '11', 'rounding'],
  ])('%s: %s is %s', (id, printed, verdict) => {
    const c = excerpt(ID).check(id);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe(verdict);
  });

  test('no figure is a mismatch as printed', () => {
    expect(excerpt(ID).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // [as printed, as altered, the check that accuses it]
    ['Wells Fargo net income\t$ 5,750\t5,122', 'Wells Fargo net income\t$ 5,450\t5,122', `growth/${T}/wells-fargo-net-income/2021-q4-vs-2020-q4`],
    ['Noninterest income\t11,594\t9,925\t9,134\t17\t27', 'Noninterest income\t11,594\t9,925\t9,134\t17\t37', `growth/${T}/noninterest-income/2021-q4-vs-2020-q4`],
  ])('%j altered to %j is a mismatch', (from, to, check) => {
    alteredIsMismatch(ID, from, to, check);
  });
});
