// A word of the line's own label standing between the words a claim matched and its figure names nothing else
// (src/lib/claims/subject-match.ts): First Quantum's 4Q24 "Cash flows from operating activities of $583 million"
// (test/fixtures/claims/fm-2024-q4, an excerpt of ../shared/corpus/fm-2024-q4.md) matched "Net cash provided by
// operating activities" by another name of it, "cash flows from operating", and "activities", a word of the line's
// label, was taken for a word naming something else: the claim was left unlinked, unchecked. (A figure printed twice
// as large or small as the words' is still taken for another subject's: the planted 583 → 283 stays unlinked.)
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const release = loadRelease('test/fixtures/claims/fm-2024-q4');
const claims = (text: string) => analyzeClaims(parseRelease(text, release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
const LINE = 'Cash flows from (used by) operating activities3\t583\t260\t(185)';

describe("a word of the line's own label between the match and the figure (First Quantum, 4Q24)", () => {
  test('the operating cash flow of the quarter is linked and ties', () => {
    const { numbers, checks } = claims(release.text);
    expect(numbers.find((n) => n.line === 3 && n.text === '$583 million')).toMatchObject({ status: 'linked', check: 'claim/cash-from-operations/2024-q4' });
    expect(checks.find((c) => c.id === 'claim/cash-from-operations/2024-q4')?.verdict).toBe('exact');
  });

  test('the table printing 593 for it is a mismatch', () => {
    expect(release.text).toContain(LINE);
    const { checks } = claims(release.text.replace(LINE, LINE.replace('\t583\t', '\t593\t')));
    expect(checks.find((c) => c.id === 'claim/cash-from-operations/2024-q4')?.verdict).toBe('mismatch');
  });

  test('a word naming something else still stands between: "cash flows from operating leases of $583 million"', () => {
    const sentence = '- Cash flows from operating activities of $583 million';
    expect(release.text).toContain(sentence);
    const { numbers } = claims(release.text.replace(sentence, '- Cash flows from operating leases of $583 million'));
    expect(numbers.find((n) => n.line === 3 && n.text === '$583 million')?.status).not.toBe('linked');
  });
});
