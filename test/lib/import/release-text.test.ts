// Which lines above a table are its title (src/lib/import/release-text.ts `isTitleLine`). A line announcing that the
// tables follow names none of them: Criteo's 1Q20 8-K (unseen EDGAR set s13, crto-2020-q1.htm) prints "Financial
// information to follow" over "CRITEO S.A." / "Consolidated Statement of Financial Position", and the balance sheet
// was the table "financial-information-to-follow-statement-of"; Spok's 1Q20 (s14, spok-2020-q1.htm) prints "Tables to
// Follow" above its statement of operations. The lines are as those releases print them.
import { describe, expect, test } from 'vitest';
import { isTitleLine } from '../../../src/lib/import/release-text.ts';

describe('isTitleLine', () => {
  test.each([
    // line, a table's title
    ['Financial information to follow', false],
    ['Tables to Follow', false],
    ['-Financial Tables to Follow-', false],
    ['(Tables follow)', false],
    ['CRITEO S.A.', true],
    ['Consolidated Statement of Financial Position', true],
    ['(U.S. dollars in thousands, unaudited)', true],
    ['CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (a)', true],
    // Words before "follows" that are no announcement of tables.
    ['Net cash flows', true],
    ['Supplemental Financial Information and Operating Metrics', true],
  ])('%s → %s', (line, expected) => {
    expect(isTitleLine(line)).toBe(expected);
  });
});
