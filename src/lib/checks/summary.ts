/** What pages and the CLI need from a release's checks: counts, and checks by fact. */
import type { Check, CheckKind, Fact, Release, Verdict } from '../types.ts';
import { isAdditive } from './context.ts';
import { pushTo } from '../grouped.ts';

export const VERDICTS: readonly Verdict[] = ['mismatch', 'unverifiable', 'rounding', 'exact'];
export const KINDS: readonly CheckKind[] = ['footing', 'definition', 'tie', 'growth', 'change', 'claim'];

/** How many checks have each verdict; every verdict is present, zero included. */
export function countByVerdict(checks: readonly Check[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const c of checks) counts[c.verdict]++;
  return counts;
}

/** Verdict counts per kind of check; every kind and verdict present. */
export function countByKind(checks: readonly Check[]): Record<CheckKind, Record<Verdict, number>> {
  return Object.fromEntries(KINDS.map((k) => [k, countByVerdict(checks.filter((c) => c.kind === k))])) as Record<
    CheckKind,
    Record<Verdict, number>
  >;
}

/** The checks that verify each fact as their reported figure, by fact id. */
export function checksByReportedFact(checks: readonly Check[]): Map<string, Check[]> {
  const map = new Map<string, Check[]>();
  for (const c of checks) if (c.reported.fact) pushTo(map, c.reported.fact, c);
  return map;
}

/** The checks that involve each fact, as the reported figure or as an input, by fact id. */
export function checksByFact(checks: readonly Check[]): Map<string, Check[]> {
  const map = new Map<string, Check[]>();
  for (const c of checks) {
    for (const id of new Set([...(c.reported.fact ? [c.reported.fact] : []), ...c.inputs])) pushTo(map, id, c);
  }
  return map;
}

/** Totals (printed as totals, in additive units) that no check verifies: relations the model still lacks. */
export function uncoveredTotals(release: Release, checks: readonly Check[]): Fact[] {
  const reported = checksByReportedFact(checks);
  return release.facts.filter((f) => f.total && f.origin === 'cell' && isAdditive(f.unit) && !reported.has(f.id));
}
