// A claim's expression is a chain of one operation a term, however long claims.yaml writes it:
// evaluated, written back and named in loops, so a very long chain is checked like a short one,
// not ended by "Maximum call stack size exceeded" (issue 30). The result is asserted, never the time.
import { describe, expect, test } from 'vitest';
import { analyzeClaims, parseClaim, parseClaims } from '../../../src/lib/claims/index.ts';
import { writeClaim } from '../../../src/lib/claims/write-expression.ts';
import { loadRelease } from '../../../src/lib/ingest/index.ts';

// A made-up release whose prose prints "$61.5 million" (total revenues are 60,525 thousand) and
// "$60.0 million" (60,000 thousand in the second quarter of 2009).
const wrong = loadRelease('test/fixtures/claims/wrong');
const claimed = (text: string, is: string) =>
  analyzeClaims(wrong, { claims: parseClaims('claims.yaml', `claims:\n  - text: "${text}"\n    is: "${is}"\n`) });
const checkOf = (analysis: ReturnType<typeof claimed>, text: string) => analysis.checks.find((c) => c.reported.text === text);

describe('a claim over a very long chain', () => {
  test.each([1_000, 20_000])('%i multiplications by 1 leave the figure as printed: exact where it ties, a mismatch where it does not', (n) => {
    const times = (concept: string) => `${concept}${' * 1'.repeat(n)}`;
    const tied = claimed('$60.0 million', times('revenue@2009-q2'));
    expect(tied.issues).toEqual([]);
    expect(checkOf(tied, '$60.0 million')).toMatchObject({ verdict: 'exact', computed: '60' });
    const wrongFigure = claimed('$61.5 million', times('revenue'));
    expect(wrongFigure.issues).toEqual([]);
    expect(checkOf(wrongFigure, '$61.5 million')).toMatchObject({ verdict: 'mismatch', computed: '60.525', difference: '0.975' });
  });

  test('20,001 figures added and subtracted in turn are each an input, and come to the first one', () => {
    const n = 10_000;
    const chain = `revenue@2009-q2${' + revenue-ip@2009-q2 - revenue-ip@2009-q2'.repeat(n)}`;
    const check = checkOf(claimed('$60.0 million', chain), '$60.0 million')!;
    // 60,000 exactly; each of the 20,001 figures printed in thousands stands for ± 0.5 thousand.
    expect(check).toMatchObject({ computed: '60' });
    expect(['exact', 'rounding']).toContain(check.verdict);
    expect(check.inputs).toHaveLength(2 * n + 1);
    expect(check.formula.split(' − ')).toHaveLength(n + 1);
  });
});

describe('a claim written back (writeClaim), as claims.yaml and the suggestions write it', () => {
  // Parsing what is written gives the same claim: brackets where the order of operations needs them, and only there.
  test.each([
    ['revenue + revenue-ip', 'revenue + revenue-ip'],
    ['(revenue - revenue-ip) / revenue', '(revenue - revenue-ip) / revenue'],
    ['revenue - (revenue-ip - revenue-data-center)', 'revenue - (revenue-ip - revenue-data-center)'],
    ['revenue / (revenue-ip * 2)', 'revenue / (revenue-ip * 2)'],
    ['revenue * 2 / 3 + revenue-ip', 'revenue * 2 / 3 + revenue-ip'],
    ['(revenue + revenue-ip) * 2 - 1', '(revenue + revenue-ip) * 2 - 1'],
    ['-(revenue - revenue-ip)', '-(revenue - revenue-ip)'],
    ['revenue@2010-q2 - revenue@2009-q2', 'revenue - revenue@2009-q2'],
    ['growth(revenue@2010-q2, revenue@2009-q2)', 'growth(revenue, 2009-q2)'],
  ])('%s is written %s', (is, written) => {
    expect(writeClaim(parseClaim(is), '2010-q2')).toBe(written);
    expect(parseClaim(writeClaim(parseClaim(is), '2010-q2'))).toEqual(parseClaim(written));
  });

  test('a chain of 20,000 operations is written in one pass, and reads back as the same claim', () => {
    const is = `(revenue${' + revenue-ip'.repeat(10_000)})${' / 2'.repeat(10_000)}`;
    const written = writeClaim(parseClaim(is), '2010-q2');
    expect(written).toBe(is);
    expect(parseClaim(written)).toEqual(parseClaim(is));
  });
});
