// A tie whose lines certainly of its concept disagree among themselves accuses, whatever a line read only likely beside
// them prints (src/lib/checks/tie.ts, `certainDisagree`). Precision Drilling's 4Q24 prints "Net earnings" in five
// tables, four of them excerpted: its "Financial Highlights", a summary no title calls the whole company's (so its line
// is the concept only likely), Adjusted EBITDA's reconciliation, and the statements of net earnings and comprehensive
// income.
// Excerpt: test/fixtures/checks/corpus/pd-2024-q4-net-earnings (README there), with no company model.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const PD = 'pd-2024-q4-net-earnings';

describe('a tie resting on the lines certainly its concept', () => {
  test.each(['2024-q4', '2023-q4', '2024-fy', '2023-fy'])('as printed, net earnings of %s tie in all four places', (period) => {
    const c = excerpt(PD).check(`tie/net-income/${period}`);
    expect(c.verdict).toBe('exact');
    expect(c.inputs).toHaveLength(3);
  });

  test("the statement's 146,722 printed 146,322: the other statement and the reconciliation against it, a mismatch", () => {
    // Before, the tie was dropped: the summary's line, agreeing with the other four, was not certain, so neither was the tie.
    alteredIsMismatch(PD, 'Net earnings\t$ 14,930\t$ 146,722', 'Net earnings\t$ 14,930\t$ 146,322', 'tie/net-income/2023-q4');
  });

  test("the summary's 146,722 printed 146,322: the certain lines agree, and the summary's line may be another's, so no accusation", () => {
    const c = excerpt(PD, [['Net earnings\t14,930\t146,722', 'Net earnings\t14,930\t146,322']]).checks.filter((x) => x.verdict === 'mismatch' && x.id.startsWith('tie/net-income/'));
    expect(c.map((x) => x.id)).toEqual([]);
  });
});
