// Words that speak of a part of the company name no line of the whole, however its figure compares. Two FinQA pages
// (test/fixtures/claims/finqa-*) were accused once a bare year after a figure became its period (6bb4381):
// - International Paper's 2009 10-K, page 37: "north american consumer packaging net sales were $ 2.2 billion compared
//   with $ 2.5 billion in 2008 and $ 2.4 billion in 2007" under a table of the consumer packaging business (sales
//   3,060 | 3,195 | 3,015): "consumer packaging" read as a verb ("-ing") ended the qualifiers, so "net sales" named the
//   table's "Sales". An "-ing" word bound to a noun before it is a noun of the compound ("consumer packaging").
// - Motorola's 2007 10-K, page 70: "the segment reported operating earnings of $ 787 million in 2006, compared to
//   operating earnings of $ 1.2 billion in 2005" speaks of the segment discussed before the table, whose own 2006 and
//   2005 operating earnings are 958 and 860. "The segment" refers to a part named earlier: which one, the words alone
//   do not establish.
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

function reader(dir: string) {
  const release = loadRelease(dir);
  return {
    release,
    claims: (text: string) => analyzeClaims(parseRelease(text, release.meta, emptyModel, release.file), { claims: null, model: emptyModel }),
  };
}

describe('a part of the business named by a compound with an "-ing" noun (International Paper, 2009)', () => {
  const { release, claims } = reader('test/fixtures/claims/finqa-ip-2009-page-37');
  const SENTENCE = 'north american consumer packaging net sales were $ 2.2 billion compared with $ 2.5 billion in 2008 and $ 2.4 billion in 2007 .';
  test.each([
    // [case, sentence, figure, linked check (null: unlinked), verdict]
    ['as printed: a part of the table\'s business', SENTENCE, '$ 2.5 billion', null, null],
    ['as printed, the other year', SENTENCE, '$ 2.4 billion', null, null],
    ['the compound alone still qualifies', SENTENCE.replace('north american ', ''), '$ 2.5 billion', null, null],
    // Controls: the words that name the table's line link, and a figure that is not its line's is then a mismatch.
    ['plain net sales, printed as the table', SENTENCE.replace('north american consumer packaging net sales', 'net sales').replace('$ 2.5 billion', '$ 3.2 billion'), '$ 3.2 billion', 'claim/sales/2008-fy', 'rounding'],
    ['plain net sales, printed otherwise', SENTENCE.replace('north american consumer packaging net sales', 'net sales'), '$ 2.5 billion', 'claim/sales/2008-fy', 'mismatch'],
  ])('%s', (_, sentence, text, id, verdict) => {
    expect(release.text).toContain(SENTENCE);
    const { numbers, checks } = claims(release.text.replace(SENTENCE, sentence));
    const n = numbers.find((x) => x.line === 10 && x.text === text)!;
    if (id === null) {
      expect(n.status).not.toBe('linked');
      expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
    } else {
      expect(n).toMatchObject({ status: 'linked', check: id });
      expect(checks.find((c) => c.id === id)?.verdict).toBe(verdict);
    }
  });
});

describe('"the segment" speaks of a part named before, not of the line the tables print (Motorola, 2007)', () => {
  const { release, claims } = reader('test/fixtures/claims/finqa-msi-2007-page-70');
  const SENTENCE = 'the segment reported operating earnings of $ 787 million in 2006 , compared to operating earnings of $ 1.2 billion in 2005 .';
  test.each([
    ['as printed', SENTENCE, '$ 787 million', null, null],
    ['as printed, the figure compared with', SENTENCE, '$ 1.2 billion', null, null],
    ['"this division"', SENTENCE.replace('the segment', 'this division'), '$ 787 million', null, null],
    ['the segment\'s, printed as the table', SENTENCE.replace('$ 787 million', '$ 958 million'), '$ 958 million', null, null],
    // Controls: with no part named, the words name the table's line.
    ['no part named, printed otherwise', SENTENCE.replace('the segment reported operating earnings of', 'operating earnings were'), '$ 787 million', 'claim/operating-earnings/2006-fy', 'mismatch'],
    ['no part named, printed as the table', SENTENCE.replace('the segment reported operating earnings of $ 787 million', 'operating earnings were $ 958 million'), '$ 958 million', 'claim/operating-earnings/2006-fy', 'exact'],
  ])('%s', (_, sentence, text, id, verdict) => {
    expect(release.text).toContain(SENTENCE);
    const { numbers, checks } = claims(release.text.replace(SENTENCE, sentence));
    const n = numbers.find((x) => x.line === 3 && x.text === text)!;
    if (id === null) {
      expect(n.status).not.toBe('linked');
      expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
    } else {
      expect(n).toMatchObject({ status: 'linked', check: id });
      expect(checks.find((c) => c.id === id)?.verdict).toBe(verdict);
    }
  });
});
