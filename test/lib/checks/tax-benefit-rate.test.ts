// An effective tax rate over a line printed as a deduction in every column (src/lib/checks/margins.ts): Kelly Services,
// Q4 and FY 2024 (../shared/corpus-pending), prints "Income tax benefit (23.8) (6.5)" under "Earnings (loss) before taxes
// (55.6) 4.9" and "Effective income tax rate 42.7% (134.3)%": a benefit on a loss is a positive rate, a benefit on
// earnings a negative one, each the benefit as printed over the earnings as printed. Read as its amount (as an allowance
// printed in parentheses among the assets is), the benefit gave the 2024 rates the wrong sign: −42.8 and −97.3 accused.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'kelya-2024-q4-statements';
const rates = (edits: [string, string][] = []) =>
  excerpt(ID, edits).checks.filter((c) => c.id.split('/')[0] === 'definition' && c.id.split('/')[2] === 'effective-income-tax-rate');

describe('an effective tax rate of a benefit printed in parentheses', () => {
  test.each([
    // [table, column, printed, computed to two places]
    ['statements-of-earnings', '2024-q4', '42.7', '42.81'],
    ['statements-of-earnings', '2023-q4', '-134.3', '-132.65'],
    ['statements-of-earnings-2', '2024-fy', '97.1', '97.26'],
    ['statements-of-earnings-2', '2023-fy', '-46.5', '-46.18'],
  ])('%s %s: printed %s, the benefit as printed over the earnings before taxes, %s', (table, column, printed, computed) => {
    const c = rates().find((x) => x.id === `definition/${table}/effective-income-tax-rate/${column}`)!;
    expect(c.reported.value).toBe(printed);
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(Number(c.computed).toFixed(2)).toBe(computed);
    expect(c.explanation).not.toContain('printed as a deduction');
  });

  test('the quarter\'s rate altered, 42.7% printed 47.2%, is a mismatch there, corroborated by the prior quarter', () => {
    const checks = rates([['Effective income tax rate\t42.7%', 'Effective income tax rate\t47.2%']]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual(['definition/statements-of-earnings/effective-income-tax-rate/2024-q4']);
  });

  test('the year\'s rate printed with the wrong sign, (97.1)%, is a mismatch', () => {
    const checks = rates([['Effective income tax rate\t97.1%', 'Effective income tax rate\t(97.1)%']]);
    expect(checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual(['definition/statements-of-earnings-2/effective-income-tax-rate/2024-fy']);
  });
});
