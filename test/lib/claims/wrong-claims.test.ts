// A made-up release whose prose gets figures wrong (test/fixtures/claims/wrong), one with
// no claims.yaml (…/unclaimed), and claims files with mistakes: each must be flagged,
// located, and never thrown.
import { describe, expect, test } from 'vitest';
import { Decimal, toPlain } from '../../../src/lib/decimal.ts';
import { analyzeClaims, claimChecks, claimIssues, parseClaims, proseNumbers } from '../../../src/lib/claims/index.ts';
import { formatIssue, loadRelease } from '../../../src/lib/ingest/index.ts';
import type { Check } from '../../../src/lib/types.ts';

const wrong = loadRelease('test/fixtures/claims/wrong');
const checks = claimChecks(wrong);
const d = (x: string) => new Decimal(x);
const percentGrowth = (current: string, prior: string) => toPlain(d(current).div(d(prior)).minus(1).times(100));
const on = (line: number, text: string): Check => checks.find((c) => c.reported.line === line && c.reported.text === text)!;

describe('a wrong claim is a mismatch', () => {
  test('"$61.5 million" vs total revenues 60,525 thousand → mismatch (60.525 is outside 61.45 … 61.55)', () => {
    const c = on(3, '$61.5 million');
    expect(c).toMatchObject({ verdict: 'mismatch', computed: toPlain(d('60525').div(1000)) });
    expect(c.difference).toBe(toPlain(d('61.5').minus('60.525')));
    expect(c.explanation).toContain('60,525 thousand rounds to 60.5 million, not 61.5 million.');
  });

  test('"$60.0 million" vs 60,000 thousand → exact', () => {
    expect(on(3, '$60.0 million')).toMatchObject({ verdict: 'exact', computed: '60' });
  });

  test('"almost 7 percent" vs 32,160 ÷ 30,000 − 1 = 7.2% → mismatch: "almost" means below 7', () => {
    const c = on(4, '7 percent');
    expect(c).toMatchObject({ verdict: 'mismatch', computed: percentGrowth('32160', '30000') });
    expect(c.explanation).toContain('“almost 7 percent” stands for 6.5 to 7.');
  });

  test('"flat" vs 28,365 ÷ 27,539 − 1 = 3.0% → mismatch: flat allows −0.5 to 0.5', () => {
    const c = on(5, 'flat');
    expect(c).toMatchObject({ verdict: 'mismatch', reported: { value: '0' }, computed: percentGrowth('28365', '27539') });
  });

  test('"up 4 percent" vs 32,160 ÷ 31,000 − 1 = 3.74% → rounding', () => {
    expect(on(6, '4 percent')).toMatchObject({ verdict: 'rounding', reported: { value: '4' }, computed: percentGrowth('32160', '31000') });
  });

  test('"rose 2 percent" vs 28,365 ÷ 29,000 − 1 = −2.19% → mismatch: the size is right, the direction is not', () => {
    const c = on(6, '2 percent');
    expect(c).toMatchObject({ verdict: 'mismatch', reported: { value: '2' }, computed: percentGrowth('28365', '29000') });
    expect(c.explanation).toContain('“rose” gives the change its sign: +2 percent.');
  });

  test('"approximately $61 million" vs 60,525 thousand → rounding: "approximately" allows ±1 million, a whole unit', () => {
    const c = on(7, '$61 million');
    expect(c).toMatchObject({ verdict: 'rounding', tolerance: '1', computed: toPlain(d('60525').div(1000)) });
  });

  test('"approximately $30 million" vs 32,160 thousand → mismatch: 32.16 is outside 29 … 31', () => {
    expect(on(7, '$30 million')).toMatchObject({ verdict: 'mismatch', tolerance: '1', computed: toPlain(d('32160').div(1000)) });
  });

  test('"more than $28 million" vs 28,365 thousand → rounding (28.365 ≥ 28)', () => {
    const c = on(7, '$28 million');
    expect(c).toMatchObject({ verdict: 'rounding', computed: toPlain(d('28365').div(1000)) });
    expect(c.explanation).toContain('“more than $28 million” stands for 28 or more.');
  });

  test('an overridden direction wins over the sentence: "rose 2 percent" read as down → rounding', () => {
    const claims = parseClaims(
      'claims.yaml',
      'claims:\n  - { line: 6, text: "rose 2 percent", is: "growth(revenue-ip, 2009-q2)", direction: down }\n',
    );
    const [c] = analyzeClaims(wrong, { claims }).checks;
    expect(c).toMatchObject({ verdict: 'rounding', reported: { value: '-2' } });
  });
});

describe('a release without claims.yaml', () => {
  const release = loadRelease('test/fixtures/claims/unclaimed');

  test('has no claim checks, and throws nothing', () => {
    expect(claimChecks(release)).toEqual([]);
  });

  test('reports every prose number as unaccounted for, at release.txt:line:column', () => {
    expect(proseNumbers(release).every((n) => n.status === 'unaccounted')).toBe(true);
    const issues = claimIssues(release).map(formatIssue);
    expect(issues[0]).toBe(
      'test/fixtures/claims/unclaimed/claims.yaml:1:1: expected this file, linking every number in the prose to a claim or listing it as not derivable; it is missing, so no number is accounted for',
    );
    expect(issues.slice(1, 3)).toEqual([
      "test/fixtures/claims/unclaimed/release.txt:1:18: 'Second Quarter 2010' is not accounted for: link it to a claim or list it as not derivable in test/fixtures/claims/unclaimed/claims.yaml",
      "test/fixtures/claims/unclaimed/release.txt:3:14: '$61.5 million' is not accounted for: link it to a claim or list it as not derivable in test/fixtures/claims/unclaimed/claims.yaml",
    ]);
    expect(issues).toHaveLength(1 + proseNumbers(release).length);
  });
});

