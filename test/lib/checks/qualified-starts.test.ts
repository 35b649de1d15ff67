// A result named as the line it starts from, qualified (src/lib/checks/structure.ts, `qualifiesName`): Equity
// Bancshares' 1Q20 non-GAAP measures (test/fixtures/checks/corpus/eqbk-2020-q1-non-gaap, README there), every line of
// the table underlined, print "Non-interest expense" and "Less: merger expenses" over "Non-interest expense, excluding
// merger expenses", and "Total assets" and four "Less:" intangibles over "Tangible assets". Read from the previous result
// (each underlined line a result), neither tied, and neither was read.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const EQBK = 'eqbk-2020-q1-non-gaap';
const TABLE = 'footing/press-release-04292020-table-5';

describe('a result read from the line its name qualifies', () => {
  test.each([
    // 25,023 − 276 = 24,747; 25,543 − 639 = 24,904; 3,943,832 − 136,432 − 19,105 − 4 − 1,163 = 3,787,128
    [`${TABLE}/non-interest-expense-excluding-merger-expenses/2019-q2`, '<u>$ 24,747</u>'],
    [`${TABLE}/non-interest-expense-excluding-merger-expenses/2019-q1`, '<u>$ 24,904</u>'],
    [`${TABLE}/tangible-assets/2020-q1`, '<u>$ 3,787,128</u>'],
  ])('%s (%s) holds', (id, printed) => {
    const c = excerpt(EQBK).check(id);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe('exact');
  });

  test('as printed, nothing is a mismatch', () => {
    expect(excerpt(EQBK).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test('a result altered is a mismatch: 24,846 printed 27,846', () => {
    alteredIsMismatch(EQBK, '<u>$ 25,758</u>\t<u>$ 24,846</u>\t<u>$ 24,223</u>\t<u>$ 24,747</u>', '<u>$ 25,758</u>\t<u>$ 27,846</u>\t<u>$ 24,223</u>\t<u>$ 24,747</u>', `${TABLE}/non-interest-expense-excluding-merger-expenses/2019-q4`);
  });
});
