// A claim naming a line whose kind the table also prints qualified (src/lib/claims/kindred-lines.ts). Bridge Bancorp,
// 1Q20 (test/fixtures/claims/bdge-2020-q1, an excerpt of unseen set edgar-s14): "Demand deposits increased $167.6
// million year-over-year to $1.5 billion at March 31, 2020, representing 37% of total deposits" over a statement of
// condition printing "Demand deposits 1,421,743" and "Public funds - demand deposits 59,809": the prose's demand
// deposits are both lines (1,481,552 → $1.5 billion, 36.5% of 4,055,735); the line alone gives $1.4 billion and 35.1%.
// Linked to the line alone, both figures were false mismatches (edgar-s14.md).
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const release = loadRelease('test/fixtures/claims/bdge-2020-q1');
const claims = (text: string) => analyzeClaims(parseRelease(text, release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
const SENTENCE = 'to $1.5 billion at March 31, 2020, representing 37% of total deposits';

describe('demand deposits, the line and the line of public funds (Bridge Bancorp, 1Q20)', () => {
  test.each([
    // [case, replacements of the release text, figure, verdict]
    ['as printed: the amount', [], '$1.5 billion', 'unverifiable'],
    ['as printed: the share of total deposits', [], '37%', 'unverifiable'],
    // A figure neither reading gives is still an error.
    ['an amount neither reading gives', [[SENTENCE, 'to $1.7 billion at March 31, 2020, representing 37% of total deposits']], '$1.7 billion', 'mismatch'],
    ['a share neither reading gives', [[SENTENCE, 'to $1.5 billion at March 31, 2020, representing 41% of total deposits']], '41%', 'mismatch'],
    // The line alone ties: judged on it, as before.
    ['the figure of the line alone', [[SENTENCE, 'to $1.4 billion at March 31, 2020, representing 35% of total deposits']], '$1.4 billion', 'rounding'],
    // With no line of the kind qualified, the words name the one line: the mismatch stands.
    ['no line of the kind qualified', [['Public funds - demand deposits\t', 'Public funds - checking accounts\t']], '$1.5 billion', 'mismatch'],
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
      expect(check.readings).toEqual(['“Demand deposits” alone: does not tie', '“Demand deposits” + “Public funds - demand deposits”: within rounding']);
      expect(check.explanation).toContain('no reading is certain');
    }
  });
});