describe('mistakes in claims.yaml are reported at file:line:column with the key', () => {
  const issuesOf = (yaml: string) => analyzeClaims(wrong, { claims: parseClaims('claims.yaml', yaml) }).issues.map(formatIssue);
  const accounted = (yaml: string) =>
    analyzeClaims(wrong, { claims: parseClaims('claims.yaml', yaml) }).issues.filter((i) => i.file === 'claims.yaml').map(formatIssue);

  test('an unknown key or a missing expression fails validation, naming the key', () => {
    expect(issuesOf('claims:\n  - line: 3\n    txt: "$61.5 million"\n    is: revenue\n').slice(0, 2)).toEqual([
      "claims.yaml:2:5: 'claims.0.text': expected the number as printed, e.g. \"$60.5 million\"",
      'claims.yaml:2:5: \'claims.0\': Unrecognized key: "txt"',
    ]);
  });

  test('a concept the model does not have', () => {
    expect(accounted('claims:\n  - { line: 3, text: "$61.5 million", is: revenues }\n')).toEqual([
      "claims.yaml:2:43: 'claims.0.is': no concept 'revenues' in the company model; use a concept id from model.yaml, a measure (total-debt, capital-lease-obligations) or a fact id in [brackets]",
    ]);
  });

  test('a period the release does not have, and a syntax error', () => {
    expect(
      accounted(
        'claims:\n  - { line: 3, text: "$61.5 million", is: revenue@2011-q2 }\n  - { line: 3, text: "$60.0 million", is: "revenue +" }\n',
      ),
    ).toEqual([
      "claims.yaml:2:43: 'claims.0.is': no period '2011-q2' in this release (it has 2010-q2, 2009-q2, 2010-q1, 2010-q2-vs-2009-q2, 2010-q2-vs-2010-q1)",
      "claims.yaml:3:43: 'claims.1.is': expected a concept, a fact id in [brackets], a number or ( at column 10 of 'revenue +'",
    ]);
  });

  test('text that is not on the line, occurs twice, or holds no number or two', () => {
    expect(
      accounted(
        [
          'claims:',
          '  - { line: 4, text: "$61.5 million", is: revenue }',
          '  - { line: 6, text: "percent", is: "growth(revenue-ip, 2009-q2)" }',
          '  - { line: 6, text: "revenue was", is: revenue }',
          '  - { line: 3, text: "$61.5 million compared with $60.0 million", is: revenue }',
          '  - { line: 3, text: "second quarter of 2009", is: revenue }',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      "claims.yaml:2:22: 'claims.0.text': expected '$61.5 million' on line 4 of the release; it is not there",
      "claims.yaml:3:22: 'claims.1.text': 'percent' occurs 2 times on line 6: quote more of the sentence, or add nth: 1 … 2",
      "claims.yaml:4:22: 'claims.2.text': expected a number in 'revenue was'; it has none that a claim can assert",
      "claims.yaml:5:22: 'claims.3.text': expected one number in '$61.5 million compared with $60.0 million'; it has 2 ('$61.5 million', '$60.0 million'): quote less",
      "claims.yaml:6:22: 'claims.4.text': 'second quarter of 2009' is a period, which names or locates something: list it as not derivable instead of claiming it",
    ]);
  });

  test('an expression that states something else than the printed figure', () => {
    expect(accounted('claims:\n  - { line: 5, text: "flat", is: revenue-ip }\n')).toEqual([
      "claims.yaml:2:34: 'claims.0.is': 'flat' states a change in percent, but the expression gives an amount of money",
    ]);
  });

  test('a number claimed twice, or claimed and also listed as not derivable', () => {
    expect(
      accounted(
        [
          'claims:',
          '  - { line: 3, text: "$61.5 million", is: revenue }',
          '  - { line: 3, text: "Revenue of $61.5 million", is: revenue }',
          'not-derivable:',
          "  - { pattern: '\\$[\\d.]+ million', line: 3, reason: not in the tables }",
          '',
        ].join('\n'),
      ),
    ).toEqual([
      "claims.yaml:3:22: 'claims.1.text': '$61.5 million' is already claimed by the entry at claims.yaml:2",
      "claims.yaml:5:5: 'not-derivable.0': '$61.5 million' is claimed by the entry at claims.yaml:2 and also listed here as not derivable: keep one",
    ]);
  });

  test('a not-derivable entry that selects nothing, or has a broken pattern', () => {
    expect(
      accounted(
        [
          'not-derivable:',
          '  - { text: "square feet", reason: floor space }',
          "  - { pattern: '(unclosed', reason: whatever }",
          '  - { kind: date, text: "x", reason: both }',
          '',
        ].join('\n'),
      ),
    ).toEqual(["claims.yaml:4:5: 'not-derivable.2': expected exactly one of kind, text or pattern"]);
    expect(
      accounted(['not-derivable:', '  - { text: "square feet", reason: floor space }', "  - { pattern: '(unclosed', reason: whatever }", ''].join('\n')),
    ).toEqual([
      "claims.yaml:2:13: 'not-derivable.0.text': expected this entry to select at least one number in the prose; it selects none",
      "claims.yaml:3:16: 'not-derivable.1.pattern': expected a regular expression; '(unclosed' is not one (Invalid regular expression: /(unclosed/giu: Unterminated group)",
    ]);
  });
});
