// Earnings per share of net income = that of continuing operations + that of discontinued operations, on one
// basis (src/lib/checks/per-share-operations.ts), on excerpts of the corpus: HanesBrands' blocks under
// "Earnings (loss) per share - basic:" and "- diluted:", SunLink's sections per part, each over Basic and Diluted.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const operations = (id: string, edits: [string, string][] = []) => excerpt(id, edits).checks.filter((c) => c.id.endsWith('/operations'));

describe('earnings per share of net income is the sum of its continuing and discontinued parts', () => {
  test.each([
    // [excerpt, the net lines read, checks, computed in the first]
    ['hbi-2024-q4-operations', ['earnings-loss-per-share-basic--net-income-loss', 'earnings-loss-per-share-diluted--net-income-loss'], 8, '-0.04'],
    ['ssy-fy2025-q2', ['net-loss-per-share--basic', 'net-loss-per-share--diluted'], 8, '-0.19'],
  ])('%s: %j, as printed, tie', (id, lines, count, computed) => {
    const checks = operations(id);
    expect([...new Set(checks.map((c) => c.id.split('/')[2]))]).toEqual(lines);
    expect(checks.length).toBe(count);
    expect(checks.filter((c) => c.verdict !== 'exact' && c.verdict !== 'rounding')).toEqual([]);
    expect(checks[0].computed).toBe(computed);
    expect(checks[0].restsOn).toContain('(continuing operations) and');
  });

  test('the diluted loss of HanesBrands\' quarter, (0.04) from 0.13 and (0.16), is within the rounding of the three figures', () => {
    const c = operations('hbi-2024-q4-operations').find((x) => x.id.includes('diluted') && x.period === '2024-q4')!;
    expect(c.verdict).toBe('rounding');
    expect(c.formula).toBe('Earnings (loss) per share - diluted — Net income (loss) = Earnings (loss) per share - diluted — Continuing operations + Earnings (loss) per share - diluted — Discontinued operations');
  });

  test('a figure altered in one column is a mismatch there, the others holding (SunLink\'s diluted loss from discontinued operations for the quarter a year before (fiscal Q2 2024), (0.38) printed (0.83))', () => {
    const checks = operations('ssy-fy2025-q2', [['Diluted\t$ (0.04)\t\t$ (0.38)', 'Diluted\t$ (0.04)\t\t$ (0.83)']]);
    const mismatches = checks.filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => c.id)).toEqual(['footing/statements-of-earnings-loss/net-loss-per-share--diluted/2024-q2.amount/operations']);
    expect(mismatches[0].explanation).toContain("so this column's figures are not right.");
  });

  test('a third part per share of the same basis leaves the sum open: nothing is read', () => {
    const checks = operations('ssy-fy2025-q2', [['Net Loss Per Share:', 'Cumulative effect of accounting change per share:\t\t\t\t\t\t\t\t\nBasic\t$ (0.01)\t\t$ (0.01)\t\t$ (0.01)\t\t$ (0.01)\t\nNet Loss Per Share:']]);
    expect(checks.filter((c) => c.id.includes('basic'))).toEqual([]);
  });
});

