// A part of a total that the sentence breaks up may join lines the statement prints apart (src/lib/claims/grouped-part.ts).
// PennantPark Investment, quarter to December 31, 2024 (test/fixtures/claims/pnnt-fy2025-q1, an excerpt of set s28):
// "expenses totaled $21.2 million and were comprised of … $1.7 million of general and administrative expenses and $0.7
// million of provision for excise taxes" over a statement printing "General and administrative expenses 1,250" and
// "Administrative services expenses 500" (1,750 → $1.7 million); the prior year's $1.4 million is 1,214 + 189. The claim
// linked to the first line alone was a false mismatch (s28.md).
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const release = loadRelease('test/fixtures/claims/pnnt-fy2025-q1');
const claims = (text: string) => analyzeClaims(parseRelease(text, release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
const THIS_YEAR = '$1.7 million of general and administrative expenses';
const BROKEN_UP = 'expenses totaled $21.2 million and were comprised of';

describe('a part of a total the sentence breaks up (PennantPark, 1Q FY2025)', () => {
  test.each([
    // [case, replacements of the release text, figure, verdict]
    ['as printed: the line alone or with the line below it', [], '$1.7 million', 'unverifiable'],
    ['as printed, the prior year', [], '$1.4 million', 'unverifiable'],
    // A figure that neither its line nor any group of lines beside it explains is still an error.
    ['a figure no group of lines gives', [[THIS_YEAR, '$1.9 million of general and administrative expenses']], '$1.9 million', 'mismatch'],
    ['the line itself printed wrong', [['General and administrative expenses\t1,250', 'General and administrative expenses\t1,950']], '$1.7 million', 'mismatch'],
    // The line alone ties: judged on it, as before.
    ['the figure of the line alone', [[THIS_YEAR, '$1.3 million of general and administrative expenses']], '$1.3 million', 'rounding'],
    // With no total broken up, the words name the one line: a mismatch is an accusation that stands.
    ['no total broken up', [[BROKEN_UP, 'expenses totaled $21.2 million, with']], '$1.7 million', 'mismatch'],
  ] as [string, [string, string][], string, string][])('%s', (_, replacements, text, verdict) => {
    let changed = release.text;
    for (const [from, to] of replacements) {
      expect(changed).toContain(from);
      changed = changed.replace(from, to);
    }
    const { numbers, checks } = claims(changed);
    const n = numbers.find((x) => x.text === text && x.status === 'linked');
    expect(n).toMatchObject({ status: 'linked' });
    const check = checks.find((c) => n?.status === 'linked' && c.id === n.check)!;
    expect(check.verdict).toBe(verdict);
    if (verdict === 'unverifiable') {
      expect(check.readings).toEqual([
        '“General and administrative expenses” alone: does not tie',
        '“General and administrative expenses” + “Administrative services expenses”: within rounding',
      ]);
      expect(check.explanation).toContain('no reading is certain');
    }
  });
});
