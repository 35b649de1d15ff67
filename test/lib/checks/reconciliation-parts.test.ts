// A reconciliation whose result is printed again as the sum of its parts under a heading that
// names it: Assurant's 4Q24 "Adjusted EBITDA, ex. reportable catastrophes" (../shared/corpus-extra/
// aiz-2024-q4.md), read with no company model. Before, the three segment lines under that heading were
// taken for adjustments between "Adjusted EBITDA" and the result, and all four columns were mismatches
// (431.5 printed, 863 computed).
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'footing/gaap-net-income/adjusted-ebitda--adjusted-ebitda-ex-reportable-catastrophes';

describe('the lines under a heading that names the result are its parts, not adjustments (Assurant, 4Q24)', () => {
  test.each([
    ['2024-q4', '431.5'],
    ['2023-q4', '382.4'],
    ['2024-fy', '1569.4'],
    ['2023-fy', '1369.3'],
  ])('%s: Adjusted EBITDA plus reportable catastrophes is the result printed, %s', (period, printed) => {
    const c = excerpt('aiz-2024-q4').check(`${ID}/${period}`);
    expect(c.reported.value).toBe(printed);
    expect(c.verdict).toBe('exact');
    expect(c.explanation).toContain("the lines under 'Adjusted EBITDA, ex. reportable catastrophes' as its parts, not adjustments");
  });

  test('a figure altered beyond rounding is still a mismatch: reportable catastrophes 50.1 printed 60.1', () => {
    const c = excerpt('aiz-2024-q4', [['Reportable catastrophes\t50.1', 'Reportable catastrophes\t60.1']]).check(`${ID}/2024-q4`);
    expect(c.verdict).toBe('mismatch');
  });
});
