// Citizens Financial Group 4Q21 (corpus-extra; excerpt in test/fixtures/claims/cfg-2021-q4): its comparisons are
// headed over three lines, "Fourth quarter 2021", "vs.", "third quarter 2021" (or "fourth quarter 2020"), and the
// paragraph under them speaks of the fourth quarter: "Noninterest income of $594 million increased $80 million, or
// 16%, from $514 million". The last heading line, the period compared with, had been taken as the topic, and $594
// million accused of being the third quarter's 514 and the prior year's 578.
import { describe, expect, test } from 'vitest';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import { edited, numberOf } from './prose-numbers.ts';

const cfg = () => loadRelease('test/fixtures/claims/cfg-2021-q4');
const LINKED_QUARTER = 'Noninterest income of $594 million increased $80 million';
const YEAR_OVER_YEAR = 'Noninterest income of $594 million increased $16 million';

describe('cfg 4Q21: the period before "vs." is the topic of a heading set over three lines', () => {
  test.each([
    // [the line, the check]
    [LINKED_QUARTER, 'claim/noninterest-income-2/2021-q4'],
    [YEAR_OVER_YEAR, 'claim/noninterest-income-2/2021-q4/2'],
  ])('“%s”: the 594 million is %s, exact', (quote, check) => {
    expect(numberOf(cfg(), quote, '$594 million')).toMatchObject({ status: 'linked', check, verdict: 'exact' });
  });

  test('printed wrong, $584 million, it is a mismatch of the fourth quarter', () => {
    const wrong = edited(cfg(), LINKED_QUARTER, 'Noninterest income of $584 million increased $80 million');
    expect(numberOf(wrong, 'Noninterest income of $584 million', '$584 million')).toMatchObject({ status: 'linked', check: 'claim/noninterest-income-2/2021-q4', verdict: 'mismatch' });
  });

  test('headings with no "vs." between them: the last names the topic, as before', () => {
    const plain = edited(cfg(), 'Fourth quarter 2021\n\nvs.\n\nthird quarter 2021', 'Fourth quarter 2021\n\nthird quarter 2021');
    expect(numberOf(plain, LINKED_QUARTER, '$594 million')).toMatchObject({ status: 'linked', check: 'claim/noninterest-income-2/2021-q3' });
  });
});
