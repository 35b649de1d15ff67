// "Gross Profit and Adjusted Gross Profit were $390 million and $392 million, respectively, an increase over prior year
// of 14% and 15%, respectively" (HanesBrands, 4Q24, ../shared/corpus/hbi-2024-q4.md; excerpt
// test/fixtures/claims/hbi-2024-q4-gross: the sentence, the statement's gross profit and Table 6-A's). Before, $390
// million fitted "Gross profit" and "Non-GAAP gross profit" equally (the sentence names "Adjusted"), and the changes
// were "unpaired" (no list of subjects stands between them and the figures before). Set against "Adjusted Gross
// Profit", the plain "Gross Profit" is the tables' own; the changes are those subjects', in order.
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const release = loadRelease('test/fixtures/claims/hbi-2024-q4-gross');
const SENTENCE = 'Gross Profit and Adjusted Gross Profit were $390 million and $392 million, respectively, an increase over prior year of 14% and 15%, respectively.';

function claims(sentence: string) {
  expect(release.text).toContain(SENTENCE);
  const r = parseRelease(release.text.replace(SENTENCE, sentence), release.meta, emptyModel, release.file);
  const { numbers, checks } = analyzeClaims(r, { claims: null, model: emptyModel });
  const of = (text: string) => {
    const n = numbers.find((x) => x.text === text);
    expect(n, text).toBeDefined();
    return { n: n!, check: n!.status === 'linked' ? checks.find((c) => c.id === n!.check) : undefined };
  };
  return { of, checks };
}

describe('a list closed by "respectively", then a list of their changes closed by it again', () => {
  test.each([
    // figure, the line it is of (a fact id's tail), verdict
    ['$390 million', 'statements-of-operations/gross-profit/2024-q4', 'rounding'],
    ['$392 million', 'gross-profit-as-adjusted/2024-q4', 'rounding'],
    ['14%', 'statements-of-operations/gross-profit/2023-q4', 'rounding'],
    ['15%', 'gross-profit-as-adjusted/2023-q4', 'rounding'],
  ])('as printed: %s is of %s, %s', (figure, input, verdict) => {
    const { of, checks } = claims(SENTENCE);
    const { check } = of(figure);
    expect(check?.verdict).toBe(verdict);
    expect(check!.inputs.some((i) => i.endsWith(input)), check!.inputs.join()).toBe(true);
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test.each([
    // A figure altered beyond rounding, each in its place: the line the words name does not print it.
    ['$390 million', '$380 million'],
    ['$392 million', '$402 million'],
    ['14%', '18%'],
    ['15%', '19%'],
  ])('%s printed as %s: a mismatch', (from, to) => {
    const { of } = claims(SENTENCE.replace(from, to));
    expect(of(to).check?.verdict).toBe('mismatch');
  });

  test('the changes swapped (15% and 14%): each is its own subject\'s, so both accuse', () => {
    const { of } = claims(SENTENCE.replace('14% and 15%', '15% and 14%'));
    expect(of('15%').check?.verdict).toBe('mismatch');
    expect(of('14%').check?.verdict).toBe('mismatch');
  });

  test('words between the lists that name something else ("while inventories fell") pair nothing: the changes are not theirs', () => {
    const { of } = claims(SENTENCE.replace('an increase over prior year of', 'while inventories fell by'));
    expect(of('14%').n.status).not.toBe('linked');
    expect(of('15%').n.status).not.toBe('linked');
  });

});
