// Comprehensive income is net income plus other comprehensive income; where the statement prints the other
// comprehensive income as a total of its own lines, last before comprehensive income, that total counts once: Ascendis
// Pharma's 4Q24 statement of profit or loss and other comprehensive income, "Exchange differences on translating foreign
// operations" 830 under "Other comprehensive income/(loss)", then "Other comprehensive income/(loss) for the period, net
// of tax" 830, then "Total comprehensive income/(loss) for the period, net of tax" (37,639) = (38,469) + 830. Excerpt of
// the imported release (test/fixtures/checks/corpus/README.md), with no company model.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const ID = 'asnd-2024-q4-comprehensive';
const row = 'footing/financial-tables-follow/total-comprehensive-incomeloss-for-the-period-net-of-tax';

describe('comprehensive income over the total of other comprehensive income', () => {
  test.each([
    // [column, printed, verdict]
    ['2024-q4', '(37,639)', 'exact'],
    ['2023-q4', '(88,376)', 'exact'],
    ['2024-fy', '(377,022)', 'exact'],
    ['2023-fy', '(484,178)', 'exact'],
  ])('%s: %s is %s', (column, printed, verdict) => {
    const c = excerpt(ID).check(`${row}/${column}`);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe(verdict);
    expect(c.formula).toBe('Total comprehensive income/(loss) for the period, net of tax = Net profit/(loss) for the period + Other comprehensive income/(loss) for the period, net of tax');
  });

  test('no figure of the statement is a mismatch', () => {
    expect(excerpt(ID).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test.each([
    // [as printed, as altered, the column accused]
    ['Total comprehensive income/(loss) for the period, net of tax\t(37,639)', 'Total comprehensive income/(loss) for the period, net of tax\t(37,939)', '2024-q4'],
    ['Other comprehensive income/(loss) for the period, net of tax\t830\t(1,498)\t1,062', 'Other comprehensive income/(loss) for the period, net of tax\t830\t(1,498)\t1,862', '2024-fy'],
  ])('%j altered to %j is a mismatch', (from, to, column) => {
    alteredIsMismatch(ID, from, to, `${row}/${column}`);
  });
});
