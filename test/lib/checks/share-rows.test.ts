// A row of shares under a row of amounts (src/lib/checks/share-rows.ts), on Pegasystems' backlog by product (excerpt
// pega-2024-q4-backlog): "% of Total" printed under each product's remaining performance obligations, 100% under the
// total alone, rounded so that the row adds up to it (69.4% printed 70%).
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const shares = (edits: [string, string][] = []) => excerpt('pega-2024-q4-backlog', edits).checks.filter((c) => c.id.startsWith('definition/') && c.id.includes('/of-total/'));

describe('a row named "% of Total" gives each column\'s amount above it as a share of the total column\'s', () => {
  test('the four products with a figure, in both years, as printed: within rounding, two read as rounded to foot', () => {
    const checks = shares();
    expect(checks.length).toBe(8);
    expect(checks.filter((c) => c.verdict !== 'exact' && c.verdict !== 'rounding')).toEqual([]);
    const cloud = checks.find((c) => c.id.endsWith('/2024-12-31.subscription-services-pega-cloud'))!;
    expect(cloud.computed?.startsWith('69.42')).toBe(true);
    expect(cloud.explanation).toContain('Read as a share rounded so that the row adds up');
    expect(cloud.restsOn).toBe("Read from the label: '% of Total' prints 100% under 'Total' alone, so each of its figures is the amount of 'Subtotal' above it as a percentage of that column's.");
  });

  test.each([
    ['Consulting in 2024, 3% printed 5%', '—%\t3%\t100%', '—%\t5%\t100%', '2024-12-31.consulting'],
    ['Subscription license in 2023, 6% printed 9%', '66%\t25%\t6%', '66%\t25%\t9%', '2023-12-31.subscription-license'],
  ])('a share altered beyond rounding is a mismatch, the others holding (%s)', (_, from, to, column) => {
    const mismatches = shares([[from, to]]).filter((c) => c.verdict === 'mismatch');
    expect(mismatches.map((c) => c.id.split('/').at(-1))).toEqual([column]);
  });
});