// PNC's 2Q21 highlights (../shared/series/pnc/pnc-2021-q2.htm): the quarter and half of 2020 print a loss per share from
// continuing operations, (1.90) and (0.29), beside discontinued earnings of 10.28 and 10.60, totals 8.40 and 10.33 (diluted
// 10.59 and 10.32): 2 cents above the sum, as the two-class method gives when one part is a loss (earnings are shared with
// participating securities, a loss is not). The columns of 2021 that hold print no discontinued part.
describe('a loss beside earnings per share, the total above their sum by less than the loss, accuses nothing', () => {
  const PNC = 'footing/financial-highlights';
  const basicQ2 = '<u>$ 4.11</u>\t<u>$ 8.40</u>';
  test.each([
    // [net line, column, printed, computed]
    ['total-basic-earnings', '2020-q2', '<u>$ 8.40</u>', '8.38'],
    ['total-basic-earnings', '2020-h1', '<u>$ 10.33</u>', '10.31'],
    ['total-diluted-earnings', '2020-q2', '<u>$ 8.40</u>', '8.38'],
    ['total-diluted-earnings', '2020-h1', '<u>$ 10.32</u>', '10.3'],
  ] as const)('PNC %s, %s: printed %s, the parts add to %s: unverifiable, one part a loss', (line, column, printed, computed) => {
    const c = excerpt('pnc-2021-q2-operations').check(`${PNC}/${line}/${column}/operations`);
    expect([c.reported.text, c.computed, c.verdict]).toEqual([printed, computed, 'unverifiable']);
    expect(c.explanation).toContain('one part is a loss ($ (');
  });

  test('PNC: nothing is a mismatch; the columns of 2021 hold', () => {
    const checks = operations('pnc-2021-q2-operations');
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
    expect(checks.filter((c) => c.period?.startsWith('2021')).map((c) => c.verdict)).toEqual(Array(6).fill('exact'));
  });

  test.each([
    // [PNC's basic total of 2Q20 altered to, why no allocation explains it]
    ['8.30', 'below the sum 8.38, toward the loss'],
    ['10.40', 'above the sum by 2.02, more than the loss of 1.90'],
  ])('PNC\'s basic total of 2Q20 altered to %s (%s) is a mismatch', (to) => {
    const c = excerpt('pnc-2021-q2-operations', [[basicQ2, `<u>$ 4.11</u>\t<u>$ ${to}</u>`]]).check(`${PNC}/total-basic-earnings/2020-q2/operations`);
    expect(c.verdict).toBe('mismatch');
    expect(c.explanation).toContain("so this column's figures are not right.");
  });

  test('a figure altered where both parts are losses is a mismatch (HanesBrands\' basic loss of 2024, (0.91) printed (0.97))', () => {
    const checks = operations('hbi-2024-q4-operations', [['<u>$ (0.91)</u>\t<u>$ (0.05)</u>\t\nEarnings (loss) per share - diluted:', '<u>$ (0.97)</u>\t<u>$ (0.05)</u>\t\nEarnings (loss) per share - diluted:']]);
    const mismatches = checks.filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => c.id)).toEqual([expect.stringMatching(/basic--net-income-loss\/2024-fy/)]);
  });
});

// Sears, Roebuck and Co. 2Q 2004 (../shared/corpus-extra/s-2004-q2.txt): earnings per share before the cumulative
// effect of a change in accounting principle, the effect, and the net, for each basis. Excerpt s-2004-q2-per-share.
describe('earnings per share of net income is the sum of the earnings before an item set apart and the item', () => {
  const SEARS = 'footing/income';
  const col = (weeks: 13 | 26, year: 2004 | 2003) => `for-the-${weeks}-weeks-ended-july-3-2004-and-june-28-2003-${year}`;
  test.each([
    // [basis, weeks, year, printed net, verdict, computed]
    ['basic', 13, 2004, '$ 0.25', 'exact', '0.25'],
    ['basic', 13, 2003, '$ 1.04', 'exact', '1.04'],
    ['basic', 26, 2004, '$ (3.71)', 'exact', '-3.71'],
    ['diluted', 26, 2004, '$ (3.71)', 'exact', '-3.71'],
    ['diluted', 26, 2003, '$ 1.63', 'exact', '1.63'],
  ] as const)('%s, %s weeks of %s: %s is %s', (basis, weeks, year, printed, verdict, computed) => {
    const c = excerpt('s-2004-q2-per-share').check(`${SEARS}/${basis}--earnings-loss-per-share/${col(weeks, year)}/operations`);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe(verdict);
    expect(c.computed).toBe(computed);
    expect(c.restsOn).toContain('(the earnings before the item set apart)');
  });

  test('no figure is a mismatch as printed', () => {
    expect(operations('s-2004-q2-per-share').filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test.each([
    // [as printed, as altered, basis, weeks, year] (the first the planted error of the corpus measure, seed 1)
    ['accounting principle\t$ 0.25\t$ 1.04', 'accounting principle\t$ 0.25\t$ 6.04', 'basic', 13, 2003],
    ['$ -\t$ (3.86)\t$ -\n  Earnings/ (loss) per share\t$ 0.25', '$ -\t$ (3.56)\t$ -\n  Earnings/ (loss) per share\t$ 0.25', 'basic', 26, 2004],
    ['Earnings/ (loss) per share\t$ 0.24\t$ 1.04\t$ (3.71)', 'Earnings/ (loss) per share\t$ 0.24\t$ 1.04\t$ (3.91)', 'diluted', 26, 2004],
  ] as const)('%j altered to %j is a mismatch', (from, to, basis, weeks, year) => {
    const c = excerpt('s-2004-q2-per-share', [[from, to]]).check(`${SEARS}/${basis}--earnings-loss-per-share/${col(weeks, year)}/operations`);
    expect(c.verdict).toBe('mismatch');
  });
});
