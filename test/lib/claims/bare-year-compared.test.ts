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

// Adaptive Biotechnologies' 4Q24 (tuned corpus, excerpt test/fixtures/claims/adpt-2024-q4): under "Full Year 2024 Financial
// Results", "Interest and other income, net was $14.5 million in 2024, compared to $15.5 million in 2023". The first
// figure's "in 2024" counts from the heading's year; the figure compared with counts from the same, not from the bare
// "in 2024" (which alone, from the release's quarter, establishes nothing): FY 2023, 15,531 thousand.
describe('a year after a figure compared with one of a bare year counts from the same period (Adaptive, 4Q24)', () => {
  const adpt = loadRelease('test/fixtures/claims/adpt-2024-q4');
  const run = (text: string) => analyzeClaims(parseRelease(text, adpt.meta, emptyModel, adpt.file), { claims: null, model: emptyModel });
  const SENTENCE = 'Interest and other income, net was $14.5 million in 2024, compared to $15.5 million in 2023.';
  const HEADING = '\nFull Year 2024 Financial Results\n';
  const FY24 = 'claim/other-income/2024-fy';
  const FY23 = 'claim/other-income/2023-fy';
  test.each([
    // [case, heading, sentence, figure, its place among those so printed on the line, check (null: unlinked), verdict]
    ['as printed', HEADING, SENTENCE, '$15.5 million', 0, FY23, 'rounding'],
    ['printed wrong', HEADING, SENTENCE.replace('$15.5', '$16.5'), '$16.5 million', 0, FY23, 'mismatch'],
    ['the first figure, as printed', HEADING, SENTENCE, '$14.5 million', 0, FY24, 'rounding'],
    ['the first figure, printed wrong', HEADING, SENTENCE.replace('$14.5', '$15.5'), '$15.5 million', 0, FY24, 'mismatch'],
    ['the figure compared with, beside a first printed wrong', HEADING, SENTENCE.replace('$14.5', '$15.5'), '$15.5 million', 1, FY23, 'rounding'],
    // Under a quarter's heading a bare year is the year or its quarter: no period, no verdict either way.
    ['under a quarter', '\nFourth Quarter 2024 Financial Results\n', SENTENCE, '$15.5 million', 0, null, null],
    ['under a quarter, printed wrong', '\nFourth Quarter 2024 Financial Results\n', SENTENCE.replace('$15.5', '$16.5'), '$16.5 million', 0, null, null],
  ])('%s', (_, heading, sentence, text, at, id, verdict) => {
    expect(adpt.text).toContain(HEADING);
    expect(adpt.text).toContain(SENTENCE);
    const { numbers, checks } = run(adpt.text.replace(HEADING, heading).replace(SENTENCE, sentence));
    const n = numbers.filter((x) => x.line === 17 && x.text === text)[at];
    if (id === null) {
      expect(n.status).not.toBe('linked');
      expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
    } else {
      expect(n).toMatchObject({ status: 'linked', check: id });
      expect(checks.find((c) => c.id === id)?.verdict).toBe(verdict);
    }
  });
});
