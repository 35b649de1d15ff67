// A line's label names what its negative figures are by the words it puts in parentheses: "Income tax benefit
// (expense)" prints a benefit positive and an expense in parentheses. Green Plains' 4Q24 (unseen set s11, excerpt
// test/fixtures/claims/gpre-2024-q4): "Income tax expense was $7.0 million for the three months ended December 31,
// 2024" against the line's (6,981) was a false mismatch (7.0 against −6.981, class AD of
// test/fixtures/corpus-review/unseen/edgar-s11.md); the claim names the expense, so it states the figure's size.
import { describe, expect, test } from 'vitest';
import { analyzeClaims } from '../../../src/lib/claims/index.ts';
import { loadRelease, parseRelease } from '../../../src/lib/ingest/index.ts';
import { emptyModel } from '../../../src/lib/model/index.ts';

const release = loadRelease('test/fixtures/claims/gpre-2024-q4');
// The copy prints a no-break space in "December 31, 2024".
const SENTENCE = 'Income tax expense was $7.0 million for the three months ended December 31,\u00a02024 compared with income tax benefit of $0.3 million for the same period in 2023.';
const claimOf = (sentence: string, figure: string) => {
  expect(release.text).toContain(SENTENCE);
  const text = release.text.replace(SENTENCE, sentence);
  const { numbers, checks } = analyzeClaims(parseRelease(text, release.meta, emptyModel, release.file), { claims: null, model: emptyModel });
  const n = numbers.find((x) => x.text === figure)!;
  const check = n.status === 'linked' ? n.check : null;
  return { status: n.status, check, verdict: checks.find((c) => c.id === check)?.verdict ?? null };
};

describe('a claim naming the word in a label’s parentheses states the size of its negative figure', () => {
  test.each([
    // [case, sentence, figure, linked check, verdict]
    ['the expense, as printed', SENTENCE, '$7.0 million', 'claim/income-tax/2024-q4', 'rounding'],
    ['the benefit, as printed', SENTENCE, '$0.3 million', 'claim/income-tax/2023-q4', 'rounding'],
    ['"expenses" (plural)', SENTENCE.replace('Income tax expense was', 'Income tax expenses were'), '$7.0 million', 'claim/income-tax/2024-q4', 'rounding'],
    // The same figures printed wrong are mismatches.
    ['the expense, printed wrong', SENTENCE.replace('$7.0 million', '$8.0 million'), '$8.0 million', 'claim/income-tax/2024-q4', 'mismatch'],
    ['the benefit, printed wrong', SENTENCE.replace('$0.3 million', '$0.5 million'), '$0.5 million', 'claim/income-tax/2023-q4', 'mismatch'],
    // A benefit claimed where the line printed an expense is no benefit of that size: the sign stays and it is a mismatch.
    ['an expense called a benefit', 'Income tax benefit was $7.0 million for the three months ended December 31, 2024.', '$7.0 million', 'claim/income-tax/2024-q4', 'mismatch'],
  ])('%s', (_, sentence, figure, id, verdict) => {
    expect(claimOf(sentence, figure)).toEqual({ status: 'linked', check: id, verdict });
  });
});
