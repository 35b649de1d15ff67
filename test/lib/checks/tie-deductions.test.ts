// A line printed in several tables and, in one more, as a deduction (src/lib/checks/tie.ts, `withoutDeductions`):
// Palomar's 4Q24 "Catastrophe losses" (test/fixtures/checks/corpus/plmr-2024-q4-catastrophe-losses, README there), $8,122
// in its summary of operating results and its loss detail, and "(8,122)" among the adjustments of its reconciliation of
// the adjusted combined ratio excluding them. The deduction is the line taken away, not a third printing to tie: with it
// the places failed in every period and no tie was read.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const PLMR = 'plmr-2024-q4-catastrophe-losses';

describe('a line printed as a deduction is no place of its tie', () => {
  test.each([
    ['2024-q4', '8,122'],
    ['2023-q4', '10'],
  ])('%s: the summary and the loss detail print %s', (period, printed) => {
    const c = excerpt(PLMR).check(`tie/catastrophe-losses/${period}`);
    expect(c.verdict).toBe('exact');
    const places = [c.reported.fact, ...c.inputs];
    expect(places.some((id) => id?.includes('/loss-detail/'))).toBe(true);
    expect(places.some((id) => id?.includes('/adjusted-combined-ratio-excluding-catastrophe-losses/'))).toBe(false);
    expect(c.reported.text.replace('$ ', '')).toBe(printed);
  });

  test('nothing is a mismatch as printed', () => {
    expect(excerpt(PLMR).checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });
});
