// A dollar printed with its country glued to the sign ("US$671.0 million or US$16.68 per share in 2023") is one
// statement with the figure after "or", as "$671.0 million or $16.68 per share" is: the year closing it is the period of
// both. Copa Holdings' 4Q24 (../shared/corpus, excerpt test/fixtures/claims/cpa-2024-q4): "For the full year 2024, the
// Company reported a net profit of US$608.5 million …, compared to a full-year adjusted net profit of US$671.0 million or
// US$16.68 per share in 2023" had the "US" between the two figures part the statement, so US$671.0 million took the
// sentence's opening year and was weighed against FY 2024's 608.5 (a false mismatch, hidden only because two tables
// print that line).
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const release = loadRelease('test/fixtures/claims/cpa-2024-q4');
const claims = (text: string) => analyzeClaims(parseRelease(text, release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
const SENTENCE = 'compared to a full-year adjusted net profit of US$671.0 million or US$16.68 per share in 2023.';

describe('a dollar’s country glued to its sign does not part a statement (Copa Holdings, 4Q24)', () => {
  test.each([
    // [case, the sentence's end as printed, the figure, check, verdict]
    ['as printed', SENTENCE, '$671.0 million', 'claim/non-gaap-net-income/2023-fy', 'rounding'],
    ['printed wrong', SENTENCE.replace('671.0', '681.0'), '$681.0 million', 'claim/non-gaap-net-income/2023-fy', 'mismatch'],
    ['with no country', SENTENCE.replaceAll('US$', '$'), '$671.0 million', 'claim/non-gaap-net-income/2023-fy', 'rounding'],
  ])('%s', (_, sentence, text, id, verdict) => {
    expect(release.text).toContain(SENTENCE);
    const { numbers, checks } = claims(release.text.replace(SENTENCE, sentence));
    const n = numbers.find((x) => x.line === 7 && x.text === text)!;
    expect(n).toMatchObject({ status: 'linked', check: id });
    expect(checks.find((c) => c.id === id)?.verdict).toBe(verdict);
    expect(checks.filter((c) => c.id !== id && c.verdict === 'mismatch')).toEqual([]);
  });

  // The figure of the opening year stays its year's.
  test('the year opening the sentence is the period of its own statement', () => {
    const { numbers, checks } = claims(release.text);
    const n = numbers.find((x) => x.line === 7 && x.text === '$608.5 million')!;
    expect(n).toMatchObject({ status: 'linked', check: 'claim/net-income/2024-fy' });
    expect(checks.find((c) => c.id === 'claim/net-income/2024-fy')?.verdict).toBe('rounding');
  });
});
