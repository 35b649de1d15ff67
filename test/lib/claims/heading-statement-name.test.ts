// PNC's 1Q22 release (../shared/series/pnc/pnc-2022-q1.htm) sets "Balance Sheet Highlights" as the heading over the rest
// of its text: its words qualified every figure after it, so none linked ("the words name “Balance Sheet Highlights Net
// interest margin”, which no table prints", and so for 48 more figures). A statement's name heads the company's figures,
// no part of them; nor does a heading naming who speaks ("From Bill Demchak, PNC Chairman, …:"). A heading of periods
// compared ("First quarter 2022 compared with fourth quarter 2021") still qualifies the figures under it: read as naming
// nothing, it let figures of its second period be linked to its first (six false mismatches on the corpus). And "2.27% in both the fourth and first quarter of 2021": the spelled-out "fourth" ended the
// statement before its period, so 2.27% took the period before it, 2022's (2.28%), and would have accused the release
// had the two margins differed by more than rounding.
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

function claimsOf(edit: (text: string) => string = (t) => t) {
  const release = loadRelease('test/fixtures/claims/pnc-2022-q1');
  return analyzeClaims(parseRelease(edit(release.text), release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
}

// [what it shows, an edit of the text, line, figure, check, verdict]
const CASES: [string, (t: string) => string, number, string, string, string][] = [
  ['a figure under a statement’s name links by its own words', (t) => t, 25, '2.28%', 'claim/net-interest-margin/2022-q1', 'exact'],
  ['a level of two periods named “the fourth and first quarter of 2021” is of the one its words date', (t) => t, 25, '2.27%', 'claim/net-interest-margin/2021-q1', 'exact'],
  ['printed wrong, a mismatch of that period', (t) => t.replace('and 2.27% in both', 'and 2.37% in both'), 25, '2.37%', 'claim/net-interest-margin/2021-q1', 'mismatch'],
  ['each of a list of levels', (t) => t, 27, '16.9%', 'claim/effective-tax-rate/2021-q1', 'exact'],
  // "From Bill Demchak, PNC Chairman, President and Chief Executive Officer:" names who speaks, no part of the company.
  ['a heading naming its speaker qualifies nothing', (t) => t, 9, '$1.4 Billion', 'claim/net-income-attributable-to-common-shareholders/2022-q1/2', 'rounding'],
];

describe('a heading that names a statement or a speaker qualifies none of its figures', () => {
  test.each(CASES)('%s: %s', (_, edit, line, text, check, verdict) => {
    const { numbers, checks } = claimsOf(edit);
    const n = numbers.find((x) => x.line === line && x.text === text)!;
    expect(n, text).toBeDefined();
    expect(n).toMatchObject({ status: 'linked', check });
    expect(checks.find((c) => c.id === check)?.verdict).toBe(verdict);
    // Nothing else accused.
    expect(checks.filter((c) => c.verdict === 'mismatch' && c.id !== check).map((c) => c.id)).toEqual([]);
  });
});
