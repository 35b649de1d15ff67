// Readings of the unseen EDGAR set s10 (../shared/unseen-edgar-s10, excerpts in test/fixtures/checks/corpus/README.md)
// that made false mismatches of column totals and footings, each a form of how bank supplements are printed:
// - S: Bank of America's "Total Consumer Banking | Deposits | Consumer Lending" columns, whose "Return on average
//   allocated capital (1)" prints a return bare (32 beside 48 and 25: a percentage, never a sum) and whose "Total
//   earning assets (2)" and "Total assets (2)" carry a note saying the businesses' assets are allocated, so the total
//   is not their sum (1,131,142 against 1,082,449 + 289,220). No line that adds up carries note (2).
// - U: a dash between two figures under a heading over several columns is a nil of its own column, not a range
//   (test/lib/import/tables.test.ts): Bank of America's "Non-U.S. securities 12,289 | 4 | — | 12,293", Wells Fargo's
//   Corporate column "(9) | — | (1,395)".
// Each case: the reading now made, and a figure altered beyond rounding still a mismatch.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const BAC = 'bac-2021-q4-consumer-banking';
const total = (row: string, period: string) => `footing/consumer-banking-quarterly-results/${row}/${period}.total-consumer-banking/columns`;

describe('Bank of America\'s Consumer Banking columns: a return is no sum, and allocated assets are explained by their note', () => {
  test('"Return on average allocated capital (1)", printed bare, is read as a percentage and never summed across the columns', () => {
    const { release, checks } = excerpt(BAC);
    const facts = release.facts.filter((f) => f.row === 'return-on-average-allocated-capital');
    expect(facts.length).toBe(6);
    expect(facts.filter((f) => f.unit !== 'percent').map((f) => f.id)).toEqual([]);
    expect(checks.filter((c) => c.id.includes('/return-on-average-allocated-capital/') && c.id.endsWith('/columns')).map((c) => c.id)).toEqual([]);
  });

  test.each([
    ['average--total-earning-assets', '2021-q4'],
    ['average--total-assets', '2021-q3'],
    ['period-end--total-earning-assets', '2021-q3'],
    ['period-end--total-assets', '2021-q4'],
  ])('%s of %s, marked (2), is unverifiable, quoting the note', (row, period) => {
    const c = excerpt(BAC).check(total(row, period));
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain('The line carries note (2), which no line that adds up across the columns of this table carries');
    expect(c.explanation).toContain('total earning assets and total assets of the businesses may not equal total Consumer Banking');
  });

  test.each([
    ['net-income', '2021-q4'],
    ['allocated-capital', '2021-q4'],
    ['period-end--total-deposits', '2021-q3'],
  ])('%s of %s adds up across the columns', (row, period) => {
    expect(excerpt(BAC).check(total(row, period)).verdict).toBe('exact');
  });

  test.each([
    ['Net income\t<u>$ 3,124</u>\t<u>$ 1,453</u>', 'Net income\t<u>$ 3,124</u>\t<u>$ 1,435</u>', total('net-income', '2021-q4')],
    // Note (1) is also carried by a line that adds up ("Allocated capital (1)" in the other quarter), so it explains nothing.
    ['Allocated capital (1)\t38,500\t12,000', 'Allocated capital (1)\t38,500\t12,500', total('allocated-capital', '2021-q4')],
    ['Total deposits\t1,054,995\t1,049,085', 'Total deposits\t1,054,995\t1,049,805', total('period-end--total-deposits', '2021-q4')],
  ] as const)('%s printed %s makes %s a mismatch', (from, to, check) => {
    alteredIsMismatch(BAC, from, to, check);
  });
});

describe('Bank of America\'s return on allocated capital, read as a percentage, is defined in its note', () => {
  // Global Wealth & Investment Management: 3,071 ÷ 15,000 = 20.47% against 21 printed for 2020, 26 for 2021 (26.22%)
  // within rounding; note (1) defines the return over net income adjusted for the cost of funds and more.
  const GWIM = 'bac-2021-q4-gwim';
  const ratio = (period: string) => `definition/global-wealth-investment-management-segment/return-on-average-allocated-capital/${period}`;
  test('the year its reading of net income over average allocated capital fails is unverifiable, naming the note', () => {
    const l = excerpt(GWIM);
    expect(l.check(ratio('2021-fy')).verdict).toBe('rounding');
    expect(l.check(ratio('2020-fy')).verdict).toBe('unverifiable');
    expect(l.check(ratio('2020-fy')).explanation).toContain('The line carries note (1)');
  });

  test('the same figures on a line carrying no note are a mismatch, corroborated by the other year', () => {
    const l = excerpt(GWIM, [['Return on average allocated capital (1)\t26\t21', 'Return on average allocated capital\t26\t21']]);
    expect(l.check(ratio('2020-fy')).verdict).toBe('mismatch');
  });

  test('a figure of the table printed wrong is still a mismatch', () => {
    alteredIsMismatch(GWIM, 'All other income\t772\t846', 'All other income\t772\t864', 'footing/global-wealth-investment-management-segment/total-noninterest-income/2020-fy');
  });
});

describe('figures of one row, each in its own column, foot', () => {
  const AFS = 'bac-2021-q4-debt-securities';
  const WFC = 'wfcs-2021-q4-segments';
  const gains = 'footing/available-for-sale-debt-securities/total-available-for-sale-debt-securities/2021-09-30-2';
  // Corporate's net income, before noncontrolling interests (84, read with its own column now) less theirs.
  const corporate = 'footing/net-interest-income/net-income-loss/2021-q3';
  test.each([
    [AFS, gains],
    [WFC, corporate],
  ])('%s: %s is exact', (file, check) => {
    expect(excerpt(file).check(check).verdict).toBe('exact');
  });

  test.each([
    [AFS, 'Non-U.S. securities\t12,289\t4\t', 'Non-U.S. securities\t12,289\t9\t', gains],
    [WFC, '281\t—\t283', '218\t—\t283', corporate],
  ] as const)('%s: %s printed %s makes %s a mismatch', (file, from, to, check) => {
    alteredIsMismatch(file, from, to, check);
  });
});
