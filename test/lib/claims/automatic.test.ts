// The bundled release with its claims.yaml set aside: the linker alone must find what the
// hand-written claims file linked (test/fixtures/claims/inap-hand-written/claims.yaml, the
// file as it was before linking was automatic), with the same verdicts, and call nothing a
// mismatch that is not one.
import { describe, expect, test } from 'vitest';
import { analyzeClaims, loadClaims, type ProseNumber } from '../../../src/lib/claims/index.ts';
import { loadRelease } from '../../../src/lib/ingest/index.ts';
import type { Check } from '../../../src/lib/types.ts';

const release = loadRelease('data/releases/inap-2010-q2');
const handFile = loadClaims('test/fixtures/claims/inap-hand-written/release.txt');
const byHand = analyzeClaims(release, { claims: handFile });
const auto = analyzeClaims(release, { claims: null });

const at = (c: Check) => `${c.reported.line}:${c.reported.column}`;
const autoAt = new Map(auto.checks.map((c) => [at(c), c]));
const number = (line: number, text: string, nth = 1): ProseNumber => {
  const found = auto.numbers.filter((n) => n.line === line && n.text === text);
  expect(found.length, `'${text}' on line ${line}`).toBeGreaterThanOrEqual(nth);
  return found[nth - 1];
};

describe('with no claims.yaml, the prose of inap-2010-q2 is linked as the hand-written file linked it', () => {
  test('the hand-written file is read without error and links every figure it names (the yardstick is sound)', () => {
    expect(byHand.issues.filter((i) => i.message.includes("'claims."))).toEqual([]);
    expect(byHand.checks).toHaveLength(51);
  });

  test('at least 90% of its claims come out linked to the same figures (concept and period) with the same verdict', () => {
    const same = byHand.checks.filter((h) => {
      const a = autoAt.get(at(h));
      return a !== undefined && a.inputs.join() === h.inputs.join() && a.verdict === h.verdict && a.period === h.period;
    });
    const missed = byHand.checks.filter((h) => !same.includes(h)).map((h) => `${at(h)} ${h.reported.text} ${h.id}`);
    expect(same.length / byHand.checks.length, `missed: ${missed.join('; ')}`).toBeGreaterThanOrEqual(0.9);
  });

  test('and with the same check ids, so that permalinks hold whichever way a claim is linked', () => {
    const ids = byHand.checks.map((h) => [at(h), h.id]);
    expect(ids.filter(([where, id]) => autoAt.get(where)?.id === id).length / ids.length).toBeGreaterThanOrEqual(0.9);
  });

  test('no automatic claim is a mismatch or unverifiable: the prose of the release is right', () => {
    expect(auto.checks.filter((c) => c.verdict !== 'exact' && c.verdict !== 'rounding').map((c) => `${at(c)} ${c.id}`)).toEqual([]);
  });

  test('no figure the hand-written file left out is linked (the four it found not derivable stay so)', () => {
    const extra = auto.checks.filter((a) => !byHand.checks.some((h) => at(h) === at(a)));
    expect(extra.map((c) => `${at(c)} ${c.reported.text}`)).toEqual([]);
  });
});

describe('specific sentences, linked with their evidence', () => {
  test('"Revenue of $60.5 million compared with $64.4 million in the second quarter of 2009": the second figure takes the period after it', () => {
    expect(number(7, '$60.5 million')).toMatchObject({
      status: 'linked',
      confidence: 'high',
      is: 'revenue',
      evidence: { subject: { words: 'Revenue', key: 'revenue' }, period: { id: '2010-q2' } },
    });
    expect(number(7, '$64.4 million')).toMatchObject({
      is: 'revenue@2009-q2',
      evidence: { period: { id: '2009-q2', words: 'second quarter of 2009' } },
    });
  });

  test('"declined 3 percent year-over-year and 7 percent sequentially": two changes of one subject, both falling', () => {
    expect(number(36, '3 percent')).toMatchObject({ is: 'growth(revenue-data-center, 2009-q2)', verdict: 'rounding' });
    expect(number(36, '7 percent')).toMatchObject({
      is: 'growth(revenue-data-center, 2010-q1)',
      evidence: { prior: { id: '2010-q1', words: 'sequentially' } },
    });
    expect(auto.checks.find((c) => c.reported.line === 36 && c.reported.text === '7 percent')?.reported.value).toBe('-7');
  });

  test('"$(60.6) million, or $(1.22) per share, in the second quarter of 2009": the pair shares the period after it', () => {
    expect(number(41, '$(60.6) million')).toMatchObject({ is: 'net-loss@2009-q2' });
    expect(number(41, '$(1.22) per share')).toMatchObject({ is: 'eps@2009-q2', verdict: 'exact' });
  });

  test('"Normalized net income², which excludes … stock-based compensation …, was $1.4 million": the aside names nothing', () => {
    expect(number(42, '$1.4 million')).toMatchObject({ is: 'normalized-net-income', evidence: { subject: { words: 'Normalized net income' } } });
  });

  test('"a non-cash restructuring charge of $1.2 million": named only in part, so unlinked; the line whose figure agrees is a candidate, never the link', () => {
    const n = number(41, '$1.2 million');
    expect(n.status).toBe('unlinked');
    expect(n.status === 'unlinked' && n.candidates.map((c) => [c.is, c.verdict])).toContainEqual(['impairments-and-restructuring', 'rounding']);
  });

  test('"36.6 percent of Data center services revenue": a ratio to the base the words name', () => {
    expect(number(47, '36.6 percent')).toMatchObject({
      is: 'segment-profit-data-center / revenue-data-center',
      evidence: { base: { key: 'revenue-data-center' } },
    });
  });

  test('"Capital expenditures over the same period were $28.5 million": another name of purchases of property, the same period, its size', () => {
    const n = number(53, '$28.5 million');
    expect(n).toMatchObject({ is: '-capital-expenditures@2010-h1', verdict: 'rounding', evidence: { period: { id: '2010-h1' } } });
    expect(n.status === 'linked' && n.check).toBe('claim/capital-expenditures/2010-h1');
  });

  test('"including $20.4 million in capital lease obligations": a measure of the model named after the figure', () => {
    expect(number(52, '$20.4 million')).toMatchObject({ is: 'capital-lease-obligations@2010-06-30', evidence: { subject: { key: 'capital-lease-obligations' } } });
  });

  test('counts of customers and square feet are not derivable, with what they count', () => {
    expect(number(61, '2,807')).toMatchObject({ status: 'not-derivable', reason: '“2,807” is about customers, which the tables do not report' });
    expect(number(65, '137,500')).toMatchObject({ status: 'not-derivable', reason: '“137,500” is about net sellable square feet, which the tables do not report' });
  });

  test('a payroll tax credit the tables do not break out is unlinked, with its loose candidate, never a verdict', () => {
    const n = number(48, '$1.1 million');
    expect(n.status).toBe('unlinked');
    // "payroll tax credit … operating expenses": each line item the words touch is a candidate, none agrees.
    expect(n).toMatchObject({ reason: 'the words name “Total operating costs and expenses”, but “payroll tax State Georgia” stands between it and the figure' });
    expect(n.status === 'unlinked' && n.candidates.map((c) => [c.is, c.verdict])).toEqual([
      ['operating-expenses', 'mismatch'],
      ['income-tax', 'mismatch'],
      ['depreciation-and-amortization', 'mismatch'],
      ['other-expense', 'mismatch'],
    ]);
  });
});
