/**
 * The periods in which a convertible preferred stock stopped taking earnings: a line naming it prints a figure (its
 * dividends) in a period, nil in a later part of that period, and nil in every period that ends later. In such a
 * period the preferred was converted or redeemed, and earnings per share follows the two-class method up to then
 * (undistributed earnings shared with the preferred while it participated), with the difference between what the
 * conversion gave and the preferred's carrying amount taken from, or added to, the common holders' earnings (ASC
 * 260-10-S99-2). Neither is printed, so the line "attributable to common stockholders" is not the numerator, and the
 * figure may stand above net income ÷ shares as well as below it. Tigo Energy's 4Q24 release prints "Cumulative
 * dividends on convertible preferred stock — — — (3,399)" (4Q24, 4Q23, FY24, FY23) and basic loss per share of (0.08)
 * for 2023 on (4,383) ÷ 38,048,516 = (0.115): its preferred converted at its merger in May 2023.
 */
import { parseDecimal } from '../decimal.ts';
import type { Fact, Period } from '../types.ts';
import type { CheckContext } from './context.ts';

const CONVERTIBLE_PREFERRED = /\bconvertible\b.*\bpreferred\b|\bpreferred\b.*\bconvertible\b/i;

const converted = new WeakMap<CheckContext, ReadonlySet<string>>();

/** The ids of the periods (durations) within which the release shows a convertible preferred converted or redeemed. */
export function preferredConvertedIn(ctx: CheckContext): ReadonlySet<string> {
  let periods = converted.get(ctx);
  if (!periods) converted.set(ctx, (periods = find(ctx)));
  return periods;
}

function find(ctx: CheckContext): Set<string> {
  const found = new Set<string>();
  const periodOf = new Map(ctx.release.periods.map((p) => [p.id, p]));
  for (const table of ctx.release.tables) {
    for (const row of table.rows) {
      if (!CONVERTIBLE_PREFERRED.test(row.label)) continue;
      const figures = row.cells
        .map((id) => (id === null ? undefined : ctx.index.fact(id)))
        .filter((f): f is Fact => f !== undefined && (f.status === 'reported' || f.status === 'nil'))
        .map((f) => ({ period: periodOf.get(f.period), taken: taken(f) }))
        .filter((x): x is { period: Period & { start: string; end: string }; taken: boolean } =>
          x.period?.kind === 'duration' && x.period.start !== undefined && x.period.end !== undefined);
      for (const { period, taken } of figures) {
        if (!taken) continue;
        const laterPart = figures.some((o) => !o.taken && o.period.start > period.start && o.period.end <= period.end);
        const stopped = figures.every((o) => o.period.end <= period.end || !o.taken);
        if (laterPart && stopped) found.add(period.id);
      }
    }
  }
  return found;
}

/** Whether a figure of the line takes something in its period: printed, and not zero. */
function taken(f: Fact): boolean {
  return f.status === 'reported' && f.value !== null && !parseDecimal(f.value).isZero();
}
