// The claims of the bundled release, judged. Expected values are recomputed here from
// the printed figures, with Decimal, never copied from the code's output.
import { describe, expect, test } from 'vitest';
import { Decimal, toPlain } from '../../../src/lib/decimal.ts';
import { claimChecks, proseNumbers } from '../../../src/lib/claims/index.ts';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import type { Check } from '../../../src/lib/types.ts';

const release = loadRelease('data/releases/inap-2010-q2');
const checks = claimChecks(release);
const d = (x: string) => new Decimal(x);
const percentGrowth = (current: string, prior: string) => toPlain(d(current).div(d(prior)).minus(1).times(100));

/** The claim on `line` whose printed figure is `text`. */
const claim = (line: number, text: string): Check => {
  const found = checks.filter((c) => c.reported.line === line && c.reported.text === text);
  expect(found, `claims of '${text}' on line ${line}`).toHaveLength(1);
  return found[0];
};

describe('claims of inap-2010-q2, with the arithmetic behind each verdict', () => {
  test('"$60.5 million" vs total revenues 60,525 thousand → rounding (60.525 is within 60.5 ± 0.05)', () => {
    const c = claim(7, '$60.5 million');
    expect(c).toMatchObject({ kind: 'claim', verdict: 'rounding', unit: 'USD', period: '2010-q2', tolerance: '0.05' });
    expect(c.computed).toBe(toPlain(d('60525').div(1000)));
    expect(c.difference).toBe(toPlain(d('60.5').minus(d('60525').div(1000))));
    expect(c.inputs).toContain('inap-2010-q2/financial-summary/total-revenues/2010-q2');
  });

  test('"up 46.5 percent year-over-year" vs 9,924 ÷ 6,776 − 1 = 46.46% → rounding', () => {
    const c = claim(9, '46.5 percent');
    expect(c).toMatchObject({ verdict: 'rounding', unit: 'percent', period: '2010-q2-vs-2009-q2' });
    expect(c.reported.value).toBe('46.5');
    expect(c.computed).toBe(percentGrowth('9924', '6776'));
    expect(c.explanation).toContain('“up”');
  });

  test('"46.5 percent higher than" (line 48) reads "higher than" as up: the same growth → rounding', () => {
    const c = claim(48, '46.5 percent');
    expect(c).toMatchObject({ verdict: 'rounding', reported: { value: '46.5' } });
    expect(c.computed).toBe(percentGrowth('9924', '6776'));
  });

  test('"almost 7 percent sequentially" vs DC segment profit 11,413 ÷ 10,679 − 1 = 6.87% → within [6.5, 7]: rounding', () => {
    const c = claim(14, '7 percent');
    expect(c.computed).toBe(percentGrowth('11413', '10679'));
    expect(c.verdict).toBe('rounding');
    expect(c.explanation).toContain('“almost 7 percent” stands for 6.5 to 7.');
  });

  test('"41 percent year-over-year" vs 11,413 ÷ 8,108 − 1 = 40.76% → rounding', () => {
    const c = claim(14, '41 percent');
    expect(c.computed).toBe(percentGrowth('11413', '8108'));
    expect(c.verdict).toBe('rounding');
  });

  test('"up 510 basis points" vs segment margin 48.3% − 43.2% = 5.1 points → exact', () => {
    const c = claim(8, '510 basis points');
    expect(c).toMatchObject({ verdict: 'exact', unit: 'basis-points', period: '2010-q2-vs-2009-q2' });
    expect(c.computed).toBe(toPlain(d('48.3').minus('43.2').times(100)));
  });

  test('"up 590 basis points" and "80 basis points sequentially" vs 16.4 − 10.5 and 16.4 − 15.6 → exact', () => {
    expect(claim(48, '590 basis points')).toMatchObject({ verdict: 'exact', computed: toPlain(d('16.4').minus('10.5').times(100)) });
    expect(claim(48, '80 basis points')).toMatchObject({ verdict: 'exact', computed: toPlain(d('16.4').minus('15.6').times(100)) });
  });

  test('"Total debt was $40.4 million" vs 20,000 + 727 + 19,685 = 40,412 thousand → rounding', () => {
    const c = claim(52, '$40.4 million');
    expect(c).toMatchObject({ id: 'claim/total-debt/2010-06-30', verdict: 'rounding', period: '2010-06-30' });
    expect(c.computed).toBe(toPlain(d('20000').plus('727').plus('19685').div(1000)));
    expect(c.inputs).toHaveLength(3);
    expect(c.explanation).toContain('40,412 thousand rounds to 40.4 million.');
  });

  test('"$20.4 million in capital lease obligations" vs 727 + 19,685 = 20,412 thousand → rounding', () => {
    expect(claim(52, '$20.4 million')).toMatchObject({ verdict: 'rounding', computed: toPlain(d('727').plus('19685').div(1000)) });
  });

  test('"flat" segment profit vs 29,262 ÷ 29,280 − 1 = −0.06% → rounding (within 0 ± 0.5)', () => {
    const c = claim(46, 'flat');
    expect(c).toMatchObject({ verdict: 'rounding', reported: { value: '0' }, tolerance: '0.5' });
    expect(c.computed).toBe(percentGrowth('29262', '29280'));
  });

  test('"flat" Adjusted EBITDA vs 9,924 ÷ 9,877 − 1 = +0.48% → rounding (within 0 ± 0.5)', () => {
    const c = claim(48, 'flat');
    expect(c).toMatchObject({ verdict: 'rounding', reported: { value: '0' } });
    expect(c.computed).toBe(percentGrowth('9924', '9877'));
  });

  test('"declined 3 percent" vs 31,197 ÷ 32,273 − 1 = −3.33% → the sign comes from "declined": −3, rounding', () => {
    const c = claim(36, '3 percent');
    expect(c).toMatchObject({ verdict: 'rounding', reported: { value: '-3' } });
    expect(c.computed).toBe(percentGrowth('31197', '32273'));
  });

  test('"7 percent sequentially" after "declined" vs 31,197 ÷ 33,722 − 1 = −7.49% → −7, rounding (the summary table prints −8%)', () => {
    const c = claim(36, '7 percent');
    expect(c).toMatchObject({ verdict: 'rounding', reported: { value: '-7' } });
    expect(c.computed).toBe(percentGrowth('31197', '33722'));
  });

  test('"a decrease of 9 percent … and 1 percent sequentially" vs −8.63% and −1.06% → both negative, rounding', () => {
    expect(claim(37, '9 percent')).toMatchObject({ verdict: 'rounding', reported: { value: '-9' }, computed: percentGrowth('29328', '32099') });
    expect(claim(37, '1 percent')).toMatchObject({ verdict: 'rounding', reported: { value: '-1' }, computed: percentGrowth('29328', '29643') });
  });

  test('"36.6 percent of Data center services revenue" vs 11,413 ÷ 31,197 = 36.58% → rounding', () => {
    const c = claim(47, '36.6 percent');
    expect(c).toMatchObject({ verdict: 'rounding', computed: toPlain(d('11413').div('31197').times(100)) });
  });

  test('"$(1.3) million" net loss vs −1,271 thousand → −1.3, rounding; "$(0.03) per share" vs (0.03) → exact', () => {
    expect(claim(41, '$(1.3) million')).toMatchObject({ verdict: 'rounding', reported: { value: '-1.3' }, computed: '-1.271' });
    expect(claim(41, '$(0.03) per share')).toMatchObject({ verdict: 'exact', unit: 'USD/share', computed: '-0.03' });
  });

  test('"$28.5 million" capital expenditures vs −(−28,475) thousand → rounding', () => {
    expect(claim(53, '$28.5 million')).toMatchObject({ verdict: 'rounding', computed: '28.475' });
  });

  test('no claim in the release is a mismatch or unverifiable', () => {
    expect(checks.filter((c) => c.verdict !== 'exact' && c.verdict !== 'rounding').map((c) => c.id)).toEqual([]);
  });
});

