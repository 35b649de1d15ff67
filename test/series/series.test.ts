// The series of real releases (../shared/series/ and NVIDIA's four fiscal 2023 releases, beside the
// repository), imported with only --id, read with no company model, and compared across each
// company's releases (scripts/series/measure.ts), against the hand reviews of
// test/fixtures/series-review/. A difference across releases is an accusation: every figure a
// release prints otherwise than its first printing must be listed in its series' review, as found
// (a mismatch, or restated under a statement); one reviewed real must still be found; none may be
// reviewed false (a misreading is a bug to fix in general code) or left unreviewed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { measureSeries, seriesList, type SeriesMeasure } from '../../scripts/series/measure.ts';
import { compareSeriesReviews, loadSeriesReviews, type SeriesReviewComparison } from '../../scripts/series/review.ts';

describe('the series of real releases', () => {
  const data = mkdtempSync(join(tmpdir(), 'tieout-series-test-'));
  let measures: SeriesMeasure[] = [];
  let cmp: SeriesReviewComparison;

  beforeAll(() => {
    measures = seriesList().map((s) => measureSeries(s, data));
    cmp = compareSeriesReviews(measures, loadSeriesReviews());
    for (const m of measures) {
      const count = (v: string) => m.comparisons.filter((c) => c.verdict === v).length;
      console.log(`${m.id}: ${m.releases.length} releases, ${m.comparisons.length} printed again (${count('same')} same, ${count('split-adjusted')} split-adjusted, ${count('restated')} restated, ${count('mismatch')} mismatch)`);
    }
  }, 900_000);
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  test('every release of every series is imported with only --id and read', () => {
    expect(measures.flatMap((m) => m.failures)).toEqual([]);
    expect(measures.map((m) => m.id)).toEqual(expect.arrayContaining(['nvda', 'amzn', 'pfe', 'pnc', 'qcom']));
    for (const m of measures) expect(m.releases.length, m.id).toBeGreaterThanOrEqual(3);
  });

  test('every figure printed otherwise than first is listed in its series review (test/fixtures/series-review/<series>.yaml)', () => {
    // Draft the entries with `node scripts/series.ts --draft-reviews`, then review each by hand against the sources.
    expect(cmp.unlisted.map((c) => `${c.verdict} ${c.later.fact}: ${c.earlier.raw} (${c.earlier.release}:${c.earlier.line}) vs ${c.later.raw} (${c.later.release}:${c.later.line})`)).toEqual([]);
  });

  test('every finding is found as reviewed: a difference reviewed as restated that is now a mismatch (or the reverse) is reviewed again', () => {
    expect(cmp.changed.map(({ finding, entry }) => `${finding.later.fact}: found ${finding.verdict}, reviewed as ${entry.found}`)).toEqual([]);
  });

  test('every finding reviewed real is still found', () => {
    expect(cmp.lostReal.map((e) => `${e.later.fact}: ${e.earlier.figure} vs ${e.later.figure}`)).toEqual([]);
  });

  test('no finding is reviewed false or left unreviewed', () => {
    expect(cmp.falseOrUnreviewed.map((e) => `${e.verdict} ${e.later.fact}: ${e.earlier.figure} vs ${e.later.figure}`)).toEqual([]);
    expect(cmp.real.length).toBeGreaterThan(0);
  });

  test('a stated split leaves no per-share figure or share count differing across it', () => {
    const amazon = measures.find((m) => m.id === 'amzn')!;
    const split = amazon.comparisons.filter((c) => c.verdict === 'split-adjusted');
    expect(split.length).toBeGreaterThan(50);
    const perShareDiffers = amazon.comparisons.filter((c) => c.verdict !== 'same' && c.verdict !== 'split-adjusted' && (c.later.unit.endsWith('/share') || c.later.unit === 'shares'));
    expect(perShareDiffers.map((c) => c.later.fact)).toEqual([]);
  });
});
