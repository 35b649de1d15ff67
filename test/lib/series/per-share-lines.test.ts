// FosRich's earnings per stock unit across its ten-for-one split (excerpts in test/fixtures/series/fosrich-*-excerpt.txt,
// sources named there): "Earning per stock unit 0.32" (Q1 2022, dollars) is printed a year later under the caption
// "Earning per stock unit:" as "Pre-split - As previously reported - Cents 31.6" and "Post-split - Cents 3.16"; Q3
// 2022's "Post-split - Cents 1.8" and 7.7 (nine months) as "(Loss)/earning per stock unit: Cents 2" and 8 in Q3 2023.
// One line each time, named otherwise: compared, the post-split figure after the split the rows state, the quote
// "as previously reported" as it was printed; a figure that does not follow the split stays a difference.
import { describe, expect, test } from 'vitest';
import { seriesComparisons } from '../../../src/lib/series/index.ts';
import { perShareName, quotesEarlier, splitByRows } from '../../../src/lib/series/per-share-lines.ts';
import type { Fact } from '../../../src/lib/types.ts';
import { read, source } from './fosrich-excerpts.ts';

const fact = (label: string, section: string[] = []): Fact => ({ label, section, unit: 'USD/share' }) as unknown as Fact;

describe('a per-share line’s name, less its unit, sign and split words', () => {
  test.each([
    // label, sections, name, stripped
    ['Earning per stock unit', [], 'earning per stock unit', false],
    ['Post-split - Cents', ['Earning per stock unit'], 'earning per stock unit', true],
    ['Pre-split - As previously reported - Cents', ['Earning per stock unit'], 'earning per stock unit', true],
    ['(Loss)/earning per stock unit: Cents', [], 'earning per stock unit', true],
    ['Diluted earnings per share (in dollars)', [], 'diluted earnings per share', true],
    ['Basic', ['Net income per share'], 'net income per share basic', false],
  ])('%s under %j is "%s"', (label, section, name, stripped) => {
    expect(perShareName(fact(label, section))).toEqual({ name, stripped });
  });

  test.each([
    ['Pre-split - As previously reported - Cents', true],
    ['Net income per share, as previously reported', true],
    ['Post-split - Cents', false],
    ['Earning per stock unit', false],
  ])('%s quotes an earlier printing: %s', (label, quotes) => {
    expect(quotesEarlier(fact(label))).toBe(quotes);
  });
});

describe('the split a release states by printing a per-share figure before and after it', () => {
  test.each([
    // release, ratio, pairs: Q3 2022's 13.0 and 1.3 (Q3 2021), 36.0 and 3.6 (nine months); Q1 2023's 31.6 and 3.16
    ['2022-q3', '10', 2],
    ['2023-q1', '10', 1],
  ])('fosrich-%s: %s for 1, from %i pair(s)', (period, ratio, pairs) => {
    const split = splitByRows(read(period));
    expect(split?.ratio.toString()).toBe(ratio);
    expect(split?.pairs).toBe(pairs);
    expect(split?.statement.text).toMatch(/^Pre-split - As previously reported - Cents .* and Post-split - Cents .*: 10 for 1$/);
  });

  test.each([
    // No such rows; pairs giving no one ratio (13.0 / 1.3 is 10, 36.0 / 4.6 is 7.8).
    ['2022-q1', source('2022-q1')],
    ['2023-q3', source('2023-q3')],
    ['2022-q3', source('2022-q3').replace('7.7\t3.6', '7.7\t4.6')],
  ])('fosrich-%s states none', (period, text) => {
    expect(splitByRows(read(period, text))).toBeNull();
  });
});

describe('FosRich’s earnings per stock unit compared across its split', () => {
  const compare = (releases: [string, string?][], later: string, row: string, period: string) => {
    const c = seriesComparisons(releases.map(([p, text]) => read(p, text))).find((x) => x.later.release === `fosrich-${later}` && x.later.fact.split('/')[2] === row && x.period === period);
    expect(c, `${later} ${row} ${period}`).toBeDefined();
    return c!;
  };
  // The counter-cases' notes say nothing of a restatement: "Reclassified", marked on the table, would cover its every line
  // (./restatements.test.ts), and a difference would be shown as restated, not as one with nothing said.
  const q1 = source('2023-q1').replace(/^- Reclassified/m, '- Unaudited');
  const q3 = source('2023-q3').replace(/^\* Reclassified/m, '* Unaudited');
  test.each([
    // releases, later, row, period, earlier printing, later printing, verdict
    [[['2022-q1'], ['2022-q3'], ['2023-q1']], '2023-q1', 'post-split-cents', '2022-q1', '0.32', '3.16', 'split-adjusted'],
    [[['2022-q1'], ['2022-q3'], ['2023-q1']], '2023-q1', 'pre-split-as-previously-reported-cents', '2022-q1', '0.32', '31.6', 'same'],
    [[['2022-q3'], ['2023-q3']], '2023-q3', 'lossearning-per-stock-unit-cents', '2022-q3', '1.8', '2', 'same'],
    [[['2022-q3'], ['2023-q3']], '2023-q3', 'lossearning-per-stock-unit-cents', '2022-9m', '7.7', '8', 'same'],
    // Q1 2023's one pair alone, confirmed by no other: the split is not established, nor is a difference.
    [[['2022-q1'], ['2023-q1', q1]], '2023-q1', 'post-split-cents', '2022-q1', '0.32', '3.16', 'unverifiable'],
    // That pair, and a post-split figure it does not explain (0.32 / 10 is not 4.16 cents): a difference.
    [[['2022-q1'], ['2023-q1', q1.replace('2.42\t3.16', '2.42\t4.16').replace('-\t31.6', '-\t41.6')]], '2023-q1', 'post-split-cents', '2022-q1', '0.32', '4.16', 'mismatch'],
    // The post-split figure altered: its pair with the quote gives 35 for 4, which no other pair gives; Q3 2022's ten for
    // one is the split, and 0.32 after it is not 3.61 cents.
    [[['2022-q1'], ['2022-q3'], ['2023-q1', q1.replace('2.42\t3.16', '2.42\t3.61')]], '2023-q1', 'post-split-cents', '2022-q1', '0.32', '3.61', 'mismatch'],
    // The quote altered: what was printed as 0.32 was not 30.6 cents, split or none.
    [[['2022-q1'], ['2022-q3'], ['2023-q1', q1.replace('-\t31.6', '-\t30.6')]], '2023-q1', 'pre-split-as-previously-reported-cents', '2022-q1', '0.32', '30.6', 'mismatch'],
    // A later figure printed otherwise than first (1.8 then 3 cents): a difference.
    [[['2022-q3'], ['2023-q3', q3.replace('(1)\t2\t3\t8', '(1)\t3\t3\t8')]], '2023-q3', 'lossearning-per-stock-unit-cents', '2022-q3', '1.8', '3', 'mismatch'],
  ] as [[string, string?][], string, string, string, string, string, string][])('%j: %s %s %s, %s then %s: %s', (releases, later, row, period, before, after, verdict) => {
    const c = compare(releases, later, row, period);
    expect([c.earlier.raw, c.later.raw, c.verdict]).toEqual([before, after, verdict]);
    if (verdict === 'split-adjusted') expect(c.statement?.text).toMatch(/10 for 1/);
  });
});
