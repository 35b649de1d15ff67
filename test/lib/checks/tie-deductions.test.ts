// A line printed in several tables and, in one more, as a deduction (src/lib/checks/tie.ts, `withoutDeductions`):
// Palomar's 4Q24 "Catastrophe losses" (test/fixtures/checks/corpus/plmr-2024-q4-catastrophe-losses, README there), $8,122
// in its summary of operating results and its loss detail, and "(8,122)" among the adjustments of its reconciliation of
// the adjusted combined ratio excluding them. The deduction is the line taken away, not a third printing to tie: with it
// the places failed in every period and no tie was read. Nor is it a place where one of the others is misprinted: the
// summary's 8,102 beside 8,122 and (8,122) left the deduction against one place alone, and the tie was lost with the
// error it should have caught (a planted error missed on the corpus); the deduction is the place of the other sign.
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
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

  test.each([
    ['2024-q4', 'Catastrophe losses\t$ 8,122\t$ 10\t\t', 'Catastrophe losses\t$ 8,102\t$ 10\t\t'],
    ['2023-q4', 'Catastrophe losses\t$ 8,122\t$ 10\t\t', 'Catastrophe losses\t$ 8,122\t$ 80\t\t'],
  ])("%s: the summary's figure misprinted is the tie's mismatch, the other period agreeing", (period, from, to) => {
    alteredIsMismatch(PLMR, from, to, `tie/catastrophe-losses/${period}`);
  });
});
