// LPL Financial, 2Q26 (company PDF, `pdftotext -layout`, unseen set s31; excerpts
// test/fixtures/import/real/lpla-2026-q2-client-cash.txt, lpla-2026-q2.txt lines 466-500, and
// lpla-2026-q2-monthly-metrics.txt, lines 509-530).
//
// The client cash page prints, under its title's "(Dollars in thousands, except where noted)", a table whose header
// sets "(in billions)" under "Average Balance" in each quarter's "Average Balance | Revenue | Net Yield (bps)" group,
// on the line of the caption "Interest-Earning Assets", below "Three Months Ended" and its days. Taken as the table's
// statement, it read every column in billions: the quarter's revenue 315,814 (thousands) as $315.8 trillion, the net
// yields in basis points as dollars. A unit statement printed over one column of each group alike is that column's
// (src/lib/import/text-table.ts, headsOneColumnOfEachGroup); a header naming basis points reads its bare figures so
// (src/lib/units/unit-statements.ts); an "Average Balance" is no balance at a day, so the days under "Three Months
// Ended" read as the quarters ending then (src/lib/ingest/periods.ts). The revenue columns, under no statement of their
// own, take the release's scale, said so, never the balances'.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkExcerpt, readExcerpt } from '../excerpt-release.ts';
import { headsOneColumnOfEachGroup } from '../../../src/lib/import/text-table.ts';

const CLIENT_CASH = readFileSync('test/fixtures/import/real/lpla-2026-q2-client-cash.txt', 'utf8');
const MONTHLY = readFileSync('test/fixtures/import/real/lpla-2026-q2-monthly-metrics.txt', 'utf8');
const meta = { id: 'lpla-2026-q2', headline: 'LPL Financial Announces Second Quarter 2026 Results', name: 'LPL Financial Holdings Inc.', ticker: 'LPLA', fiscalPeriod: '2026-q2', releaseDate: '2026-07-30', fiscalYearEnd: '12-31' };

describe('a unit statement over one column of each group is that column’s (LPL, 2Q26 client cash)', () => {
  const facts = readExcerpt(CLIENT_CASH, meta).facts.filter((f) => f.status === 'reported');
  // readExcerpt imports in millions: the release's scale, 6 here, where no statement covers a column.
  test.each([
    ['insured-cash-account-sweep', '37.7', '2026-q2', 'USD', 9],
    ['insured-cash-account-sweep', '315814', '2026-q2', 'USD', 6],
    ['insured-cash-account-sweep', '336', '2026-q2', 'basis-points', 0],
    ['insured-cash-account-sweep', '34.4', '2025-q2', 'USD', 9],
    ['insured-cash-account-sweep', '293420', '2025-q2', 'USD', 6],
    ['margin-receivables', '0.8', '2026-q1', 'USD', 9],
    ['margin-receivables', '14786', '2026-q1', 'USD', 6],
    ['margin-receivables', '792', '2026-q1', 'basis-points', 0],
  ])('%s %s is of %s, %s, scale %s', (row, value, period, unit, scale) => {
    const fact = facts.find((f) => f.row === row && f.value === value && f.period === period);
    expect(fact).toMatchObject({ unit, scale });
  });

  test('the balances above, under "Client Cash Balances (in billions)", stay in billions; no mismatch', () => {
    expect(facts.find((f) => f.row === 'total-client-cash-balances' && f.value === '56.9')).toMatchObject({ unit: 'USD', scale: 9, period: '2026-q2' });
    expect(checkExcerpt(CLIENT_CASH, meta).filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test('the monthly metrics page is read in billions', () => {
    const release = readExcerpt(MONTHLY, meta);
    expect(release.facts.find((f) => f.row === 'total-client-assets' && f.value === '2562.7')).toMatchObject({ scale: 9 });
  });
});

describe('headsOneColumnOfEachGroup', () => {
  test.each([
    // LPL's: one "(in billions)" over the first of three columns in each of three groups.
    [[[0, 0], [3, 3], [6, 6]], 9, true],
    [[[1, 1], [3, 3]], 4, true],
    // Once over the whole table, or centred over several columns (Everus's statement under its rules): the table's.
    [[[0, 5]], 6, false],
    [[[0, 1], [3, 4]], 6, false],
    // Over columns that do not recur alike, or as many statements as columns: not established.
    [[[0, 0], [4, 4], [6, 6]], 9, false],
    [[[0, 0], [1, 1]], 2, false],
    [[[0, 0], [2, 2]], 5, false],
  ])('%j over %i columns → %s', (spans, columns, expected) => {
    expect(headsOneColumnOfEachGroup(spans.map(([first, last]) => ({ first, last })), columns)).toBe(expected);
  });
});
