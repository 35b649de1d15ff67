// A column of favourable or unfavourable changes ("Fav (Unfav)") prints a cost's rise as negative, and the table does
// not say which lines are costs: the change is read as the rise or the fall, whichever holds. Whichever it is, its size
// is the figures' own, so a size neither gives is misprinted: a mismatch where the column holds in its other lines.
// STAAR Surgical's 4Q24 statements of income (unseen wire set s6; test/fixtures/checks/corpus/README.md), with no
// company model: a figure planted there was read as "neither the rise nor the fall" and left unverifiable.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'change/statements-of-income';

describe('a favourable or unfavourable change', () => {
  test.each([
    // [check, printed, verdict, the reading that gives it]
    [`${ID}/net-sales/2024-fy-vs-2023-fy`, '$ (8,514)', 'exact', 'the rise, current − prior'],
    [`${ID}/provision-for-income-taxes/2024-fy-vs-2023-fy`, '1,193', 'exact', 'the fall, prior − current, as for a cost'],
    [`${ID}/total-other-income-expense-net/2024-q4-vs-2023-q4`, '<u>(5,758)</u>', 'exact', 'the rise, current − prior'],
    [`${ID}/provision-for-income-taxes/2024-q4-vs-2023-q4`, '2,089', 'exact', 'the fall, prior − current, as for a cost'],
  ])('%s (%s) ties as %s', (id, printed, verdict, words) => {
    const c = excerpt('staa-2024-q4').check(id);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe(verdict);
    expect(c.explanation).toContain(words);
  });

  test.each([
    // [the figure as printed, as altered, the check that accuses it, the rise and the fall it names]
    ['$313,901', '$513,901', `${ID}/net-sales/2024-fy-vs-2023-fy`, 'neither the rise (191,486) nor the fall (−191,486)'],
    ['1,193\t9.7 %', '1,133\t9.7 %', `${ID}/provision-for-income-taxes/2024-fy-vs-2023-fy`, 'neither the rise (−1,193) nor the fall (1,193)'],
    ['<u>(2,424)</u>', '<u>(2,724)</u>', `${ID}/total-other-income-expense-net/2024-q4-vs-2023-q4`, 'neither the rise (−6,058) nor the fall (6,058)'],
  ])('%j altered to %j: its size fits neither sign, a mismatch corroborated by the column', (from, to, id, words) => {
    const c = excerpt('staa-2024-q4', [[from, to]]).check(id);
    expect(c.verdict).toBe('mismatch');
    expect(c.explanation).toContain(words);
    expect(c.explanation).toContain('The column holds in');
  });
});
