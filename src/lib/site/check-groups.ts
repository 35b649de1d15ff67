import type { Check, CheckKind, Verdict } from '../types.ts';

export const KIND_ORDER: { kind: CheckKind; title: string; about: string }[] = [
  { kind: 'footing', title: 'Footings', about: 'Every total and subtotal against the sum of its components.' },
  { kind: 'definition', title: 'Definitions', about: "Non-GAAP measures recomputed from the release's own definitions." },
  { kind: 'tie', title: 'Ties', about: 'The same figure printed in more than one place.' },
  { kind: 'growth', title: 'Growth', about: 'Printed year-over-year and quarter-over-quarter percentages.' },
  { kind: 'change', title: 'Basis-point changes', about: 'Printed changes in margins, in basis points.' },
  { kind: 'claim', title: 'Claims in the prose', about: 'Numbers stated in the text, linked to what they assert.' },
];

/** Mismatches first: they are what a reader came for. */
export const VERDICT_ORDER: Verdict[] = ['mismatch', 'unverifiable', 'rounding', 'exact'];

/** Counts per verdict come from the checks layer; pages show them in VERDICT_ORDER. */
export { countByVerdict } from '../checks/index.ts';

export interface CheckGroup {
  kind: CheckKind;
  title: string;
  about: string;
  total: number;
  byVerdict: { verdict: Verdict; checks: Check[] }[];
}

const grouped = new WeakMap<readonly Check[], readonly CheckGroup[]>();

/**
 * Checks grouped by kind (in KIND_ORDER), then by verdict (mismatches first), keeping each
 * group's order. Grouped once per checks array: a release's checks page and its six kind pages
 * each ask (a release's checks are never changed once made).
 */
export function groupChecks(checks: readonly Check[]): readonly CheckGroup[] {
  let groups = grouped.get(checks);
  if (!groups) grouped.set(checks, (groups = groupByKind(checks)));
  return groups;
}

function groupByKind(checks: readonly Check[]): CheckGroup[] {
  return KIND_ORDER.map(({ kind, title, about }) => {
    const ofKind = checks.filter((c) => c.kind === kind);
    return {
      kind,
      title,
      about,
      total: ofKind.length,
      byVerdict: VERDICT_ORDER.map((verdict) => ({ verdict, checks: ofKind.filter((c) => c.verdict === verdict) })).filter((g) => g.checks.length > 0),
    };
  });
}
