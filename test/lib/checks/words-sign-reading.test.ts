// A reconciliation whose lines say their sign ("Plus:", "Less:") is read as the words say, and a reading that turns
// lines' signs is borne out only by columns where a turned line prints a figure: Cadence Bancorporation's Table 10,
// 1Q20 (unseen set s14, class E; test/fixtures/checks/corpus/cade-2020-q1-adjusted-income). From "Noninterest income"
// 33,898, "Less: gain on sale of acquired loans" 1,263 and "Less: securities gains (losses), net" 317 are taken away:
// 32,318 (4Q19); in 1Q19 the "Less" line prints (12), a loss taken away: 30,664 + 12 = 30,676. Before, the reading with
// every line after "Noninterest income" turned "held" in the three columns where the "Plus:" and the first "Less:" line
// print nothing, and 4Q19 and 2Q19 were false mismatches (computed 34,844 and 30,298).
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const FIXTURE = 'cade-2020-q1-adjusted-income';
const ID = 'footing/table-10-reconciliation-of-non-gaap/adjusted-noninterest-income';

describe('a reconciliation read as its "Plus:" and "Less:" words say (Cadence, 1Q20)', () => {
  // [column, printed, verdict]
  const cases: [string, string, string][] = [
    ['2020-q1', '32,075', 'exact'],
    ['2019-q4', '32,318', 'exact'],
    ['2019-q3', '33,867', 'exact'],
    ['2019-q2', '31,270', 'exact'],
    ['2019-q1', '30,676', 'exact'],
  ];
  test.each(cases)('%s: %s is %s', (period, printed, verdict) => {
    const c = excerpt(FIXTURE).check(`${ID}/${period}`);
    expect(c.reported.text).toContain(printed);
    expect(c.verdict).toBe(verdict);
    expect(c.restsOn).toContain('every "Less" line taken away as printed');
  });

  test('a figure altered beyond rounding is still a mismatch: 32,318 printed 32,418', () => {
    const l = excerpt(FIXTURE, [['<u>32,318</u>', '<u>32,418</u>']]);
    expect(l.check(`${ID}/2019-q4`).verdict).toBe('mismatch');
    expect(['2020-q1', '2019-q3', '2019-q2', '2019-q1'].map((p) => l.check(`${ID}/${p}`).verdict)).toEqual(['exact', 'exact', 'exact', 'exact']);
  });

  test('two figures altered where the turned lines print figures: still mismatches, the turned reading not borne out by the nil columns', () => {
    const l = excerpt(FIXTURE, [['<u>32,318</u>', '<u>32,418</u>'], ['<u>31,270</u>', '<u>31,370</u>']]);
    for (const p of ['2019-q4', '2019-q2']) {
      const c = l.check(`${ID}/${p}`);
      expect(c.verdict).toBe('mismatch');
      expect(c.restsOn).not.toContain('with the other sign');
    }
  });
});
