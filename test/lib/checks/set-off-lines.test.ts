// Lines set off at the head of a section by rules of their own are not lines of its total where the lines after them
// foot and every line does not: James River's income statement data, 1Q20 (unseen set s14, class C;
// test/fixtures/checks/corpus/jrvr-2020-q1-revenues). Under "REVENUES", "Gross written premiums" 283,841 and "Net
// written premiums" 134,654, each underlined, then the revenues "Total revenues" adds up: 145,918 + 20,836 − 58,407 +
// 1,937 = 110,284, and 214,127 a year before. Before, every line was summed (528,779 and 749,202), two false mismatches
// of a certain section total. Where the figures establish no reading, the total is not judged: unverifiable.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const FIXTURE = 'jrvr-2020-q1-revenues';
const ID = 'footing/april-29-2020-loss-income-statement/total-revenues';

describe('lines set off by their own rule at the head of a section (James River, 1Q20)', () => {
  // [edits, 2020-q1, 2019-q1]
  const cases: [string, [string, string][], string, string][] = [
    ['as printed: the lines after the set-off ones', [], 'exact', 'exact'],
    ['"Total revenues" 110,284 printed 110,384: a mismatch, the year before bearing the reading out', [['<u>110,284</u>', '<u>110,384</u>']], 'mismatch', 'exact'],
    ['"Net earned premiums" 145,918 printed 146,918: a mismatch', [['145,918', '146,918']], 'mismatch', 'exact'],
    ['both totals altered: no reading established, not judged', [['<u>110,284</u>', '<u>110,384</u>'], ['<u>214,127</u>', '<u>214,227</u>']], 'unverifiable', 'unverifiable'],
  ];
  test.each(cases)('%s', (_, edits, q1, ya) => {
    const l = excerpt(FIXTURE, edits);
    expect([l.check(`${ID}/2020-q1`).verdict, l.check(`${ID}/2019-q1`).verdict]).toEqual([q1, ya]);
  });

  test('the reading taken says which lines were left out, and why', () => {
    expect(excerpt(FIXTURE).check(`${ID}/2020-q1`).restsOn).toContain("only the 4 lines after 'Gross written premiums' and 'Net written premiums', lines set off by their own rule");
  });

  test('the same lines without their rules are summed as the section total says: a mismatch in both columns', () => {
    const l = excerpt(FIXTURE, [['<u>$ 283,841</u>', '$ 283,841'], ['<u>$ 327,334</u>', '$ 327,334'], ['<u>134,654</u>', '134,654'], ['<u>207,741</u>', '207,741']]);
    expect([l.check(`${ID}/2020-q1`).verdict, l.check(`${ID}/2019-q1`).verdict]).toEqual(['mismatch', 'mismatch']);
  });
});
