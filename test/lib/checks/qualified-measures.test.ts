// A measure qualified by an adjustment is a measure of its own, on excerpts of NVIDIA's fiscal 2026 releases
// (test/fixtures/checks/corpus/nvda-fy2026-q{1,2}-as-adjusted, unseen set s15,
// test/fixtures/corpus-review/unseen/nvda-s15.md). Q1 prints "Non-GAAP gross profit" 26,858 and, in a table of its
// own, "Non-GAAP gross profit (as adjusted to exclude H20 excess inventory and purchase obligation charges)" 31,396:
// no tie between them. Q2 prints "Non-GAAP gross margin" 72.7% under "GAAP gross margin" 72.4%, then the money line
// "H20 related charges/(releases), net" (180) and "Non-GAAP gross margin, as adjusted to exclude …" 72.3%: no margin
// is the sum of the margins above it. The checks that do apply still accuse the same figures printed wrong.
import { describe, expect, test } from 'vitest';
import type { Check, Fact } from '../../../src/lib/types.ts';
import { alteredIsMismatch } from './fixture.ts';
import { excerpt } from './no-model.ts';

const Q1 = 'nvda-fy2026-q1-as-adjusted';
const Q2 = 'nvda-fy2026-q2-as-adjusted';
const QUALIFIED = /as adjusted to exclude/i;

/** The labels of the facts a check reads, its reported figure first. */
function labelsOf(facts: Fact[], c: Check): string[] {
  const byId = new Map(facts.map((f) => [f.id, f]));
  return [c.reported.fact, ...c.inputs].flatMap((id) => (id && byId.get(id) ? [byId.get(id)!.label] : []));
}

describe('a measure "as adjusted to exclude" a charge is not the measure without it', () => {
  test.each([Q1, Q2])('%s: no mismatch, and no tie reads a qualified line with a plain one', (id) => {
    const l = excerpt(id);
    expect(l.checks.filter((c) => c.verdict === 'mismatch').map((c) => c.id)).toEqual([]);
    for (const c of l.checks.filter((x) => x.kind === 'tie')) {
      const labels = labelsOf(l.release.facts, c);
      expect(labels.some((x) => QUALIFIED.test(x)) && labels.some((x) => !QUALIFIED.test(x)), `${c.id}: ${labels.join(' = ')}`).toBe(false);
    }
  });

  test.each([
    [Q1, 'footing/gaap-gross-profit/non-gaap-gross-profit-as-adjusted-to-exclude-h20-excess-inventory-and-purchase-obligation-charges/2026-q1', '31396'],
    [Q1, 'footing/gaap-gross-profit/non-gaap-net-income-as-adjusted-to-exclude-h20-excess-inventory-and-purchase-obligation-charges/2026-q1', '23635'],
    [Q1, 'tie/gross-profit/2026-q1', '26668'],
    [Q1, 'tie/net-income/2026-q1', '18775'],
    [Q2, 'footing/reconciliation-of-gaap-to-non-gaap-financial/non-gaap-net-income-2/2026-q2', '25595'],
    [Q2, 'footing/reconciliation-of-gaap-to-non-gaap-financial/non-gaap-net-income/2026-q2', '25783'],
  ])('%s: %s is exact (%s)', (id, check, computed) => {
    const c = excerpt(id).check(check);
    expect([c.verdict, c.computed]).toEqual(['exact', computed]);
  });

  // The same figures printed wrong beyond rounding: each check that applies still accuses them.
  test.each([
    [Q1, '<u>$ 31,396</u>', '<u>$ 31,496</u>', 'footing/gaap-gross-profit/non-gaap-gross-profit-as-adjusted-to-exclude-h20-excess-inventory-and-purchase-obligation-charges/2026-q1'],
    [Q1, 'GAAP gross profit\t$ 26,668\n', 'GAAP gross profit\t$ 26,768\n', 'tie/gross-profit/2026-q1'],
    [Q1, 'GAAP net income\t$ 18,775\n', 'GAAP net income\t$ 18,875\n', 'tie/net-income/2026-q1'],
    [Q2, '<u>$ 25,595</u>', '<u>$ 25,695</u>', 'footing/reconciliation-of-gaap-to-non-gaap-financial/non-gaap-net-income-2/2026-q2'],
  ])('%s with %j printed %j: %s is a mismatch', (id, from, to, check) => {
    alteredIsMismatch(id, from, to, check);
  });
});

describe('margins are not summed where a reconciliation adjusts them in money', () => {
  test('"Non-GAAP gross margin, as adjusted …" is no sum of "GAAP gross margin" and "Non-GAAP gross margin" (Q2)', () => {
    const l = excerpt(Q2);
    const margins = l.checks.filter((c) => c.kind === 'footing' && labelsOf(l.release.facts, c).some((x) => /gross margin/i.test(x)));
    expect(margins.map((c) => c.id)).toEqual([]);
  });

  // NVIDIA's outlook reconciles its margins in points, printed in the same release: still footed, and still accused.
  test('a margin reconciled in points still foots: 71.8% + 0.2% = 72.0% (Q1 outlook)', () => {
    const c = excerpt(Q1).check('footing/reconciliation-of-gaap-to-non-gaap-outlook/non-gaap-gross-margin/2026-q2.outlook');
    expect([c.verdict, c.computed]).toEqual(['exact', '72']);
    alteredIsMismatch(Q1, '\t0.2%', '\t0.7%', 'footing/reconciliation-of-gaap-to-non-gaap-outlook/non-gaap-gross-margin/2026-q2.outlook');
  });
});
