// A figure that names its own year ("… compared to $4.5 billion, $426 million and $4.33 per share in 2023") is of
// that year, not of the period opening its sentence ("For the year ended December 31, 2024, …"): Russel Metals'
// 4Q24 (unseen wire set s5, excerpt test/fixtures/claims/rus-2024-q4) had "$4.33 per share" judged against FY 2024
// basic EPS ($2.73), a false mismatch. A year alone after a figure of a year's statement is that year; after a
// figure of a quarter's statement it may be the year or that year's quarter, so it establishes no period: unlinked,
// never a mismatch.
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const release = loadRelease('test/fixtures/claims/rus-2024-q4');
const claims = (text: string) => analyzeClaims(parseRelease(text, release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
const YEAR = 'respectively compared to $4.5 billion, $426 million and $4.33 per share in 2023.';
const QUARTER = 'respectively compared to $1.0 billion, $82 million and $0.78 per share in the fourth quarter of 2023';

describe('a year named after a figure compared is its period (Russel Metals, 4Q24)', () => {
  test('the fixture reads with no problem and no mismatch', () => {
    expect(release.text).toContain(YEAR);
    const { checks } = claims(release.text);
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test.each([
    // [sentence as printed, printed as, figure, verdict, check id]
    ['as printed', YEAR, '$4.33 per share', 'exact', 'claim/eps-basic/2023-fy'],
    ['printed wrong', YEAR.replace('$4.33', '$4.53'), '$4.53 per share', 'mismatch', 'claim/eps-basic/2023-fy'],
    ['named by "for"', YEAR.replace('in 2023', 'for 2023'), '$4.33 per share', 'exact', 'claim/eps-basic/2023-fy'],
    ['named by "for", printed wrong', YEAR.replace('$4.33 per share in 2023', '$4.53 per share for 2023'), '$4.53 per share', 'mismatch', 'claim/eps-basic/2023-fy'],
  ])('%s: %s', (_, sentence, text, verdict, id) => {
    const { numbers, checks } = claims(release.text.replace(YEAR, sentence));
    const n = numbers.find((x) => x.line === 13 && x.text === text)!;
    expect(n).toMatchObject({ status: 'linked', check: id });
    expect(checks.find((c) => c.id === id)?.verdict).toBe(verdict);
  });

  // "In the 2024 fourth quarter, … compared to … $0.78 per share in 2023": the year 2023 or its fourth quarter
  // (FY 2023 EPS is 4.33, 4Q23's 0.78); the words do not establish which, so no verdict either way.
  test.each([
    ['$0.78 per share', '$0.78 per share'],
    ['$0.78 per share printed $4.33', '$4.33 per share'],
    ['$0.78 per share printed $0.98', '$0.98 per share'],
  ])('a year after a quarter\'s figure names no period: %s', (_, text) => {
    expect(release.text).toContain(QUARTER);
    const sentence = QUARTER.replace(' in the fourth quarter of 2023', ' in 2023').replace('$0.78 per share', text);
    const { numbers, checks } = claims(release.text.replace(QUARTER, sentence));
    const n = numbers.find((x) => x.line === 15 && x.text === text)!;
    expect(n.status).not.toBe('linked');
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
});
