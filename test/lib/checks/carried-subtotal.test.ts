// A cash flow's unlabelled subtotal after a heading may carry the total printed just above the heading
// (src/lib/checks/structure.ts, the bare total's readings). Eppley's Q1 2023 cash flow (unseen set s16, class C;
// excerpt eppley-2023-q1-working-capital) prints the adjusted profit 14,010, then "Changes in non-cash working capital
// components:", seven lines (133,470) and 147,480 = 14,010 + 133,470; Jamaica Broilers' (jbg-2023-q3-working-capital)
// 8,206,142, "Changes in operating assets and liabilities:", six lines (-9,407,574) and (1,201,432). Read as the sum of
// the section's lines alone, each column was a mismatch.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const EPPLEY = 'eppley-2023-q1-working-capital';
const JBG = 'jbg-2023-q3-working-capital';
const ids = (id: string, c: (x: { id: string }) => boolean) => excerpt(id).checks.filter(c).map((x) => x.id);

describe('the subtotal after a heading carries the total above it', () => {
  test.each([
    [EPPLEY, /changes-in-non-cash-working-capital-components--subtotal\/(2023-q1|2022-q1|2022-fy)$/, 3],
    [JBG, /changes-in-operating-assets-and-liabilities--subtotal\/(2023-9m|2022-9m)$/, 2],
  ] as const)('%s: each column exact, naming the carried total', (id, pattern, n) => {
    const checks = excerpt(id).checks.filter((c) => pattern.test(c.id));
    expect(checks).toHaveLength(n);
    for (const c of checks) {
      expect(c.verdict).toBe('exact');
      expect(c.explanation).toContain('carrying');
    }
  });

  test('no mismatch is left in either statement', () => {
    expect(ids(EPPLEY, (c) => (c as { verdict?: string }).verdict === 'mismatch')).toEqual([]);
    expect(ids(JBG, (c) => (c as { verdict?: string }).verdict === 'mismatch')).toEqual([]);
  });

  test('a digit planted in a working-capital line is still caught', () => {
    const id = excerpt(EPPLEY).checks.find((c) => /changes-in-non-cash-working-capital-components--subtotal\/2023-q1$/.test(c.id))!.id;
    alteredIsMismatch(EPPLEY, 'Loans receivable\t121,895', 'Loans receivable\t125,895', id);
  });
});
