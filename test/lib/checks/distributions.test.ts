// A whole split in percentages: the lines under one caption add up to 100% in every column
// (src/lib/checks/distributions.ts), on an excerpt of the corpus: ASE's ATM and EMS operations, revenues by
// application and by type.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const distributions = (edits: [string, string][] = []) => excerpt('asx-2024-q4-segments', edits).checks.filter((c) => c.id.endsWith('/distribution'));

describe('percentages under one caption that are shares of one whole add up to 100%', () => {
  test('ASE\'s three blocks of shares, as printed, tie in each of their three columns; the amounts after them are no share', () => {
    const checks = distributions();
    expect([...new Set(checks.map((c) => c.id.split('/').slice(1, 3).join('/')))]).toEqual([
      'atm-operations/automotive-consumer-others',
      'atm-operations/material',
      'ems-operations/others',
    ]);
    expect(checks.length).toBe(9);
    expect(checks.filter((c) => c.verdict !== 'exact' && c.verdict !== 'rounding')).toEqual([]);
    const ems = checks.find((c) => c.id.startsWith('footing/ems-operations/') && c.period === '2024-q4')!;
    expect(ems.formula).toBe('Others = 100 − (Communication + Computing + Consumer + Industrial + Automotive)');
    expect(ems.restsOn).toContain("the 6 percentage lines under 'Revenues by Application'");
  });

  test('a share altered in one column is a mismatch there, the others adding up (EMS Consumer in 3Q24, 36 % printed 63 %)', () => {
    const checks = distributions([['Consumer\t33 %\t36 %\t28 %', 'Consumer\t33 %\t63 %\t28 %']]);
    const mismatches = checks.filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => c.id)).toEqual(['footing/ems-operations/others/2024-q3/distribution']);
    expect(mismatches[0].explanation).toContain('The same lines add up to 100% in Q4 2024 and Q4 2023, so this column is a mismatch.');
  });

  test('shares altered in two columns leave the reading unestablished: nothing is accused', () => {
    expect(distributions([['Consumer\t33 %\t36 %\t28 %', 'Consumer\t38 %\t63 %\t28 %']]).filter((c) => c.id.startsWith('footing/ems-operations/'))).toEqual([]);
  });
});

// Chimera's portfolio composition (excerpt cim-2024-q4-portfolio): three lines print their own shares right under them.
describe('shares of one whole printed with the shares of some of them right under them', () => {
  const checks = (edits: [string, string][] = []) => excerpt('cim-2024-q4-portfolio', edits).checks.filter((c) => c.id.startsWith('footing/reports-4th-quarter-2024-earnings/'));

  test('each line over its shares is their sum, and the lines left add up to 100%, in each of the four columns', () => {
    const all = checks();
    expect([...new Set(all.map((c) => `${c.id.split('/')[2]}/${c.id.split('/')[4]}`))]).toEqual([
      'non-agency-rmbs/shares',
      'agency-rmbs/shares',
      'agency-cmbs/shares',
      'loans-held-for-investment/distribution',
      'adjustable-rate-percentage-of-portfolio/distribution',
    ]);
    expect(all.length).toBe(20);
    expect(all.filter((c) => c.verdict !== 'exact' && c.verdict !== 'rounding')).toEqual([]);
    const rmbs = all.find((c) => c.id === 'footing/reports-4th-quarter-2024-earnings/non-agency-rmbs/2024-12-31.amortized-cost/shares')!;
    expect(rmbs.formula).toBe('Non-Agency RMBS = Senior + Subordinated + Interest-only');
    const loans = all.find((c) => c.id === 'footing/reports-4th-quarter-2024-earnings/loans-held-for-investment/2024-12-31.amortized-cost/distribution')!;
    expect(loans.formula).toBe('Loans held for investment = 100 − (Non-Agency RMBS + Agency RMBS + Agency CMBS)');
    expect(loans.restsOn).toContain("The lines printed under 'Non-Agency RMBS', 'Agency RMBS' and 'Agency CMBS' are shares of each, their sum, and are not counted again.");
  });

  test('a share altered in one column is a mismatch there (Senior at amortized cost in 2024, 3.7% printed 4.7%)', () => {
    const mismatches = checks([['Senior\t3.7%', 'Senior\t4.7%']]).filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => c.id)).toEqual(['footing/reports-4th-quarter-2024-earnings/non-agency-rmbs/2024-12-31.amortized-cost/shares']);
  });

  test('a whole altered in one column is a mismatch there (Loans held for investment at fair value in 2023, 90.9% printed 80.9%)', () => {
    const mismatches = checks([['87.6%\t90.9%', '87.6%\t80.9%']]).filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => c.id)).toEqual(['footing/reports-4th-quarter-2024-earnings/loans-held-for-investment/2023-12-31.fair-value/distribution']);
  });

  test('the split by rate printed after the split by class is a whole of its own: fixed-rate and adjustable-rate add up to 100%', () => {
    const adjustable = checks().filter((c) => c.id.includes('/adjustable-rate-percentage-of-portfolio/'));
    expect(adjustable.map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact', 'exact']);
    expect(adjustable[0].formula).toBe('Adjustable-rate percentage of portfolio = 100 − Fixed-rate percentage of portfolio');
    expect(adjustable[0].restsOn).toContain("the 2 percentage lines under 'Portfolio Composition', after the split ending at 'Loans held for investment'");
  });

  test.each([
    ['Fixed-rate at amortized cost in 2024, 87.9% printed 84.9%', '87.9%\t96.5%', '84.9%\t96.5%', '2024-12-31.amortized-cost'],
    ['Adjustable-rate at fair value in 2023, 4.1% printed 9.1%', '12.7%\t4.1%', '12.7%\t9.1%', '2023-12-31.fair-value'],
  ])('a share of the split by rate altered in one column is a mismatch there (%s)', (_, from, to, column) => {
    const mismatches = checks([[from, to]]).filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => c.id)).toEqual([`footing/reports-4th-quarter-2024-earnings/adjustable-rate-percentage-of-portfolio/${column}/distribution`]);
  });

  test('the two splits altered in a column each is more than one error the reading can stand on: nothing is accused', () => {
    const all = checks([['87.9%\t96.5%', '84.9%\t96.5%'], ['Senior\t3.7%', 'Senior\t4.7%']]);
    expect(all.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
});
