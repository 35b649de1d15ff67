// A list whose lines do not establish what its total counts (src/lib/checks/list-readings.ts), unseen set s16, class I.
// CAC 2000's preference holders (excerpt cac-2022-q2-holders): the converter joined several holders into one row and
// their figures into one cell, "10,000,000 10,000,000"; those lines' figures could not be read, and the total 181,202,000
// was footed over the readable lines alone (80,569,999). Everything Fresh's directors' holdings (excerpt
// fresh-2022-q2-holders): the connected party's 624,000,000 is printed against each of four directors and counted once
// in the total 624,675,000; summed on each line, 1,248,675,000 and 1,255,515,855 were accused. Both now unverifiable,
// saying why; the DIRECT column, which repeats no figure, and the TOTAL column's own sum across stay mismatches (the
// copy's figures: 6,840,855 against 6,521,855; 6,521,855 + 624,675,000 against 631,236,855).
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const CAC = 'cac-2022-q2-holders';
const FRESH = 'fresh-2022-q2-holders';
const CAC_TOTAL = 'footing/cac-2000-ltd-financial-report/subtotal/2022-h1.allocation-17-210-667-17-210-667-17-210-667';
const FRESH_TOTAL = (column: string) => `footing/directors-and-connected-parties-shareholdings/total/2022-06-30.${column}`;

describe('listNotEstablished: a list total not judged, saying why', () => {
  test.each([
    [CAC, CAC_TOTAL, '7 NCB Insurance Co. Ltd. A/c WT310 NCB Insurance Co. Ltd. A/c WT162 could not be read on line'],
    [FRESH, FRESH_TOTAL('connected-party'), '624,000,000 is printed on 4 lines in a row (Courtney Pullen, Melene Pullen'],
    [FRESH, FRESH_TOTAL('total'), '624,000,000 is printed on 4 lines in a row'],
  ])('%s: %s is unverifiable', (id, check, words) => {
    const c = excerpt(id).check(check);
    expect(c.verdict).toBe('unverifiable');
    expect(c.explanation).toContain(words);
  });

  test.each([
    // No figure repeated down the column: the sum is judged, and the copy's figures do not add up.
    [FRESH, [], FRESH_TOTAL('direct')],
    [FRESH, [], `${FRESH_TOTAL('total')}/columns`],
    // Two lines alike are judged: the 624,000,000 left on two lines, the total counting it on each is a mismatch.
    [FRESH, [['Garret Gardner\t-\t624,000,000\t624,000,000', 'Garret Gardner\t-\t600,000,000\t600,000,000'], ['Nesha Carby\t-\t624,000,000\t624,000,000', 'Nesha Carby\t-\t500,000,000\t500,000,000']], FRESH_TOTAL('connected-party')],
    // The figure repeated not more than half the total: the lines may all be parts of it, and the sum is judged.
    [FRESH, [['Total\t6,521,855\t624,675,000', 'Total\t6,521,855\t2,000,000,000']], FRESH_TOTAL('connected-party')],
    // Every line's figures read (each joined cell printed as its first figure): the total is judged over them.
    [CAC, [['10,000,000 10,000,000', '10,000,000'], ['5,000,000 5,000,000 5,000,000 5,000,000 3,400,000', '5,000,000'], ['3,000,000 3,000,000 3,000,000', '3,000,000']], CAC_TOTAL],
  ] as [string, [string, string][], string][])('%s edited %j: %s is a mismatch', (id, edits, check) => {
    expect(excerpt(id, edits).check(check).verdict).toBe('mismatch');
  });
});
