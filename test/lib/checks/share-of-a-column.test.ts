// A share column headed as a share of another column of the table, no line carrying its words: Agree Realty's
// "Percent of Annualized Base Rent" beside "Annualized Base Rent" (4Q24, unseen wire set s6), each tenant's and state's
// rent over the "Total Portfolio" line's, the one line printing 100%. The line just above the whole ("Other") is
// printed as 100% less the others as printed, so it carries their rounding. Excerpt of the imported release
// (test/fixtures/checks/corpus/README.md), with no company model.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'adc-2024-q4-rent-shares';
const column = 'percent-of-annualized-base-rent';

describe('a share of a column of amounts, its whole the line printing 100%', () => {
  test.each([
    // [check, printed, verdict, computed]
    [`definition/top-tenants/walmart/${column}`, '6.2 %', 'rounding', '6.196'],
    [`definition/top-tenants/gerber-collision/${column}`, '2.4 %', 'rounding', '2.422'],
    [`definition/geographic-diversification/texas/${column}`, '6.8 %', 'rounding', '6.801'],
    [`definition/geographic-diversification/california/${column}`, '4.1 %', 'rounding', '4.100'],
    // 284,335 ÷ 620,721 is 45.81%: 100% less the others' 54.3% as printed.
    [`definition/top-tenants/other/${column}`, '45.7 %', 'rounding', '45.807'],
    [`definition/geographic-diversification/other/${column}`, '14.4 %', 'rounding', '14.259'],
  ])('%s: %s is %s', (id, printed, verdict, computed) => {
    const c = excerpt(ID).check(id);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe(verdict);
    expect(c.computed).toMatch(new RegExp(`^${computed.replace('.', '\\.')}`));
    expect(c.formula).toContain('÷');
  });

  test('no line of either table is a mismatch', () => {
    expect(excerpt(ID).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // [as printed, as altered, the check that accuses it]
    ['Gerber Collision\t15,039', 'Gerber Collision\t19,039', `definition/top-tenants/gerber-collision/${column}`],
    ['Walmart\t$38,460\t6.2 %', 'Walmart\t$38,460\t9.2 %', `definition/top-tenants/walmart/${column}`],
    ['Other(2)\t284,335', 'Other(2)\t234,335', `definition/top-tenants/other/${column}`],
    ['Texas\t$42,218', 'Texas\t$47,218', `definition/geographic-diversification/texas/${column}`],
  ])('%j altered to %j is a mismatch', (from, to, id) => {
    const c = excerpt(ID, [[from, to]]).check(id);
    expect(c.verdict).toBe('mismatch');
  });

  test.each([
    // [as printed, as altered, the line misprinted, the rest beside it]
    ['Walmart\t$38,460\t6.2 %', 'Walmart\t$38,460\t9.2 %', 'walmart', 'other'],
    ['Wawa\t9,916\t1.6 %', 'Wawa\t9,916\t1.1 %', 'wawa', 'other'],
    ['Texas\t$42,218\t6.8 %', 'Texas\t$42,218\t8.8 %', 'texas', 'other'],
  ])('%j altered to %j is blamed on its own line, never on the rest printed beside it', (from, to, misprinted, rest) => {
    const table = misprinted === 'texas' ? 'geographic-diversification' : 'top-tenants';
    const checks = excerpt(ID, [[from, to]]).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id);
    expect(checks).toEqual([`definition/${table}/${misprinted}/${column}`]);
    expect(checks).not.toContain(`definition/${table}/${rest}/${column}`);
  });
});
