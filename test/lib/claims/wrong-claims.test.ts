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
    const claims = parseClaims('claims.yaml', 'claims:\n  - { text: "rose 2 percent", is: "growth(revenue-ip, 2009-q2)", direction: down }\n');
    const n = analyzeClaims(wrong, { claims }).checks.find((c) => c.reported.line === 6 && c.reported.text === '2 percent');
    expect(n).toMatchObject({ verdict: 'rounding', reported: { value: '-2' } });
  });
});

describe('a release without claims.yaml is linked automatically, and its wrong figures are mismatches', () => {
  // The same prose as test/fixtures/claims/wrong, with its claims.yaml ignored.
  const auto = analyzeClaims(wrong, { claims: null });

  test('no claims.yaml is no error, and nothing is thrown', () => {
    const unclaimed = analyzeClaims(loadRelease('test/fixtures/claims/unclaimed'));
    expect(unclaimed.issues).toEqual([]);
    expect(unclaimed.checks.map((c) => c.verdict)).toEqual(auto.checks.map((c) => c.verdict));
  });

  test('every figure is linked to the same claim, with the same verdict, as the hand-written claims of the same prose', () => {
    const byHand = checks.map((c) => [c.reported.line, c.reported.text, c.inputs.join(' '), c.verdict]);
    const automatic = auto.checks.map((c) => [c.reported.line, c.reported.text, c.inputs.join(' '), c.verdict]);
    expect(automatic).toEqual(byHand);
    expect(auto.numbers.filter((n) => n.status === 'linked').every((n) => n.status === 'linked' && n.source === 'auto' && n.confidence === 'high')).toBe(true);
  });

  test('"Revenue of $61.5 million": a clear subject and period, a wrong figure → mismatch, printed and recomputed', () => {
    const c = auto.checks.find((x) => x.reported.text === '$61.5 million')!;
    expect(c).toMatchObject({ id: 'claim/revenue/2010-q2', verdict: 'mismatch', computed: '60.525', difference: '0.975' });
    expect(c.explanation).toContain('60,525 thousand rounds to 60.5 million, not 61.5 million.');
  });

  test('the periods named are not numbers to check, and say so', () => {
    const periods = auto.numbers.filter((n) => n.kind === 'period');
    expect(periods.length).toBeGreaterThan(0);
    for (const n of periods) expect(n).toMatchObject({ status: 'not-derivable', source: 'auto' });
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

  test('text that is no longer in the prose, occurs twice, or holds no number or two', () => {
    expect(
      accounted(
        [
          'claims:',
          '  - { text: "$62.5 million", is: revenue }',
          '  - { text: "percent", is: "growth(revenue-ip, 2009-q2)" }',
          '  - { text: "revenue was", context: "IP services revenue was flat", is: revenue }',
          '  - { text: "$61.5 million compared with $60.0 million", is: revenue }',
          '  - { text: "second quarter of 2009", is: revenue }',
          '  - { text: "2 percent", context: "revenue grew almost 7", is: revenue }',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      "claims.yaml:2:13: 'claims.0.text': '$62.5 million' is no longer in the prose of the release: quote the text as it is printed now, or remove the entry",
      "claims.yaml:3:13: 'claims.1.text': 'percent' occurs 3 times in the prose (lines 4, 6): add context: a longer quote around it",
      "claims.yaml:4:13: 'claims.2.text': expected a number in 'revenue was'; it has none that a claim can assert",
      "claims.yaml:5:13: 'claims.3.text': expected one number in '$61.5 million compared with $60.0 million'; it has 2 ('$61.5 million', '$60.0 million'): quote less",
      "claims.yaml:6:13: 'claims.4.text': 'second quarter of 2009' is a period, which names or locates something: list it as not derivable instead of claiming it",
      "claims.yaml:7:13: 'claims.5.text': expected '2 percent' inside its context 'revenue grew almost 7'; it is not there",
    ]);
  });

  test('a line number is only a hint: it tells occurrences apart, and a quote found elsewhere still holds', () => {
    expect(accounted('claims:\n  - { line: 6, text: "percent", nth: 2, is: "growth(revenue-ip, 2009-q2)" }\n')).toEqual([]);
    expect(accounted('claims:\n  - { line: 2, text: "rose 2 percent", is: "growth(revenue-ip, 2009-q2)" }\n')).toEqual([]);
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
          '  - { text: "$61.5 million", is: revenue }',
          '  - { text: "Revenue of $61.5 million", is: revenue }',
          'not-derivable:',
          "  - { pattern: '$* million compared', reason: not in the tables }",
          '',
        ].join('\n'),
      ),
    ).toEqual([
      "claims.yaml:3:13: 'claims.1.text': '$61.5 million' is already claimed by the entry at claims.yaml:2",
      "claims.yaml:5:5: 'not-derivable.0': '$61.5 million' is claimed by the entry at claims.yaml:2 and also listed here as not derivable: keep one",
    ]);
  });

  test('a not-derivable entry that selects nothing, or whose pattern is a regular expression (never run as one)', () => {
    expect(
      accounted(
        [
          'not-derivable:',
          '  - { text: "square feet", reason: floor space }',
          "  - { pattern: '([a-z ]+)+!', reason: whatever }",
          "  - { pattern: '[\\d,]+ million', reason: whatever }",
          '  - { kind: date, text: "x", reason: both }',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      "claims.yaml:5:5: 'not-derivable.3': expected exactly one of kind, text or pattern",
      "claims.yaml:2:13: 'not-derivable.0.text': 'square feet' is no longer in the prose of the release: quote the text as it is printed now, or remove the entry",
      "claims.yaml:3:16: 'not-derivable.1.pattern': '([a-z ]+)+!' looks like a regular expression ('[a-z ]'); a pattern is literal text in which * stands for any run of characters",
      "claims.yaml:4:16: 'not-derivable.2.pattern': '[\\d,]+ million' looks like a regular expression ('[\\d,]'); a pattern is literal text in which * stands for any run of characters",
    ]);
  });

  test('one bad entry loses no other: the valid entries around it still count', () => {
    const result = analyzeClaims(wrong, {
      claims: parseClaims('claims.yaml', 'claims:\n  - { text: "$61.5 million", is: revenue@2009-q2 }\n  - { txt: oops }\n'),
    });
    expect(result.issues.map(formatIssue)).toContain("claims.yaml:3:5: 'claims.1.text': expected the number as printed, e.g. \"$60.5 million\"");
    expect(result.numbers.find((n) => n.text === '$61.5 million')).toMatchObject({ status: 'linked', source: 'hand', is: 'revenue@2009-q2' });
  });

  test('an entry without is: confirms the automatic link, and is an error where there is none to confirm', () => {
    expect(accounted('claims:\n  - { text: "$61.5 million" }\n')).toEqual([]);
    expect(accounted('claims:\n  - { text: "Second Quarter 2010 Financial Results" }\n')).toEqual([
      "claims.yaml:2:13: 'claims.0.text': 'Second Quarter 2010' is a period, which names or locates something: list it as not derivable instead of claiming it",
    ]);
  });
});
