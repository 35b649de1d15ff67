// Per-share rows of src/lib/checks/per-share-rows.ts on excerpts of real releases (test/fixtures/checks/corpus/README.md):
// a figure per share naming no basis over the table's one weighted count naming none; the words after "per share"
// naming its line ("… per share attributable to the Company"); an adjusted figure per share under the adjusted line it
// divides. Each holds on the figures as printed; a figure altered beyond rounding is a mismatch where the release makes
// the division certain, and not judged where it allocates earnings otherwise than the line divided has taken (a
// redeemable noncontrolling interest).
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const JOE = 'joe-2020-q1-results';
const SMP = 'smp-2020-q1-discontinued';
const SMP_EPS = 'definition/statements-of-operations/net-earnings-per-common-share-basic';
const CADE = 'cade-2020-q1-ratio-blocks';
const JOE_EPS = 'definition/financial-data-results/net-loss-income-per-share-attributable-to-the-company';
const CADE_EPS = 'definition/table-10-continued-reconciliation-of/adjusted-diluted-earnings-per-share--adjusted-diluted-earnings-per-share';

describe('a figure per share divides the line and the shares its labels name', () => {
  test.each([
    // [excerpt, check, printed, computed (first digits), words of its reading]
    [JOE, `${JOE_EPS}/2020-q1`, '<u>($0.03)</u>', '-0.0252', "is 'Net (loss) income attributable to the Company' divided by 'Weighted average shares outstanding'"],
    [JOE, `${JOE_EPS}/2019-q1`, '<u>$0.03</u>', '0.0331', "'Weighted average shares outstanding'"],
    [CADE, `${CADE_EPS}/2020-q1`, '<u>$ 0.10</u>', '0.0985', "'Adjusted net income allocated to common stock' divided by 'Diluted weighted average common shares outstanding'"],
    [CADE, `${CADE_EPS}/2019-q1`, '<u>$ 0.58</u>', '0.5771', 'both printed in the same table and column'],
    // Beside a discontinued operation, net earnings per share named with its line ("NET EARNINGS").
    [SMP, `${SMP_EPS}/2019-q1`, '<u>$ 0.54</u>', '0.5448', "is 'NET EARNINGS' divided by 'WEIGHTED AVERAGE NUMBER OF COMMON SHARES'"],
  ] as const)('%s: %s is %s, computed %s…', (id, check, printed, computed, words) => {
    const c = excerpt(id).check(check);
    expect(c.reported.text).toBe(printed);
    expect(c.computed?.startsWith(computed)).toBe(true);
    expect(['exact', 'rounding']).toContain(c.verdict);
    expect(c.restsOn).toContain(words);
  });
});

describe('a figure per share printed wrong beyond rounding', () => {
  test('is a mismatch where the division is certain (an adjusted measure of the release, its own line)', () => {
    alteredIsMismatch(CADE, '<u>$ 0.58</u>', '<u>$ 0.68</u>', `${CADE_EPS}/2019-q1`);
  });

  // The line divided, "Net (loss) income attributable to the Company", is net of the noncontrolling interest's share
  // printed above it (src/lib/checks/earnings-allocations.ts): the division is certain, below what is left or above.
  test('is a mismatch where the line it divides is attributable to the company, net of the noncontrolling interest', () => {
    alteredIsMismatch(JOE, '<u>($0.03)</u>', '<u>($0.13)</u>', `${JOE_EPS}/2020-q1`);
  });

  test('is not judged where the interest is redeemable (its distributions come out of the earnings attributable to the company)', () => {
    const c = excerpt(JOE, [
      ['<u>($0.03)</u>', '<u>($0.13)</u>'],
      ['Net income attributable to non-controlling interest', 'Net income attributable to redeemable non-controlling interest'],
    ]).check(`${JOE_EPS}/2020-q1`);
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain('the definition is not established here');
  });

  test('is a mismatch beside a discontinued operation where the label names the line it divides', () => {
    alteredIsMismatch(SMP, '<u>$ 0.38</u>\t<u>$ 0.54</u>', '<u>$ 0.38</u>\t<u>$ 5.54</u>', `${SMP_EPS}/2019-q1`);
  });

  test('is a mismatch there when it is above what net income leaves per share', () => {
    alteredIsMismatch(JOE, '<u>$0.03</u>', '<u>$0.13</u>', `${JOE_EPS}/2019-q1`);
  });

  test('names no basis beside two counts of shares: not divided', () => {
    const checks = excerpt(JOE, [['Weighted average shares outstanding\t', 'Weighted average shares outstanding\t59,375,618\t60,321,028\nWeighted average diluted shares outstanding\t']]).checks;
    expect(checks.filter((c) => c.id.startsWith(JOE_EPS)).map((c) => c.id)).toEqual([]);
  });
});
