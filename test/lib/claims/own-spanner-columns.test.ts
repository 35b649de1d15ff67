// A line printed only under a spanner that names the whole table, the line's own column (src/lib/claims/vocabulary.ts,
// as ../checks/tie-columns.ts reads it): PNC's 4Q20 "Nonperforming assets to total assets were .50% at December 31,
// 2020 compared with .47% at September 30, 2020 and .43% at December 31, 2019" (test/fixtures/claims/pnc-2020-q4-highlights:
// the first 540 lines of the release text of ../shared/series/pnc/pnc-2020-q4.htm; an excerpt of the paragraph and table
// alone reads the paragraph under another heading) beside its highlights' line under "Consolidated Financial
// Highlights (Unaudited)" over each date. The percentages were read as the count 50, and then the line's figures, each
// under the spanner, could not be addressed: unlinked.
//
// Addressed so, a figure whose period the words do not establish must stay unlinked: "$410.3 billion at December" cut by
// a page break from "31, 2019." took the September date before it and was a mismatch against September's assets until
// the import joined the paragraph's halves (../import/page-broken-paragraphs.test.ts).
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const release = loadRelease('test/fixtures/claims/pnc-2020-q4-highlights');
const claims = (text: string) => analyzeClaims(parseRelease(text, release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
const LINE = 'Nonperforming assets to total assets\t0.50%\t0.47%\t0.43%';
const id = (period: string) => `claim/nonperforming-assets-to-total-assets/${period}`;

describe("a ratio stated at three dates, the highlights' line under its spanner (PNC, 4Q20)", () => {
  test.each([
    ['.50%', '2020-12-31'],
    ['.47%', '2020-09-30'],
    ['.43%', '2019-12-31'],
  ])('%s at %s is linked and exact', (text, period) => {
    const { numbers, checks } = claims(release.text);
    expect(numbers.find((n) => n.line === 285 && n.text === text)).toMatchObject({ status: 'linked', check: id(period) });
    expect(checks.find((c) => c.id === id(period))?.verdict).toBe('exact');
  });

  test("the highlights' September ratio printed 0.27% is a mismatch", () => {
    expect(release.text).toContain(LINE);
    const { checks } = claims(release.text.replace(LINE, LINE.replace('0.47%', '0.27%')));
    expect(checks.find((c) => c.id === id('2020-09-30'))?.verdict).toBe('mismatch');
  });

  test('total assets at three dates, the last one across the page break, are each linked to its date', () => {
    const { numbers, checks } = claims(release.text);
    for (const [text, period] of [['$466.7 billion', '2020-12-31'], ['$461.8 billion', '2020-09-30'], ['$410.3 billion', '2019-12-31']]) {
      const n = numbers.find((x) => x.line === 183 && x.text === text);
      expect(n).toMatchObject({ status: 'linked' });
      expect(n?.status === 'linked' && checks.find((c) => c.id === n.check)?.period).toBe(period);
    }
    expect(checks.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });
});
