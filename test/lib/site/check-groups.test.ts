// A release's checks are grouped by kind and verdict once, for its checks page and its six kind
// pages: the grouping belongs to one array of checks, and other checks are grouped anew.
import { expect, test } from 'vitest';
import { groupChecks, KIND_ORDER, VERDICT_ORDER } from '../../../src/lib/site/check-groups.ts';
import { load } from '../checks/fixture.ts';
import type { Check } from '../../../src/lib/types.ts';

const { checks } = load('inap-2010-q2', '.');

test('groupChecks: every kind in order, each check once, under its verdict', () => {
  const groups = groupChecks(checks);
  expect(groups.map((g) => g.kind)).toEqual(KIND_ORDER.map((k) => k.kind));
  expect(groups.flatMap((g) => g.byVerdict.flatMap((v) => v.checks))).toHaveLength(checks.length);
  for (const g of groups) {
    expect(g.total).toBe(checks.filter((c) => c.kind === g.kind).length);
    expect(g.byVerdict.map((v) => v.verdict)).toEqual(VERDICT_ORDER.filter((v) => g.byVerdict.some((b) => b.verdict === v)));
    for (const v of g.byVerdict) expect(v.checks).toEqual(checks.filter((c) => c.kind === g.kind && c.verdict === v.verdict));
  }
});

test('groupChecks: the same checks are grouped once; other checks (a verdict changed) anew', () => {
  expect(groupChecks(checks)).toBe(groupChecks(checks));
  const exact = checks.findIndex((c) => c.kind === 'footing' && c.verdict === 'exact');
  const changed: Check[] = checks.map((c, i) => (i === exact ? { ...c, verdict: 'mismatch' } : c));
  const footings = (list: readonly Check[]) => groupChecks(list).find((g) => g.kind === 'footing')!;
  const before = footings(checks).byVerdict.find((v) => v.verdict === 'mismatch')?.checks.length ?? 0;
  expect(footings(changed).byVerdict.find((v) => v.verdict === 'mismatch')!.checks).toHaveLength(before + 1);
  expect(footings(changed).byVerdict[0]!.checks).toContainEqual(changed[exact]);
});
