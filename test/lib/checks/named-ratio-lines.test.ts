// Ratio rows whose label names their lines in a way of its own: by the abbreviation a line defines ("Recurring
// operating income (REBIT)" under "REBIT margin", Arkema 2Q26), by the letters of a line less its noun ("SG&A %" under
// "Selling, general and administrative expenses", Best Buy 4Q FY23), by a slash and a percent sign ("Adjusted EBIT /
// Sales %", Amcor FY23), or by a carrier's standard name ("Operating ratio", Saia 1Q20: operating expenses over
// operating revenue, printed in the statement of operations). Excerpts of the imported releases
// (test/fixtures/checks/corpus/README.md), with no company model.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

describe('a ratio row names its lines by an abbreviation, a slash or a standard name', () => {
  test.each([
    // [excerpt, check, printed, computed]
    ['ake-2026-q2-rebit', 'definition/key-figures/rebit-margin/2026-q2', '9.0%', '9.041'], // 219.5 ÷ 2,427.8
    ['ake-2026-q2-rebit', 'definition/key-figures/rebit-margin/2025-h1', '7.5%', '7.497'], // 358.1 ÷ 4,776.3
    ['ake-2026-q2-rebit', 'definition/adhesive-solutions-305-of-total-group/rebit-margin/2026-q2', '11.2%', '11.245'], // 82.7 ÷ 735.4
    ['bby-fy2023-q4-earnings', 'definition/statements-of-earnings-and-subject/sga/2023-q4', '15.3 %', '15.317'], // 2,257 ÷ 14,735
    ['bby-fy2023-q4-earnings', 'definition/statements-of-earnings-and-subject/sga/2023-fy', '17.2 %', '17.214'], // 7,970 ÷ 46,298
    ['amcr-fy2023-q4-ebit-sales', 'definition/amcor-reports-fiscal-2023-results-and/adjusted-ebit-sales/2023-fy', '12.8', '12.811'], // 1,429 ÷ 11,154
    ['amcr-fy2023-q4-ebit-sales', 'definition/net-sales/adjusted-ebit-sales/2022-fy', '8.5', '8.517'], // 289 ÷ 3,393
    ['saia-2020-q1-operating-ratio', 'definition/financial-information/operating-ratio/2020-q1', '91.3%', '91.313'], // 407,620 ÷ 446,396
    ['saia-2020-q1-operating-ratio', 'definition/financial-information/operating-ratio/2019-q1', '93.0%', '93.026'], // 381,953 ÷ 410,584
  ])('%s %s: %s holds within rounding', (id, check, printed, computed) => {
    const c = excerpt(id).check(check);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe('rounding');
    expect(c.computed).toMatch(new RegExp(`^${computed.replace('.', '\\.')}`));
  });

  test('the operating ratio says whose definition it reads and where its lines are printed', () => {
    const c = excerpt('saia-2020-q1-operating-ratio').check('definition/financial-information/operating-ratio/2020-q1');
    expect(c.explanation).toMatch(/operating ratio, 'Total operating expenses' as a percentage of 'OPERATING REVENUE'/);
  });

  test.each([
    ['ake-2026-q2-rebit', 'REBIT margin (a)\t9.0%', 'REBIT margin (a)\t9.6%', 'definition/key-figures/rebit-margin/2026-q2'],
    ['bby-fy2023-q4-earnings', 'SG&A %\t15.3 %\t15.3 %\t17.2 %', 'SG&A %\t15.3 %\t15.3 %\t17.8 %', 'definition/statements-of-earnings-and-subject/sga/2023-fy'],
    ['saia-2020-q1-operating-ratio', 'Operating ratio\t91.3%', 'Operating ratio\t92.3%', 'definition/financial-information/operating-ratio/2020-q1'],
  ])('%s: %j altered to %j is a mismatch, the other columns bearing the ratio out', (id, from, to, check) => {
    expect(excerpt(id, [[from, to]]).check(check).verdict).toBe('mismatch');
  });

  test('"Sales" names "Net sales" by its last word only: two columns, one failing, leave the row unjudged', () => {
    const altered = excerpt('amcr-fy2023-q4-ebit-sales', [['Adjusted EBIT / Sales %\t8.5\t7.5', 'Adjusted EBIT / Sales %\t8.5\t7.9']]);
    expect(altered.checks.filter((c) => c.id.startsWith('definition/net-sales/adjusted-ebit-sales/')).map((c) => c.verdict)).toEqual([]);
    expect(excerpt('amcr-fy2023-q4-ebit-sales').check('definition/net-sales/adjusted-ebit-sales/2023-fy').verdict).toBe('rounding');
  });

  test('no check of the excerpts is a mismatch as printed', () => {
    for (const id of ['ake-2026-q2-rebit', 'bby-fy2023-q4-earnings', 'amcr-fy2023-q4-ebit-sales', 'saia-2020-q1-operating-ratio']) {
      expect(excerpt(id).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    }
  });
});

describe("a total of the lines under a 'Less:' caption is their sum as printed", () => {
  // Aflac 1Q20, the reconciliation of book value per share: "Total AOCI per common share" 5.83 under "Less:" over
  // (2.15), 8.36 and (0.39), right under "U.S. GAAP book value per common share" 36.75 (no rule between them).
  const ID = 'afl-2020-q1-book-value';
  const total = 'footing/reconciliation-of-us-gaap-book-value/total-aoci-per-common-share';

  test.each([
    [`${total}/2020-03-31`, '5.83', '5.82'],
    [`${total}/2019-03-31`, '6.00', '5.99'],
  ])('%s: %s is the sum %s within rounding', (id, printed, computed) => {
    const c = excerpt(ID).check(id);
    expect([c.reported.text, c.verdict, c.computed]).toEqual([printed, 'rounding', computed]);
    expect(c.explanation).toMatch(/the figures fit "'Total AOCI per common share' as the sum of the 3 lines under 'Less' as printed" best/);
  });

  test('a line under it altered in one column, the reading holding in the other, is a mismatch there', () => {
    const c = excerpt(ID, [['securities and derivatives per common share\t8.36', 'securities and derivatives per common share\t8.96']]).check(`${total}/2020-03-31`);
    expect([c.verdict, c.computed]).toEqual(['mismatch', '6.42']);
    expect(c.explanation).toMatch(/holds on the same rows in March 31, 2019/);
  });
});
