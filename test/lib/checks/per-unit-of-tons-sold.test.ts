// A figure per unit sold, in columns of segments: Core Natural Resources' 2Q26 reconciliations print, for each segment,
// "Segment Realized Coal Revenue" and "Tons Sold" over "Realized Coal Revenue per Ton Sold", and "Segment Cash Cost of
// Coal Sold" over "Cash Cost of Coal Sold per Ton", in thousands stated in the sentence before each table (none for the
// tons, which are thousands too: 8,428 is the summary's 8.4 million). Excerpt of the imported release
// (test/fixtures/checks/corpus/README.md), with no company model.
import { describe, expect, test } from 'vitest';
import { excerpt } from './no-model.ts';

const ID = 'cnr-2026-q2-per-ton';
const revenue = 'definition/three-months-ended-june-30/realized-coal-revenue-per-ton-sold';
const cost = 'definition/three-months-ended-june-30-2/cash-cost-of-coal-sold-per-ton';

describe('a rate per ton sold is the line it names over the tons sold, in each segment', () => {
  test.each([
    // [check, printed, computed (amount ÷ (tons × 1,000), both in thousands)]
    [`${revenue}/high-cv-thermal`, '$ 58.11', '58.109'], // 489,743 ÷ 8,428
    [`${revenue}/high-cv-metallurgical`, '$ 114.13', '114.150'], // 297,475 ÷ 2,606
    [`${revenue}/core-prb`, '$ 14.28', '14.283'], // 145,881 ÷ 10,213
    [`${cost}/high-cv-thermal`, '$ 38.58', '38.578'], // 325,138 ÷ 8,428
    [`${cost}/core-prb`, '$ 14.85', '14.851'], // 151,678 ÷ 10,213
  ])('%s: %s holds within rounding', (id, printed, computed) => {
    const c = excerpt(ID).check(id);
    expect(c.reported.text).toBe(printed);
    expect(c.verdict).toBe('rounding');
    expect(c.computed).toMatch(new RegExp(`^${computed.replace('.', '\\.')}`));
    expect(c.explanation).toMatch(/count read in the amounts' scale/);
    // Its title names its segment, the column's only name: "High CV", one line under "Core", does not spread onto
    // the PRB column, whose own heading ("Core") starts above it.
    expect(c.title).toMatch(/, \((?:high cv thermal|high cv metallurgical|core prb)\)$/);
  });

  test('no figure is a mismatch as printed; coking coal, a hair outside its bounds, is not judged', () => {
    const l = excerpt(ID);
    expect(l.checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    // $281,670 ÷ 2,319 allows $121.4354 at least; printed $121.43: less than a unit of its last digit outside.
    const coking = l.checks.find((c) => c.id === 'definition/three-months-ended-june-30-2026/realized-coal-revenue-per-ton-sold/2026-q2.coking-coal');
    expect(coking).toBeUndefined();
  });

  test.each([
    // [as printed, as altered, the check accused]: holding in the two other segments, the one that fails is a mismatch
    ['Realized Coal Revenue per Ton Sold\t$ 58.11', 'Realized Coal Revenue per Ton Sold\t$ 68.11', `${revenue}/high-cv-thermal`],
    ['Tons Sold\t8,428\t2,606\t10,213\t\t\nRealized Coal Revenue', 'Tons Sold\t8,428\t2,906\t10,213\t\t\nRealized Coal Revenue', `${revenue}/high-cv-metallurgical`],
    ['Segment Cash Cost of Coal Sold\t$ 325,138', 'Segment Cash Cost of Coal Sold\t$ 385,138', `${cost}/high-cv-thermal`],
  ])('%j altered to %j is a mismatch', (from, to, id) => {
    expect(excerpt(ID, [[from, to]]).check(id).verdict).toBe('mismatch');
  });
});
