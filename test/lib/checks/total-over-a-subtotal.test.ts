// A total whose one line printing figures is a subtotal, the others nil (src/lib/checks/structure.ts,
// carriesASubtotal). Horizon Financial's non-performing assets, 3Q FY2006 (excerpt hrzb-fy2006-q3-non-performing):
// "Total non-performing assets" is "Total non-performing loans" plus a nil "REO" in all three columns. No column sums
// two lines printed non-zero, so a figure altered in one column dropped the footing ("gone") rather than failing
// there, though the other two columns carry the subtotal to the digit.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'hrzb-fy2006-q3-non-performing';
const TOTAL = 'footing/non-performing-assets/total-non-performing-assets';

describe('a total over a subtotal and nil lines', () => {
  test('holds in every column as printed, exactly', () => {
    const checks = excerpt(ID).checks.filter((c) => c.id.startsWith(`${TOTAL}/`));
    expect(checks.map((c) => c.verdict)).toEqual(['exact', 'exact', 'exact']);
  });

  test.each([
    ['Total non-performing assets\t$ 1,287', 'Total non-performing assets\t$ 1,297', '2005-12-31'],
    ['Total non-performing assets\t$ 1,287\t$ 1,257', 'Total non-performing assets\t$ 1,287\t$ 1,457', '2005-09-30'],
  ])('%s altered to %s: a mismatch in that column, corroborated by the others', (from, to, column) => {
    const c = excerpt(ID, [[from, to]]).check(`${TOTAL}/${column}`);
    expect(c.verdict).toBe('mismatch');
    expect(c.explanation).toContain('so this column is a mismatch');
  });

  test('a total carrying one line that is no subtotal is not corroborated so (Gladstone: a single line is no sum)', () => {
    const c = excerpt(ID, [
      ['Total non-performing loans\t1,287\t1,257\t1,115', 'Non-performing loans, other\t1,287\t1,257\t1,115'],
      ['Total non-performing assets\t$ 1,287', 'Total non-performing assets\t$ 1,297'],
    ]).checks.filter((x) => x.id.startsWith(`${TOTAL}/`) && x.verdict === 'mismatch');
    expect(c).toEqual([]);
  });
});
