// Readings of the unseen wire set s9 (../shared/unseen-wire-s9, excerpts in test/fixtures/checks/corpus/README.md)
// that left figures unread, each a form of how releases are written:
// - a period centred over two groups the line below rules ("Three Months Ended December 31," over "2024" and
//   "2023", each over a "$ | EPS(1)" pair) heads all four columns, and a wrapped label closing its parenthesis at
//   the margin (" 3)   (18.0)") is no figure (Avient's reconciliation of adjusted EPS, test/lib/import/wire-tables.test.ts);
// - a balance sheet whose wrapped labels join their dates by a no-break space (VOXX): read whole, its total of
//   "liabilities, redeemable equity, redeemable non-controlling interest, and stockholders' equity" is the total of
//   liabilities and equity, the temporary equity between them counted in neither (total liabilities + total equity
//   was a false mismatch of 4,801).
// Each case: the reading now made, and a figure altered beyond rounding still a mismatch.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const AVIENT = 'avnt-2024-q4-eps-reconciliation';
const quarter = (column: string) => `footing/reconciliation-to-condensed/adjusted-net-income-eps/${column}`;

describe('Avient\'s reconciliation of adjusted EPS, read under its quarters, foots', () => {
  test.each(['2024-q4', '2024-q4.eps', '2023-q4', '2023-q4.eps'])('%s is exact', (column) => {
    expect(excerpt(AVIENT).check(quarter(column)).verdict).toBe('exact');
  });

  test('every figure of the quarter table is the quarter\'s: none is read as a year', () => {
    const facts = excerpt(AVIENT).release.facts.filter((f) => f.line <= 10 && f.value !== null);
    expect(facts.length).toBe(16);
    expect(facts.filter((f) => !/^202[34]-q4$/.test(f.period)).map((f) => f.id)).toEqual([]);
    expect(facts.filter((f) => f.id.endsWith('.eps') && f.unit !== 'USD/share').map((f) => f.id)).toEqual([]);
  });

  test.each([
    ['Amortization expense, after-tax\t14.8\t0.17', 'Amortization expense, after-tax\t15.8\t0.17', '2024-q4'],
    ['Amortization expense, after-tax\t14.8\t0.17\t15.0\t0.16', 'Amortization expense, after-tax\t14.8\t0.17\t15.0\t0.19', '2023-q4.eps'],
  ] as const)('%s printed %s makes the footing of %s a mismatch', (from, to, column) => {
    alteredIsMismatch(AVIENT, from, to, quarter(column));
  });
});

const VOXX = 'voxx-fy2025-q3-balance-sheet';
const balance = (date: string) => `tie/balance/and-subsidiaries-balance-sheets/${date}`;

describe('VOXX\'s balance sheet, its wrapped labels read whole, balances with its temporary equity', () => {
  test.each(['2024-11-30', '2024-02-29'])('%s is exact, against the printed total of liabilities, temporary equity and equity', (date) => {
    const c = excerpt(VOXX).check(balance(date));
    expect(c.verdict).toBe('exact');
    expect(c.formula).toContain('redeemable equity, redeemable non-controlling interest');
  });

  test.each([
    ['Redeemable non-controlling interest\t(9,019)', 'Redeemable non-controlling interest\t(9,919)', 'footing/and-subsidiaries-balance-sheets/total-liabilities-redeemable-equity-redeemable-non-controlling-interest-and-stockholders-equity/2024-11-30'],
    ['  Total assets\t<u>$ 338,826</u>', '  Total assets\t<u>$ 338,862</u>', balance('2024-11-30')],
  ] as const)('%s printed %s makes %s a mismatch', (from, to, check) => {
    alteredIsMismatch(VOXX, from, to, check);
  });
});

// Killam (../shared/corpus, 4Q24): once a no-break space joins "December 31,\u00a0 2024", the dates are read one per
// column under "Twelve months ended," (test/lib/import/wire-tables.test.ts), so the reconciliation is the years'.
describe('Killam\'s adjusted EBITDA, read under its twelve months, foots and grows', () => {
  const KILLAM = 'kmp-2024-q4-ebitda';
  test.each([
    ['footing/normalized/adjusted-ebitda-2/2024-fy', 'exact'],
    ['footing/normalized/adjusted-ebitda-2/2023-fy', 'exact'],
    ['growth/normalized/net-income/2024-fy-vs-2023-fy', 'rounding'],
  ] as const)('%s is %s', (check, verdict) => {
    expect(excerpt(KILLAM).check(check).verdict).toBe(verdict);
  });
  test.each([
    ['Financing costs\t79,712\t69,398', 'Financing costs\t79,712\t69,938', 'footing/normalized/adjusted-ebitda-2/2023-fy'],
    ['$667,844\t$266,333\t150.8 %', '$667,844\t$266,333\t105.8 %', 'growth/normalized/net-income/2024-fy-vs-2023-fy'],
  ] as const)('%s printed %s makes %s a mismatch', (from, to, check) => {
    alteredIsMismatch(KILLAM, from, to, check);
  });
});
