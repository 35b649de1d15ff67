/**
 * What a relation between tables may rest on: a figure whose column's period its table
 * establishes. A table prints a period once (a named column, "Outlook" or "Restated", aside):
 * where two of its columns read as the same period (ASE's "For the three months ended Dec. 31
 * 2023" and "For the year ended Dec. 31 2023" both read as twelve months, the second numbered
 * `-2`), the reading of its header is wrong for at least one of them, and neither says which
 * period its figures are. A tie or a sum of periods never rests on them: it is unverifiable,
 * with this reason.
 */
import type { Fact, Release } from '../types.ts';
import type { CheckContext } from './context.ts';
import { columnsOfOnePeriod } from './relation-messages.ts';

/** Why the period of `fact`'s column is not established, or null when it is. */
export function periodNotEstablished(ctx: CheckContext, fact: Fact): string | null {
  if (fact.origin !== 'cell') return null;
  return repeatedPeriods(ctx.release).get(`${fact.table}\0${fact.period}\0${fact.dimension ?? ''}`) ?? null;
}

// Each table's repeated periods, read once a release: every tie asks for each of its places.
const kept = new WeakMap<Release, Map<string, string>>();

function repeatedPeriods(release: Release): Map<string, string> {
  let found = kept.get(release);
  if (found) return found;
  found = new Map();
  const labels = new Map(release.periods.map((p) => [p.id, p.label]));
  for (const table of release.tables) {
    const columns = new Map<string, string[]>();
    for (const c of table.columns) {
      if (!c.period) continue;
      const key = `${table.id}\0${c.period}\0${c.dimension ?? ''}`;
      const headers = columns.get(key);
      if (headers) headers.push(c.header);
      else columns.set(key, [c.header]);
    }
    for (const [key, headers] of columns) {
      if (headers.length < 2) continue;
      const period = key.split('\0')[1];
      found.set(key, columnsOfOnePeriod(headers.length, labels.get(period) ?? period, headers));
    }
  }
  kept.set(release, found);
  return found;
}
