// Constant-currency columns printed beside their currency effect (src/lib/checks/constant-currency.ts):
// the amount is the reported one less the effect, the change is the change of the current figure less
// the effect; a figure altered in one line is a mismatch there, corroborated by the column's other
// lines; a column that follows from the effect in too few lines is not accused. Excerpts from real
// releases (test/fixtures/checks/readings/{hbi-2024-q4-constant-currency,tap-2024-q4-segment-results}.txt).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { parseRelease } from '../../../src/lib/ingest/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';
import type { Check, ReleaseMeta } from '../../../src/lib/types.ts';

const hbi = `Results\n\n${readFileSync('test/fixtures/checks/readings/hbi-2024-q4-constant-currency.txt', 'utf8')}\n`;
const tap = `Results\n\n${readFileSync('test/fixtures/checks/readings/tap-2024-q4-segment-results.txt', 'utf8')}\n`;
const meta = (scale: number, fiscalPeriod: string): ReleaseMeta => ({
  id: 'excerpt-2024-q4', title: 'Results', company: 'excerpt', name: 'Excerpt', ticker: 'EXC', exchange: '',
  fiscalYearEnd: '12-31', fiscalPeriod, releaseDate: '2025-02-12', currency: 'USD', scale,
});
const checksOf = (text: string, scale: number): Check[] => runChecks(parseRelease(text, meta(scale, '2024-q4'), emptyModel, 'excerpt/release.txt'), emptyModel);
const constantAmounts = (checks: Check[]) => checks.filter((c) => c.id.endsWith('/constant-currency'));
const constantChanges = (checks: Check[]) => checks.filter((c) => c.kind === 'growth' && /constant currency/i.test(c.formula));
const verdicts = (checks: Check[]) => checks.map((c) => c.verdict);
const row = (c: Check) => c.id.split('/')[2];

describe('constant-currency amounts: as reported less the impact from foreign currency (Hanesbrands)', () => {
  test('every line ties, EPS included', () => {
    const checks = constantAmounts(checksOf(hbi, 3));
    expect(checks).toHaveLength(8);
    expect(verdicts(checks).every((v) => v === 'exact')).toBe(true);
    expect(checks[0].explanation).toContain('888,469 − (−9,241)');
    expect(checks[0].restsOn).toContain('the effect taken away from');
  });

  test.each([
    ['a constant-currency figure altered', '120,258', '150,258', 'as-reported-under-gaap--operating-profit'],
    ['an effect altered', '(3,078)\t393,349', '(3,978)\t393,349', 'as-reported-under-gaap--gross-profit'],
  ])('%s is a mismatch in its line only, corroborated', (_what, from, to, line) => {
    const checks = constantAmounts(checksOf(hbi.replace(from, to), 3));
    const mismatches = checks.filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map(row)).toEqual([line]);
    expect(mismatches[0].explanation).toContain('holds in 7 other lines');
  });

  test('a column that follows from the effect in too few lines is not accused', () => {
    // Every constant-currency figure but one altered: no reading of the columns is borne out.
    let text = hbi;
    for (const [from, to] of [['897,710', '997,710'], ['393,349', '493,349'], ['120,258', '220,258'], ['394,587', '494,587'], ['126,533', '226,533'], ['0.13\t$ (0.28)', '0.53\t$ (0.28)'], ['0.17\t$ 0.05', '0.57\t$ 0.05']]) {
      text = text.replaceAll(from, to);
    }
    const checks = constantAmounts(checksOf(text, 3));
    expect(checks.some((c) => c.verdict === 'mismatch')).toBe(false);
    expect(checks.filter((c) => c.verdict === 'unverifiable').length).toBeGreaterThan(0);
    expect(checks.find((c) => c.verdict === 'unverifiable')!.explanation).toContain('too few to establish what the columns mean');
  });
});

describe('constant-currency changes: the change of the current figure less the FX impact (Molson Coors\' segments)', () => {
  test('every line ties, costs printed negative included', () => {
    const checks = constantChanges(checksOf(tap, 6));
    const judged = checks.filter((c) => c.verdict !== 'unverifiable');
    expect(judged.length).toBeGreaterThanOrEqual(30);
    expect(verdicts(judged).every((v) => v === 'exact' || v === 'rounding')).toBe(true);
    // Losses in the prior period: a printed N/M is justified, not judged.
    expect(checks.filter((c) => c.verdict === 'unverifiable').every((c) => /not meaningful/.test(c.explanation))).toBe(true);
    const americas = checks.find((c) => c.id === 'growth/summarized-segment-results/net-sales/2024-q4-vs-2023-q4.constant-currency-percent-change')!;
    expect(americas.explanation).toContain('(2,173.9 − (−8.4)) ÷ 2,231.1 − 1');
  });

  test('an FX impact altered is a mismatch of its line\'s constant-currency change (Americas net sales, $(8.4) printed $(28.4))', () => {
    const checks = constantChanges(checksOf(tap.replace('(2.6)\t$(8.4)', '(2.6)\t$(28.4)'), 6));
    const mismatches = checks.filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => c.id)).toEqual(['growth/summarized-segment-results/net-sales/2024-q4-vs-2023-q4.constant-currency-percent-change']);
    expect(mismatches[0].explanation).toContain('holds in 4 other lines');
  });

  test('a constant-currency change beside no currency effect is not read as one', () => {
    const text = tap.replaceAll('FX\tCurrency', 'Other\tCurrency');
    const checks = checksOf(text, 6).filter((c) => /\/percent-change(-2)?$/.test(c.id));
    expect(checks.every((c) => c.verdict === 'unverifiable')).toBe(true);
    expect(constantChanges(checks)).toEqual([]);
  });
});