describe('claim check ids', () => {
  test('are unique and read as claim/<subject>/<period>', () => {
    const ids = checks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^claim\/[a-z0-9-]+(\/[a-z0-9-]+)*$/);
  });

  test('come from what is claimed, with a counter for a repeated claim, not from line numbers', () => {
    expect(claim(7, '$60.5 million').id).toBe('claim/revenue/2010-q2');
    expect(claim(35, '$60.5 million').id).toBe('claim/revenue/2010-q2/2');
    expect(claim(9, '46.5 percent').id).toBe('claim/growth/adjusted-ebitda/2010-q2-vs-2009-q2');
    expect(claim(8, '510 basis points').id).toBe('claim/change/segment-margin/2010-q2-vs-2009-q2');
    expect(claim(47, '36.6 percent').id).toBe('claim/segment-profit-data-center-over-revenue-data-center/2010-q2');
  });
});

describe('proseNumbers marks every number for the site', () => {
  test('a linked number names its check and verdict, how it was linked and on what evidence', () => {
    const n = proseNumbers(release).find((x) => x.line === 52 && x.text === '$40.4 million');
    expect(n).toMatchObject({
      status: 'linked',
      source: 'auto',
      confidence: 'high',
      check: 'claim/total-debt/2010-06-30',
      verdict: 'rounding',
      column: 85,
      is: 'total-debt@2010-06-30',
      evidence: { subject: { words: 'Total debt', key: 'total-debt' }, period: { id: '2010-06-30', words: 'at the end of the quarter' } },
    });
  });

  test('a number claims.yaml links is marked as linked by hand, with its entry', () => {
    const n = proseNumbers(release).find((x) => x.line === 41 && x.text === '$1.2 million');
    // The words name the line only in part ("restructuring charge"), so the linker leaves it unlinked and says why: the entry links it.
    expect(n).toMatchObject({ status: 'linked', source: 'hand', is: 'impairments-and-restructuring', entry: { line: 25 } });
    expect(n!.status === 'linked' && n!.automatic).toContain('stands between it and the figure');
  });

  test('a number that names something carries the reason it is not derivable', () => {
    const phone = proseNumbers(release).find((x) => x.line === 90);
    expect(phone).toMatchObject({ kind: 'phone', text: '(781) 418-2404', status: 'not-derivable', reason: 'a telephone number' });
  });
});
