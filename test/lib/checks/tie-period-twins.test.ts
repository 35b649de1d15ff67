// Forterra, 1Q20 (unseen set edgar-s14; excerpt test/fixtures/checks/corpus/frta-2020-q1-margins): the reconciliation
// of net income to Adjusted EBITDA prints "Adjusted EBITDA margin 10.7% | 6.8%" for 2020 and 2019, and the segment
// reconciliation prints the same lines a period a table, "Three months ended March 31, 2020" over "Drainage Pipe &
// Products | Water Pipe & Products | Corporate and Other | Total", then the same for 2019, each "Total" column the
// consolidated figure (10.7%; 6.8%). The 2019 table prints no other period, so its place agreed with the
// reconciliation in no period but its own: a difference there left it out of the tie as a part's line, and a misprint
// of either 6.8% was caught by nothing (the tie vanished). A table printing one period is read with its twins, the
// tables printing the same lines and columns for other periods (src/lib/checks/tie.ts, periodTwins): 2020's Total
// agrees with the reconciliation, so 2019's is the same line, and a difference is the tie's mismatch.
import { describe, expect, test } from 'vitest';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';
import { runChecks } from '../../../src/lib/verify/index.ts';

const release = loadRelease('test/fixtures/checks/corpus/frta-2020-q1-margins');
function checks(from?: string, to?: string) {
  if (from) expect(release.text).toContain(from);
  const text = from && to ? release.text.replace(from, to) : release.text;
  return runChecks(parseRelease(text, release.meta, emptyModel, release.file), emptyModel);
}
const verdict = (cs: ReturnType<typeof checks>, id: string) => cs.find((c) => c.id === id)?.verdict;

describe("a table printing one period is tied through its twin's other period (Forterra's segment reconciliations)", () => {
  test('as printed: the margin ties in both years, nothing is a mismatch', () => {
    const cs = checks();
    expect(verdict(cs, 'tie/adjusted-ebitda-margin/2019-q1')).toBe('exact');
    expect(verdict(cs, 'tie/adjusted-ebitda-margin/2020-q1')).toBe('exact');
    expect(cs.filter((c) => c.verdict === 'mismatch')).toEqual([]);
  });

  test.each([
    ["the reconciliation's 2019 margin printed 9.8%", 'Adjusted EBITDA margin\t10.7%\t6.8%', 'Adjusted EBITDA margin\t10.7%\t9.8%'],
    ["the 2019 segment table's Total printed 9.8%", 'Adjusted EBITDA margin\t16.2%\t<u>6.8%</u>\t<u>NM</u>\t<u>6.8%</u>', 'Adjusted EBITDA margin\t16.2%\t<u>6.8%</u>\t<u>NM</u>\t<u>9.8%</u>'],
  ])('%s: the tie is a mismatch', (_, from, to) => {
    expect(verdict(checks(from, to), 'tie/adjusted-ebitda-margin/2019-q1')).toBe('mismatch');
  });
});
