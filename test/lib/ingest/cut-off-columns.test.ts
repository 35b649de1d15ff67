// A row short of cells whose missing cells are all in columns no row fills (src/lib/ingest/build-table.ts, readRows):
// Centene's 2Q26 balance sheet as a newsroom page was saved (test/fixtures/checks/corpus/cnc-2026-q2-balance-sheet,
// unseen set s31) is cut off on the right, its December column headed "Decem" with no figure under it; after a blank
// line its rows lose a tab ("Medical claims liability\t$ 20,262\t$"). Each was a problem located ("a tab may be
// missing"), and the balance sheet's totals went unread. Read from the left, as every other row of the table is.
import { describe, expect, test } from 'vitest';
import { excerpt } from '../checks/no-model.ts';

const CNC = 'cnc-2026-q2-balance-sheet';

describe('rows cut short where no row prints a figure', () => {
  test('no row is left unread for a missing tab', () => {
    expect(excerpt(CNC).release.errors.filter((e) => e.message.includes('a tab may be missing'))).toEqual([]);
  });

  test.each([
    ['total-assets', '$ 83,012'],
    ['total-liabilities', '60,355'],
    ['total-liabilities-redeemable-noncontrolling-interests-and-stockholders-equity', '83,012'],
  ])('%s (%s) is read and foots', (row, printed) => {
    const c = excerpt(CNC).check(`footing/balance-sheets/${row}/2026-06-30`);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe('exact');
  });

  test('a row short of a column some row fills is still a problem: the figure cannot be placed', () => {
    const e = excerpt(CNC, [['Other current assets\t1,552\t\t', 'Other current assets\t1,552\t7\t'], ['Long-term debt\t16,030\t', 'Long-term debt\t16,030']]);
    expect(e.release.errors.some((x) => x.message.includes('a tab may be missing'))).toBe(true);
  });
});
