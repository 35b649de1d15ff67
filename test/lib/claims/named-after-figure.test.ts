// A line named in full after a clause's figure is the next figure's subject: "Net cash provided by operating
// activities was $293 million and free cash flow was $270 million" (Pinterest, 2Q26; ../shared/unseen-s33, excerpt
// test/fixtures/claims/pins-2026-q2). The reconciliation's "Net cash provided by operating activities" under
// "Reconciliation of free cash flow" took its words from before $293 million and "free cash" as its table's context,
// outscored "Free cash flow" itself, and $270 million was weighed against operating cash flow, 292,885 thousand (a false
// mismatch). No line's name is printed across a figure: a match with words on both sides of one is let go where a line
// is named in full after it, unless its name holds the nearer one ("net income attributable to …" read around "… net
// income of $979 million"); a name wholly before the figure may be what both figures share ("The Building Materials
// business achieved revenues of $1.6 billion and gross profit of $472 million") and is weighed as before.
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const release = loadRelease('test/fixtures/claims/pins-2026-q2');
const claims = (text: string) => analyzeClaims(parseRelease(text, release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
const SENTENCE = '- Net cash provided by operating activities was $293 million and free cash flow was $270 million.';

describe('a line named after a figure of its clause is the next figure’s subject (Pinterest, 2Q26)', () => {
  test.each([
    // [case, line 19 as given, its line and figure, check, verdict]
    ['free cash flow, as printed', SENTENCE, 19, '$270 million', 'claim/free-cash-flow/2026-q2', 'rounding'],
    ['free cash flow, printed wrong', SENTENCE.replace('$270', '$280'), 19, '$280 million', 'claim/free-cash-flow/2026-q2', 'mismatch'],
    ['operating cash flow, before it', SENTENCE, 19, '$293 million', 'claim/cash-from-operations/2026-q2', 'rounding'],
    ['the lines in the other order', '- Free cash flow was $270 million and net cash provided by operating activities was $293 million.', 19, '$293 million', 'claim/cash-from-operations/2026-q2', 'rounding'],
    ['stated with "of"', '- Pinterest reported net cash provided by operating activities of $293 million and free cash flow of $270 million.', 19, '$270 million', 'claim/free-cash-flow/2026-q2', 'rounding'],
    // Line 17, "GAAP net loss was $47 million and Adjusted EBITDA was $311 million", read as before.
    ['Adjusted EBITDA after the net loss', SENTENCE, 17, '$311 million', 'claim/adjusted-ebitda/2026-q2', 'rounding'],
  ] as const)('%s', (_, sentence, line, text, id, verdict) => {
    expect(release.text).toContain(SENTENCE);
    const { numbers, checks } = claims(release.text.replace(SENTENCE, sentence));
    const n = numbers.find((x) => x.line === line && x.text === text);
    expect(n).toMatchObject({ status: 'linked', check: id });
    expect(checks.find((c) => c.id === id)?.verdict).toBe(verdict);
    expect(checks.filter((c) => c.id !== id && c.verdict === 'mismatch')).toEqual([]);
  });
});
