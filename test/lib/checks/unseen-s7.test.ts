// Readings of the unseen wire set s7 (../shared/unseen-wire-s7, excerpts in test/fixtures/checks/corpus/README.md)
// that made false mismatches, each a form of how releases are written:
// - a unit statement centred on a line of its own under a text table's header rules is the table's, not a heading
//   of the columns it overlaps (Everus's EBITDA reconciliations, "(In millions, except percentages)");
// - one label adjusting two measures ("Unconsolidated joint venture adjusting items, net" on the way to Core FFO and
//   to Adjusted EBITDA, InvenTrust) is one line only where the two agree;
// - a change column headed "LfL change" is a like-for-like change, not the change of the printed figures (Carmila).
// Each case: the reading now made, and a figure altered beyond rounding still a mismatch.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

describe('a false mismatch of the s7 set is read right, the figures as printed', () => {
  test.each([
    // [excerpt, check, verdict, words of its explanation]
    ['ecg-2024-q4-ebitda', 'tie/net-income/2024-fy', 'rounding', '143,421'],
    ['ecg-2024-q4-ebitda', 'tie/net-income/2023-fy', 'rounding', '137,230'],
  ] as const)('%s: %s is %s', (id, check, verdict, words) => {
    const c = excerpt(id).check(check);
    expect(c.verdict).toBe(verdict);
    expect(c.explanation).toContain(words);
  });

  test('ecg-2024-q4-ebitda: every figure of the EBITDA reconciliations is in millions, none named by the unit statement', () => {
    const facts = excerpt('ecg-2024-q4-ebitda').release.facts.filter((f) => f.line > 30 && f.unit === 'USD');
    expect(facts.length).toBeGreaterThan(40);
    expect(facts.filter((f) => f.scale !== 6).map((f) => f.id)).toEqual([]);
    expect(facts.filter((f) => /except|millions/.test(f.dimension ?? '')).map((f) => f.id)).toEqual([]);
  });

  test('ivt-2024-q4-ffo-ebitda: an adjustment to Core FFO and one to Adjusted EBITDA of the same words are no tie where they differ', () => {
    const l = excerpt('ivt-2024-q4-ffo-ebitda');
    expect(l.checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    expect(l.checks.filter((c) => c.id.startsWith('tie/unconsolidated-joint-venture-adjusting-items-net/') && c.verdict === 'mismatch')).toEqual([]);
    // The lines that agree are still tied, and each reconciliation still foots with its own figure.
    expect(l.check('tie/non-operating-income-and-expense-net/2023-fy').verdict).toBe('exact');
    expect(l.check('footing/ebitda-and-adjusted-ebitda/adjusted-ebitda/2023-fy').verdict).toBe('exact');
  });

  test.each([
    ['growth/gross-rental-income/net-rental-income-eurm/2024-fy-vs-2023-fy.lfl-change', 'unverifiable'],
    ['growth/property-portfolio-valuation-including-transfer-taxes/property-portfolio-valuation-including-transfer-taxes-eurm/2024-fy-vs-2023-fy.lfl-change', 'unverifiable'],
    ['growth/gross-rental-income/net-rental-income-eurm/2024-fy-vs-2023-fy', 'rounding'],
  ] as const)('carm-2024-fy-key-figures: %s is %s', (check, verdict) => {
    const c = excerpt('carm-2024-fy-key-figures').check(check);
    expect(c.verdict).toBe(verdict);
    if (verdict === 'unverifiable') expect(c.explanation).toContain('"LfL change" is a change on a like-for-like basis');
  });

  // Everus's fourth quarters: net income 34,468 and 36,493 thousand in the statements, $34.4 and $36.4 million in every
  // table in millions (each the sum of its segments' rounded lines) and in the prose: 34.468 rounds to 34.5, not 34.4.
  // Reviewed as printed wrong (../../fixtures/corpus-review/unseen/wire-s7.md).
  test.each(['tie/net-income/2024-q4', 'tie/net-income/2023-q4'])('ecg-2024-q4-ebitda: %s, a quarter truncated, stays a mismatch', (check) => {
    expect(excerpt('ecg-2024-q4-ebitda').check(check).verdict).toBe('mismatch');
  });
});

describe('a figure of the s7 set altered beyond rounding is still a mismatch', () => {
  test.each([
    ['ecg-2024-q4-ebitda', '$ 143.4\t$ 137.2\t4.5%', '$ 144.4\t$ 137.2\t4.5%', 'tie/net-income/2024-fy'],
    ['ecg-2024-q4-ebitda', '$ 143.4\t$ 137.2\t4.5%', '$ 143.4\t$ 137.9\t4.5%', 'tie/net-income/2023-fy'],
    // The adjustment no longer tied is still read by its reconciliation; the start of two reconciliations still ties.
    ['ivt-2024-q4-ffo-ebitda', '--\t80\t--\t(108)', '--\t80\t--\t(118)', 'footing/ebitda-and-adjusted-ebitda/adjusted-ebitda/2023-fy'],
    ['ivt-2024-q4-ffo-ebitda', '$ 13,658\t$ 5,269\n  Interest', '$ 13,658\t$ 5,369\n  Interest', 'tie/net-income/2023-fy'],
    // The reported change beside the like-for-like one is still checked.
    ['carm-2024-fy-key-figures', '370.7\t342.4\t+8.3%', '370.7\t342.4\t+9.3%', 'growth/gross-rental-income/net-rental-income-eurm/2024-fy-vs-2023-fy'],
  ] as const)('%s: %s printed %s makes %s a mismatch', (id, from, to, check) => {
    alteredIsMismatch(id, from, to, check);
  });
});
