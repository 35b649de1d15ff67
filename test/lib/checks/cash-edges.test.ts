// Cash at the edges of the period named by its caption (src/lib/model/recognize.ts, EDGE; src/lib/checks/structure.ts,
// the cash roll-forward): SiteOne's 1Q20 statement of cash flows (test/fixtures/checks/corpus/site-2020-q1-cash-flows,
// README there) ends "Net Change In Cash 3.0", then "Cash and cash equivalents:" over "Beginning 19.0" and "Ending $ 22.0".
// Read as lines named "Beginning" and "Ending", cash at the beginning was read by no check. And the end's balance broken
// down under a caption of its own: HanesBrands' 4Q24 (test/fixtures/checks/corpus/hbi-2024-q4-cash-balances) prints
// "Balances included in the Consolidated Balance Sheets:" over the cash and the cash held for sale, then "Cash and cash
// equivalents at end of year".
import { describe, expect, test } from 'vitest';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const SITE = 'site-2020-q1-cash-flows';
const TABLE = 'statements-of-cash-flows';

describe('"Beginning" and "Ending" under a caption naming cash', () => {
  test.each<[string, [string, string][], string]>([
    ['as printed', [], 'ending'],
    ['"Beginning of period" and "End of period"', [['  Beginning\t', '  Beginning of period\t'], ['  Ending\t', '  End of period\t']], 'end-of-period'],
    ['"At beginning of year" and "At end of year"', [['  Beginning\t', '  At beginning of year\t'], ['  Ending\t', '  At end of year\t']], 'at-end-of-year'],
  ])('%s: cash at the end is cash at the beginning plus the net change', (_, edits, end) => {
    const e = excerpt(SITE, edits);
    for (const [period, printed] of [['2020-q1', '<u>$ 22.0</u>'], ['2019-q1', '<u>$ 21.1</u>']]) {
      const c = e.check(`footing/${TABLE}/${end}/${period}`);
      expect(c.reported.text).toBe(printed);
      expect(c.verdict).toBe('exact');
      expect(c.inputs).toHaveLength(2);
    }
  });

  test('a caption naming no cash leaves the lines unread', () => {
    const e = excerpt(SITE, [['Cash and cash equivalents:', 'Other balances:']]);
    expect(e.checks.some((c) => c.id === `footing/${TABLE}/ending/2020-q1`)).toBe(false);
  });

  test('the beginning altered is a mismatch: 19.0 printed 69.0', () => {
    alteredIsMismatch(SITE, '  Beginning\t19.0', '  Beginning\t69.0', `footing/${TABLE}/ending/2020-q1`);
  });
});

describe('the end of period broken down under a caption of its own (HanesBrands, 4Q24)', () => {
  const HBI = 'hbi-2024-q4-cash-balances';
  const END = 'footing/table-5-statements-of-cash-flows1/cash-and-cash-equivalents-at-end-of-year';
  test('the balances sum to the end of year in every column', () => {
    const e = excerpt(HBI);
    const checks = e.checks.filter((c) => c.id.startsWith(`${END}/`));
    expect(checks).toHaveLength(4);
    for (const c of checks) expect(c.verdict).toBe('exact');
  });

  test('a balance altered is a mismatch: the cash held for sale, $ 500 printed $ 300', () => {
    alteredIsMismatch(HBI, 'Cash and cash equivalents included in current assets held for sale\t$ 500', 'Cash and cash equivalents included in current assets held for sale\t$ 300', `${END}/2024-q4`);
  });

  test('a caption over an edge of the roll-forward is no breakdown: a converter\'s shifted lines accuse nothing (Everything Fresh, 2Q22)', () => {
    expect(excerpt('fresh-2022-q2-cash').checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
  });
});
