// The day counts a rate of a period shorter than a year is annualized by (src/lib/checks/day-counts.ts).
import { describe, expect, test } from 'vitest';
import { dayCounts } from '../../../src/lib/checks/day-counts.ts';
import type { Period } from '../../../src/lib/types.ts';

const period = (id: string, start: string, end: string): Period => ({ id, kind: 'duration', start, end, label: id });

describe('dayCounts', () => {
  test.each([
    // a leap year's quarter: four readings
    [period('2024-q4', '2024-10-01', '2024-12-31'), [' * 12 / 3', ' * 365 / 92', ' * 360 / 92', ' * 366 / 92']],
    // a quarter of a common year: actual/actual is actual/365
    [period('2019-q1', '2019-01-01', '2019-03-31'), [' * 12 / 3', ' * 365 / 90', ' * 360 / 90']],
    // nine months of a fiscal year ending in March 2019 (274 days)
    [period('2019-9m', '2018-07-01', '2019-03-31'), [' * 12 / 9', ' * 365 / 274', ' * 360 / 274']],
    // a year: the interest over the balance, or by days
    [period('2023-fy', '2023-01-01', '2023-12-31'), ['', ' * 360 / 365']],
    [period('2024-fy', '2024-01-01', '2024-12-31'), ['', ' * 365 / 366', ' * 360 / 366']],
  ])('dayCounts(%j) gives the factors %j', (p, factors) => {
    expect(dayCounts(p).map((d) => d.factor)).toEqual(factors);
  });

  test('an instant has no day count', () => {
    expect(dayCounts({ id: '2024-12-31', kind: 'instant', end: '2024-12-31', label: 'December 31, 2024' })).toEqual([]);
  });
});
