// A line that completes its section's name, or nets it (src/lib/checks/structure.ts, `completesName`): PennantPark's
// statement of operations, 1Q FY2025 (test/fixtures/checks/corpus/pnnt-fy2025-q1-operations, README there), prints "Net
// change in unrealized appreciation (depreciation) on:" over four lines, closed by "Net change in unrealized appreciation
// (depreciation) on investments and debt", and "Realized and unrealized gain (loss) on investments and debt:" closed by
// "Net realized and unrealized gain (loss) from investments and debt". Neither was read as a total.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const PNNT = 'pnnt-fy2025-q1-operations';
const TABLE = 'footing/statements-of-operations';
const UNREALIZED = `${TABLE}/net-change-in-unrealized-appreciation-depreciation-on-investments-and-debt`;
const BOTH = `${TABLE}/net-realized-and-unrealized-gain-loss-from-investments-and-debt`;

describe("a total completing or netting its section's name", () => {
  test.each([
    // (4,777) + 7,138 + (37) + 3,328 = 5,652; (12,270) + 7,324 + 150 + (2,040) = (6,836)
    [UNREALIZED, '2025-q1', '5,652'],
    [UNREALIZED, '2024-q1', '(6,836)'],
    // (2,560) + 5,652 = 3,092; 1,831 + (6,836) = (5,005)
    [BOTH, '2025-q1', '3,092'],
    [BOTH, '2024-q1', '(5,005)'],
  ])('%s, %s: the lines of its section (%s)', (id, period, printed) => {
    const c = excerpt(PNNT).check(`${id}/${period}`);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe('exact');
  });

  test('as printed, nothing is a mismatch', () => {
    expect(excerpt(PNNT).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });

  test('a line altered is its total\'s mismatch: the tax on unrealized appreciation, (37) printed (17)', () => {
    alteredIsMismatch(PNNT, 'investments\t(37)\t150', 'investments\t(17)\t150', `${UNREALIZED}/2025-q1`);
  });
});
